package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * A JSON value with its path, read strictly: every accessor checks the JSON type, and
 * {@link #done()} rejects properties nobody asked for. Every problem becomes a
 * {@link GrantJsonException} naming the path, the value and the rule.
 */
final class Node {

  private final JsonNode json;
  // The path is written out only when asked, for a message: a node knows its parent
  // and its step from it, a property's name or an element's index.
  private final Node parent;
  private final String name;
  private final int index;
  private String path;
  private Properties properties; // an object's, once one is asked for

  /**
   * An object's properties in document order, and which were asked for. A node of a value that is
   * not an object, or whose properties nobody asks for, has none (most nodes are
   * elements of lists).
   */
  private static final class Properties {
    final PropertyMap properties;
    final boolean[] asked;
    List<String> absent; // the names asked for that the object does not have, once one is
    int next; // where the search for the next property asked for starts
    int present; // how many of the names asked for the object has

    Properties(JsonNode object) {
      properties = PropertyMap.of(object);
      asked = new boolean[properties.size()];
    }

    JsonNode ask(String name) {
      int n = asked.length;
      // a codec asks in about document order: look at the next property first
      int i = next < n && properties.nameAt(next).equals(name) ? next : properties.indexOf(name);
      if (i >= 0) {
        if (!asked[i]) {
          asked[i] = true;
          present++;
        }
        next = i + 1;
        return properties.valueAt(i);
      }
      if (absent == null) {
        absent = new ArrayList<>();
      }
      absent.add(name);
      return null;
    }

    /** The names asked for, present or not. */
    Set<String> known() {
      Set<String> known = new HashSet<>(absent == null ? List.of() : absent);
      for (int i = 0; i < asked.length; i++) {
        if (asked[i]) {
          known.add(properties.nameAt(i));
        }
      }
      return known;
    }
  }

  Node(JsonNode json, String path) {
    this(json, null, null, -1);
    this.path = path;
  }

  private Node(JsonNode json, Node parent, String name, int index) {
    this.json = json;
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  String path() {
    if (path == null) {
      path = name != null ? parent.path() + "." + name
          : index >= 0 ? parent.path() + "[" + index + "]" : parent.path();
    }
    return path;
  }

  /**
   * Another value at this node's path: a property's name read as a value, say.
   *
   * @param value the value
   * @return its node
   */
  Node about(JsonNode value) {
    return new Node(value, this, null, -1);
  }

  private String childPath(String name) {
    return path() + "." + name;
  }

  JsonNode json() {
    return json;
  }

  GrantJsonException error(String rule) {
    return new GrantJsonException(path(),
        json == null || json.isMissingNode() ? null : json.toString(), rule, null);
  }

  /**
   * Runs a core factory; its {@link RuleViolation} (an input error) becomes an error at the
   * innermost path that holds the offending value: core's relative path followed from this node
   * as far as the document has it ({@code requisitions[3].date}), else this node. Anything else a
   * factory throws is a failure, not an input error, and propagates as itself (an {@code
   * ArithmeticException} of money that overflows is an input error here).
   */
  <T> T build(Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw inputError(e);
    }
  }

  private Node element(int i) {
    return new Node(json.get(i), this, null, i);
  }

  /**
   * The innermost place of a rule: core's relative path as far as the document has it, and a
   * property the object leaves out named where it belongs.
   */
  private GrantJsonException inputError(RuntimeException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    JsonNode at = json;
    StringBuilder path = new StringBuilder(path());
    if (e instanceof RuleViolation violation && !violation.path().isEmpty()) {
      for (String step : violation.path().split("\\.|(?=\\[)")) {
        JsonNode next = at == null ? null : step.startsWith("[") ? at.get(Integer.parseInt(
            step.substring(1, step.length() - 1))) : at.get(step);
        if (next == null) {
          if (at != null && at.isObject() && !step.startsWith("[")) {
            // A figure the rule needs and the object leaves out is named where it belongs.
            path.append('.').append(step);
            at = null;
          }
          break;
        }
        at = next;
        path.append(step.startsWith("[") ? step : "." + step);
      }
    }
    return new GrantJsonException(path.toString(), at == null ? null : at.toString(), message, e);
  }

  /**
   * Reads a list of objects, each a key and a value, as an ordered map: the one reader of keyed
   * entry lists. A key listed twice is rejected at its entry ("names 2584 Kiruna a second time").
   */
  <K, V> Map<K, V> entries(String keyField, Function<Node, K> key, String valueField,
      Function<Node, V> value) {
    Map<K, V> entries = new LinkedHashMap<>();
    list(entry -> {
      K k = key.apply(entry.field(keyField));
      V v = value.apply(entry.field(valueField));
      entry.done();
      if (entries.put(k, v) != null) {
        throw entry.error("names " + k + " a second time");
      }
      return k;
    });
    return entries;
  }

  /**
   * A stated part of a document must be the one its inputs give: else an error at the first place
   * where the two differ, with what recomputing gives there.
   */
  void mustEqual(JsonNode computed, String rule) {
    String difference = firstDifference(json, computed, path());
    if (difference != null) {
      throw new GrantJsonException(difference, null, rule + ": recomputing gives "
          + at(computed, difference.substring(path().length())), null);
    }
  }

  /** The path of the first place two trees differ, or null if they are equal (numbers by value). */
  static String firstDifference(JsonNode stated, JsonNode computed, String path) {
    String step = difference(stated, computed);
    return step == null ? null : path + step;
  }

  /**
   * Where two trees first differ, relative to them, or null. One walk, with no path written but
   * the one to a difference.
   */
  private static String difference(JsonNode stated, JsonNode computed) {
    if (stated.isObject() && computed.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = computed.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
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
      for (Iterator<String> names = stated.fieldNames(); names.hasNext(); ) {
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

  // --- objects ---------------------------------------------------------------------------------

  Node object() {
    if (json == null || !json.isObject()) {
      throw error("must be a JSON object");
    }
    return this;
  }

  Node field(String name) {
    JsonNode value = ask(name);
    if (value == null) {
      throw new GrantJsonException(childPath(name), null, "is required" + misspelt(name), null);
    }
    if (value.isNull()) {
      throw new GrantJsonException(childPath(name), "null", "must not be null", null);
    }
    return new Node(value, this, name, -1);
  }

  /**
   * A property not asked for whose name is one or two letters from a required one, such as
   * "requisitoning" for "requisitioning": the likely reason it is missing.
   */
  private String misspelt(String name) {
    for (int i = 0; i < properties.asked.length; i++) {
      String other = properties.properties.nameAt(i);
      if (!properties.asked[i] && withinTwoEdits(name.toLowerCase(java.util.Locale.ROOT),
          other.toLowerCase(java.util.Locale.ROOT))) {
        return " (the object has '" + other + "', which is not a property here)";
      }
    }
    return "";
  }

  /** Whether one text becomes the other by at most two insertions, deletions or substitutions. */
  private static boolean withinTwoEdits(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 2 || a.length() > 100 || b.length() > 100) {
      return false;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        current[j] = Math.min(Math.min(current[j - 1], previous[j]) + 1,
            previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()] <= 2;
  }

  Optional<Node> optionalField(String name) {
    JsonNode value = ask(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value.isNull()) {
      throw new GrantJsonException(childPath(name), "null",
          "must not be null: leave the property out instead", null);
    }
    return Optional.of(new Node(value, this, name, -1));
  }

  /**
   * A property asked for, and noted as known here. The object's properties are searched in
   * document order ({@link PropertyMap}): a codec asks for them in about that order, and names read
   * by Jackson are interned like the codecs' literals, so most searches compare one name by
   * identity (hash look-ups in the tree were a tenth of reading).
   */
  private JsonNode ask(String name) {
    object();
    if (properties == null) {
      properties = new Properties(json);
    }
    return properties.ask(name);
  }

  void done() {
    object();
    if (properties == null ? json.isEmpty() : properties.present == json.size()) {
      return; // every property was asked for
    }
    Set<String> known = properties == null ? Set.of() : properties.known();
    List<String> unknown = ImmutableList.copyOf(json.fieldNames()).stream()
        .filter(name -> !known.contains(name)).collect(Collectors.toList());
    throw new GrantJsonException(childPath(unknown.get(0)), json.get(unknown.get(0)).toString(),
        "is not a known property here; known: " + known.stream().sorted()
            .collect(Collectors.joining(", ")), null);
  }

  // --- scalars ---------------------------------------------------------------------------------

  String string() {
    if (!json.isTextual()) {
      throw error("must be a JSON string");
    }
    return json.textValue();
  }

  long integer() {
    if (!json.isIntegralNumber() || !json.canConvertToLong()) {
      throw error("must be a whole JSON number (no decimals, no quotes)");
    }
    return json.longValue();
  }

  int smallInteger() {
    long value = integer();
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw error("must be a whole number of at most 10 digits");
    }
    return (int) value;
  }

  /** A count: a whole number from zero. */
  int count() {
    int value = smallInteger();
    if (value < 0) {
      throw error("must be a count, zero or more");
    }
    return value;
  }

  boolean bool() {
    if (!json.isBoolean()) {
      throw error("must be true or false");
    }
    return json.booleanValue();
  }

  Amount amount() {
    String text = json != null && json.isTextual() ? json.textValue() : null;
    if (text == null || !isAmount(text)) {
      throw error("must be an amount in kronor as a decimal string with at most two decimals, "
          + "e.g. \"5600000.00\"");
    }
    return build(() -> Amount.parse(text));
  }

  /** Digits, then at most two decimals after a point: {@code \\d+(\\.\\d{1,2})?}. */
  private static boolean isAmount(String text) {
    int n = text.length();
    int point = text.indexOf('.');
    int digits = point < 0 ? n : point;
    if (digits == 0 || point >= 0 && (n - point - 1 < 1 || n - point - 1 > 2)) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (i != point && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  LocalDate date() {
    String text = string();
    // yyyy-mm-dd read by hand, as strictly as ISO_LOCAL_DATE with four-digit years
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
        || !digits(text, 0, 4) || !digits(text, 5, 7) || !digits(text, 8, 10)) {
      throw error("must be a date in ISO-8601 form, yyyy-mm-dd");
    }
    try {
      return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (DateTimeException e) {
      throw error("must be a date in ISO-8601 form, yyyy-mm-dd");
    }
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  PotId potId() {
    String text = string();
    return build(() -> PotId.of(text));
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    String text = string();
    try {
      return Enum.valueOf(type, text); // the exact name; a map look-up, not a copy of the constants
    } catch (IllegalArgumentException e) {
      // not a constant's name: the message lists them
    }
    throw error("must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", ")));
  }

  // --- arrays ----------------------------------------------------------------------------------

  <T> ImmutableList<T> list(Function<Node, T> element) {
    if (!json.isArray()) {
      throw error("must be a JSON array");
    }
    ImmutableList.Builder<T> values = ImmutableList.builder();
    for (int i = 0; i < json.size(); i++) {
      values.add(element.apply(new Node(json.get(i), this, null, i)));
    }
    return values.build();
  }

  /** A list that must not name the same element twice, as a set in JSON must not. */
  /**
   * A list of distinct names of an enum's constants, read as {@code distinctList(n ->
   * n.enumValue(type))} reads it, with its messages, but with no node per element unless one is
   * wrong (terms are most of a report).
   */
  <E extends Enum<E>> ImmutableList<E> distinctEnums(Class<E> type) {
    if (!json.isArray()) {
      throw error("must be a JSON array");
    }
    int n = json.size();
    ImmutableList.Builder<E> read = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      JsonNode element = json.get(i);
      E value = null;
      if (element.isTextual()) {
        try {
          value = Enum.valueOf(type, element.textValue());
        } catch (IllegalArgumentException e) {
          // not a constant's name: the element's node says so
        }
      }
      read.add(value != null ? value : element(i).enumValue(type)); // that throws, with its path
    }
    // Every element read first, then repeats looked for: the order of errors distinctList has.
    ImmutableList<E> values = read.build();
    EnumSet<E> seen = EnumSet.noneOf(type);
    for (int i = 0; i < n; i++) {
      if (!seen.add(values.get(i))) {
        throw new GrantJsonException(path() + "[" + i + "]", json.get(i).toString(),
            "is listed twice", null);
      }
    }
    return values;
  }

  <T> ImmutableList<T> distinctList(Function<Node, T> element) {
    ImmutableList<T> values = list(element);
    // A short list (a report's terms) is checked pair by pair; a long one with a set.
    Set<T> seen = values.size() > 16 ? new HashSet<>() : null;
    for (int i = 0; i < values.size(); i++) {
      if (seen != null ? !seen.add(values.get(i)) : values.subList(0, i).contains(values.get(i))) {
        throw new GrantJsonException(path() + "[" + i + "]", json.get(i).toString(),
            "is listed twice", null);
      }
    }
    return values;
  }
}
