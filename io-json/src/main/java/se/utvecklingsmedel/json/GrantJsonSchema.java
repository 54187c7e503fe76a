package se.utvecklingsmedel.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The shipped JSON Schema (draft 2020-12) of one document type, to check a document's shape before
 * or without reading it — for instance at a service's edge, or to tell a sender everything wrong
 * with a document at once, where {@link GrantJson#read} stops at the first problem.
 *
 * <pre>{@code
 * List<GrantJsonException> problems = GrantJsonSchema.of(GrantRound.class).validate(json);
 * problems.forEach(p -> System.out.println(p.getMessage()));
 * // At $.pots[0].budget, value 5600000: … (the same path form as GrantJson's errors)
 * }</pre>
 *
 * <p>A schema states a document's shape: the properties, their types and the closed sets of names.
 * Rules between values (a requisition above its keyed amount, dates in order, figures that must add
 * up) are beyond JSON Schema: {@link GrantJson#read} checks them, so a document a schema accepts
 * may still be rejected when read, never the other way round (tested for every document type).
 *
 * <p>Validation uses networknt's json-schema-validator, an optional dependency of this module: add
 * {@code com.networknt:json-schema-validator:2.0.8} to use this class (on the module path,
 * {@code requires com.networknt.schema} too). It logs through SLF4J. Without it, {@link #of} says
 * what to add.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GrantJsonSchema {

  private static final String ID = "https://schemas.utvecklingsmedel.se/";
  static final String RESOURCES = "schema/"; // beside this class

  private final Class<?> type;
  private final Schema schema;

  private GrantJsonSchema(Class<?> type, Schema schema) {
    this.type = type;
    this.schema = schema;
  }

  /**
   * Returns the schema of a document type.
   *
   * @param type a document type {@link GrantJson#read} reads, e.g. {@code GrantRound.class}
   * @return its schema
   * @throws IllegalArgumentException if the type is not a document type
   * @throws IllegalStateException if json-schema-validator is not on the class or module path
   */
  public static GrantJsonSchema of(Class<?> type) {
    requireNonNull(type, "GrantJsonSchema 'type' must not be null");
    String name = CodecRegistry.document(type).map(Codec::schema).orElseThrow(() ->
        new IllegalArgumentException("GrantJsonSchema 'type' must be a document type, one of "
            + CodecRegistry.documentNames() + ", but was " + type.getSimpleName()));
    try {
      return new GrantJsonSchema(type, Registry.INSTANCE.getSchema(SchemaLocation.of(ID + name)));
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException("GrantJsonSchema needs networknt's json-schema-validator: add "
          + "com.networknt:json-schema-validator:2.0.8 (on the module path, requires "
          + "com.networknt.schema)", e);
    }
  }

  /**
   * Validates a document's text.
   *
   * @param json the JSON text
   * @return every place the document breaks its schema, in document order; empty if it conforms
   * @throws GrantJsonException if the text is not JSON at all (malformed, a duplicate key, empty)
   */
  public List<GrantJsonException> validate(String json) {
    requireNonNull(json, "GrantJsonSchema 'json' must not be null");
    return validate(GrantJson.parse(json));
  }

  /**
   * Validates a document given as a tree.
   *
   * @param json the document
   * @return every place the document breaks its schema, in document order; empty if it conforms
   */
  public List<GrantJsonException> validate(JsonNode json) {
    requireNonNull(json, "GrantJsonSchema 'json' must not be null");
    return schema.validate(json).stream().map(GrantJsonSchema::problem)
        .collect(ImmutableList.toImmutableList());
  }

  private static GrantJsonException problem(Error error) {
    JsonNode value = error.getInstanceNode();
    return new GrantJsonException(error.getInstanceLocation().toString(),
        value == null ? null : value.toString(),
        "breaks the schema (" + error.getKeyword() + "): " + error.getMessage(), null);
  }

  /**
   * Returns the schema's identifier, e.g. {@code
   * https://schemas.utvecklingsmedel.se/grant-round.schema.json}. The schemas are shipped in this
   * module; nothing is fetched from that address.
   *
   * @return the {@code $id}
   */
  public String id() {
    return schema.getId();
  }

  @Override
  public String toString() {
    return "GrantJsonSchema[" + type.getSimpleName() + ", " + id() + "]";
  }

  /** The registry, built on first use: it resolves the schemas' ids to this module's resources. */
  private static final class Registry {
    static final SchemaRegistry INSTANCE = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12, builder -> builder
            .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build())
            .schemas(Registry::load));

    /** The text of a shipped schema, or null for any other address (which is then not fetched). */
    private static String load(String id) {
      if (!id.startsWith(ID)) {
        return null;
      }
      try (InputStream in = GrantJsonSchema.class.getResourceAsStream(
          RESOURCES + id.substring(ID.length()))) {
        return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("GrantJsonSchema: cannot read the schema " + id, e);
      }
    }
  }
}
