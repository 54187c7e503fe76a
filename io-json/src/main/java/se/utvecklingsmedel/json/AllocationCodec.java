package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.grant.AllocationComparison;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.recipient.Recipient;

/**
 * The engine's values in JSON: weights, allocations (written with their inputs and result, read by
 * recomputing them), changes of an amount and comparisons of two allocations.
 */
final class AllocationCodec {

  private AllocationCodec() {
  }

  @SuppressWarnings("unchecked")
  static JsonNode weights(Weights<?> weights) {
    if (!weights.keys().stream().allMatch(k -> k instanceof Recipient)) {
      throw new GrantJsonException("$", null, "Weights have a JSON form only when their keys are "
          + "recipients", null);
    }
    return ValueCodec.weights((Weights<Recipient>) weights);
  }

  static JsonNode change(AmountChange change) {
    return Node.beforeAfter(change.before(), change.after(), amount -> amount);
  }

  static AmountChange change(Node node) {
    return node.beforeAfter(Node::amount, AmountChange::of);
  }

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
    Optional<Node> capsNode = node.optionalField("caps");
    Map<Recipient, Amount> caps = capsNode.map(n -> n.entries("recipient", ValueCodec::recipient,
        "cap", Node::amount)).orElse(Map.of());
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

  static JsonNode allocationComparison(AllocationComparison c) {
    return Node.beforeAfter(c.before(), c.after(), GrantCodec::roundAllocation);
  }

  static AllocationComparison allocationComparison(Node node) {
    return node.beforeAfter(GrantCodec::roundAllocation, RoundAllocation::compare);
  }
}
