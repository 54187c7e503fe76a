package se.utvecklingsmedel.examples;

import java.io.PrintStream;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.round.Programme;
import se.utvecklingsmedel.round.RoundId;
import se.utvecklingsmedel.published.RoundComparison;
import se.utvecklingsmedel.statistics.RoundStatistics;

/**
 * What the 2016–2018 final report publishes for 2016 and 2018, from the programme's catalogue
 * ({@link Programme}), and the 2016 round computed from the shipped scenario beside it.
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
    // As the final report states it: both rounds' partial published statistics, from the catalogue.
    Programme programme = Programme.builtIn();
    RoundComparison published = RoundComparison.of(
        programme.facts(RoundId.of(2016, 1)).published().orElseThrow(),
        programme.facts(RoundId.of(2018, 1)).published().orElseThrow());
    out.println("Published: 2016 → 2018 (" + published.after().source() + ")");
    published.categories().values().forEach(change -> out.println("  " + change));
    // The illustrative 2016 scenario's computed figures beside what is published for 2018.
    PublishedStatistics computed2016 = PublishedStatistics.of(RoundStatistics.of(Round2016.readScenario()), "Computed from the 2016 scenario (illustrative recipient-level data)");
    RoundComparison comparison = RoundComparison.of(computed2016,
        programme.facts(RoundId.of(2018, 1)).published().orElseThrow());
    out.println("2016 (" + comparison.before().source() + ")");
    out.println("  → 2018 (" + comparison.after().source() + ")");
    comparison.categories().values().forEach(change -> out.println("  " + change));
    return comparison;
  }
}
