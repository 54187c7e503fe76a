package se.utvecklingsmedel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;
import se.utvecklingsmedel.followup.CategoryStatistics;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.followup.RoundStatistics;
import se.utvecklingsmedel.followup.Share;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.vocabulary.Method;

/**
 * The Jackson module for this library's value types, in the manner of jackson-datatype-guava's
 * {@code GuavaModule}: register it on a mapper ({@code mapper.registerModule(new GrantJsonModule())},
 * or let {@code findAndRegisterModules()} find it through {@code META-INF/services}).
 *
 * <p>Every deserializer builds its value through core's factories and builders, so a JSON document
 * can never produce a value that Java code could not; an invalid one raises
 * {@link GrantJsonException} with the JSON path. Enums are written by their English constant names.
 * For the strict reading this library promises (unknown properties, duplicate keys, trailing tokens
 * and floats all rejected), use the mapper of {@link GrantJson#mapper()}.
 *
 * <p>This class is thread-safe once registered.
 */
public final class GrantJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public GrantJsonModule() {
    super("utvecklingsmedel", new Version(0, 1, 0, "SNAPSHOT", "se.utvecklingsmedel",
        "utvecklingsmedel-io-json"));
    add(Amount.class, Json::toNode, Node::amount);
    add(Recipient.class, ValueCodec::recipient, ValueCodec::recipient);
    add(Method.class, ValueCodec::method, ValueCodec::method);
    add(Share.class, ValueCodec::share, ValueCodec::share);
    add(Pot.class, RoundCodec::pot, RoundCodec::pot);
    add(GrantRound.class, RoundCodec::round, RoundCodec::round);
    add(DistributionKey.class, GrantCodec::key, GrantCodec::key);
    add(Requisition.class, GrantCodec::requisition, GrantCodec::requisition);
    add(Application.class, GrantCodec::application, GrantCodec::application);
    add(RoundAllocation.class, GrantCodec::roundAllocation, GrantCodec::roundAllocation);
    add(FollowUpReport.class, FollowUpCodec::report, FollowUpCodec::report);
    add(CategoryStatistics.class, FollowUpCodec::category, FollowUpCodec::category);
    add(RoundStatistics.class, FollowUpCodec::statistics, FollowUpCodec::statistics);
    add(FollowUp.class, FollowUpDocument::write, FollowUpDocument::read);
  }

  private <T> void add(Class<T> type, Function<T, JsonNode> writer, Function<Node, T> reader) {
    addSerializer(type, new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        gen.writeTree(writer.apply(value));
      }
    });
    addDeserializer(type, new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String path = path(parser.getParsingContext().pathAsPointer());
        JsonNode tree = parser.readValueAsTree();
        return reader.apply(new Node(tree, path));
      }
    });
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
