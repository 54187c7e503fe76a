package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.DistributionMethod;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;

/** Keys, requisitions, applications, rules and allocations in JSON. */
final class GrantCodec {

  private GrantCodec() {
  }

  // --- distribution keys -----------------------------------------------------------------------

  static JsonNode key(DistributionKey key) {
    if (key instanceof DistributionKey.ByWeights byWeights) {
      return Node.object("basis", key.basis(), "weights", ValueCodec.weights(byWeights.weights()));
    }
    DistributionKey.ByAmounts byAmounts = (DistributionKey.ByAmounts) key;
    return Node.object("basis", key.basis(), "amounts", Node.array(byAmounts.amounts().entrySet()
        .stream().map(e -> (JsonNode) Node.object("recipient", ValueCodec.recipient(e.getKey()),
            "amount", e.getValue()))
        .toList()));
  }

  static DistributionKey key(Node node) {
    String basis = node.field("basis").string();
    var weights = node.optionalField("weights");
    var amounts = node.optionalField("amounts");
    node.done();
    if (weights.isPresent() == amounts.isPresent()) {
      throw node.error("must have either 'weights' or 'amounts'");
    }
    if (weights.isPresent()) {
      var parsed = ValueCodec.weights(weights.get());
      return node.build(() -> DistributionKey.byWeights(basis, parsed));
    }
    Map<Recipient, Amount> byRecipient = amounts.get().entries("recipient", ValueCodec::recipient,
        "amount", Node::amount);
    return amounts.get().build(() -> DistributionKey.byAmounts(basis, byRecipient));
  }

  // --- requisitions and applications -----------------------------------------------------------

  static JsonNode requisition(Requisition r) {
    return Node.object("recipient", ValueCodec.recipient(r.recipient()), "amount", r.amount(),
        "date", r.date(), "wantsUnclaimedFunds", r.wantsUnclaimedFunds(),
        "maximumExtra", r.maximumExtra());
  }

  static Requisition requisition(Node node) {
    Requisition.Builder builder = Requisition.builder()
        .recipient(ValueCodec.recipient(node.field("recipient")))
        .amount(node.field("amount").amount())
        .date(node.field("date").date());
    node.optionalField("wantsUnclaimedFunds").ifPresent(n -> builder.wantsUnclaimedFunds(n.bool()));
    node.optionalField("maximumExtra").ifPresent(n -> builder.maximumExtra(n.amount()));
    node.done();
    return node.build(builder::build);
  }

  static JsonNode application(Application a) {
    return Node.object("applicant", ValueCodec.recipient(a.applicant()), "amount", a.amount(),
        "developmentAreas", Node.array(a.developmentAreas().stream().map(Json::toNode).toList()),
        "municipality", a.municipality().map(m -> m.code().value()),
        "county", a.county().map(c -> c.code().value()),
        "similarSupportExists", a.similarSupportExists(), "date", a.date());
  }

  static Application application(Node node) {
    Application.Builder builder = Application.builder()
        .applicant(ValueCodec.recipient(node.field("applicant")))
        .amount(node.field("amount").amount())
        .date(node.field("date").date());
    node.optionalField("developmentAreas").ifPresent(n ->
        builder.addAllDevelopmentAreas(n.distinctList(a -> a.enumValue(DevelopmentArea.class))));
    node.optionalField("municipality").ifPresent(n ->
        builder.municipality(n.build(() -> ReferenceData.municipality(n.string()))));
    node.optionalField("county").ifPresent(n ->
        builder.county(n.build(() -> ReferenceData.county(n.string()))));
    node.optionalField("similarSupportExists").ifPresent(n -> builder.similarSupportExists(n.bool()));
    node.done();
    return node.build(builder::build);
  }

  // --- rules -----------------------------------------------------------------------------------

  static JsonNode requisitionRules(RequisitionRules rules) {
    if (!(rules.redistribution() instanceof StandardRedistributionPolicy)) {
      throw new GrantJsonException("$", null, "a custom RedistributionPolicy ("
          + rules.redistribution().description() + ") has no JSON form; only "
          + "StandardRedistributionPolicy can be written", null);
    }
    if (!(rules.late() instanceof StandardLateRequisitionPolicy late)) {
      throw new GrantJsonException("$", null, "a custom LateRequisitionPolicy has no JSON form; only "
          + "StandardLateRequisitionPolicy can be written", null);
    }
    return Node.object("late", late, "redistribution", rules.redistribution(),
        "eligibility", rules.eligibility());
  }

