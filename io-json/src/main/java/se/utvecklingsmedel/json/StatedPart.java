package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A document's stated part (a result, the settlements, the statistics) compared with what its
 * inputs give, as trees: the one place a stated part is held whole.
 */
final class StatedPart {

  private StatedPart() {
  }

  /** A stated value that differs from the computed one at a path: what recomputing gives there. */
  static void differs(String path, JsonNode computed, String rule) {
    throw new GrantJsonException(path, null, rule + ": recomputing gives "
        + (computed == null ? "nothing there" : computed.toString()), null);
  }

  /**
   * A stated object leaves out a property recomputing gives: an error at its place, naming a
   * property of a name close to it that the object has instead (a misspelt "xclaims").
   */
  static void missing(Node stated, String name, JsonNode computed, String rule) {
    differs(stated.path() + "." + name, computed, rule + stated.properties().misspelt(name));
  }

  /**
   * A stated value, read from the parser as it is compared (no tree of it is made), must be the
   * computed tree: else an error at the first place where the two differ, with what recomputing
   * gives there, as {@link #mustEqual(JsonNode, String, JsonNode, String)} compares them.
   */
  static void mustEqual(Node stated, JsonNode computed, String rule) {
    if (stated.isObject() && computed.isObject()) {
      for (Map.Entry<String, JsonNode> field : computed.properties()) {
        Node value = stated.stated(field.getKey());
        if (value == null) {
          missing(stated, field.getKey(), field.getValue(), rule);
        }
        mustEqual(value, field.getValue(), rule);
      }
      stated.unstated().forEach((name, value) -> {
        if (!LeftOut.isDefault(name, value.tree())) {
          differs(value.path(), null, rule);
        }
      });
    } else if (stated.isArray() && computed.isArray()) {
      int[] i = {0};
      stated.elements(element -> {
        if (i[0] >= computed.size()) {
          differs(element.path(), null, rule);
        }
        mustEqual(element, computed.get(i[0]++), rule);
      });
      if (i[0] < computed.size()) {
        differs(stated.path() + "[" + i[0] + "]", computed.get(i[0]), rule);
      }
    } else if (difference(stated.tree(), computed) != null) {
      differs(stated.path(), computed, rule);
    }
  }

  /**
   * A stated part of a document must be the one its inputs give: else an error at the first place
   * where the two differ, with what recomputing gives there.
   */
  static void mustEqual(JsonNode stated, String path, JsonNode computed, String rule) {
    String difference = firstDifference(stated, computed, path);
    if (difference != null) {
      throw new GrantJsonException(difference, null, rule + ": recomputing gives "
          + at(computed, difference.substring(path.length())), null);
    }
  }

  /** The path of the first place two trees differ, or null if they are equal (numbers by value). */
  static String firstDifference(JsonNode stated, JsonNode computed, String path) {
    String step = difference(stated, computed);
    return step == null ? null : path + step;
  }

  private static String difference(JsonNode stated, JsonNode computed) {
    if (stated.isObject() && computed.isObject()) {
      for (Map.Entry<String, JsonNode> field : computed.properties()) {
        JsonNode statedValue = stated.get(field.getKey());
        String inner = statedValue == null ? "" : difference(statedValue, field.getValue());
        if (inner != null) {
          return "." + field.getKey() + inner;
        }
      }
      if (stated.size() == computed.size()) {
        return null; // every stated property was compared
      }
      // A stated property the writer leaves out, given with its default, is no difference; any
      // other stated property is.
      for (var names = stated.fieldNames(); names.hasNext(); ) {
        String n = names.next();
        if (!computed.has(n) && !LeftOut.isDefault(n, stated.get(n))) {
          return "." + n;
        }
      }
      return null;
    }
    if (stated.isArray() && computed.isArray()) {
      int common = Math.min(stated.size(), computed.size());
      for (int i = 0; i < common; i++) {
        String inner = difference(stated.get(i), computed.get(i));
        if (inner != null) {
          return "[" + i + "]" + inner;
        }
      }
      return stated.size() == computed.size() ? null : "[" + common + "]";
    }
    if (stated.equals(computed)) {
      return null;
    }
    if (stated.isNumber() && computed.isNumber()) {
      return stated.decimalValue().compareTo(computed.decimalValue()) == 0 ? null : "";
    }
    return "";
  }

  private static String at(JsonNode tree, String relativePath) {
    JsonNode node = tree;
    for (String step : relativePath.replace("[", ".[").split("\\.")) {
      if (step.isEmpty() || node == null) {
        continue;
      }
      node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
          : node.get(step);
    }
    return node == null ? "nothing there" : node.toString();
  }
}
