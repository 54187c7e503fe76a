package se.utvecklingsmedel.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads one JSON value from a parser into a tree, token by token, with this library's rules and
 * none of the calling mapper's: a duplicate key is rejected, numbers stay exact (no {@code
 * double}), and the parser is left on the value's last token, so whatever follows is the caller's
 * business (a mapper with {@code FAIL_ON_TRAILING_TOKENS} reading a user's record holding an {@code
 * Amount} is not disturbed). Team decision: the module's deserializers used
 * {@code parser.readValueAsTree()}, which follows the mapper's features, so a framework's lenient
 * mapper let a duplicate key through (the last value won).
 */
final class TreeReader {

  private TreeReader() {
  }

  /**
   * Reads the value at the parser's current token.
   *
   * @param parser the parser, on the first token of the value
   * @param path the JSON path of that value
   * @return the tree
   */
  static JsonNode read(JsonParser parser, String path) throws IOException {
    if (parser.currentToken() == null && parser.nextToken() == null) {
      throw new GrantJsonException(path, null, "is empty: a JSON document is required", null);
    }
    return walk(parser, new At(null, path, -1), null, true);
  }

  /**
   * Reads a value from the parser's current token to its last with the same rules, building no
   * tree; copies the tokens to a buffer if one is given.
   */
  static void skip(JsonParser parser, String path, TokenBuffer copy) throws IOException {
    walk(parser, new At(null, path, -1), copy, false);
  }

  /**
   * A value's path, written out only for an error (a path string per value skipped was a quarter
   * of reading a document's stated parts).
   */
  private record At(At parent, String name, int index) {
    @Override
    public String toString() {
      return parent == null ? name : name != null ? parent + "." + name : parent + "[" + index + "]";
    }
  }

  /** The one walk: a key twice in an object, or a number not finite, is an error at its path. */
  private static JsonNode walk(JsonParser p, At at, TokenBuffer copy, boolean tree)
      throws IOException {
    if (copy != null) {
      copy.copyCurrentEvent(p);
    }
    switch (p.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = tree ? Json.FACTORY.objectNode() : null;
        Set<String> seen = tree ? null : new HashSet<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
          String key = p.currentName();
          if (tree ? object.has(key) : !seen.add(key)) {
            throw GrantJsonException.malformed(new At(at, key, -1).toString(), null,
                "is a duplicate key: each key may appear once", null);
          }
          if (copy != null) {
            copy.copyCurrentEvent(p);
          }
          p.nextToken();
          JsonNode value = walk(p, new At(at, key, -1), copy, tree);
          if (tree) {
            object.set(key, value);
          }
        }
        if (copy != null) {
          copy.copyCurrentEvent(p);
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = tree ? Json.FACTORY.arrayNode() : null;
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
          JsonNode element = walk(p, new At(at, null, i), copy, tree);
          if (tree) {
            array.add(element);
          }
        }
        if (copy != null) {
          copy.copyCurrentEvent(p);
        }
        return array;
      }
      case VALUE_NUMBER_FLOAT -> {
        try {
          return Json.FACTORY.numberNode(p.getDecimalValue());
        } catch (NumberFormatException e) {
          throw GrantJsonException.malformed(at.toString(), p.getText(), "is not a finite number",
              e);
        }
      }
      case VALUE_NUMBER_INT -> {
        return !tree ? null : switch (p.getNumberType()) {
          case INT -> Json.FACTORY.numberNode(p.getIntValue());
          case LONG -> Json.FACTORY.numberNode(p.getLongValue());
          default -> Json.FACTORY.numberNode(p.getBigIntegerValue());
        };
      }
      case VALUE_STRING -> {
        return tree ? Json.FACTORY.textNode(p.getText()) : null;
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return Json.FACTORY.booleanNode(p.currentToken() == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return Json.FACTORY.nullNode();
      }
      default -> throw GrantJsonException.malformed(at.toString(), null, "is not a JSON value but "
          + p.currentToken(), null);
    }
  }
}
