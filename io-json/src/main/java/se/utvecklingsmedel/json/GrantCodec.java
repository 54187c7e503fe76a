package se.utvecklingsmedel.json;

import se.utvecklingsmedel.decision.Decision;
import java.io.IOException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.ApplicationPotAllocation;
import se.utvecklingsmedel.grant.ApplicationRules;
import se.utvecklingsmedel.grant.AssignmentPotAllocation;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.Priority;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.RedistributionCandidate;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.grant.StandardGrantPolicy;
import se.utvecklingsmedel.grant.StandardLateRequisitionPolicy;
import se.utvecklingsmedel.grant.StandardPriorityRule;
import se.utvecklingsmedel.grant.StandardRedistributionPolicy;
import se.utvecklingsmedel.grant.UnclaimedFundsEligibility;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.DistributionMethod;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;

/** Keys, requisitions, applications, rules and allocations in JSON. */
final class GrantCodec {

  static final Form<DistributionKey> KEY = Form.streamed(GrantCodec::key, GrantCodec::key);

  static final Form<Requisition> REQUISITION = Form.object(f -> {
    Requisition.Builder builder = Requisition.builder()
        .recipient(f.required("recipient", Requisition::recipient, ValueCodec.RECIPIENT))
        .amount(f.required("amount", Requisition::amount, Form.AMOUNT))
        .date(f.required("date", Requisition::date, Form.DATE));
    f.defaulted("wantsUnclaimedFunds", Requisition::wantsUnclaimedFunds, Form.BOOLEAN, false,
        builder::wantsUnclaimedFunds);
    f.optional("maximumExtra", Requisition::maximumExtra, Form.AMOUNT, builder::maximumExtra);
    return f.build(builder::build);
  });

  static final Form<Application> APPLICATION = Form.object(f -> {
    Application.Builder builder = Application.builder()
        .applicant(f.required("applicant", Application::applicant, ValueCodec.RECIPIENT))
        .amount(f.required("amount", Application::amount, Form.AMOUNT));
    f.defaulted("developmentAreas", Application::developmentAreas,
        Form.setOf(DevelopmentArea.class), builder::addAllDevelopmentAreas);
    f.optional("municipality", Application::municipality, ValueCodec.MUNICIPALITY_BY_CODE,
        builder::municipality);
    f.optional("county", Application::county, ValueCodec.COUNTY_BY_CODE, builder::county);
    f.defaulted("similarSupportExists", Application::similarSupportExists, Form.BOOLEAN, false,
        builder::similarSupportExists);
    builder.date(f.required("date", Application::date, Form.DATE));
    return f.build(builder::build);
  });

  /** The eligibility for unclaimed funds may be left out: it is then the default. */
  static final Form<RequisitionRules> REQUISITION_RULES = Form.object(f -> {
    var late = f.required("late", r -> standard(r.late(), StandardLateRequisitionPolicy.class,
        "LateRequisitionPolicy"), Form.of(StandardLateRequisitionPolicy.class));
    var redistribution = f.required("redistribution", r -> standard(r.redistribution(),
        StandardRedistributionPolicy.class, "RedistributionPolicy ("
            + r.redistribution().description().english() + ")"),
        Form.of(StandardRedistributionPolicy.class));
    var eligibility = f.defaulted("eligibility", RequisitionRules::eligibility,
        Form.of(UnclaimedFundsEligibility.class)).orElse(RequisitionRules.defaults().eligibility());
    var decided = f.optional("redistributionDecided", RequisitionRules::redistributionDecided,
        Form.DATE);
    return f.build(() -> new RequisitionRules(late, redistribution, eligibility, decided));
  });

  static final Form<ApplicationRules> APPLICATION_RULES = Form.object(f -> {
    var priority = f.required("priority", r -> standard(r.priority(), StandardPriorityRule.class,
        "PriorityRule"), Form.of(StandardPriorityRule.class));
    var policy = f.required("policy", r -> standard(r.policy(), StandardGrantPolicy.class,
        "GrantPolicy"), Form.of(StandardGrantPolicy.class));
    var decided = f.optional("decided", ApplicationRules::decided, Form.DATE);
    return f.build(() -> new ApplicationRules(priority, policy, decided));
  });

  static final Form<Priority> PRIORITY = Form.object(f -> {
    int rank = f.required("rank", Priority::rank, Form.INT);
    var reason = f.required("reason", Priority::reason, ReasonCodec.WORDING);
    return f.build(() -> Priority.of(rank, reason));
  });

