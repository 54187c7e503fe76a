package se.utvecklingsmedel.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.round.GrantRound;

/**
 * Reads and writes this library's documents as strict, exact JSON.
 *
 * <p>The documents: {@link GrantRound}, {@link DistributionKey}, {@link Requisition},
 * {@link Application}, {@link RoundAllocation} (written with its inputs and result; read by
 * recomputing it), {@link FollowUpReport}, {@link FollowUp} (allocation, reports and day, with the
 * settlements and statistics they give), {@link RoundStatistics} and {@link PublishedStatistics}.
 * Amounts are decimal strings in kronor ({@code "5600000.00"}), identifiers strings ({@code
 * "0180"}, {@code "802000-1239"}), dates ISO-8601, enums their English constant names.
 *
 * <p>Reading is strict: malformed JSON, duplicate keys, trailing tokens, unknown properties, nulls,
 * floats where whole numbers belong, numbers where amounts belong and unknown enum names are all
 * rejected, as is anything a core factory or builder rejects — always with one
 * {@link GrantJsonException} naming the JSON path, the value and the rule. Default typing is never
 * enabled; recipients are polymorphic only by a closed set of {@code type} names.
 *
 * <pre>{@code
 * GrantRound round = GrantJson.read(json, GrantRound.class);
 * String text = GrantJson.write(round);
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class GrantJson {

  private static final JsonMapper MAPPER = mapper();

  private GrantJson() {
  }

  /**
   * Returns a new mapper configured strictly, with {@link GrantJsonModule} registered.
   *
   * @return the mapper
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder()
        .addModule(new GrantJsonModule())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
            JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .nodeFactory(Json.FACTORY)
        .build();
  }

  /**
   * Reads a document.
   *
   * @param json the JSON text
   * @param type the document type, one of those listed above
   * @param <T> the document type
   * @return the value
   * @throws GrantJsonException if the text is not a valid document of that type
   */
  public static <T> T read(String json, Class<T> type) {
    requireNonNull(json, "GrantJson 'json' must not be null");
    return read(type, () -> MAPPER.createParser(json));
  }

  /**
   * Reads a document from a stream, which is read to its end but not closed.
   *
   * @param json the JSON, UTF-8
   * @param type the document type
   * @param <T> the document type
   * @return the value
   * @throws GrantJsonException if the input is not a valid document of that type
   */
  public static <T> T read(InputStream json, Class<T> type) {
    requireNonNull(json, "GrantJson 'json' must not be null");
    byte[] bytes;
    try {
      bytes = json.readAllBytes(); // read whole, so that it can be read again
    } catch (IOException e) {
      throw new UncheckedIOException("GrantJson: cannot read the input", e);
    }
    return read(type, () -> MAPPER.createParser(bytes));
  }

  /**
   * The whole input as one tree, read by the module's own reader, so that a duplicate key is
   * reported at its path ({@code $.pots[0].budget}), not at {@code $}; nothing may follow the
   * document.
   */
  private static JsonNode tree(JsonParser parser) throws IOException {
    try (parser) {
      parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      JsonNode tree = TreeReader.read(parser, "$");
      if (parser.nextToken() != null) {
        throw new GrantJsonException("$", null, "is not valid JSON: more follows the document "
            + "(line " + parser.currentLocation().getLineNr() + ", column "
            + parser.currentLocation().getColumnNr() + ")", null);
      }
      return tree;
    }
  }

  /**
   * Reads a document from a file.
   *
   * @param file the file, UTF-8
   * @param type the document type
   * @param <T> the document type
   * @return the value
   * @throws GrantJsonException if the file is not a valid document of that type
   * @throws UncheckedIOException if the file cannot be read
   */
  public static <T> T read(Path file, Class<T> type) {
    requireNonNull(file, "GrantJson 'file' must not be null");
    requireNonNull(type, "GrantJson 'type' must not be null");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("GrantJson: cannot read " + file, e);
    }
  }

  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  /**
   * Reads a document in one pass over the parser's tokens ({@link Node}); nothing may follow it. A
   * duplicate key is reported at its path ({@code $.pots[0].budget}), not at {@code $}.
   */
  private static <T> T read(Class<T> type, ParserSource source) {
    Function<Node, ?> reader = CodecRegistry.document(requireNonNull(type,
        "GrantJson 'type' must not be null")).map(Codec::reader).orElseThrow(() ->
            new IllegalArgumentException("GrantJson reads " + CodecRegistry.documentNames()
                + ", not " + type.getSimpleName()));
    try {
      return read(type, reader, source, true);
    } catch (ObjectReader.Reordered e) {
      return read(type, reader, source, false); // properties in another order: looked for
    }
  }

  private static <T> T read(Class<T> type, Function<Node, ?> reader, ParserSource source,
      boolean inOrder) {
    return syntax(() -> {
      try (JsonParser parser = source.open()) {
        parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        Node document = Node.read(parser, "$", inOrder);
        T value;
        try {
          value = type.cast(reader.apply(document));
        } catch (GrantJsonException e) {
          if (e.isMalformed()) {
            throw e;
          }
          // A document that is no JSON is reported as such before any rule it breaks.
          document.drain();
          if (parser.nextToken() != null) {
            throw moreFollows(parser);
          }
          throw e;
        }
        document.end();
        if (parser.nextToken() != null) {
          throw moreFollows(parser);
        }
        return value;
      }
    });
  }

  private static GrantJsonException moreFollows(JsonParser parser) {
    return new GrantJsonException("$", null, "is not valid JSON: more follows the document "
        + "(line " + parser.currentLocation().getLineNr() + ", column "
        + parser.currentLocation().getColumnNr() + ")", null);
  }

  private interface Reading<T> {
    T read() throws IOException;
  }

  /** Malformed input as an error at {@code $}, wherever the parser found it. */
  private static <T> T syntax(Reading<T> reading) {
    try {
      return reading.read();
    } catch (UncheckedIOException e) {
      throw syntaxError(e.getCause());
    } catch (IOException e) {
      throw syntaxError(e);
    } catch (NumberFormatException e) {
      throw new GrantJsonException("$", null, "is not valid JSON: a number cannot be read ("
          + e.getMessage() + ")", e);
    }
  }

  private static RuntimeException syntaxError(IOException e) {
    if (e instanceof JsonProcessingException json) {
      return new GrantJsonException("$", null, "is not valid JSON: "
          + GrantJsonException.jacksonWords(json)
          + (json.getLocation() == null ? "" : " (line " + json.getLocation().getLineNr()
              + ", column " + json.getLocation().getColumnNr() + ")"), e);
    }
    if (e instanceof CharConversionException) {
      return new GrantJsonException("$", null, "is not valid JSON: the bytes are not UTF-8 text ("
          + e.getMessage() + ")", e);
    }
    return new UncheckedIOException("GrantJson: cannot read the input", e);
  }

  /** The text as one tree, with the reader's rules (a duplicate key reported at its path). */
  static JsonNode parse(String json) {
    return syntax(() -> tree(MAPPER.createParser(json)));
  }

  /**
   * Writes a value as indented JSON.
   *
   * @param value a document value, or any value the module knows
   * @return the JSON text
   * @throws GrantJsonException if the value has no JSON form (e.g. a custom policy)
   */
  public static String write(Object value) {
    requireNonNull(value, "GrantJson 'value' must not be null");
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof GrantJsonException) {
        throw (GrantJsonException) e.getCause();
      }
      if (e instanceof InvalidDefinitionException) {
        String type = value.getClass().getSimpleName().isEmpty() ? value.getClass().getName()
            : value.getClass().getSimpleName();
        throw new GrantJsonException("$", null, ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ")
            + type + " has no JSON form" + (type.equals("CertificateLine")
                ? ": write the Allocation that holds it" : ""), e);
      }
      throw new GrantJsonException("$", null, "cannot be written: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes a value as a JSON tree.
   *
   * @param value the value
   * @return the tree
   */
  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(requireNonNull(value, "GrantJson 'value' must not be null"));
  }
}
