package se.utvecklingsmedel.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.grant.AllocationComparison;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;

/**
 * What if the key were different? The 2016 municipalities pot over four municipalities, split by
 * population and then with a base amount for everyone, compared recipient by recipient.
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
    return comparison;
  }

  private static RoundAllocation allocate(DistributionKey key, List<Municipality> requisitioning) {
    RoundAllocation.Builder builder = RoundAllocation.builder(RoundCatalogue.round2016());
    var keyed = key.keyedAmounts(RoundCatalogue.round2016().pot(PotId.MUNICIPALITIES));
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
