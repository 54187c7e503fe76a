package se.utvecklingsmedel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An object's properties, named once for both directions: one function, given these fields, either
 * writes a value (each property's getter is written, and returned) or reads one (each property is
 * read from the JSON, and returned), then builds it. Writing returns the value itself from
 * {@link #build}, so nothing is built twice.
 *
 * <pre>{@code
 * Form<Share> SHARE = Form.object(f -> {
 *   long numerator = f.required("numerator", Share::numerator, Form.LONG);
 *   long denominator = f.required("denominator", Share::denominator, Form.LONG);
 *   return f.build(() -> Share.of(numerator, denominator));
 * });
 * }</pre>
 *
 * @param <T> the object's type
 */
abstract sealed class Fields<T> {

  /** The JSON of a value, written by its properties function. */
  static <T> ObjectNode write(T value, Function<Fields<T>, T> properties) {
    Tree<T> fields = new Tree<>(value);
    properties.apply(fields);
    return fields.json;
  }

  /** Writes a value's properties to a generator, as an object. */
  static <T> void stream(JsonGenerator json, T value, Function<Fields<T>, T> properties)
      throws IOException {
    json.writeStartObject();
    try {
      properties.apply(new Streaming<>(json, value));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    json.writeEndObject();
  }

  /** Comparing a stated object with the computed value, property by property. */
  static <T> Fields<T> comparing(Node stated, T computed, String rule) {
    return new Comparing<>(stated, computed, rule);
  }

  static <T> Fields<T> reading(Node node) {
    return new Reading<>(node.object());
  }

  /** A property that is always there. */
  abstract <V> V required(String name, Function<? super T, ? extends V> get, Form<V> form);

  /** A property written when present, and optional when read. */
  abstract <V> Optional<V> optional(String name, Function<? super T, Optional<V>> get, Form<V> form);

  /**
   * A property a document may leave out (the builder's default then holds); written unless it is an
   * empty collection or map, the default of every such property (repetition, not
   * information).
   */
  abstract <V> Optional<V> defaulted(String name, Function<? super T, ? extends V> get, Form<V> form);

  /**
   * An optional property, given to {@code set} when present and read (a value written fills no
   * builder).
   */
  final <V> void optional(String name, Function<? super T, Optional<V>> get, Form<V> form,
      Consumer<? super V> set) {
    Optional<V> property = optional(name, get, form);
    if (reading()) {
      property.ifPresent(set);
    }
  }

  /** A defaulted property, given to {@code set} when present and read. */
  final <V> void defaulted(String name, Function<? super T, ? extends V> get, Form<V> form,
      Consumer<? super V> set) {
    Optional<V> property = defaulted(name, get, form);
    if (reading()) {
      property.ifPresent(set);
    }
  }

  private boolean reading() {
    return this instanceof Reading;
  }

  /**
   * A property with a default value, given to {@code set} when present, and written only when it
   * differs from the default (a report wrote five defaults, about a tenth of its bytes).
   * Reading takes it either way.
   */
  final <V> void defaulted(String name, Function<? super T, ? extends V> get, Form<V> form,
      V byDefault, Consumer<? super V> set) {
    if (registersDefaults()) {
      LeftOut.register(name, byDefault, form);
    }
    Optional<V> property = defaulted(name, value -> {
      V got = get.apply(value);
      return byDefault.equals(got) ? null : got;
    }, form);
    if (reading()) {
      property.ifPresent(set);
    }
  }

  /**
   * The value: when writing, the one being written; when reading, the factory's, after rejecting
   * any property not read, with a core rule broken reported at the innermost path (see
   * {@link Node#build(Supplier)}).
   */
  abstract T build(Supplier<T> factory);

  /** When reading, the object's node; empty when writing. */
  abstract Optional<Node> node();

  /**
   * Whether the defaults left out are noted ({@link LeftOut}): by the writers whose trees a stated
   * part is compared with, not by the one that writes a document to a generator.
   */
  boolean registersDefaults() {
    return node().isEmpty();
  }

  /** Writing a value: each property's getter is written, to a tree or to a generator. */
  private abstract static sealed class Writing<T> extends Fields<T> {
    private final T value;

    Writing(T value) {
      this.value = value;
    }

    /** Writes one property. */
    abstract <V> void put(String name, Form<V> form, V property);

    @Override
    <V> V required(String name, Function<? super T, ? extends V> get, Form<V> form) {
      V property = get.apply(value);
      put(name, form, property);
      return property;
    }

    @Override
    <V> Optional<V> optional(String name, Function<? super T, Optional<V>> get, Form<V> form) {
      Optional<V> property = get.apply(value);
      property.ifPresent(p -> put(name, form, p));
      return property;
    }

    @Override
    <V> Optional<V> defaulted(String name, Function<? super T, ? extends V> get, Form<V> form) {
      V property = get.apply(value);
      boolean empty = property == null || property instanceof Collection<?> c && c.isEmpty()
          || property instanceof Map<?, ?> m && m.isEmpty();
      if (!empty) {
        put(name, form, property);
      } else if (property != null && registersDefaults()) {
        LeftOut.register(name, property, form);
      }
      return Optional.ofNullable(property);
    }

    @Override
    T build(Supplier<T> factory) {
      return value;
    }

    @Override
    Optional<Node> node() {
      return Optional.empty();
    }
  }

  /** Writing to a tree. */
  private static final class Tree<T> extends Writing<T> {
    private final ObjectNode json = Json.FACTORY.objectNode();

    Tree(T value) {
      super(value);
    }

    @Override
    <V> void put(String name, Form<V> form, V property) {
      json.set(name, form.write(property));
    }
  }

  /** Writing to a generator, in the order the properties are declared. */
  private static final class Streaming<T> extends Writing<T> {
    private final JsonGenerator json;

    Streaming(JsonGenerator json, T value) {
      super(value);
      this.json = json;
    }

    @Override
    boolean registersDefaults() {
      return false;
    }

    @Override
    <V> void put(String name, Form<V> form, V property) {
      try {
        json.writeFieldName(name);
        form.write(json, property);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A stated object compared with the computed value as the trees' comparison compares them: each
   * property the computed value writes, in its order, must be stated equal (numbers by value); a
   * stated property it does not write is a difference unless it states its default.
   */
  private static final class Comparing<T> extends Writing<T> {
    private final Node stated;
    private final String rule;
    Comparing(Node stated, T computed, String rule) {
      super(computed);
      this.stated = stated;
      this.rule = rule;
    }

    @Override
    <V> void put(String name, Form<V> form, V property) {
      Node value = stated.stated(name);
      if (value == null) {
        StatedPart.missing(stated, name, form.write(property), rule);
      }
      form.compare(value, property, rule);
    }

    @Override
    T build(Supplier<T> factory) {
      stated.unstated().forEach((name, value) -> {
        if (!LeftOut.isDefault(name, value.tree())) {
          StatedPart.differs(value.path(), null, rule);
        }
      });
      return super.build(factory);
    }
  }

  private static final class Reading<T> extends Fields<T> {
    private final Node json;

    Reading(Node json) {
      this.json = json;
    }

    @Override
    <V> V required(String name, Function<? super T, ? extends V> get, Form<V> form) {
      return form.read(json.field(name));
    }

    @Override
    <V> Optional<V> optional(String name, Function<? super T, Optional<V>> get, Form<V> form) {
      return json.optionalField(name).map(form::read);
    }

    @Override
    <V> Optional<V> defaulted(String name, Function<? super T, ? extends V> get, Form<V> form) {
      return json.optionalField(name).map(form::read);
    }

    @Override
    T build(Supplier<T> factory) {
      json.done();
      return json.build(factory);
    }

    @Override
    Optional<Node> node() {
      return Optional.of(json);
    }
  }
}