  static final Form<RedistributionCandidate> CANDIDATE = Form.object(f -> {
    var recipient = f.required("recipient", RedistributionCandidate::recipient,
        ValueCodec.RECIPIENT);
    long weight = f.required("keyWeight", RedistributionCandidate::keyWeight, Form.LONG);
    var keyed = f.required("keyedAmount", RedistributionCandidate::keyedAmount, Form.AMOUNT);
    var requisitioned = f.required("requisitioned", RedistributionCandidate::requisitioned,
        Form.AMOUNT);
    var max = f.optional("maximumExtra", RedistributionCandidate::maximumExtra, Form.AMOUNT);
    return f.build(() -> new RedistributionCandidate(recipient, weight, keyed, requisitioned, max));
  });

  static final Form<RoundAllocation> ROUND_ALLOCATION = Form.streamed(
      GrantCodec::roundAllocation, GrantCodec::roundAllocation);

  /** A recipient's grant, with its reasons: written, and compared when stated. */
  static final Form<RecipientGrant> GRANT = Form.object(f -> {
    f.required("recipient", RecipientGrant::recipient, ValueCodec.RECIPIENT);
    f.optional("keyedAmount", RecipientGrant::keyedAmount, Form.AMOUNT);
    f.required("requested", RecipientGrant::requested, Form.AMOUNT);
    f.required("redistributed", RecipientGrant::redistributed, Form.AMOUNT);
    f.required("granted", RecipientGrant::granted, Form.AMOUNT);
    f.required("decision", RecipientGrant::decision, Form.of(Decision.class));
    f.optional("decided", RecipientGrant::decided, Form.DATE);
    f.optional("redistributionDecided", RecipientGrant::redistributionDecided, Form.DATE);
    f.defaulted("illustrative", RecipientGrant::illustrative, Form.BOOLEAN, false, b -> { });
    f.optional("priority", RecipientGrant::priority, PRIORITY);
    f.required("reasons", RecipientGrant::reasons, ReasonCodec.IN_GRANT);
    return f.build(GrantCodec::stated);
  });

  /** A pot's result: its totals and grants, stated in an allocation document. */
  static final Form<PotAllocation> RESULT = Form.object(f -> {
    f.required("budget", PotAllocation::budget, Form.AMOUNT);
    f.required("requisitioned", pot -> pot instanceof RequisitionPotAllocation r
        ? r.requisitioned() : Amount.zero(), Form.AMOUNT);
    f.required("redistributed", pot -> pot instanceof RequisitionPotAllocation r
        ? r.redistributed() : Amount.zero(), Form.AMOUNT);
    f.required("granted", PotAllocation::granted, Form.AMOUNT);
    f.required("returned", PotAllocation::returned, Form.AMOUNT);
    // A pot of an unclaimed-funds pool across pots: what moved in or out with the pool.
    f.optional("transferredIn", pot -> java.util.Optional.of(pot.transferredIn())
        .filter(a -> a.signum() > 0), Form.AMOUNT);
    f.optional("transferredOut", pot -> java.util.Optional.of(pot.transferredOut())
        .filter(a -> a.signum() > 0), Form.AMOUNT);
    f.required("grants", pot -> pot.grants().values(), GRANT.list());
    return f.build(GrantCodec::stated);
  });

  static final Form<PotAllocation> POT_ALLOCATION = Form.streamed(GrantCodec::potAllocation,
      null);

  /** A result is stated and compared, never read as a value of its own. */
  private static <T> T stated() {
    throw new UnsupportedOperationException("a result is stated, never read alone");
  }

  private GrantCodec() {
  }

  /** A policy's standard constant, the only kind with a JSON form. */
  private static <S> S standard(Object policy, Class<S> type, String what) {
    if (!type.isInstance(policy)) {
      throw new GrantJsonException("$", null, "a custom " + what + " has no JSON form; only "
          + type.getSimpleName() + " can be written", null);
    }
    return type.cast(policy);
  }

  // --- distribution keys -----------------------------------------------------------------------

  private static void key(JsonGenerator json, DistributionKey key) throws IOException {
    json.writeStartObject();
    json.writeStringField("basis", key.basis());
    if (key instanceof DistributionKey.ByWeights byWeights) {
      json.writeFieldName("weights");
      ValueCodec.WEIGHTS.write(json, byWeights.weights());
    } else {
      json.writeFieldName("amounts");
      AMOUNTS.write(json, ((DistributionKey.ByAmounts) key).amounts());
    }
    json.writeEndObject();
  }

  private static final Form<Map<Recipient, Amount>> AMOUNTS = ValueCodec.RECIPIENT.entries(
      "recipient", "amount", Form.AMOUNT);

  private static DistributionKey key(Node node) {
    String basis = node.field("basis").string();
    var weights = node.optionalField("weights");
    var amounts = node.optionalField("amounts");
    node.done();
    if (weights.isPresent() == amounts.isPresent()) {
      throw node.error("must have either 'weights' or 'amounts'");
    }
    if (weights.isPresent()) {
      var parsed = ValueCodec.WEIGHTS.read(weights.get());
      return node.build(() -> DistributionKey.byWeights(basis, parsed));
    }
    Map<Recipient, Amount> byRecipient = AMOUNTS.read(amounts.get());
    return amounts.get().build(() -> DistributionKey.byAmounts(basis, byRecipient));
  }

