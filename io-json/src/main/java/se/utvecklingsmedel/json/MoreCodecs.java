package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.followup.ClaimKind;
import se.utvecklingsmedel.followup.CompetenceSupport;
import se.utvecklingsmedel.followup.CountyBoardSurvey;
import se.utvecklingsmedel.followup.RoundComparison;
import se.utvecklingsmedel.grant.AllocationComparison;
import se.utvecklingsmedel.grant.Priority;
import se.utvecklingsmedel.grant.RedistributionCandidate;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.recipient.County;
import se.utvecklingsmedel.recipient.CountyCode;
import se.utvecklingsmedel.recipient.MunicipalityCode;
import se.utvecklingsmedel.recipient.OrganisationNumber;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.vocabulary.CompetenceNeed;
import se.utvecklingsmedel.vocabulary.CompetenceSupportTheme;

/**
 * The smaller value types in JSON: identifiers as strings, counties, changes, priorities, claims,
 * candidates, competence support, catalogues, engine allocations and comparisons. Derived values
 * (allocations, comparisons) are written with their inputs and read by recomputing them.
 */
final class MoreCodecs {

  private MoreCodecs() {
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

  @SuppressWarnings("unchecked")
  static JsonNode weights(Weights<?> weights) {
    if (!weights.keys().stream().allMatch(k -> k instanceof Recipient)) {
      throw new GrantJsonException("$", null, "Weights have a JSON form only when their keys are "
          + "recipients", null);
    }
    return ValueCodec.weights((Weights<Recipient>) weights);
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

  static JsonNode change(AmountChange change) {
    return Node.object("before", change.before(), "after", change.after());
  }

  static AmountChange change(Node node) {
    Amount before = node.field("before").amount();
    Amount after = node.field("after").amount();
    node.done();
    return AmountChange.of(before, after);
  }

  static JsonNode priority(Priority priority) {
    return Node.object("rank", priority.rank(), "reason", priority.reason());
  }

  static Priority priority(Node node) {
    int rank = node.field("rank").smallInteger();
    String reason = node.field("reason").string();
    node.done();
    return node.build(() -> new Priority(rank, reason));
  }

  static JsonNode claim(Claim claim) {
    return Node.object("recipient", ValueCodec.recipient(claim.recipient()), "potId", claim.potId(),
        "kind", claim.kind(), "amount", claim.amount(), "due", claim.due(), "rule", claim.rule());
  }

  static Claim claim(Node node) {
    Recipient recipient = ValueCodec.recipient(node.field("recipient"));
    PotId potId = node.field("potId").potId();
    ClaimKind kind = node.field("kind").enumValue(ClaimKind.class);
    Amount amount = node.field("amount").amount();
    var due = node.optionalField("due").map(Node::date);
    String rule = node.field("rule").string();
    node.done();
    return node.build(() -> new Claim(recipient, potId, kind, amount, due, rule));
  }

  static JsonNode candidate(RedistributionCandidate c) {
    return Node.object("recipient", ValueCodec.recipient(c.recipient()), "keyWeight", c.keyWeight(),
        "keyedAmount", c.keyedAmount(), "requisitioned", c.requisitioned(),
        "maximumExtra", c.maximumExtra());
  }

  static RedistributionCandidate candidate(Node node) {
    Recipient recipient = ValueCodec.recipient(node.field("recipient"));
    long weight = node.field("keyWeight").integer();
    Amount keyed = node.field("keyedAmount").amount();
    Amount requisitioned = node.field("requisitioned").amount();
    Optional<Amount> max = node.optionalField("maximumExtra").map(Node::amount);
    node.done();
    return new RedistributionCandidate(recipient, weight, keyed, requisitioned, max);
  }

  static JsonNode competenceSupport(CompetenceSupport c) {
    return Node.object("theme", c.theme(), "offered", c.offered(), "tookPart", c.tookPart());
  }

  static CompetenceSupport competenceSupport(Node node) {
    CompetenceSupportTheme theme = node.field("theme").enumValue(CompetenceSupportTheme.class);
    int offered = node.field("offered").smallInteger();
    int tookPart = node.field("tookPart").smallInteger();
    node.done();
    return node.build(() -> new CompetenceSupport(theme, offered, tookPart));
  }

  static JsonNode survey(CountyBoardSurvey survey) {
    return Node.object("respondents", survey.respondents(), "boardsSeeingNeed",
        Node.array(survey.boardsSeeingNeed().entrySet().stream()
            .map(e -> (JsonNode) Node.object("need", e.getKey(), "boards", e.getValue())).toList()));
  }

  static CountyBoardSurvey survey(Node node) {
    int respondents = node.field("respondents").smallInteger();
    Map<CompetenceNeed, Integer> needs = new EnumMap<>(CompetenceNeed.class);
    node.field("boardsSeeingNeed").list(entry -> {
      CompetenceNeed need = entry.field("need").enumValue(CompetenceNeed.class);
      int boards = entry.field("boards").smallInteger();
      entry.done();
      if (needs.put(need, boards) != null) {
        throw entry.error("counts " + need + " a second time");
      }
      return need;
    });
    node.done();
    return node.build(() -> CountyBoardSurvey.of(respondents, needs));
  }

  static JsonNode catalogue(RoundCatalogue catalogue) {
    return Node.object("rounds", Node.array(catalogue.rounds().stream().map(RoundCodec::round).toList()));
  }

  static RoundCatalogue catalogue(Node node) {
    var rounds = node.field("rounds").list(RoundCodec::round);
    node.done();
    return node.build(() -> RoundCatalogue.of(rounds));
  }

  // --- engine allocations over recipients ---------------------------------------------------------

  @SuppressWarnings("unchecked")
  static JsonNode allocation(Allocation<?> allocation) {
    if (!allocation.keys().stream().allMatch(k -> k instanceof Recipient)) {
      throw new GrantJsonException("$", null, "an Allocation has a JSON form only when its keys are "
          + "recipients", null);
    }
    Allocation<Recipient> a = (Allocation<Recipient>) allocation;
    return Node.object("scheme", a.scheme(), "total", a.total(),
        "base", a.base().signum() == 0 ? Optional.empty() : Optional.of(a.base()),
        "weights", ValueCodec.weights(a.weights()),
        "caps", a.scheme() == Allocation.Scheme.CAPPED ? Optional.of(Node.array(a.caps().entrySet()
            .stream().map(e -> (JsonNode) Node.object("recipient", ValueCodec.recipient(e.getKey()),
                "cap", e.getValue())).toList())) : Optional.empty(),
        "result", Node.object("distributed", a.distributed(), "undistributed", a.undistributed(),
            "amounts", Node.array(a.amounts().entrySet().stream().map(e -> (JsonNode) Node.object(
                "recipient", ValueCodec.recipient(e.getKey()), "amount", e.getValue())).toList()),
            "certificate", Node.array(a.certificate().stream().map(l -> Json.toNode(l.toString()))
                .toList())));
  }

  static Allocation<Recipient> allocation(Node node) {
    Allocation.Scheme scheme = node.field("scheme").enumValue(Allocation.Scheme.class);
    Amount total = node.field("total").amount();
    Optional<Amount> base = node.optionalField("base").map(Node::amount);
    Weights<Recipient> weights = ValueCodec.weights(node.field("weights"));
    Map<Recipient, Amount> caps = new LinkedHashMap<>();
    Optional<Node> capsNode = node.optionalField("caps");
    capsNode.ifPresent(n -> n.list(entry -> {
      Recipient r = ValueCodec.recipient(entry.field("recipient"));
      Amount cap = entry.field("cap").amount();
      entry.done();
      if (caps.put(r, cap) != null) {
        throw entry.error("caps " + r + " a second time");
      }
      return r;
    }));
    Optional<Node> result = node.optionalField("result");
    node.done();
    if (base.isPresent() && scheme != Allocation.Scheme.BASE_AND_PROPORTIONAL) {
      throw node.error("'base' belongs only to BASE_AND_PROPORTIONAL");
    }
    if (capsNode.isPresent() && scheme != Allocation.Scheme.CAPPED) {
      throw node.error("'caps' belong only to CAPPED");
    }
    Allocation<Recipient> allocation = node.build(() -> switch (scheme) {
      case LARGEST_REMAINDER -> Apportionment.largestRemainder(total, weights);
      case BASE_AND_PROPORTIONAL -> Apportionment.baseAndProportional(total,
          base.orElse(Amount.zero()), weights);
      case CAPPED -> Apportionment.capped(total, weights, caps);
    });
    result.ifPresent(stated -> {
      JsonNode computed = allocation(allocation).get("result");
      String difference = GrantCodec.firstDifference(stated.json(), computed, stated.path());
      if (difference != null) {
        throw new GrantJsonException(difference, null,
            "the stated result does not follow from the scheme, total and weights", null);
      }
    });
    return allocation;
  }

  // --- comparisons --------------------------------------------------------------------------------

  static JsonNode allocationComparison(AllocationComparison c) {
    return Node.object("before", GrantCodec.roundAllocation(c.before()),
        "after", GrantCodec.roundAllocation(c.after()));
  }

  static AllocationComparison allocationComparison(Node node) {
    var before = GrantCodec.roundAllocation(node.field("before"));
    var after = GrantCodec.roundAllocation(node.field("after"));
    node.done();
    return before.compare(after);
  }

  static JsonNode roundComparison(RoundComparison c) {
    return Node.object("before", FollowUpCodec.published(c.before()),
        "after", FollowUpCodec.published(c.after()));
  }

  static RoundComparison roundComparison(Node node) {
    var before = FollowUpCodec.published(node.field("before"));
    var after = FollowUpCodec.published(node.field("after"));
    node.done();
    return RoundComparison.of(before, after);
  }
}