  /** The eligibility for unclaimed funds may be left out: it is then the default. */
  static RequisitionRules requisitionRules(Node node) {
    var late = node.field("late").enumValue(StandardLateRequisitionPolicy.class);
    var redistribution = node.field("redistribution").enumValue(StandardRedistributionPolicy.class);
    var eligibility = node.optionalField("eligibility")
        .map(n -> n.enumValue(UnclaimedFundsEligibility.class))
        .orElse(RequisitionRules.defaults().eligibility());
    node.done();
    return new RequisitionRules(late, redistribution, eligibility);
  }

  static JsonNode applicationRules(ApplicationRules rules) {
    if (!(rules.priority() instanceof StandardPriorityRule priority)) {
      throw new GrantJsonException("$", null, "a custom PriorityRule has no JSON form; only a "
          + "StandardPriorityRule such as DIRECT_SUPPORT_FIRST can be written", null);
    }
    if (!(rules.policy() instanceof StandardGrantPolicy policy)) {
      throw new GrantJsonException("$", null, "a custom GrantPolicy has no JSON form; only a "
          + "StandardGrantPolicy such as PRIORITY_ORDER_LAST_PARTIAL can be written", null);
    }
    return Node.object("priority", priority, "policy", policy);
  }

  static ApplicationRules applicationRules(Node node) {
    var priority = node.field("priority").enumValue(StandardPriorityRule.class);
    var policy = node.field("policy").enumValue(StandardGrantPolicy.class);
    node.done();
    return new ApplicationRules(priority, policy);
  }

  // --- allocations -----------------------------------------------------------------------------

  static JsonNode grant(RecipientGrant g) {
    return Node.object("recipient", ValueCodec.recipient(g.recipient()),
        "keyedAmount", g.keyedAmount(), "requested", g.requested(),
        "redistributed", g.redistributed(), "granted", g.granted(), "decision", g.decision(),
        "priority", g.priority().map(GrantCodec::priority),
        "explanation", Node.array(g.explanation().stream().map(Json::toNode).toList()));
  }

  static JsonNode result(PotAllocation pot) {
    RequisitionPotAllocation requisitions =
        pot instanceof RequisitionPotAllocation r ? r : null;
    return Node.object("budget", pot.budget(),
        "requisitioned", requisitions == null ? Amount.zero() : requisitions.requisitioned(),
        "redistributed", requisitions == null ? Amount.zero() : requisitions.redistributed(), "granted", pot.granted(), "returned", pot.returned(),
        "grants", Node.array(pot.grants().values().stream().map(GrantCodec::grant).toList()));
  }

  static JsonNode potAllocation(PotAllocation pot) {
    ObjectNode node = Node.object("potId", pot.pot().id(), "method", pot.pot().method());
    if (pot instanceof RequisitionPotAllocation requisitions) {
      node.set("key", key(requisitions.key()));
      node.set("requisitions", Node.array(requisitions.requisitions().stream()
          .map(GrantCodec::requisition).toList()));
      node.set("rules", requisitionRules(requisitions.rules()));
    } else if (pot instanceof ApplicationPotAllocation applications) {
      node.set("applications", Node.array(applications.applications().stream()
          .map(GrantCodec::application).toList()));
      node.set("rules", applicationRules(applications.rules()));
    } else {
      node.set("key", key(((AssignmentPotAllocation) pot).key()));
    }
    node.set("result", result(pot));
    return node;
  }

  static JsonNode roundAllocation(RoundAllocation allocation) {
    ObjectNode node = Node.object("round", RoundCodec.round(allocation.round()));
    if (!allocation.coversEveryPot()) {
      node.put("partial", true);
    }
    node.set("pots", Node.array(allocation.pots().values().stream()
        .map(GrantCodec::potAllocation).toList()));
    return node;
  }

