package se.utvecklingsmedel.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.round.PotId;

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
  // look further. A document that breaks this is read again without it
  // (ObjectReader.Reordered).
  private final boolean inOrder;

  private boolean touched; // a structured value whose tokens a codec began to read
  private boolean ended; // a structured value whose last token was read
  private Node open; // the structured child being read, which must end before this goes on

  private ObjectReader properties; // an object's, once one is asked for
  private ArrayReader elements; // an array's, once they are read

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
   * ObjectReader.Reordered}, to be read again without.
   */
  static Node read(JsonParser parser, String path, boolean inOrder) throws IOException {
    if (parser.currentToken() == null && parser.nextToken() == null) {
      throw new GrantJsonException(path, null, "is empty: a JSON document is required", null);
    }
    return new Node(null, null, -1, parser, path, inOrder);
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

  String childPath(String child) {
    return path() + "." + child;
  }

  GrantJsonException error(String rule) {
    return new GrantJsonException(path(), shown(), rule, null);
  }

  /** The value as JSON, as a message shows it: compact, read to its end if need be. */
  String shown() {
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

  void appendJson(StringBuilder json) {
    if (parser == null || !touched) {
      json.append(shown());
      return;
    }
    if (token == JsonToken.START_OBJECT) {
      json.append('{');
      String separator = "";
      for (String n : properties == null ? List.<String>of() : properties.read()) {
        Node value = properties.kept(n);
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
      for (int i = 0; elements != null && i < elements.count(); i++) {
        json.append(separator);
        elements.element(i).appendJson(json);
        separator = ",";
      }
      json.append(']');
    }
  }

  /** A name as a JSON string. */
  static String quoted(String name) {
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
   * Runs a core factory; a rule it breaks is an error at the innermost place ({@link
   * ViolationPlace}); anything else it throws propagates as itself.
   */
  <T> T build(Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw ViolationPlace.of(this, e);
    }
  }

  /** The value as a message shows it, if it is read (else it is no longer where the parser is). */
  String shownIfRead() {
    if (parser == null || touched) {
      StringBuilder json = new StringBuilder();
      appendJson(json);
      return json.toString();
    }
    return null;
  }

  /** The property or element a step of a path names, as read; null if there is none. */
  Node step(String step) {
    if (step.startsWith("[")) {
      int i = Integer.parseInt(step.substring(1, step.length() - 1));
      return elements != null && i < elements.count() ? elements.element(i) : null;
    }
    return properties == null ? null : properties.kept(step);
  }

  /** An element read without a node: its text, as JSON. */
  Node(Node parent, int index, String json) {
    this(parent, null, index, first(GrantJson.parse(json)), null);
  }

  // --- reading in document order --------------------------------------------------------------

  /** Begins reading this structured value's tokens, after the child being read has ended. */
  JsonParser begin() {
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
  void finish() {
    if (parser == null || ended) {
      return;
    }
    try {
      if (!touched) {
        TokenBuffer buffer = new TokenBuffer(parser);
        TreeReader.skip(parser, path(), buffer);
        parser = buffer.asParser(parser.getCodec());
        parser.nextToken();
        return;
      }
      if (open != null) {
        open.finish();
        open = null;
      }
      if (token == JsonToken.START_OBJECT) {
        properties().readRest();
      } else {
        for (int i = elements == null ? 0 : elements.count(); parser.nextToken()
            != JsonToken.END_ARRAY; i++) {
          TreeReader.skip(parser, path() + "[" + i + "]", null);
        }
        ended = true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the value's last token was read. */
  boolean ended() {
    return ended;
  }

  /** Notes that the value's last token was read. */
  void ended(boolean value) {
    ended = value;
  }

  /** Whether the document is taken to list properties in the writer's order. */
  boolean inOrder() {
    return inOrder;
  }

  /** Lets the child being read go, read to its end or kept. */
  void release(Node child) {
    child.finish();
    if (open == child) {
      open = null;
    }
  }

  /** Reads the value to its last token, whatever a codec left of it (a document's end). */
  void end() {
    if (parser == null || ended) {
      return;
    }
    if (!touched) {
      try {
        TreeReader.skip(parser, path(), null);
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
    if (open != null) {
      open.drain();
      open = null;
    }
    end();
  }

  /** The value at the parser's current token, as this value's child. */
  Node child(String childName, int childIndex) {
    Node child = new Node(this, childName, childIndex, parser, null);
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
    Node value = properties().ask(name, false);
    if (value == null) {
      throw new GrantJsonException(childPath(name), null, "is required"
          + properties().misspelt(name), null);
    }
    if (value.token == JsonToken.VALUE_NULL) {
      throw new GrantJsonException(childPath(name), "null", "must not be null", null);
    }
    return value;
  }

  Optional<Node> optionalField(String name) {
    Node value = properties().ask(name, inOrder);
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
    return properties().ask(name, false);
  }

  /** The stated properties nobody asked for, in document order: the whole object is read. */
  Map<String, Node> unstated() {
    return properties().unasked();
  }

  /** The names of the object's properties, in document order: the whole object is read. */
  List<String> names() {
    return properties().names();
  }

  /** Refuses a property nobody asked for. */
  void done() {
    properties().done();
  }

  /** The object's properties, read from this value's tokens. */
  ObjectReader properties() {
    object();
    if (properties == null) {
      properties = new ObjectReader(this);
    }
    return properties;
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
    if (token != JsonToken.VALUE_STRING || !Form.isAmount(text)) {
      boolean negative = token == JsonToken.VALUE_STRING && text.startsWith("-")
          && Form.isAmount(text.substring(1));
      throw error("must be an amount in kronor as a decimal string with at most two decimals, e.g. "
          + "\"5600000.00\"" + (negative ? ", and zero or more: an amount is never negative" : ""));
    }
    return build(() -> Amount.parse(text));
  }

  LocalDate date() {
    LocalDate date = Form.isoDate(string());
    if (date == null) {
      throw error("must be a date in ISO-8601 form, yyyy-mm-dd");
    }
    return date;
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
    return elements().list(element);
  }

  /** A list of distinct names of an enum's constants, with no node per element. */
  <E extends Enum<E>> ImmutableList<E> distinctEnums(Class<E> type) {
    return elements().distinctEnums(type);
  }

  /** A list that must not name the same element twice, as a set in JSON must not. */
  <T> ImmutableList<T> distinctList(Function<Node, T> element) {
    return elements().distinctList(element);
  }

  /** A list of objects, each a key and a value, as an ordered map; no key listed twice. */
  <K, V> Map<K, V> entries(String keyField, Function<Node, K> key, String valueField,
      Function<Node, V> value) {
    return elements().entries(keyField, key, valueField, value);
  }

  /** Each element of a stated array, as it comes. */
  void elements(java.util.function.Consumer<Node> each) {
    elements().each(each);
  }

  /** The array's elements, read from this value's tokens. */
  private ArrayReader elements() {
    if (token != JsonToken.START_ARRAY) {
      throw error("must be a JSON array");
    }
    if (elements == null) {
      elements = new ArrayReader(this);
    }
    return elements;
  }
}
