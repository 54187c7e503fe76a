package se.utvecklingsmedel.json;

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

  static final Form<DistributionKey> KEY = new Form<>(GrantCodec::key, GrantCodec::key);

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
    return f.build(() -> new RequisitionRules(late, redistribution, eligibility));
  });

  static final Form<ApplicationRules> APPLICATION_RULES = Form.object(f -> {
    var priority = f.required("priority", r -> standard(r.priority(), StandardPriorityRule.class,
        "PriorityRule"), Form.of(StandardPriorityRule.class));
    var policy = f.required("policy", r -> standard(r.policy(), StandardGrantPolicy.class,
        "GrantPolicy"), Form.of(StandardGrantPolicy.class));
    return f.build(() -> new ApplicationRules(priority, policy));
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

  static final Form<RoundAllocation> ROUND_ALLOCATION = new Form<>(GrantCodec::roundAllocation,
      GrantCodec::roundAllocation);

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

  private static JsonNode key(DistributionKey key) {
    ObjectNode node = Json.FACTORY.objectNode().put("basis", key.basis());
    if (key instanceof DistributionKey.ByWeights byWeights) {
      return node.set("weights", ValueCodec.WEIGHTS.write(byWeights.weights()));
    }
    return node.set("amounts", AMOUNTS.write(((DistributionKey.ByAmounts) key).amounts()));
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

  static JsonNode grant(RecipientGrant g) {
    ObjectNode node = Json.FACTORY.objectNode();
    node.set("recipient", ValueCodec.RECIPIENT.write(g.recipient()));
    g.keyedAmount().ifPresent(amount -> node.set("keyedAmount", Form.AMOUNT.write(amount)));
    node.set("requested", Form.AMOUNT.write(g.requested()));
    node.set("redistributed", Form.AMOUNT.write(g.redistributed()));
    node.set("granted", Form.AMOUNT.write(g.granted()));
    node.put("decision", g.decision().name());
    g.priority().ifPresent(priority -> node.set("priority", PRIORITY.write(priority)));
    node.set("reasons", ReasonCodec.inGrant(g.reasons()));
    return node;
  }

  private static JsonNode result(PotAllocation pot) {
    RequisitionPotAllocation requisitions = pot instanceof RequisitionPotAllocation r ? r : null;
    ObjectNode node = Json.FACTORY.objectNode();
    node.set("budget", Form.AMOUNT.write(pot.budget()));
    node.set("requisitioned", Form.AMOUNT.write(requisitions == null ? Amount.zero()
        : requisitions.requisitioned()));
    node.set("redistributed", Form.AMOUNT.write(requisitions == null ? Amount.zero()
        : requisitions.redistributed()));
    node.set("granted", Form.AMOUNT.write(pot.granted()));
    node.set("returned", Form.AMOUNT.write(pot.returned()));
    node.set("grants", Json.FACTORY.arrayNode().addAll(pot.grants().values().stream()
        .map(GrantCodec::grant).toList()));
    return node;
  }

  static JsonNode potAllocation(PotAllocation pot) {
    ObjectNode node = Json.FACTORY.objectNode().put("potId", pot.pot().id().toString())
        .put("method", pot.pot().method().name());
    if (pot instanceof RequisitionPotAllocation requisitions) {
      node.set("key", KEY.write(requisitions.key()));
      node.set("requisitions", REQUISITION.list().write(requisitions.requisitions()));
      node.set("rules", REQUISITION_RULES.write(requisitions.rules()));
    } else if (pot instanceof ApplicationPotAllocation applications) {
      node.set("applications", APPLICATION.list().write(applications.applications()));
      node.set("rules", APPLICATION_RULES.write(applications.rules()));
    } else {
      node.set("key", KEY.write(((AssignmentPotAllocation) pot).key()));
    }
    return node.set("result", result(pot));
  }

  private static JsonNode roundAllocation(RoundAllocation allocation) {
    ObjectNode node = Json.FACTORY.objectNode();
    node.set("round", RoundCodec.ROUND.write(allocation.round()));
    if (!allocation.coversEveryPot()) {
      node.put("partial", true);
    }
    return node.set("pots", Json.FACTORY.arrayNode().addAll(allocation.pots().values().stream()
        .map(GrantCodec::potAllocation).toList()));
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
    GrantRound round = RoundCodec.ROUND.read(node.field("round"));
    RoundAllocation.Builder builder = RoundAllocation.builder(round);
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
    results.forEach((id, stated) -> stated.mustEqual(result(allocation.pot(id)),
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
