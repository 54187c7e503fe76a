package se.utvecklingsmedel.json;

import java.io.IOException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.text.Normalizer;
import java.util.function.Function;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.statistics.Share;
import se.utvecklingsmedel.recipient.County;
import se.utvecklingsmedel.recipient.CountyAdministrativeBoard;
import se.utvecklingsmedel.recipient.CountyCode;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.MunicipalityCode;
import se.utvecklingsmedel.recipient.NationalCentre;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.OrganisationNumber;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.recipient.Region;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.OtherMethod;

/**
 * Recipients, weights, methods and shares in JSON.
 *
 * <p>A recipient is an object with a {@code type} from a closed set: {@code municipality}
 * ({@code code}), {@code region} and {@code county-administrative-board} ({@code county}),
 * {@code national-centre}, and {@code non-profit-organisation} ({@code organisationNumber},
 * {@code name}). Reference recipients may carry their {@code name}, which must then match. A
 * region is written without one: its name depends on the day (a county council was a landsting
 * until 2019, see {@code Recipient.displayNameAsOf}) and its county code names it on every day.
 */
final class ValueCodec {

  static final Form<Recipient> RECIPIENT = new Form<>(ValueCodec::write, ValueCodec::stream,
      ValueCodec::recipient, ValueCodec::compare);
  static final Form<Weights<Recipient>> WEIGHTS = new Form<>(ValueCodec::weights,
      ValueCodec::weights);
  static final Form<Method> METHOD = new Form<>(ValueCodec::method, ValueCodec::method);
  static final Form<MunicipalityCode> MUNICIPALITY_CODE = identifier(MunicipalityCode::of);
  static final Form<CountyCode> COUNTY_CODE = identifier(CountyCode::of);
  static final Form<OrganisationNumber> ORGANISATION_NUMBER = identifier(OrganisationNumber::of);

  /** A municipality by its code alone, as an application names it. */
  static final Form<Municipality> MUNICIPALITY_BY_CODE = new Form<>(
      m -> Json.FACTORY.textNode(m.code().value()), node -> reference(node, ReferenceData::municipality));
  /** A county by its code alone, as an application names it. */
  static final Form<County> COUNTY_BY_CODE = new Form<>(c -> Json.FACTORY.textNode(c.code().value()),
      node -> reference(node, ReferenceData::county));

  /** A share as a reduced fraction: {@code {"numerator": 1, "denominator": 3}}. */
  static final Form<Share> SHARE = Form.object(f -> {
    long numerator = f.required("numerator", Share::numerator, Form.LONG);
    long denominator = f.required("denominator", Share::denominator, Form.LONG);
    Share share = f.build(() -> Share.of(numerator, denominator));
    f.node().filter(n -> share.numerator() != numerator).ifPresent(n -> {
      throw n.error("must be reduced: " + share);
    });
    return share;
  });

  /** A county by its code; a name, when given, must be the county's. */
  static final Form<County> COUNTY = new Form<>(county -> Json.FACTORY.objectNode()
      .put("code", county.code().value()).put("name", county.name()), node -> {
        Node code = node.field("code");
        County county = code.build(() -> ReferenceData.county(code.string()));
        checkName(node, county.name(), "county " + county.code());
        node.done();
        return county;
      });

  private ValueCodec() {
  }

  /** An identifier written as its text and read through its factory's checks. */
  private static <T> Form<T> identifier(Function<String, T> factory) {
    return new Form<>(id -> Json.FACTORY.textNode(id.toString()),
        node -> node.build(() -> factory.apply(node.string())));
  }

  private static JsonNode write(Recipient recipient) {
    ObjectNode node = Json.FACTORY.objectNode();
    if (recipient instanceof Municipality) {
      node.put("type", "municipality").put("code", recipient.id());
    } else if (recipient instanceof Region) {
      return node.put("type", "region").put("county", recipient.id());
    } else if (recipient instanceof CountyAdministrativeBoard) {
      node.put("type", "county-administrative-board").put("county", recipient.id());
    } else if (recipient instanceof NationalCentre) {
      return node.put("type", "national-centre");
    } else {
      node.put("type", "non-profit-organisation")
          .put("organisationNumber", ((NonProfitOrganisation) recipient).number().value());
    }
    return node.put("name", recipient.displayName());
  }

