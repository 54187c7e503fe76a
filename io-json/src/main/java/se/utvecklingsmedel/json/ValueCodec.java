package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.followup.Share;
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
 * {@code name}). Reference recipients may carry their {@code name}, which must then match.
 */
final class ValueCodec {

  private ValueCodec() {
  }

  static JsonNode recipient(Recipient recipient) {
    if (recipient instanceof Municipality) {
      return Node.object("type", "municipality", "code", recipient.id(), "name", recipient.displayName());
    }
    if (recipient instanceof Region) {
      return Node.object("type", "region", "county", recipient.id(), "name", recipient.displayName());
    }
    if (recipient instanceof CountyAdministrativeBoard) {
      return Node.object("type", "county-administrative-board", "county", recipient.id(), "name",
          recipient.displayName());
    }
    if (recipient instanceof NationalCentre) {
      return Node.object("type", "national-centre");
    }
    NonProfitOrganisation organisation = (NonProfitOrganisation) recipient;
    return Node.object("type", "non-profit-organisation", "organisationNumber",
        organisation.number().value(), "name", organisation.displayName());
  }

  static Recipient recipient(Node node) {
    String type = node.field("type").string();
    Recipient recipient;
    switch (type) {
      case "municipality": {
        Node code = node.field("code");
        recipient = code.build(() -> ReferenceData.municipality(code.string()));
        break;
      }
      case "region": {
        Node county = node.field("county");
        recipient = county.build(() -> ReferenceData.region(county.string()));
        break;
      }
      case "county-administrative-board": {
        Node county = node.field("county");
        recipient = county.build(() -> ReferenceData.countyAdministrativeBoard(county.string()));
        break;
      }
      case "national-centre":
        recipient = ReferenceData.nationalCentre();
        break;
      case "non-profit-organisation": {
        Node number = node.field("organisationNumber");
        OrganisationNumber parsed = number.build(() -> OrganisationNumber.of(number.string()));
        Node name = node.field("name");
        recipient = name.build(() -> NonProfitOrganisation.of(parsed, name.string()));
        node.done();
        return recipient;
      }
      default:
        throw node.field("type").error("must be one of municipality, region, "
            + "county-administrative-board, national-centre, non-profit-organisation");
    }
    Recipient found = recipient;
    node.optionalField("name").ifPresent(name -> {
      if (!name.string().equals(found.displayName())) {
        throw name.error("does not match " + found + ": the name of that recipient is '"
            + found.displayName() + "'");
      }
    });
    node.done();
    return recipient;
  }

  static JsonNode weights(Weights<Recipient> weights) {
    return Node.array(weights.keys().stream()
        .map(r -> (JsonNode) Node.object("recipient", recipient(r), "weight", weights.weightOf(r)))
        .toList());
  }

  static Weights<Recipient> weights(Node node) {
    Weights.Builder<Recipient> builder = Weights.builder();
    node.entries("recipient", ValueCodec::recipient, "weight", weight -> weight)
        .forEach((recipient, weight) -> {
          long value = weight.integer();
          weight.build(() -> builder.put(recipient, value));
        });
    return node.build(builder::build);
  }

  static JsonNode method(Method method) {
    return method instanceof KnownMethod ? Json.toNode(method)
        : Node.object("other", method.label());
  }

  static Method method(Node node) {
    if (node.json().isTextual()) {
      return node.enumValue(KnownMethod.class);
    }
    Node other = node.object().field("other");
    node.done();
    return other.build(() -> OtherMethod.of(other.string()));
  }

  static JsonNode share(Share share) {
    return Node.object("numerator", share.numerator(), "denominator", share.denominator());
  }

  static Share share(Node node) {
    long numerator = node.field("numerator").integer();
    long denominator = node.field("denominator").integer();
    node.done();
    Share share = node.build(() -> Share.of(numerator, denominator));
    if (share.numerator() != numerator) {
      throw node.error("must be reduced: " + share);
    }
    return share;
  }

  static JsonNode text(Object identifier) {
    return Json.toNode(identifier.toString());
  }

  static MunicipalityCode municipalityCode(Node node) {
    return node.build(() -> MunicipalityCode.of(node.string()));
  }

  static CountyCode countyCode(Node node) {
    return node.build(() -> CountyCode.of(node.string()));
  }

  static OrganisationNumber organisationNumber(Node node) {
    return node.build(() -> OrganisationNumber.of(node.string()));
  }

  static JsonNode county(County county) {
    return Node.object("code", county.code().value(), "name", county.name());
  }

  static County county(Node node) {
    Node code = node.field("code");
    County county = code.build(() -> ReferenceData.county(code.string()));
    node.optionalField("name").ifPresent(name -> {
      if (!name.string().equals(county.name())) {
        throw name.error("does not match county " + county.code() + ": its name is '" + county.name() + "'");
      }
    });
    node.done();
    return county;
  }
}