  /** "partial", when given, is true: a complete allocation leaves it out, as the schema says. */
  private static boolean partial(Node node) {
    if (!node.bool()) {
      throw node.error("must be true when given; a complete allocation leaves it out");
    }
    return true;
  }

  /** Recomputes the allocation from its inputs; a stated result must be the one they give. */
  static RoundAllocation roundAllocation(Node node) {
    GrantRound round = RoundCodec.round(node.field("round"));
    RoundAllocation.Builder builder = RoundAllocation.builder(round);
    Map<PotId, Node> results = new LinkedHashMap<>();
    boolean partial = node.optionalField("partial").map(GrantCodec::partial).orElse(false);
    Node pots = node.field("pots");
    pots.list(potNode -> {
      Node idNode = potNode.field("potId");
      PotId id = idNode.potId();
      Pot pot = idNode.build(() -> round.pot(id));
      DistributionMethod method = potNode.field("method").enumValue(DistributionMethod.class);
      if (method != pot.method()) {
        throw potNode.field("method").error("pot " + id + " is handed out by " + pot.method());
      }
      switch (method) {
        case REQUISITION: {
          var key = key(potNode.field("key"));
          var requisitions = potNode.field("requisitions").list(GrantCodec::requisition);
          var rules = requisitionRules(potNode.field("rules"));
          potNode.build(() -> builder.requisitions(id, key, requisitions, rules),
              potNode.field("requisitions"), requisitions, Requisition::recipient);
          break;
        }
        case APPLICATION: {
          var applications = potNode.field("applications").list(GrantCodec::application);
          var rules = applicationRules(potNode.field("rules"));
          potNode.build(() -> builder.applications(id, applications, rules),
              potNode.field("applications"), applications, Application::applicant);
          break;
        }
        default: {
          var key = key(potNode.field("key"));
          potNode.build(() -> builder.assignments(id, key));
        }
      }
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
    results.forEach((id, stated) -> {
      JsonNode computed = result(allocation.pot(id));
      String difference = firstDifference(stated.json(), computed, stated.path());
      if (difference != null) {
        throw new GrantJsonException(difference, null, "the stated result does not follow from the "
            + "inputs: recomputing gives " + at(computed, difference.substring(stated.path().length())),
            null);
      }
    });
    return allocation;
  }

  /** The path of the first place two trees differ, or null if they are equal. */
  static String firstDifference(JsonNode stated, JsonNode computed, String path) {
    if (stated.equals(computed)) {
      return null;
    }
    if (stated.isNumber() && computed.isNumber()) {
      return stated.decimalValue().compareTo(computed.decimalValue()) == 0 ? null : path;
    }
    if (stated.isObject() && computed.isObject()) {
      Iterator<String> names = computed.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!stated.has(name)) {
          return path + "." + name;
        }
        String inner = firstDifference(stated.get(name), computed.get(name), path + "." + name);
        if (inner != null) {
          return inner;
        }
      }
      Iterator<String> statedNames = stated.fieldNames();
      while (statedNames.hasNext()) {
        String name = statedNames.next();
        if (!computed.has(name)) {
          return path + "." + name;
        }
      }
      return null;  // the same fields, each equal as numbers are
    }
    if (stated.isArray() && computed.isArray()) {
      for (int i = 0; i < Math.min(stated.size(), computed.size()); i++) {
        String inner = firstDifference(stated.get(i), computed.get(i), path + "[" + i + "]");
        if (inner != null) {
          return inner;
        }
      }
      return stated.size() == computed.size() ? null
          : path + "[" + Math.min(stated.size(), computed.size()) + "]";
    }
    return path;
  }

  private static String at(JsonNode tree, String relativePath) {
    JsonNode node = tree;
    for (String step : relativePath.replace("[", ".[").split("\\.")) {
      if (step.isEmpty() || node == null) {
        continue;
      }
      node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
          : node.get(step);
    }
    return node == null ? "nothing there" : node.toString();
  }

  static JsonNode priority(Priority priority) {
    return Node.object("rank", priority.rank(), "reason", priority.reason());
  }

  static Priority priority(Node node) {
    int rank = node.field("rank").smallInteger();
    String reason = node.field("reason").string();
    node.done();
    return node.build(() -> Priority.of(rank, reason));
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
}
