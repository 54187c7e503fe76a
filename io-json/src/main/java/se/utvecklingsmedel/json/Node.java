package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.round.PotId;

/**
 * A JSON value with its path, read strictly: every accessor checks the JSON type, and
 * {@link #done()} rejects properties nobody asked for. Every problem becomes a
 * {@link GrantJsonException} naming the path, the value and the rule.
 */
final class Node {

  /** A field name quoted in a core message, e.g. {@code 'amount'}. */
  private static final Pattern QUOTED = Pattern.compile("'(\\w+)'");
  private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d{1,2})?");

  private final JsonNode json;
  private final String path;
  private final Set<String> read = new HashSet<>();

  Node(JsonNode json, String path) {
    this.json = json;
    this.path = path;
  }

  String path() {
    return path;
  }

  JsonNode json() {
    return json;
  }

  GrantJsonException error(String rule) {
    return new GrantJsonException(path, json == null || json.isMissingNode() ? null : json.toString(),
        rule, null);
  }

  /**
   * Runs a core factory; its {@code IllegalArgumentException} (an input error) becomes an error at
   * the innermost path that holds the offending value: the first field of this object that the
   * rule names in quotes ({@code 'reportDeadline'}), else this object (issue 18). Anything else a
   * factory throws is a failure, not an input error, and propagates as itself.
   */
  <T> T build(Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw inputError(e);
    }
  }

  /**
   * Runs a core factory over a list of entries read from {@code list}; a rule broken by one entry
   * (its message names the entry's subject, e.g. "Requisition of 0180 Stockholm") is reported at
   * that entry, and there at the field the rule names, e.g. {@code $.pots[0].requisitions[3].amount}.
   */
  <T, E> T build(Supplier<T> factory, Node list, List<E> entries,
      Function<E, ?> subject) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | ArithmeticException e) {
      String message = String.valueOf(e.getMessage());
      for (int i = 0; i < entries.size(); i++) {
        String who = " of " + subject.apply(entries.get(i));
        if (message.contains(who + " ") || message.contains(who + ":")) {
          throw list.element(i).inputError(e);
        }
      }
      throw inputError(e);
    }
  }

  private Node element(int i) {
    return new Node(json.get(i), path + "[" + i + "]");
  }

  /** The innermost place of a rule: the first field of this object the rule names, else here. */
  private GrantJsonException inputError(RuntimeException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    if (json.isObject()) {
      Matcher quoted = QUOTED.matcher(message);
      while (quoted.find()) {
        JsonNode field = json.get(quoted.group(1));
        if (field != null) {
          return new GrantJsonException(path + "." + quoted.group(1), field.toString(), message, e);
        }
      }
    }
    return new GrantJsonException(path, json.toString(), message, e);
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
    String difference = firstDifference(json, computed, path);
    if (difference != null) {
      throw new GrantJsonException(difference, null, rule + ": recomputing gives "
          + at(computed, difference.substring(path.length())), null);
    }
  }

  /** The path of the first place two trees differ, or null if they are equal (numbers by value). */
  static String firstDifference(JsonNode stated, JsonNode computed, String path) {
    if (stated.equals(computed)) {
      return null;
    }
    if (stated.isNumber() && computed.isNumber()) {
      return stated.decimalValue().compareTo(computed.decimalValue()) == 0 ? null : path;
    }
    if (stated.isObject() && computed.isObject()) {
      for (String name : ImmutableList.copyOf(computed.fieldNames())) {
        String inner = stated.has(name)
            ? firstDifference(stated.get(name), computed.get(name), path + "." + name)
            : path + "." + name;
        if (inner != null) {
          return inner;
        }
      }
      // A stated empty list or object is the default a writer leaves out: no difference.
      return ImmutableList.copyOf(stated.fieldNames()).stream().filter(n -> !computed.has(n)
              && !(stated.get(n).isContainerNode() && stated.get(n).isEmpty()))
          .findFirst().map(n -> path + "." + n).orElse(null);
    }
    if (stated.isArray() && computed.isArray()) {
      int common = Math.min(stated.size(), computed.size());
      for (int i = 0; i < common; i++) {
        String inner = firstDifference(stated.get(i), computed.get(i), path + "[" + i + "]");
        if (inner != null) {
          return inner;
        }
      }
      return stated.size() == computed.size() ? null : path + "[" + common + "]";
    }
    return path;
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
    object();
    read.add(name);
    JsonNode value = json.get(name);
    String childPath = path + "." + name;
    if (value == null) {
      throw new GrantJsonException(childPath, null, "is required", null);
    }
    if (value.isNull()) {
      throw new GrantJsonException(childPath, "null", "must not be null", null);
    }
    return new Node(value, childPath);
  }

  Optional<Node> optionalField(String name) {
    object();
    read.add(name);
    JsonNode value = json.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value.isNull()) {
      throw new GrantJsonException(path + "." + name, "null",
          "must not be null: leave the property out instead", null);
    }
    return Optional.of(new Node(value, path + "." + name));
  }

  /** Rejects any property of this object that was not read. */
  void done() {
    object();
    List<String> unknown = ImmutableList.copyOf(json.fieldNames()).stream()
        .filter(name -> !read.contains(name)).collect(Collectors.toList());
    if (!unknown.isEmpty()) {
      throw new GrantJsonException(path + "." + unknown.get(0), json.get(unknown.get(0)).toString(),
          "is not a known property here; known: " + read.stream().sorted()
              .collect(Collectors.joining(", ")), null);
    }
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
    if (text == null || !AMOUNT.matcher(text).matches()) {
      throw error("must be an amount in kronor as a decimal string with at most two decimals, "
          + "e.g. \"5600000.00\"");
    }
    return build(() -> Amount.parse(text));
  }

  LocalDate date() {
    String text = string();
    try {
      if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException("not yyyy-mm-dd", text, 0);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error("must be a date in ISO-8601 form, yyyy-mm-dd");
    }
  }

  PotId potId() {
    String text = string();
    return build(() -> PotId.of(text));
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    String text = string();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
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
      values.add(element.apply(new Node(json.get(i), path + "[" + i + "]")));
    }
    return values.build();
  }

  /** A list that must not name the same element twice, as a set in JSON must not. */
  <T> ImmutableList<T> distinctList(Function<Node, T> element) {
    ImmutableList<T> values = list(element);
    Set<T> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      if (!seen.add(values.get(i))) {
        throw new GrantJsonException(path + "[" + i + "]", json.get(i).toString(),
            "is listed twice", null);
      }
    }
    return values;
  }
}
