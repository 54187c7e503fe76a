package se.utvecklingsmedel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Function;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.round.PotId;

/**
 * How one JSON value is written and read: the one typed unit every codec is made of. An object's
 * form is written once, property by property, with {@link Fields} ({@link #object}), so each name
 * stands once for writing and reading.
 *
 * @param writer writes a value
 * @param reader reads a value, strictly, through core's factories
 * @param <T> the type
 */
record Form<T>(Function<? super T, ? extends JsonNode> writer, Stream<? super T> stream,
    Function<Node, ? extends T> reader, Comparison<T> comparison) {

  /**
   * Compares a stated value with the one its inputs give: throws at the first place they differ,
   * naming what recomputing gives there.
   */
  interface Comparison<T> {
    void compare(Node stated, T computed, Form<T> form, String rule);
  }

  Form(Function<? super T, ? extends JsonNode> writer, Stream<? super T> stream,
      Function<Node, ? extends T> reader) {
    this(writer, stream, reader, Form::asTrees);
  }

  /** A stated value, compared with the computed value's tree as it is read ({@link StatedPart}). */
  private static <T> void asTrees(Node stated, T computed, Form<T> form, String rule) {
    StatedPart.mustEqual(stated, form.write(computed), rule);
  }

  /** A stated value must be the one its inputs give: else an error where they first differ. */
  void compare(Node stated, T computed, String rule) {
    comparison.compare(stated, computed, this, rule);
  }

  /** Writes a value to a generator, token by token. */
  interface Stream<T> {
    void write(JsonGenerator json, T value) throws IOException;
  }

  /** A form written as a tree (the generator writes the tree). */
  Form(Function<? super T, ? extends JsonNode> writer, Function<Node, ? extends T> reader) {
    // The tree written by itself: writeTree looks up a serializer for every tree.
    this(writer, (json, value) -> Json.write(json, writer.apply(value)), reader);
  }

  static final Form<String> STRING = new Form<>(Json.FACTORY::textNode,
      JsonGenerator::writeString, Node::string);
  static final Form<Boolean> BOOLEAN = new Form<>(Json.FACTORY::booleanNode,
      JsonGenerator::writeBoolean, Node::bool);
  static final Form<Long> LONG = new Form<>(Json::number, JsonGenerator::writeNumber,
      Node::integer, (stated, computed, form, rule) -> whole(stated, computed, form, rule));
  /** A whole number of at most ten digits. */
  static final Form<Integer> INT = new Form<>(Json.FACTORY::numberNode,
      JsonGenerator::writeNumber, Node::smallInteger, Form::whole);
  /** A count: a whole number from zero. */
  static final Form<Integer> COUNT = new Form<>(Json.FACTORY::numberNode,
      JsonGenerator::writeNumber, Node::count, Form::whole);

  /** A stated whole number: equal as written, else compared as the trees compare numbers. */
  private static <N extends Number> void whole(Node stated, N computed, Form<N> form,
      String rule) {
    if (!stated.is(computed.longValue())) {
      asTrees(stated, computed, form, rule);
    }
  }
  static final Form<Amount> AMOUNT = textual(Amount::toString, Form::writeAmount, Node::amount);
  static final Form<LocalDate> DATE = textual(LocalDate::toString, Form::writeDate, Node::date);

  /**
   * An amount as {@link Amount#toString()} writes it, {@code "5600000.00"}, written from its öre
   * with no string made (a document writes thousands).
   */
  private static void writeAmount(JsonGenerator json, Amount amount) throws IOException {
    char[] text = new char[24];
    int i = text.length;
    long ore = amount.toOre(); // never negative
    text[--i] = (char) ('0' + ore % 10);
    text[--i] = (char) ('0' + ore / 10 % 10);
    text[--i] = '.';
    long kronor = ore / 100;
    do {
      text[--i] = (char) ('0' + kronor % 10);
      kronor /= 10;
    } while (kronor > 0);
    json.writeString(text, i, text.length - i);
  }

  /** A date as {@link LocalDate#toString()} writes it, {@code "2016-03-01"}, with no string made. */
  private static void writeDate(JsonGenerator json, LocalDate date) throws IOException {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      json.writeString(date.toString());
      return;
    }
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    char[] text = {(char) ('0' + year / 1000), (char) ('0' + year / 100 % 10),
        (char) ('0' + year / 10 % 10), (char) ('0' + year % 10), '-', (char) ('0' + month / 10),
        (char) ('0' + month % 10), '-', (char) ('0' + day / 10), (char) ('0' + day % 10)};
    json.writeString(text, 0, text.length);
  }
  static final Form<PotId> POT_ID = textual(PotId::toString, Node::potId);

  /** A form written token by token; its tree, when one is asked for, is read back from them. */
  static <T> Form<T> streamed(Stream<? super T> stream, Function<Node, ? extends T> reader) {
    return new Form<>(value -> {
      try (TokenBuffer tokens = new TokenBuffer(null, false)) {
        stream.write(tokens, value);
        return Json.TREES.readTree(tokens.asParser());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, stream, reader);
  }

  /** A value written as a JSON string. */
  static <T> Form<T> textual(Function<? super T, String> text, Function<Node, ? extends T> reader) {
    return textual(text, (json, value) -> json.writeString(text.apply(value)), reader);
  }

  /** A value written as a JSON string, to a generator by {@code stream}. */
  static <T> Form<T> textual(Function<? super T, String> text, Stream<? super T> stream,
      Function<Node, ? extends T> reader) {
    return new Form<>(value -> Json.FACTORY.textNode(text.apply(value)), stream, reader,
        (stated, computed, form, rule) -> {
          if (!stated.is(text.apply(computed))) {
            StatedPart.differs(stated.path(), form.write(computed), rule);
          }
        });
  }

  /** Writes a value to a generator. */
  void write(JsonGenerator json, T value) throws IOException {
    stream.write(json, value);
  }

  JsonNode write(T value) {
    return writer.apply(value);
  }

  T read(Node node) {
    return reader.apply(node);
  }

  /** An enum by its constant's name. */
  static <E extends Enum<E>> Form<E> of(Class<E> type) {
    return textual(Enum::name, node -> node.enumValue(type));
  }

  /** An object whose properties one function names, for writing and for reading. */
  static <T> Form<T> object(Function<Fields<T>, T> properties) {
    return new Form<>(value -> Fields.write(value, properties),
        (json, value) -> Fields.stream(json, value, properties),
        node -> properties.apply(Fields.reading(node)),
        (stated, computed, form, rule) -> {
          if (!stated.isObject()) {
            StatedPart.differs(stated.path(), form.write(computed), rule);
          }
          properties.apply(Fields.comparing(stated, computed, rule));
        });
  }

  /** A list of this form's values. */
  Form<Collection<T>> list() {
    return new Form<>(this::array, this::stream, node -> node.list(this::read), this::elements);
  }

  /** A stated list, element by element, as the trees' comparison compares them. */
  private void elements(Node stated, Collection<T> computed, Form<Collection<T>> form,
      String rule) {
    if (!stated.isArray()) {
      StatedPart.differs(stated.path(), form.write(computed), rule);
    }
    List<T> values = List.copyOf(computed);
    int[] i = {0};
    stated.elements(element -> {
      if (i[0] >= values.size()) {
        StatedPart.differs(element.path(), null, rule);
      }
      compare(element, values.get(i[0]++), rule);
    });
    if (i[0] < values.size()) {
      StatedPart.differs(stated.path() + "[" + i[0] + "]", write(values.get(i[0])), rule);
    }
  }

  /**
   * A set of an enum's constants by name, as {@code Form.of(type).set()} reads and writes it, read
   * without a node per element.
   */
  static <E extends Enum<E>> Form<Collection<E>> setOf(Class<E> type) {
    Form<E> constant = of(type);
    return new Form<>(constant::array, constant::stream, node -> node.distinctEnums(type));
  }

  Form<Collection<T>> set() {
    return new Form<>(this::array, this::stream, node -> node.distinctList(this::read));
  }

  /** Values as a JSON array, token by token. */
  void stream(JsonGenerator json, Collection<? extends T> values) throws IOException {
    json.writeStartArray();
    for (T value : values) {
      write(json, value);
    }
    json.writeEndArray();
  }

  ArrayNode array(Collection<? extends T> values) {
    ArrayNode array = Json.FACTORY.arrayNode();
    values.forEach(value -> array.add(write(value)));
    return array;
  }

  /**
   * A map as a list of objects, each a key and a value ({@code [{"term": …, "recipients": 3}]}); a
   * key listed twice is rejected at its entry.
   */
  <V> Form<Map<T, V>> entries(String keyName, String valueName, Form<V> value) {
    return new Form<>((Map<T, V> map) -> {
      ArrayNode array = Json.FACTORY.arrayNode();
      map.forEach((k, v) -> array.addObject().<ObjectNode>set(keyName, write(k))
          .set(valueName, value.write(v)));
      return array;
    }, (json, map) -> {
      json.writeStartArray();
      for (Map.Entry<T, V> entry : map.entrySet()) {
        json.writeStartObject();
        json.writeFieldName(keyName);
        write(json, entry.getKey());
        json.writeFieldName(valueName);
        value.write(json, entry.getValue());
        json.writeEndObject();
      }
      json.writeEndArray();
    }, node -> ImmutableMap.copyOf(node.entries(keyName, this::read, valueName, value::read)));
  }

  /** A comparison, {@code {"before": …, "after": …}}: both sides in this form. */
  <C> Form<C> beforeAfter(Function<C, T> before, Function<C, T> after, BiFunction<T, T, C> combine) {
    return object(f -> {
      T b = f.required("before", before, this);
      T a = f.required("after", after, this);
      return f.build(() -> combine.apply(b, a));
    });
  }

  static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }

  /** Digits, then at most two decimals after a point: {@code \\d+(\\.\\d{1,2})?}. */
  static boolean isAmount(String text) {
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

  /** A date in ISO-8601 form, yyyy-mm-dd with a four-digit year, read by hand; null if not one. */
  static LocalDate isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
        || !digits(text, 0, 4) || !digits(text, 5, 7) || !digits(text, 8, 10)) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (java.time.DateTimeException e) {
      return null;
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
}
