package se.utvecklingsmedel.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.grant.AllocationComparison;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;

/**
 * What if the key were different? The 2016 municipalities pot over four municipalities, split by
 * population and then with a base amount for everyone, compared recipient by recipient, with the
 * paradox report; then the same key with a budget one öre larger, where the report finds one.
 *
 * <p>The populations are illustrative round figures.
 */
public final class WhatIfTwoKeys {

  private WhatIfTwoKeys() {
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
    oneOreMore(System.out);
  }

  static AllocationComparison run(PrintStream out) {
    Municipality stockholm = ReferenceData.municipality("0180");
    Municipality malmo = ReferenceData.municipality("1280");
    Municipality kiruna = ReferenceData.municipality("2584");
    Municipality pajala = ReferenceData.municipality("2521");
    DistributionKey.ByWeights byPopulation = DistributionKey.byWeights("Folkmängd (illustrativ)",
        Weights.<Recipient>builder().put(stockholm, 975_000).put(malmo, 345_000)
            .put(kiruna, 23_000).put(pajala, 6_000).build());
    // The alternative: 1 000 000 kr each first, the rest by population (explicit amounts).
    var base = se.utvecklingsmedel.allocation.Apportionment.baseAndProportional(
        Amount.ofKronor(50_000_000), Amount.ofKronor(1_000_000), byPopulation.weights());
    DistributionKey withBase = DistributionKey.byAmounts("Grundbelopp 1 000 000 kr + folkmängd",
        base.amounts());

    RoundAllocation before = allocate(byPopulation, List.of(stockholm, malmo, kiruna, pajala));
    RoundAllocation after = allocate(withBase, List.of(stockholm, malmo, kiruna, pajala));
    AllocationComparison comparison = before.compare(after);

    out.println("By population  ->  base amount plus population:");
    comparison.recipients().forEach((recipient, change) -> out.printf("  %-16s %18s -> %18s  %s%n",
        recipient.displayName(), change.before().toSwedishString(), change.after().toSwedishString(),
        describe(change)));
    out.println("Gain: " + comparison.gainers().stream().map(Recipient::displayName).toList()
        + "; lose: " + comparison.losers().stream().map(Recipient::displayName).toList());
    // Each amount moved with its weight share: the base amount is no paradox.
    out.println("Paradoxes: " + (comparison.paradoxes().isEmpty() ? "none"
        : comparison.paradoxes().size()));
    return comparison;
  }

  /**
   * The same key, a budget one öre larger: 50 000 000,04 kr gives Pajala one öre less than
   * 50 000 000,03 kr (the Alabama paradox of largest remainders), and the paradox report says so.
   *
   * @param out where to print
   * @return the comparison
   */
  static AllocationComparison oneOreMore(PrintStream out) {
    List<Municipality> all = List.of(ReferenceData.municipality("0180"),
        ReferenceData.municipality("1280"), ReferenceData.municipality("2584"),
        ReferenceData.municipality("2521"));
    DistributionKey.ByWeights byPopulation = DistributionKey.byWeights("Folkmängd (illustrativ)",
        Weights.<Recipient>builder().put(all.get(0), 975_000).put(all.get(1), 345_000)
            .put(all.get(2), 23_000).put(all.get(3), 6_000).build());
    AllocationComparison comparison = allocate(byPopulation, all, Amount.parse("50000000.03"))
        .compare(allocate(byPopulation, all, Amount.parse("50000000.04")));
    out.println("A budget one öre larger, the same key:");
    comparison.paradoxes().forEach(p -> {
      out.println("  " + p.text(Language.SWEDISH));
      out.println("  " + p.text(Language.ENGLISH));
    });
    return comparison;
  }

  private static RoundAllocation allocate(DistributionKey key, List<Municipality> requisitioning) {
    return allocate(key, requisitioning, RoundCatalogue.round2016().pot(PotId.MUNICIPALITIES)
        .budget());
  }

  private static RoundAllocation allocate(DistributionKey key, List<Municipality> requisitioning,
      Amount budget) {
    GrantRound base = RoundCatalogue.round2016();
    GrantRound round = GrantRound.builder().from(base).pots(base.pots().stream()
        .map(p -> p.id().equals(PotId.MUNICIPALITIES) ? Pot.builder().from(p).budget(budget)
            .build() : p).toList()).build();
    RoundAllocation.Builder builder = RoundAllocation.builder(round);
    var keyed = key.keyedAmounts(round.pot(PotId.MUNICIPALITIES));
    List<Requisition> requisitions = requisitioning.stream().map(m -> Requisition.builder()
        .recipient(m).amount(keyed.get(m)).date(LocalDate.of(2016, 3, 1)).build()).toList();
    // Only the municipal pot is studied: a partial allocation, and it says so.
    return builder.requisitions(PotId.MUNICIPALITIES, key, requisitions).buildPartial();
  }

  private static String describe(AmountChange change) {
    return change.isGain() ? "gains " + change.gain().toSwedishString()
        : change.isLoss() ? "loses " + change.loss().toSwedishString() : "unchanged";
  }
}
