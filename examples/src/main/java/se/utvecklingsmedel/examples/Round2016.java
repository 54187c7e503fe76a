package se.utvecklingsmedel.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.utvecklingsmedel.followup.CategoryStatistics;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.followup.ClaimKind;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.followup.RoundStatistics;
import se.utvecklingsmedel.followup.Settlement;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.json.GrantJson;
import se.utvecklingsmedel.json.ThreeSixtyGiving;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * The main job: the 2016 round end to end.
 *
 * <p>Reads the 2016 scenario shipped with the examples ({@link Scenario2016}: the built-in round with
 * illustrative recipient-level data whose totals match seed 004), recomputes the allocation,
 * redistribution, utilisation and statistics from it, prints a report a grant administrator would read,
 * and writes the allocation, the statistics and a 360Giving export as JSON to a folder.
 *
 * <p>Usage: {@code Round2016 [output-folder]}; the folder defaults to {@code target/round-2016}.
 */
public final class Round2016 {

  /** The decision date used for the 360Giving export (illustrative: the seeds give none). */
  static final LocalDate AWARD_DATE = LocalDate.of(2016, 5, 31);

  private Round2016() {
  }

  /**
   * Runs the main job.
   *
   * @param args the output folder, optional
   */
  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "target/round-2016");
    FollowUp followUp = readScenario();
    report(followUp, System.out);
    write(followUp, out);
    System.out.println("Wrote allocation.json, statistics.json and 360giving.json to "
        + out.toAbsolutePath());
  }

  /**
   * Reads the shipped scenario, recomputing everything from its inputs.
   *
   * @return the 2016 follow-up
   */
  static FollowUp readScenario() {
    try (InputStream in = Round2016.class.getResourceAsStream(Scenario2016.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The scenario " + Scenario2016.RESOURCE + " is missing");
      }
      return GrantJson.read(in, FollowUp.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(FollowUp followUp, Path folder) {
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("allocation.json"), GrantJson.write(followUp.allocation()),
          StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("statistics.json"), GrantJson.write(followUp.statistics()),
          StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("360giving.json"),
          GrantJson.mapper().writeValueAsString(ThreeSixtyGiving.export(followUp, AWARD_DATE)),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write to " + folder, e);
    }
  }

  static void report(FollowUp followUp, PrintStream out) {
    RoundStatistics statistics = followUp.statistics();
    out.println("Utvecklingsmedel 2016 — " + followUp.allocation().round().legalBasis());
    out.println("Recipient-level figures are illustrative; the totals follow Socialstyrelsen's "
        + "report on the 2016 funds.");
    out.println("Follow-up as of " + followUp.asOf() + ".");
    out.println();
    out.printf("%-30s %16s %16s %16s %16s %14s %16s %14s %14s%n", "Pot", "Budget", "Requisitioned",
        "Redistributed", "Granted", "Returned", "Used", "Unused", "Repayments");
    for (PotAllocation pot : followUp.allocation().pots().values()) {
      List<Settlement> settlements = followUp.settlements().stream()
          .filter(s -> s.grant().potId().equals(pot.pot().id())).toList();
      Amount used = sum(settlements.stream().flatMap(s -> s.report().stream())
          .map(FollowUpReport::usedOfGrant).toList());
      Amount unused = sum(settlements.stream().flatMap(s -> s.report().stream())
          .map(FollowUpReport::unused).toList());
      Amount repayments = sum(settlements.stream().flatMap(s -> s.claims().stream())
          .filter(c -> c.kind() == ClaimKind.REPAYMENT).map(Claim::amount).toList());
      out.printf("%-30s %16s %16s %16s %16s %14s %16s %14s %14s%n", pot.pot().id(), kr(pot.budget()),
          kr(pot.requisitioned()), kr(pot.redistributed()), kr(pot.granted()), kr(pot.returned()),
          kr(used), kr(unused), kr(repayments));
    }
    out.println("(The administration money is assigned, not followed up in seed 004; its grants count "
        + "as reports missing below.)");
    out.println();
    for (Map.Entry<RecipientCategory, CategoryStatistics> entry : statistics.categories().entrySet()) {
      CategoryStatistics c = entry.getValue();
      out.println(entry.getKey().label() + ":");
      out.printf("  %d requisitioned, %d applied, %d granted; %d used nothing, %d did not use all;"
          + " share used %s%n", c.requisitioning(), c.applying(), c.granted(), c.usedNothing(),
          c.notAllUsed(), c.shareUsed().map(s -> s.percent(0, RoundingMode.HALF_UP) + " %")
              .orElse("–"));
      out.printf("  reports: %d in time, %d late, %d missing, %d without activity, %d analysed%n",
          c.reportsInTime(), c.reportsLate(), c.reportsMissing(), c.reportsWithoutActivity(),
          c.reportsAnalysed());
      if (!c.areas().isEmpty()) {
        out.println("  most common areas: " + top(c.areas(), 3));
      }
      if (!c.instruments().isEmpty()) {
        out.println("  most common instruments: " + top(c.instruments(), 3));
      }
    }
  }

  private static <T> String top(Map<T, Integer> counts, int n) {
    return counts.entrySet().stream().limit(n)
        .map(e -> ((SwedishLabelled) e.getKey()).label() + " " + e.getValue())
        .collect(Collectors.joining("; "));
  }

  private static Amount sum(List<Amount> amounts) {
    return Amount.total(amounts);
  }

  private static String kr(Amount amount) {
    return amount.toSwedishString();
  }
}
