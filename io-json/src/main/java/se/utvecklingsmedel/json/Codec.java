package se.utvecklingsmedel.json;

import java.util.function.Function;

/**
 * One JSON type's reader and writer, together: the unit {@link CodecRegistry} lists and both
 * {@link GrantJsonModule} and {@link GrantJson} iterate, in the manner of jackson-modules-java8's
 * {@code JavaTimeModule}.
 *
 * @param type the type
 * @param writer writes a value; null when the type is written by a supertype's codec
 * @param reader reads a value; null for a computed part, read through the document that computes it
 * @param schema for a document {@link GrantJson#read} reads whole, its schema's file name
 *     ({@code grant-round.schema.json}); null for a part
 * @param <T> the type
 */
record Codec<T>(Class<T> type, Form.Stream<? super T> writer,
    Function<Node, ? extends T> reader, String schema) {

  static <T> Codec<T> of(Class<T> type, Form<T> form) {
    return new Codec<>(type, form.stream(), form.reader(), null);
  }

  /** A document, whose schema is {@code name.schema.json}. */
  static <T> Codec<T> document(String name, Class<T> type, Form<T> form) {
    return new Codec<>(type, form.stream(), form.reader(), name + ".schema.json");
  }

  boolean document() {
    return schema != null;
  }

  /**
   * A document that is computed and written, never read ({@code ledger.schema.json}): {@link
   * GrantJsonSchema} checks it, {@link GrantJson#read} refuses it.
   */
  static <T> Codec<T> written(String name, Class<T> type, Form<T> form) {
    return new Codec<>(type, form.stream(), null, name + ".schema.json");
  }

  /** A result: written inside its document, never read alone. */
  static <T> Codec<T> writeOnly(Class<T> type, Form<T> form) {
    return new Codec<>(type, form.stream(), null, null);
  }

  /** A subtype written by its supertype's codec and read by it, then checked to be of the subtype. */
  static <T> Codec<T> narrowed(Class<T> type, Form<?> form) {
    return new Codec<>(type, null, node -> {
      Object value = form.read(node);
      if (!type.isInstance(value)) {
        throw node.error("must be a " + type.getSimpleName() + ", but is " + value);
      }
      return type.cast(value);
    }, null);
  }
}
