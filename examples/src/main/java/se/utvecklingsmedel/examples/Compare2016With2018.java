package se.utvecklingsmedel.examples;

import java.io.PrintStream;
import se.utvecklingsmedel.published.PublishedReports;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.published.RoundComparison;
import se.utvecklingsmedel.statistics.RoundStatistics;

/**
 * The 2016 round, computed from the shipped scenario, beside what the 2016–2018 final report
 * publishes for 2018.
 *
 * <p>The 2016–2018 final report: "Antalet kommuner som har rekvirerat medel har ökat från 246
 * kommuner 2016 till 273 kommuner 2018. Även andelen använda medel hos kommuner har ökat från 81
 * till 92 procent." Nothing else is published for 2018, so every other figure shows as unknown —
 * never as zero.
 */
public final class Compare2016With2018 {

  private Compare2016With2018() {
  }

  /**
   * Prints the comparison.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    print(System.out);
  }

  static RoundComparison print(PrintStream out) {
    PublishedStatistics computed2016 = PublishedStatistics.of(RoundStatistics.of(Round2016.readScenario()), "Computed from the 2016 scenario (illustrative recipient-level data)");
    RoundComparison comparison = RoundComparison.of(computed2016,
        PublishedReports.statistics2018());
    out.println("2016 (" + comparison.before().source() + ")");
    out.println("  → 2018 (" + comparison.after().source() + ")");
    comparison.categories().values().forEach(change -> out.println("  " + change));
    return comparison;
  }
}
