package se.utvecklingsmedel.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;

/**
 * One requisition pot's inputs: a round (its municipalities' pot and requisition deadline), a
 * distribution key over real municipalities, and their requisitions — full, partial, late, asking
 * for unclaimed funds, with or without a cap. Made by {@link Generators#requisitionScenarios()}; its
 * {@link #toString()} says it in the domain's words, so a shrunk counterexample reads as a case.
 *
 * @param round the round
 * @param key the distribution key of the municipalities' pot
 * @param requisitions the requisitions, in the order they are handed to the workflow
 */
public record RequisitionScenario(GrantRound round, DistributionKey key,
    ImmutableList<Requisition> requisitions) {

  /** The pot the scenario allocates. */
  public static final PotId POT = PotId.MUNICIPALITIES;

  /**
   * Validates the scenario.
   *
   * @param round the round
   * @param key the key
   * @param requisitions the requisitions
   */
  public RequisitionScenario {
    requireNonNull(round, "RequisitionScenario 'round' must not be null");
    requireNonNull(key, "RequisitionScenario 'key' must not be null");
    requireNonNull(requisitions, "RequisitionScenario 'requisitions' must not be null");
  }

  /**
   * Allocates the pot under the given rules.
   *
   * @param rules the requisition rules, e.g. {@code RequisitionRules.defaults().withRedistribution(p)}
   * @return the pot's allocation
   */
  public RequisitionPotAllocation allocate(RequisitionRules rules) {
    return RoundAllocation.builder(round).requisitions(POT, key, requisitions, rules)
        .buildPartial().requisitionPot(POT);
  }

  /**
   * Returns the same scenario with the requisitions handed over in reverse order.
   *
   * @return the reversed scenario
   */
  public RequisitionScenario reversed() {
    return new RequisitionScenario(round, key, requisitions.reverse());
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
   * @return e.g. "budget 100,00 kr, deadline 30 april 2016; 0114 Upplands Väsby requisitioned …"
   */
  @Override
  public String toString() {
    Language sv = Language.SWEDISH;
    List<String> lines = requisitions.stream().map(r -> r.recipient() + " keyed "
        + sv.amount(key.keyedAmounts(round.pot(POT)).get(r.recipient())) + ", requisitioned "
        + sv.amount(r.amount()) + " on " + r.date()
        + (r.wantsUnclaimedFunds() ? ", asks for more" + r.maximumExtra()
            .map(m -> " (at most " + sv.amount(m) + ")").orElse("") : "")).toList();
    return "RequisitionScenario[budget " + sv.amount(budget()) + ", deadline "
        + round.requisitionDeadline().map(Object::toString).orElse("none") + ", key over "
        + key.recipients().size() + " recipients; " + (lines.isEmpty() ? "no requisitions"
            : lines.stream().collect(Collectors.joining("; "))) + "]";
  }
}
