package se.utvecklingsmedel.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.grant.AllocationComparison;
import se.utvecklingsmedel.grant.ApplicationPotAllocation;
import se.utvecklingsmedel.grant.AssignmentPotAllocation;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.Sharing;
import se.utvecklingsmedel.round.UnclaimedFundsPool;

/**
 * A what-if across rules: the 2016 scenario allocated under 2016's rule (unclaimed funds shared
 * among the municipalities that asked) and under 2020's (the decision of 12 March 2020: they "får
 * fördelas" to the municipalities <i>and</i> regions that asked, one pool across both pots), with
 * the comparison: who gains, who loses, by how much.
 *
 * <p>Illustrative, as the scenario is. Its one assumption beyond the scenario: under 2020's rule
 * every county council that requisitioned its whole keyed amount asks for a share too (in 2016
 * none could), with the 2016 decision to share the funds (15 September 2016) as the decision
 * 2020's "may" needs.
 */
public final class WhatIfPooledUnclaimedFunds {

  private WhatIfPooledUnclaimedFunds() {
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static AllocationComparison run(PrintStream out) {
    RoundAllocation rules2016 = Round2016.readScenario().allocation();
    GrantRound round2016 = rules2016.round();
    GrantRound pooled = GrantRound.builder().from(round2016)
        .addUnclaimedFundsPools(UnclaimedFundsPool.of(Sharing.MAY, PotId.MUNICIPALITIES,
            PotId.REGIONS))
        .build();
    RoundAllocation.Builder builder = RoundAllocation.builder(pooled);
    rules2016.illustration().ifPresent(builder::illustrative);
    for (PotAllocation pot : rules2016.pots().values()) {
      PotId id = pot.pot().id();
      if (pot instanceof RequisitionPotAllocation requisitions) {
        List<Requisition> asked = new ArrayList<>();
        for (Requisition r : requisitions.requisitions()) {
          boolean inFull = r.amount().equals(requisitions.keyedAmounts().get(r.recipient()));
          asked.add(id.equals(PotId.REGIONS) && inFull
              ? Requisition.builder().from(r).wantsUnclaimedFunds(true).build() : r);
        }
        // One decision shares the pool: the municipalities' of 15 September 2016, for both pots.
        builder.requisitions(id, requisitions.key(), asked, requisitions.rules()
            .withRedistributionDecided(Scenario2016.REDISTRIBUTION_DECIDED));
      } else if (pot instanceof ApplicationPotAllocation applications) {
        builder.applications(id, applications.applications(), applications.rules());
      } else {
        builder.assignments(id, ((AssignmentPotAllocation) pot).key());
      }
    }
    RoundAllocation rules2020 = builder.build();
    AllocationComparison comparison = rules2016.compare(rules2020);

    out.println("[I] The 2016 scenario under 2016's rule for unclaimed funds, and under 2020's "
        + "(municipalities and regions share one pool, " + Sharing.MAY.label() + "):");
    RequisitionPotAllocation municipalities = rules2020.requisitionPot(PotId.MUNICIPALITIES);
    RequisitionPotAllocation regions = rules2020.requisitionPot(PotId.REGIONS);
    out.println("[I]   unclaimed " + kr(municipalities.unclaimed().plus(regions.unclaimed()))
        + ", shared among " + municipalities.redistribution().map(a -> a.weights().size())
            .orElse(0) + " that asked; moved from the municipalities' pot to the regions': "
        + kr(regions.transferredIn()));
    for (RecipientCategory category : List.of(RecipientCategory.MUNICIPALITY,
        RecipientCategory.REGION)) {
      Amount before = Amount.zero();
      Amount after = Amount.zero();
      for (Map.Entry<Recipient, AmountChange> e : comparison.recipients().entrySet()) {
        if (e.getKey().category() == category) {
          before = before.plus(e.getValue().before());
          after = after.plus(e.getValue().after());
        }
      }
      out.println("[I]   " + category.labelAsOf(round2016.usePeriod().getStart()) + ": "
          + kr(before) + " -> " + kr(after));
    }
    out.println("[I]   " + comparison.gainers().size() + " gain, " + comparison.losers().size()
        + " lose; the three largest gains and losses:");
    for (boolean gains : new boolean[] {true, false}) {
      comparison.recipients().entrySet().stream()
          .filter(e -> gains ? e.getValue().isGain() : e.getValue().isLoss())
          .sorted(Comparator.comparing((Map.Entry<Recipient, AmountChange> e) ->
              gains ? e.getValue().gain() : e.getValue().loss()).reversed()
              .thenComparing(Map.Entry::getKey))
          .limit(3)
          .forEach(e -> out.println("[I]     " + e.getKey().displayNameAsOf(round2016
              .usePeriod().getStart()) + ": " + (gains ? "gains " + kr(e.getValue().gain())
              : "loses " + kr(e.getValue().loss())) + " (" + kr(e.getValue().before()) + " -> "
              + kr(e.getValue().after()) + ")"));
    }
    out.println("[I]   paradoxes: " + comparison.paradoxes().size());
    comparison.paradoxes().stream().limit(2)
        .forEach(p -> out.println("[I]     " + p.text(Language.ENGLISH)));
    return comparison;
  }

  private static String kr(Amount amount) {
    return amount.toSwedishString();
  }
}