  // --- allocations -----------------------------------------------------------------------------

  private static void potAllocation(JsonGenerator json, PotAllocation pot) throws IOException {
    json.writeStartObject();
    json.writeStringField("potId", pot.pot().id().toString());
    json.writeStringField("method", pot.pot().method().name());
    if (pot instanceof RequisitionPotAllocation requisitions) {
      json.writeFieldName("key");
      KEY.write(json, requisitions.key());
      json.writeFieldName("requisitions");
      REQUISITION.stream(json, requisitions.requisitions());
      json.writeFieldName("rules");
      REQUISITION_RULES.write(json, requisitions.rules());
    } else if (pot instanceof ApplicationPotAllocation applications) {
      json.writeFieldName("applications");
      APPLICATION.stream(json, applications.applications());
      json.writeFieldName("rules");
      APPLICATION_RULES.write(json, applications.rules());
    } else {
      json.writeFieldName("key");
      KEY.write(json, ((AssignmentPotAllocation) pot).key());
    }
    json.writeFieldName("result");
    RESULT.write(json, pot);
    json.writeEndObject();
  }

  private static void roundAllocation(JsonGenerator json, RoundAllocation allocation)
      throws IOException {
    json.writeStartObject();
    if (allocation.illustration().isPresent()) {
      json.writeStringField("illustration", allocation.illustration().get());
    }
    json.writeFieldName("round");
    RoundCodec.ROUND.write(json, allocation.round());
    if (!allocation.coversEveryPot()) {
      json.writeBooleanField("partial", true);
    }
    json.writeFieldName("pots");
    POT_ALLOCATION.stream(json, allocation.pots().values());
    json.writeEndObject();
  }

  /**
   * "partial": true for an allocation of some pots only; a complete allocation leaves it out, or
   * says false, the default (an explicit default is read as the default).
   */
  private static boolean partial(Node node) {
    return node.bool();
  }

  /** Recomputes the allocation from its inputs; a stated result must be the one they give. */
  private static RoundAllocation roundAllocation(Node node) {
    var illustration = node.optionalField("illustration").map(Node::string);
    GrantRound round = RoundCodec.ROUND.read(node.field("round"));
    RoundAllocation.Builder builder = RoundAllocation.builder(round);
    illustration.ifPresent(note -> node.build(() -> builder.illustrative(note)));
    Map<PotId, Node> results = new LinkedHashMap<>();
    boolean partial = node.optionalField("partial").map(GrantCodec::partial).orElse(false);
    Node pots = node.field("pots");
    pots.list(potNode -> {
      PotId id = pot(potNode, round, builder);
      potNode.optionalField("result").ifPresent(result -> results.put(id, result));
      potNode.done();
      return id;
    });
    node.done();
    RoundAllocation allocation = pots.build(builder::buildPartial);
    if (allocation.coversEveryPot() == partial) {
      throw pots.error(partial ? "lists every pot of the round, so the allocation is not partial: "
          + "leave out \"partial\"" : "does not list the round's pots " + allocation.unallocatedPots()
          + "; add them, or say \"partial\": true for an allocation of some pots only");
    }
    results.forEach((id, stated) -> RESULT.compare(stated, allocation.pot(id),
        "the stated result does not follow from the inputs"));
    return allocation;
  }

  /** Reads one pot's inputs into the builder. */
  private static PotId pot(Node potNode, GrantRound round, RoundAllocation.Builder builder) {
    Node idNode = potNode.field("potId");
    PotId id = idNode.potId();
    Pot pot = idNode.build(() -> round.pot(id));
    Node methodNode = potNode.field("method");
    if (methodNode.enumValue(DistributionMethod.class) != pot.method()) {
      throw methodNode.error("pot " + id + " is handed out by " + pot.method());
    }
    switch (pot.method()) {
      case REQUISITION -> {
        var key = KEY.read(potNode.field("key"));
        var requisitions = potNode.field("requisitions").list(REQUISITION::read);
        var rules = REQUISITION_RULES.read(potNode.field("rules"));
        potNode.build(() -> builder.requisitions(id, key, requisitions, rules));
      }
      case APPLICATION -> {
        var applications = potNode.field("applications").list(APPLICATION::read);
        var rules = APPLICATION_RULES.read(potNode.field("rules"));
        potNode.build(() -> builder.applications(id, applications, rules));
      }
      default -> {
        var key = KEY.read(potNode.field("key"));
        potNode.build(() -> builder.assignments(id, key));
      }
    }
    return id;
  }
}
