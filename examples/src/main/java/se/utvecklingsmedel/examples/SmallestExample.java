package se.utvecklingsmedel.examples;

import java.io.PrintStream;
import java.util.Map;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.CertificateLine;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.money.Amount;

/**
 * The smallest useful run of the library: split 1 000 000 kr between five municipalities by
 * population, once freely and once with Stockholm capped, and print the certificates.
 *
 * <p>The populations are illustrative round figures, not a real distribution key.
 */
public final class SmallestExample {

  private SmallestExample() {
  }

  /**
   * Runs the example and prints to standard out.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Weights<String> population = Weights.<String>builder()
        .put("0180 Stockholm", 975_000)
        .put("1480 Göteborg", 580_000)
        .put("1280 Malmö", 345_000)
        .put("0380 Uppsala", 230_000)
        .put("2584 Kiruna", 23_000)
        .build();
    Amount pot = Amount.ofKronor(1_000_000);

    Allocation<String> free = Apportionment.largestRemainder(pot, population);
    print(out, "By population", free);

    Allocation<String> capped = Apportionment.capped(pot, population,
        Map.of("0180 Stockholm", Amount.ofKronor(400_000)));
    print(out, "By population, Stockholm capped at 400 000 kr", capped);
  }

  private static void print(PrintStream out, String title, Allocation<String> allocation) {
    out.println(title + ": " + allocation);
    for (CertificateLine<String> line : allocation.certificate()) {
      out.printf("  %-16s %18s%n", line.key(), line.amount().toSwedishString());
    }
    out.println("  Certificate:");
    for (CertificateLine<String> line : allocation.certificate()) {
      out.println("  - " + line);
    }
    out.println();
  }
}
