package se.utvecklingsmedel.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;

/**
 * One requisition pot's inputs: a round (its municipalities' pot and requisition deadline), a
 * distribution key over real municipalities, and their requisitions — full, partial, late, asking
 * for unclaimed funds, with or without a cap. Made by {@link Generators#requisitionScenarios()}; its
 * {@link #toString()} says it in the domain's words, so a shrunk counterexample reads as a case.
 *
 * @param round the round
 * @param keyWeights the weights of the municipalities' distribution key ({@link #key()})
 * @param requisitions the requisitions, in the order they are handed to the workflow
 */
public record RequisitionScenario(GrantRound round, Weights<Recipient> keyWeights,
    ImmutableList<Requisition> requisitions) {

  /** The pot the scenario allocates. */
  public static final PotId POT = PotId.MUNICIPALITIES;

  /**
   * Validates the scenario.
   *
   * @param round the round
   * @param keyWeights the key's weights
   * @param requisitions the requisitions
   */
  public RequisitionScenario {
    requireNonNull(round, "RequisitionScenario 'round' must not be null");
    requireNonNull(keyWeights, "RequisitionScenario 'keyWeights' must not be null");
    requireNonNull(requisitions, "RequisitionScenario 'requisitions' must not be null");
  }

  /**
   * Returns the distribution key: by {@link #keyWeights()}.
   *
   * @return the key
   */
  public DistributionKey key() {
    return DistributionKey.byWeights("Genererad nyckel", keyWeights);
  }

  /**
   * Allocates the pot under the given rules.
   *
   * @param rules the requisition rules, e.g. {@code RequisitionRules.defaults().withRedistribution(p)}
   * @return the pot's allocation
   */
  public RequisitionPotAllocation allocate(RequisitionRules rules) {
    requireNonNull(rules, "RequisitionScenario.allocate 'rules' must not be null");
    return RoundAllocation.builder(round).requisitions(POT, key(), requisitions, rules)
        .buildPartial().requisitionPot(POT);
  }

  /**
   * Returns the same scenario with the requisitions handed over in reverse order.
   *
   * @return the reversed scenario
   */
  public RequisitionScenario reversed() {
    return new RequisitionScenario(round, keyWeights, requisitions.reverse());
  }

  /**
   * Returns the pot's budget.
   *
   * @return the budget
   */
  public Amount budget() {
    return round.pot(POT).budget();
  }

  /**
   * Says the scenario as a case: the budget, the deadline, and each requisition.
   *
   * @return e.g. "RequisitionScenario[budget 100,00 kr, deadline 2016-04-30, key over 3
   *     recipients; 0114 Upplands Väsby keyed 40,00 kr, requisitioned 40,00 kr on 2016-03-01, asks
   *     for more]"
   */
  @Override
  public String toString() {
    Language sv = Language.SWEDISH;
    var keyed = key().keyedAmounts(round.pot(POT));
    List<String> lines = new ArrayList<>(requisitions.stream().map(r -> r.recipient() + " keyed "
        + sv.amount(keyed.get(r.recipient())) + ", requisitioned "
        + sv.amount(r.amount()) + " on " + r.date()
        + (r.wantsUnclaimedFunds() ? ", asks for more" + r.maximumExtra()
            .map(m -> " (at most " + sv.amount(m) + ")").orElse("") : "")).toList());
    // Every keyed amount, so that where the money goes can be read off the case.
    Set<Recipient> requisitioning = requisitions.stream().map(Requisition::recipient)
        .collect(Collectors.toSet());
    keyed.forEach((recipient, amount) -> {
      if (!requisitioning.contains(recipient)) {
        lines.add(recipient + " keyed " + sv.amount(amount) + ", no requisition");
      }
    });
    return "RequisitionScenario[budget " + sv.amount(budget()) + ", deadline "
        + round.requisitionDeadline().map(Object::toString).orElse("none") + ", key over "
        + keyWeights.size() + " recipients; " + (lines.isEmpty() ? "no requisitions"
            : String.join("; ", lines)) + "]";
  }
}
