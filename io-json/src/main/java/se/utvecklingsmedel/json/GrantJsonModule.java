package se.utvecklingsmedel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * The Jackson module for this library's value types, in the manner of jackson-datatype-guava's
 * {@code GuavaModule}: register it on a mapper ({@code mapper.registerModule(new
 * GrantJsonModule())}, or let {@code findAndRegisterModules()} find it through {@code
 * META-INF/services}). In Spring Boot nothing needs registering: io-json lists this class in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}, so
 * Spring Boot declares it as a bean and adds it to the {@code ObjectMapper} it builds.
 *
 * <p>Every deserializer builds its value through core's factories and builders, so a JSON document
 * can never produce a value that Java code could not. The library's types are read exactly as
 * strictly under any mapper: each deserializer reads its value token by token with its own rules
 * (unknown fields, duplicate keys and floats for amounts rejected), whatever the mapper's features,
 * and leaves what follows the value to the mapper. An invalid document raises Jackson's own
 * {@link JsonMappingException} (an input error: frameworks answer 400), whose message names the
 * JSON path, the value (cut to 200 characters) and the rule, and whose cause is the
 * {@link GrantJsonException}. Enums are written by their English constant names. For the library's
 * strictness in a user's own types too, use the mapper of {@link GrantJson#mapper()}.
 *
 * <p>This class is thread-safe once registered.
 */
public final class GrantJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module: one serializer and one deserializer per type of {@link CodecRegistry}. */
  public GrantJsonModule() {
    super("utvecklingsmedel", new Version(0, 1, 0, "SNAPSHOT", "se.utvecklingsmedel",
        "utvecklingsmedel-io-json"));
    CodecRegistry.ALL.forEach(this::register);
  }

  /**
   * Registers the codecs, and one strict reader for every enum of the library: by its constant's
   * name only, never by ordinal or in another case, whatever the mapper's features.
   */
  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new Deserializers.Base() {
      @Override
      @SuppressWarnings({"rawtypes", "unchecked"})
      public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
          BeanDescription description) {
        return type.getName().startsWith("se.utvecklingsmedel.")
            ? deserializer((Class) type, node -> node.enumValue((Class) type)) : null;
      }
    });
  }

  private <T> void register(Codec<T> codec) {
    if (codec.writer() != null) {
      addSerializer(codec.type(), serializer(codec.type(), codec.writer()));
    }
    if (codec.reader() != null) {
      addDeserializer(codec.type(), deserializer(codec.type(), codec.reader()));
    }
  }

  private static <T> StdSerializer<T> serializer(Class<T> type, Form.Stream<? super T> writer) {
    return new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        writer.write(gen, value);
      }
    };
  }

  private static <T> StdDeserializer<T> deserializer(Class<T> type, Function<Node, ? extends T> reader) {
    return new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String path = path(parser.getParsingContext().pathAsPointer());
        try {
          Node value = Node.read(parser, path);
          T read;
          try {
            read = reader.apply(value);
          } catch (GrantJsonException e) {
            if (!e.isMalformed()) {
              value.drain(); // a duplicate key or no JSON first, as GrantJson.read reports them
            }
            throw e;
          }
          value.end();
          return read;
        } catch (java.io.UncheckedIOException e) {
          throw e.getCause();
        } catch (GrantJsonException e) {
          // An input error, as Jackson's own kind, so that frameworks answer 400; the
          // cause keeps the path, the value and the rule.
          throw JsonMappingException.from(parser, e.getMessage(), e);
        }
      }
    };
  }

  /** A JSON Pointer as a JSON path: {@code /pots/2/budget} is {@code $.pots[2].budget}. */
  static String path(JsonPointer pointer) {
    StringBuilder path = new StringBuilder("$");
    for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      if (p.mayMatchElement()) {
        path.append('[').append(p.getMatchingIndex()).append(']');
      } else {
        path.append('.').append(p.getMatchingProperty());
      }
    }
    return path.toString();
  }
}