  private static void stream(JsonGenerator json, Recipient recipient) throws IOException {
    json.writeStartObject();
    if (recipient instanceof Municipality) {
      json.writeStringField("type", "municipality");
      json.writeStringField("code", recipient.id());
    } else if (recipient instanceof Region) {
      json.writeStringField("type", "region");
      json.writeStringField("county", recipient.id());
      json.writeEndObject();
      return;
    } else if (recipient instanceof CountyAdministrativeBoard) {
      json.writeStringField("type", "county-administrative-board");
      json.writeStringField("county", recipient.id());
    } else if (recipient instanceof NationalCentre) {
      json.writeStringField("type", "national-centre");
      json.writeEndObject();
      return;
    } else {
      json.writeStringField("type", "non-profit-organisation");
      json.writeStringField("organisationNumber",
          ((NonProfitOrganisation) recipient).number().value());
    }
    json.writeStringField("name", recipient.displayName());
    json.writeEndObject();
  }

  /**
   * A stated recipient, compared as a tree; a region's stated name, which documents written before
   * regions were written without one carry, must be its name as reading checks it, and is then
   * not compared again.
   */
  private static void compare(Node stated, Recipient computed, Form<Recipient> form, String rule) {
    JsonNode tree = stated.tree();
    if (computed instanceof Region && tree.isObject() && tree.has("name")) {
      if (!computed.displayName().equals(tree.get("name").asText())) {
        StatedPart.differs(stated.path() + ".name", Json.FACTORY.textNode(computed.displayName()),
            rule);
      }
      ObjectNode copy = ((ObjectNode) tree).deepCopy();
      copy.remove("name");
      tree = copy;
    }
    StatedPart.mustEqual(tree, stated.path(), form.write(computed), rule);
  }

  private static Recipient recipient(Node node) {
    Node type = node.field("type");
    Recipient recipient = switch (type.string()) {
      case "municipality" -> reference(node.field("code"), ReferenceData::municipality);
      case "region" -> reference(node.field("county"), ReferenceData::region);
      case "county-administrative-board" -> reference(node.field("county"),
          ReferenceData::countyAdministrativeBoard);
      case "national-centre" -> ReferenceData.nationalCentre();
      case "non-profit-organisation" -> {
        OrganisationNumber number = ORGANISATION_NUMBER.read(node.field("organisationNumber"));
        Node name = node.field("name");
        yield name.build(() -> NonProfitOrganisation.of(number, name.string()));
      }
      default -> throw type.error("must be one of municipality, region, "
          + "county-administrative-board, national-centre, non-profit-organisation");
    };
    if (!(recipient instanceof NonProfitOrganisation)) {
      checkName(node, recipient.displayName(), recipient.toString());
    }
    node.done();
    return recipient;
  }

  private static <T> T reference(Node code, Function<String, T> lookup) {
    return code.build(() -> lookup.apply(code.string()));
  }

  /** A reference value's name, when given, must be its own. */
  private static void checkName(Node node, String name, String what) {
    node.optionalField("name").ifPresent(given -> {
      // Compared in composed form (NFC): a name in decomposed form is the same name.
      if (!Normalizer.normalize(given.string(), Normalizer.Form.NFC)
          .equals(Normalizer.normalize(name, Normalizer.Form.NFC))) {
        throw given.error("does not match " + what + ": its name is '" + name + "'");
      }
    });
  }

  private static JsonNode weights(Weights<Recipient> weights) {
    return RECIPIENT.entries("recipient", "weight", Form.LONG).write(weights.keys().stream()
        .collect(ImmutableMap.toImmutableMap(r -> r, weights::weightOf)));
  }

  private static Weights<Recipient> weights(Node node) {
    Weights.Builder<Recipient> builder = Weights.builder();
    node.entries("recipient", ValueCodec::recipient, "weight", weight -> weight)
        .forEach((recipient, weight) -> {
          long value = weight.integer();
          weight.build(() -> builder.put(recipient, value));
        });
    return node.build(builder::build);
  }

  private static JsonNode method(Method method) {
    return method instanceof KnownMethod known ? Json.FACTORY.textNode(known.name())
        : Json.FACTORY.objectNode().put("other", method.label());
  }

  private static Method method(Node node) {
    if (node.isText()) {
      return node.enumValue(KnownMethod.class);
    }
    Node other = node.object().field("other");
    node.done();
    return other.build(() -> OtherMethod.of(other.string()));
  }
}
