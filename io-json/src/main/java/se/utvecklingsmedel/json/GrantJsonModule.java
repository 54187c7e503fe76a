package se.utvecklingsmedel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
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
 * or let {@code findAndRegisterModules()} find it through {@code META-INF/services}). In Spring Boot
 * nothing needs registering: io-json lists this class in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}, so Spring
 * Boot declares it as a bean and adds it to the {@code ObjectMapper} it builds (issue 17).
 *
 * <p>Every deserializer builds its value through core's factories and builders, so a JSON document
 * can never produce a value that Java code could not. The library's types are read exactly as
 * strictly under any mapper: each deserializer reads its value token by token with its own rules
 * (unknown fields, duplicate keys and floats for amounts rejected), whatever the mapper's features,
 * and leaves what follows the value to the mapper. An invalid document raises Jackson's own
 * {@link JsonMappingException} (an input error: frameworks answer 400), whose message names the JSON
 * path, the value (cut to 200 characters) and the rule, and whose cause is the
 * {@link GrantJsonException}. Enums are written by their English constant names. For the library's
 * strictness in a user's own types too, use the mapper of {@link GrantJson#mapper()}.
 *
 * <p>This class is thread-safe once registered.
 */
public final class GrantJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  @SuppressWarnings({"rawtypes", "unchecked"}) // Allocation and Weights are generic; keys are checked
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
    add(se.utvecklingsmedel.money.AmountChange.class, MoreCodecs::change, MoreCodecs::change);
    add(se.utvecklingsmedel.recipient.MunicipalityCode.class, MoreCodecs::text, MoreCodecs::municipalityCode);
    add(se.utvecklingsmedel.recipient.CountyCode.class, MoreCodecs::text, MoreCodecs::countyCode);
    add(se.utvecklingsmedel.recipient.OrganisationNumber.class, MoreCodecs::text,
        MoreCodecs::organisationNumber);
    add(se.utvecklingsmedel.recipient.County.class, MoreCodecs::county, MoreCodecs::county);
    subtype(se.utvecklingsmedel.recipient.Municipality.class);
    subtype(se.utvecklingsmedel.recipient.Region.class);
    subtype(se.utvecklingsmedel.recipient.CountyAdministrativeBoard.class);
    subtype(se.utvecklingsmedel.recipient.NationalCentre.class);
    subtype(se.utvecklingsmedel.recipient.NonProfitOrganisation.class);
    add(se.utvecklingsmedel.vocabulary.OtherMethod.class, ValueCodec::method,
        n -> (se.utvecklingsmedel.vocabulary.OtherMethod) ValueCodec.method(n.object()));
    add(se.utvecklingsmedel.round.RoundCatalogue.class, MoreCodecs::catalogue, MoreCodecs::catalogue);
    add(se.utvecklingsmedel.grant.Priority.class, MoreCodecs::priority, MoreCodecs::priority);
    add(se.utvecklingsmedel.grant.RequisitionRules.class, GrantCodec::requisitionRules,
        GrantCodec::requisitionRules);
    add(se.utvecklingsmedel.grant.ApplicationRules.class, GrantCodec::applicationRules,
        GrantCodec::applicationRules);
    add(se.utvecklingsmedel.grant.RedistributionCandidate.class, MoreCodecs::candidate,
        MoreCodecs::candidate);
    add(se.utvecklingsmedel.grant.AllocationComparison.class, MoreCodecs::allocationComparison,
        MoreCodecs::allocationComparison);
    add(se.utvecklingsmedel.followup.Claim.class, MoreCodecs::claim, MoreCodecs::claim);
    add(se.utvecklingsmedel.followup.CompetenceSupport.class, MoreCodecs::competenceSupport,
        MoreCodecs::competenceSupport);
    add(se.utvecklingsmedel.followup.CountyBoardSurvey.class, MoreCodecs::survey, MoreCodecs::survey);
    add(se.utvecklingsmedel.followup.RoundComparison.class, MoreCodecs::roundComparison,
        MoreCodecs::roundComparison);
    add(se.utvecklingsmedel.followup.PublishedStatistics.class, FollowUpCodec::published,
        FollowUpCodec::published);
    add(se.utvecklingsmedel.followup.PublishedFigures.class, FollowUpCodec::figures,
        FollowUpCodec::figures);
    add(se.utvecklingsmedel.round.PotId.class, Json::toNode, Node::potId);
    narrowed(DistributionKey.ByWeights.class, GrantCodec::key);
    narrowed(DistributionKey.ByAmounts.class, GrantCodec::key);
    addSerializer(se.utvecklingsmedel.allocation.Allocation.class, new StdSerializer<>(
        se.utvecklingsmedel.allocation.Allocation.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(se.utvecklingsmedel.allocation.Allocation value, JsonGenerator gen,
          SerializerProvider provider) throws IOException {
        gen.writeTree(MoreCodecs.allocation(value));
      }
    });
    addDeserializer(se.utvecklingsmedel.allocation.Allocation.class,
        deserializer(se.utvecklingsmedel.allocation.Allocation.class, MoreCodecs::allocation));
    addSerializer(se.utvecklingsmedel.allocation.Weights.class, serializer(
        se.utvecklingsmedel.allocation.Weights.class, MoreCodecs::weights));
    addDeserializer(se.utvecklingsmedel.allocation.Weights.class,
        deserializer(se.utvecklingsmedel.allocation.Weights.class, ValueCodec::weights));
    // Computed parts: written on their own; read back through the document that computes them.
    addSerializer(se.utvecklingsmedel.grant.PotAllocation.class, serializer(
        se.utvecklingsmedel.grant.PotAllocation.class, GrantCodec::potAllocation));
    addSerializer(se.utvecklingsmedel.grant.RecipientGrant.class, serializer(
        se.utvecklingsmedel.grant.RecipientGrant.class, GrantCodec::grant));
    addSerializer(se.utvecklingsmedel.followup.Settlement.class, serializer(
        se.utvecklingsmedel.followup.Settlement.class, FollowUpDocument::settlement));
  }

  private static <T> StdSerializer<T> serializer(Class<T> type, Function<T, JsonNode> writer) {
    return new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        gen.writeTree(writer.apply(value));
      }
    };
  }

  /** A subtype of a sealed type read by the sealed type's codec and checked to be of the subtype. */
  private <T> void narrowed(Class<T> type, Function<Node, ?> reader) {
    addDeserializer(type, deserializer(type, node -> {
      Object value = reader.apply(node);
      if (!type.isInstance(value)) {
        throw node.error("must be a " + type.getSimpleName() + ", but is " + value);
      }
      return type.cast(value);
    }));
  }

  /** A recipient subtype: written as a recipient, read as one and checked to be of the subtype. */
  private <T extends Recipient> void subtype(Class<T> type) {
    addDeserializer(type, deserializer(type, node -> {
      Recipient recipient = ValueCodec.recipient(node);
      if (!type.isInstance(recipient)) {
        throw node.error("must be a " + type.getSimpleName() + ", but is " + recipient);
      }
      return type.cast(recipient);
    }));
  }

  private <T> void add(Class<T> type, Function<T, JsonNode> writer, Function<Node, ? extends T> reader) {
    addSerializer(type, serializer(type, writer));
    addDeserializer(type, deserializer(type, reader));
  }

  private static <T> StdDeserializer<T> deserializer(Class<T> type, Function<Node, ? extends T> reader) {
    return new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String path = path(parser.getParsingContext().pathAsPointer());
        try {
          return reader.apply(new Node(TreeReader.read(parser, path), path));
        } catch (GrantJsonException e) {
          // An input error, as Jackson's own kind, so that frameworks answer 400 (issue 17); the
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
