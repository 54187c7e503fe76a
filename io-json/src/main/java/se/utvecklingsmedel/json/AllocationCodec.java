package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
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

  @SuppressWarnings("unchecked")
  static final Form<Weights<?>> WEIGHTS = new Form<Weights<?>>(
      weights -> ValueCodec.WEIGHTS.write((Weights<Recipient>) byRecipient(weights,
          "Weights have a JSON form only when their keys are recipients")),
      node -> ValueCodec.WEIGHTS.read(node));
  static final Form<Allocation<?>> ALLOCATION = new Form<>(AllocationCodec::write,
      AllocationCodec::read);
  static final Form<AmountChange> CHANGE = Form.AMOUNT.beforeAfter(AmountChange::before,
      AmountChange::after, AmountChange::of);
  static final Form<AllocationComparison> COMPARISON = GrantCodec.ROUND_ALLOCATION.beforeAfter(
      AllocationComparison::before, AllocationComparison::after, RoundAllocation::compare);

  private static final Form<Map<Recipient, Amount>> CAPS = ValueCodec.RECIPIENT.entries(
      "recipient", "cap", Form.AMOUNT);
  private static final Form<Map<Recipient, Amount>> AMOUNTS = ValueCodec.RECIPIENT.entries(
      "recipient", "amount", Form.AMOUNT);

  private AllocationCodec() {
  }

  /** Weights and allocations have a JSON form only when their keys are recipients. */
  private static <T> T byRecipient(T value, String rule) {
    var keys = value instanceof Weights<?> w ? w.keys() : ((Allocation<?>) value).keys();
    if (!keys.stream().allMatch(k -> k instanceof Recipient)) {
      throw new GrantJsonException("$", null, rule, null);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static JsonNode write(Allocation<?> allocation) {
    Allocation<Recipient> a = (Allocation<Recipient>) byRecipient(allocation,
        "an Allocation has a JSON form only when its keys are recipients");
    ObjectNode node = Json.FACTORY.objectNode().put("scheme", a.scheme().name());
    node.set("total", Form.AMOUNT.write(a.total()));
    if (a.base().signum() != 0) {
      node.set("base", Form.AMOUNT.write(a.base()));
    }
    node.set("weights", ValueCodec.WEIGHTS.write(a.weights()));
    if (a.scheme() == Allocation.Scheme.CAPPED) {
      node.set("caps", CAPS.write(a.caps()));
    }
    ObjectNode result = node.putObject("result");
    result.set("distributed", Form.AMOUNT.write(a.distributed()));
    result.set("undistributed", Form.AMOUNT.write(a.undistributed()));
    result.set("amounts", AMOUNTS.write(a.amounts()));
    result.set("certificate", Form.STRING.list().write(a.certificate().stream()
        .map(Object::toString).toList()));
    return node;
  }

  private static Allocation<Recipient> read(Node node) {
    Allocation.Scheme scheme = node.field("scheme").enumValue(Allocation.Scheme.class);
    Amount total = node.field("total").amount();
    Optional<Amount> base = node.optionalField("base").map(Node::amount);
    Weights<Recipient> weights = ValueCodec.WEIGHTS.read(node.field("weights"));
    Optional<Node> capsNode = node.optionalField("caps");
    Map<Recipient, Amount> caps = capsNode.map(CAPS::read).orElse(ImmutableMap.of());
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
    result.ifPresent(stated -> StatedPart.mustEqual(stated.tree(), stated.path(),
        write(allocation).get("result"),
        "the stated result does not follow from the scheme, total and weights"));
    return allocation;
  }
}
