package se.utvecklingsmedel.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * A JSON value read from Jackson's parser in document order, with its path: every accessor checks
 * the JSON type, and {@link #done()} rejects properties nobody asked for. Every problem becomes a
 * {@link GrantJsonException} naming the path, the value and the rule.
 *
 * <p>A codec asks for an object's properties by name. Asked in document order, as the writer writes
 * them, each is read from the parser as it comes; a property that comes before the one asked for is
 * kept in a token buffer until it is asked for or the object is {@link #done()}. A value is kept as
 * read (a scalar's text, the properties and elements asked for), so that a rule broken by a built
 * value is named at its innermost place and a stated part can be compared.
 */
final class Node {

  private final Node parent;
  private final String name;
  private final int index;
  private String path;

  private JsonParser parser; // a structured value's, at its first token until it is read
  private final JsonToken token;
  private String text; // a scalar's text: a string's value, a number as JSON writes it
  private final long whole; // a whole number's value, if it fits a long
  private final boolean fitsLong;

  // Whether the document is taken to list an object's properties in the order a codec asks for
  // them, as the writer writes them: an optional property that is not next is then absent, with no
  // look further. A document that breaks this is read again without it (Reordered).
  private final boolean inOrder;
  private Set<String> takenAbsent;
  private String peeked; // the name of the property at the parser, its value not yet read

  private boolean touched; // a structured value whose tokens a codec began to read
  private boolean ended; // a structured value whose last token was read
  private Node open; // the structured child being read, which must end before this goes on

  // An object's properties: in document order, those asked for and those kept for later.
  private List<String> names;
  private Map<String, Node> properties;
  private Set<String> asked;
  // An array's elements, as read; an array of names read without a node each keeps the names.
  private List<Node> elements;
  private List<String> elementTexts;

  private Node(Node parent, String name, int index, JsonParser parser) {
    this(parent, name, index, parser, null);
  }

  private Node(Node parent, String name, int index, JsonParser parser, String path) {
    this(parent, name, index, parser, path, parent != null && parent.inOrder);
  }

  private Node(Node parent, String name, int index, JsonParser parser, String path,
      boolean inOrder) {
    this.inOrder = inOrder;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.path = path;
    JsonToken current = parser.currentToken();
    this.token = current;
    try {
      switch (current) {
        case START_OBJECT, START_ARRAY -> {
          this.parser = parser;
          this.whole = 0;
          this.fitsLong = false;
        }
        case VALUE_STRING -> {
          this.text = parser.getText();
          this.whole = 0;
          this.fitsLong = false;
        }
        case VALUE_NUMBER_INT -> {
          JsonParser.NumberType type = parser.getNumberType();
          this.fitsLong = type != JsonParser.NumberType.BIG_INTEGER;
          this.whole = fitsLong ? parser.getLongValue() : 0;
          this.text = fitsLong ? null : parser.getBigIntegerValue().toString(); // a long's, later
        }
        case VALUE_NUMBER_FLOAT -> {
          this.whole = 0;
          this.fitsLong = false;
          String decimal;
          try {
            decimal = parser.getDecimalValue().toString();
          } catch (NumberFormatException e) {
            // NaN or Infinity, which a lenient mapper's parser lets through.
            throw GrantJsonException.malformed(path(), parser.getText(), "is not a finite number",
                e);
          }
          this.text = decimal;
        }
        case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
          this.text = parser.getText();
          this.whole = 0;
          this.fitsLong = false;
        }
        default -> throw GrantJsonException.malformed(path(), null, "is not a JSON value but "
            + current, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value at the parser's current token (the next one if none), at a path. */
  static Node read(JsonParser parser, String path) throws IOException {
    return read(parser, path, false);
  }

  /**
   * The value at the parser's current token, taking the document to list properties in the order
   * a codec asks for them if {@code inOrder}: a document that does not is refused with {@link
   * Reordered}, to be read again without.
   */
  static Node read(JsonParser parser, String path, boolean inOrder) throws IOException {
    if (parser.currentToken() == null && parser.nextToken() == null) {
      throw new GrantJsonException(path, null, "is empty: a JSON document is required", null);
    }
    return new Node(null, null, -1, parser, path, inOrder);
  }

  /** A document that lists an optional property after one asked for later. */
  static final class Reordered extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Reordered() {
      super(null, null, false, false);
    }
  }

  /** A tree's value, at a path. */
  Node(JsonNode json, String path) {
    this(null, null, -1, first(json), path, false);
  }

  private static JsonParser first(JsonNode json) {
    try {
      JsonParser parser = json.traverse();
      parser.nextToken();
      return parser;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A property's name read as a value: its own text, at the property's path. */
  Node about(String value) {
    return new Node(this, TextNode.valueOf(value));
  }

  private Node(Node at, JsonNode scalar) {
    this(at.parent, at.name, at.index, first(scalar), at.path());
  }

  String path() {
    if (path == null) {
      path = name != null ? parent.path() + "." + name
          : index >= 0 ? parent.path() + "[" + index + "]" : parent.path();
    }
    return path;
  }

  private String childPath(String child) {
    return path() + "." + child;
  }

  GrantJsonException error(String rule) {
    return new GrantJsonException(path(), shown(), rule, null);
  }

  /** The value as JSON, as a message shows it: compact, read to its end if need be. */
  private String shown() {
    if (parser == null) {
      return token == JsonToken.VALUE_STRING ? TextNode.valueOf(text).toString() : scalarText();
    }
    if (!touched) {
      return tree().toString();
    }
    finish();
    StringBuilder json = new StringBuilder();
    appendJson(json);
    return json.length() > 1_000 ? json.substring(0, 1_000) : json.toString();
  }

  private void appendJson(StringBuilder json) {
    if (parser == null || !touched) {
      json.append(shown());
      return;
    }
    if (token == JsonToken.START_OBJECT) {
      json.append('{');
      String separator = "";
      for (String n : names == null ? List.<String>of() : names) {
        Node value = properties.get(n);
        json.append(separator).append(TextNode.valueOf(n)).append(':');
        if (value == null) {
          json.append("…");
        } else {
          value.appendJson(json);
        }
        separator = ",";
      }
      json.append('}');
    } else {
      json.append('[');
      String separator = "";
      if (elementTexts != null) {
        for (String t : elementTexts) {
          json.append(separator).append(quoted(t));
          separator = ",";
        }
      } else {
        for (Node element : elements == null ? List.<Node>of() : elements) {
          json.append(separator);
          element.appendJson(json);
          separator = ",";
        }
      }
      json.append(']');
    }
  }

  /** A name as a JSON string. */
  private static String quoted(String name) {
    return TextNode.valueOf(name).toString();
  }

  private String scalarText() {
    if (text == null) {
      text = String.valueOf(whole);
    }
    return text;
  }

  /** A structured value not yet read, as a tree (for a stated part, compared whole). */
  JsonNode tree() {
    if (parser == null) {
      return switch (token) {
        case VALUE_STRING -> TextNode.valueOf(text);
        case VALUE_NUMBER_INT -> fitsLong ? Json.number(whole)
            : Json.FACTORY.numberNode(new java.math.BigInteger(text));
        case VALUE_NUMBER_FLOAT -> Json.FACTORY.numberNode(new java.math.BigDecimal(text));
        case VALUE_TRUE, VALUE_FALSE -> Json.FACTORY.booleanNode(token == JsonToken.VALUE_TRUE);
        default -> Json.FACTORY.nullNode();
      };
    }
    if (touched) {
      throw new IllegalStateException("a value read in part is no tree: " + path());
    }
    try {
      JsonNode tree = TreeReader.read(parser, path());
      touched = true;
      ended = true;
      return tree;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  /**
   * The innermost place of a rule: core's relative path as far as the document has it, and a
   * property the object leaves out named where it belongs.
   */
  private GrantJsonException inputError(RuntimeException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    Node at = this;
    StringBuilder where = new StringBuilder(path());
    if (e instanceof RuleViolation violation && !violation.path().isEmpty()) {
      for (String step : violation.path().split("\\.|(?=\\[)")) {
        Node next = at == null ? null : at.step(step);
        if (next == null) {
          if (at != null && at.token == JsonToken.START_OBJECT && !step.startsWith("[")) {
            // A figure the rule needs and the object leaves out is named where it belongs.
            where.append('.').append(step);
            at = null;
          }
          break;
        }
        at = next;
        where.append(step.startsWith("[") ? step : "." + step);
      }
    }
    return new GrantJsonException(where.toString(), at == null ? null : at.shownIfRead(), message,
        e);
  }

  /** The value as a message shows it, if it is read (else it is no longer where the parser is). */
  private String shownIfRead() {
    if (parser == null || touched) {
      StringBuilder json = new StringBuilder();
      appendJson(json);
      return json.toString();
    }
    return null;
  }

  private Node step(String step) {
    if (step.startsWith("[")) {
      int i = Integer.parseInt(step.substring(1, step.length() - 1));
      if (elementTexts != null) {
        return i < elementTexts.size() ? new Node(this, i, quoted(elementTexts.get(i))) : null;
      }
      return elements != null && i < elements.size() ? elements.get(i) : null;
    }
    return properties == null ? null : properties.get(step);
  }

  /** An element read without a node: its text, as JSON. */
  private Node(Node parent, int index, String json) {
    this(parent, null, index, first(GrantJson.parse(json)));
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
   * where the two differ ({@link StatedPart}).
   */
  void mustEqual(JsonNode computed, String rule) {
    StatedPart.mustEqual(tree(), path(), computed, rule);
  }

  // --- reading in document order --------------------------------------------------------------

  /** Begins reading this structured value's tokens, after the child being read has ended. */
  private JsonParser begin() {
    touched = true;
    if (open != null) {
      open.finish();
      open = null;
    }
    return parser;
  }

  /**
   * Ends this value: a value no codec began to read is kept in a buffer (it may be asked for
   * later, as a stated part is); one begun is read to its end.
   */
  private void finish() {
    if (parser == null || ended) {
      return;
    }
    try {
      if (!touched) {
        TokenBuffer buffer = new TokenBuffer(parser);
        skip(parser, path(), buffer);
        parser = buffer.asParser(parser.getCodec());
        parser.nextToken();
        return;
      }
      if (open != null) {
        open.finish();
        open = null;
      }
      if (token == JsonToken.START_OBJECT) {
        readRest();
      } else {
        for (int i = elements == null ? 0 : elements.size(); parser.nextToken()
            != JsonToken.END_ARRAY; i++) {
          skip(parser, path() + "[" + i + "]", null);
        }
        ended = true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the value to its last token, whatever a codec left of it (a document's end). */
  void end() {
    if (parser == null || ended) {
      return;
    }
    if (!touched) {
      try {
        skip(parser, path(), null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      touched = true;
      ended = true;
      return;
    }
    finish();
  }

  /**
   * After a broken rule, the rest of the value read as the tree reader of the 0.2 line read every
   * document before its values: a duplicate key or a value that is no JSON, wherever it is, is
   * reported before the rule.
   */
  void drain() {
    if (parser == null || ended) {
      return;
    }
    if (open != null) {
      open.drain();
      open = null;
    }
    if (!touched) {
      end();
      return;
    }
    finish();
  }

  /**
   * Reads a value from the parser's current token to its last, as the tree reader did: a key
   * twice in an object, or a number that is not finite, is an error at its path. Copies the tokens
   * to a buffer if one is given.
   */
  private static void skip(JsonParser p, String at, TokenBuffer copy) throws IOException {
    if (copy != null) {
      copy.copyCurrentEvent(p);
    }
    switch (p.currentToken()) {
      case START_OBJECT -> {
        Set<String> seen = new HashSet<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
          String key = p.currentName();
          if (!seen.add(key)) {
            throw GrantJsonException.malformed(at + "." + key, null,
                "is a duplicate key: each key may appear once", null);
          }
          if (copy != null) {
            copy.copyCurrentEvent(p);
          }
          p.nextToken();
          skip(p, at + "." + key, copy);
        }
        if (copy != null) {
          copy.copyCurrentEvent(p);
        }
      }
      case START_ARRAY -> {
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
          skip(p, at + "[" + i + "]", copy);
        }
        if (copy != null) {
          copy.copyCurrentEvent(p);
        }
      }
      case VALUE_NUMBER_FLOAT -> {
        try {
          p.getDecimalValue();
        } catch (NumberFormatException e) {
          throw GrantJsonException.malformed(at, p.getText(), "is not a finite number", e);
        }
      }
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
        // a value
      }
      default -> throw GrantJsonException.malformed(at, null, "is not a JSON value but "
          + p.currentToken(), null);
    }
  }

  /** The value at the parser's current token, as this value's child. */
  private Node child(String childName, int childIndex) {
    Node child = new Node(this, childName, childIndex, parser);
    if (child.parser != null) {
      open = child;
    }
    return child;
  }

  // --- objects ---------------------------------------------------------------------------------

  Node object() {
    if (token != JsonToken.START_OBJECT) {
      throw error("must be a JSON object");
    }
    return this;
  }

  Node field(String name) {
    Node value = ask(name, false);
    if (value == null) {
      throw new GrantJsonException(childPath(name), null, "is required" + misspelt(name), null);
    }
    if (value.token == JsonToken.VALUE_NULL) {
      throw new GrantJsonException(childPath(name), "null", "must not be null", null);
    }
    return value;
  }

  Optional<Node> optionalField(String name) {
    Node value = ask(name, inOrder);
    if (value == null) {
      return Optional.empty();
    }
    if (value.token == JsonToken.VALUE_NULL) {
      throw new GrantJsonException(childPath(name), "null",
          "must not be null: leave the property out instead", null);
    }
    return Optional.of(value);
  }

  // --- a stated part, compared with the computed value ----------------------------------------

  /** Whether the value is this whole number, as JSON states it (not 1.0 for 1: see asTrees). */
  boolean is(long number) {
    return fitsLong && whole == number;
  }

  /** Whether the value is this JSON string. */
  boolean is(String value) {
    return token == JsonToken.VALUE_STRING && text.equals(value);
  }

  boolean isObject() {
    return token == JsonToken.START_OBJECT;
  }

  boolean isArray() {
    return token == JsonToken.START_ARRAY;
  }

  /** A stated property, whatever its value (null included), or null if the object has none. */
  Node stated(String name) {
    return ask(name, false);
  }

  /** The stated properties nobody asked for, in document order: the whole object is read. */
  Map<String, Node> unstated() {
    begin();
    readRest();
    Map<String, Node> unasked = new LinkedHashMap<>();
    for (String n : names) {
      if (!asked.contains(n)) {
        unasked.put(n, properties.get(n));
      }
    }
    return unasked;
  }

  /** Each element of a stated array, as it comes. */
  void elements(java.util.function.Consumer<Node> each) {
    JsonParser p = begin();
    elements = new ArrayList<>();
    try {
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        Node node = child(null, i);
        elements.add(node);
        each.accept(node);
        if (open != null) {
          open.finish();
          open = null;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ended = true;
  }

  /** The names of the object's properties, in document order: the whole object is read. */
  List<String> names() {
    object();
    start();
    begin();
    readRest();
    return List.copyOf(names);
  }

  private void start() {
    if (names == null) {
      names = new ArrayList<>();
      properties = new HashMap<>();
      asked = new HashSet<>();
    }
  }

  /**
   * A property asked for, and noted as known here: kept from before, or read on from the parser,
   * keeping the properties before it. An optional property looked for only {@code next} is taken
   * as absent if another comes first; met later, the document is read again ({@link Reordered}).
   */
  private Node ask(String name, boolean next) {
    object();
    start();
    asked.add(name);
    Node kept = properties.get(name);
    if (kept != null || ended) {
      return kept;
    }
    begin();
    for (String read = nextName(); read != null; read = nextName()) {
      if (next && !read.equals(name)) {
        if (takenAbsent == null) {
          takenAbsent = new HashSet<>();
        }
        takenAbsent.add(name);
        return null;
      }
      Node value = nextValue();
      if (read.equals(name)) {
        return value;
      }
      value.finish(); // kept in a buffer until asked for
      open = null;
    }
    return null;
  }

  /** The name of the next property, its value not yet read; null at the object's end. */
  private String nextName() {
    if (peeked != null) {
      return peeked;
    }
    try {
      if (parser.nextToken() == JsonToken.END_OBJECT) {
        ended = true;
        return null;
      }
      peeked = parser.currentName();
      return peeked;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value of the property {@link #nextName()} gave. */
  private Node nextValue() {
    String read = peeked;
    peeked = null;
    try {
      parser.nextToken();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return property(read);
  }

  /** The property at the parser, noted in document order; a key given twice is refused. */
  private Node property(String read) {
    if (takenAbsent != null && takenAbsent.contains(read)) {
      throw new Reordered();
    }
    if (properties.containsKey(read)) {
      throw GrantJsonException.malformed(childPath(read), null,
          "is a duplicate key: each key may appear once", null);
    }
    Node value = child(read, -1);
    names.add(read);
    properties.put(read, value);
    return value;
  }

  private void readRest() {
    if (ended) {
      return;
    }
    for (String read = nextName(); read != null; read = nextName()) {
      nextValue().finish();
      open = null;
    }
  }

  /**
   * A property not asked for whose name is one or two letters from a required one, such as
   * "requisitoning" for "requisitioning": the likely reason it is missing.
   */
  private String misspelt(String name) {
    readRest();
    for (String other : names) {
      if (!asked.contains(other) && withinTwoEdits(name.toLowerCase(Locale.ROOT),
          other.toLowerCase(Locale.ROOT))) {
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

  void done() {
    object();
    start();
    begin();
    readRest();
    for (String n : names) {
      if (!asked.contains(n)) {
        throw new GrantJsonException(childPath(n), properties.get(n).shown(),
            "is not a known property here; known: " + new TreeSet<>(asked).stream()
                .collect(Collectors.joining(", ")), null);
      }
    }
  }

  // --- scalars ---------------------------------------------------------------------------------

  String string() {
    if (token != JsonToken.VALUE_STRING) {
      throw error("must be a JSON string");
    }
    return text;
  }

  long integer() {
    if (!fitsLong) {
      throw error("must be a whole JSON number (no decimals, no quotes)");
    }
    return whole;
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
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw error("must be true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  Amount amount() {
    if (token != JsonToken.VALUE_STRING || !isAmount(text)) {
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
    String value = string();
    // yyyy-mm-dd read by hand, as strictly as ISO_LOCAL_DATE with four-digit years
    if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-'
        || !digits(value, 0, 4) || !digits(value, 5, 7) || !digits(value, 8, 10)) {
      throw error("must be a date in ISO-8601 form, yyyy-mm-dd");
    }
    try {
      return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
          Integer.parseInt(value, 8, 10, 10));
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
    String value = string();
    return build(() -> PotId.of(value));
  }

  /** Whether the value is a JSON string (the one form a value may have of two). */
  boolean isText() {
    return token == JsonToken.VALUE_STRING;
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    String value = string();
    try {
      return Enum.valueOf(type, value); // the exact name; a map look-up, not a copy of the constants
    } catch (IllegalArgumentException e) {
      // not a constant's name: the message lists them
    }
    throw error("must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", ")));
  }

  // --- arrays ----------------------------------------------------------------------------------

  <T> ImmutableList<T> list(Function<Node, T> element) {
    if (token != JsonToken.START_ARRAY) {
      throw error("must be a JSON array");
    }
    ImmutableList.Builder<T> values = ImmutableList.builder();
    elements(node -> values.add(element.apply(node)));
    return values.build();
  }

  /**
   * A list of distinct names of an enum's constants, read as {@code distinctList(n ->
   * n.enumValue(type))} reads it, with its messages, but with no node per element unless one is
   * wrong (terms are most of a report).
   */
  <E extends Enum<E>> ImmutableList<E> distinctEnums(Class<E> type) {
    if (token != JsonToken.START_ARRAY) {
      throw error("must be a JSON array");
    }
    JsonParser p = begin();
    elementTexts = new ArrayList<>();
    ImmutableList.Builder<E> read = ImmutableList.builder();
    try {
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        E value = null;
        String name = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
        if (name != null) {
          try {
            value = Enum.valueOf(type, name);
          } catch (IllegalArgumentException e) {
            // not a constant's name: the element's node says so
          }
        }
        if (value == null) {
          child(null, i).enumValue(type); // throws, with its path
        }
        elementTexts.add(name);
        read.add(value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ended = true;
    // Every element read first, then repeats looked for: the order of errors distinctList has.
    ImmutableList<E> values = read.build();
    EnumSet<E> seen = EnumSet.noneOf(type);
    for (int i = 0; i < values.size(); i++) {
      if (!seen.add(values.get(i))) {
        throw new GrantJsonException(path() + "[" + i + "]", quoted(elementTexts.get(i)),
            "is listed twice", null);
      }
    }
    return values;
  }

  /** A list that must not name the same element twice, as a set in JSON must not. */
  <T> ImmutableList<T> distinctList(Function<Node, T> element) {
    ImmutableList<T> values = list(element);
    // A short list (a report's terms) is checked pair by pair; a long one with a set.
    Set<T> seen = values.size() > 16 ? new HashSet<>() : null;
    for (int i = 0; i < values.size(); i++) {
      if (seen != null ? !seen.add(values.get(i)) : values.subList(0, i).contains(values.get(i))) {
        throw new GrantJsonException(path() + "[" + i + "]", elements.get(i).shownIfRead(),
            "is listed twice", null);
      }
    }
    return values;
  }
}
