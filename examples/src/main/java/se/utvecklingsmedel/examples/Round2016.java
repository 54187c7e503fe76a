package se.utvecklingsmedel.examples;

import com.google.common.collect.ImmutableMap;
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
import se.utvecklingsmedel.followup.AreaCounts;
import se.utvecklingsmedel.followup.CategoryStatistics;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.followup.ClaimKind;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.followup.NationalSupport;
import se.utvecklingsmedel.followup.RoundStatistics;
import se.utvecklingsmedel.followup.Settlement;
import se.utvecklingsmedel.grant.AssignmentPotAllocation;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.json.GrantJson;
import se.utvecklingsmedel.json.ThreeSixtyGiving;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.Outcome;
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
    out.println("Utvecklingsmedel 2016 — " + followUp.allocation().round().legalBasis());
    out.println("Recipient-level figures are illustrative; the totals follow Socialstyrelsen's "
        + "report on the 2016 funds.");
    out.println("Follow-up as of " + followUp.asOf() + ".");
    out.println();
    potTable(followUp, out);
    out.println();
    assignments(followUp, out);
    out.println();
    for (CategoryStatistics c : followUp.statistics().categories().values()) {
      category(followUp, c, out);
    }
    claims(followUp, out);
    out.println();
    held(NationalSupport.seed004(), out);
  }

  /** What no report gives: held as the seed publishes it, and printed as such. */
  private static void held(NationalSupport support, PrintStream out) {
    out.println("Held as published, not recomputed (" + support.source() + "):");
    out.println("  the county boards' information to municipalities (offered / took part):");
    support.information().forEach(i -> out.printf("    %4d / %4d  %s%n", i.offered(),
        i.tookPart(), i.theme().label()));
    support.survey().ifPresent(s -> {
      out.printf("  the county boards' survey (%d answered), boards seeing a need:%n",
          s.respondents());
      s.boardsSeeingNeed().forEach((need, n) -> out.printf("    %4d  %s%n", n, need.label()));
    });
    support.webCourse().ifPresent(w -> out.printf("  NCK's web course, launched %s: %d users to "
        + "%s, %d of them in %d groups; %d %% printed a certificate, %d %% from the social "
        + "services%n", w.launched(), w.users(), w.countedUntil(), w.usersInGroups(), w.groups(),
        w.percentWithCertificate(), w.percentFromSocialServices()));
    out.println("  Socialstyrelsen's account of the support and of its follow-up of the joint plan:");
    support.records().forEach(f -> out.println("    " + f));
    out.println("  what each county board did with its stimulus funds:");
    support.stimulusActivities().forEach(a -> {
      out.println("    " + a.board().displayName() + ": " + a.summary());
      a.figures().forEach(f -> out.println("      " + f));
    });
  }

  private static final String ROW = "%-30s %16s %16s %16s %16s %14s %16s %14s %14s%n";

  private static void potTable(FollowUp followUp, PrintStream out) {
    out.printf(ROW, "Pot", "Budget", "Requisitioned", "Redistributed", "Granted", "Returned",
        "Used", "Unused", "Repayments");
    for (PotAllocation pot : followUp.allocation().pots().values()) {
      if (!pot.pot().followedUp()) {
        continue;
      }
      List<Settlement> settlements = followUp.settlements().stream()
          .filter(s -> s.grant().potId().equals(pot.pot().id())).toList();
      Amount used = sum(settlements.stream().flatMap(s -> s.report().stream())
          .map(FollowUpReport::usedOfGrant).toList());
      Amount unused = sum(settlements.stream().flatMap(s -> s.report().stream())
          .map(FollowUpReport::unused).toList());
      Amount repayments = sum(settlements.stream().flatMap(s -> s.claims().stream())
          .filter(c -> c.kind() == ClaimKind.REPAYMENT).map(Claim::amount).toList());
      boolean requisition = pot instanceof RequisitionPotAllocation;
      out.printf(ROW, pot.pot().id(), kr(pot.budget()),
          requisition ? kr(((RequisitionPotAllocation) pot).requisitioned()) : "–",
          requisition ? kr(((RequisitionPotAllocation) pot).redistributed()) : "–",
          kr(pot.granted()), kr(pot.returned()), kr(used), kr(unused), kr(repayments));
    }
  }

  /** Administration money: its own lines, never counted among the followed-up grants (seed 004). */
  private static void assignments(FollowUp followUp, PrintStream out) {
    out.println("Assigned for the mission (administration money, seed 004: \"för att genomföra "
        + "uppdraget\"; not a grant, not reported on, settled or reclaimed):");
    for (PotAllocation pot : followUp.allocation().pots().values()) {
      if (pot instanceof AssignmentPotAllocation) {
        long recipients = pot.grants().values().stream().filter(g -> g.granted().signum() > 0)
            .count();
        out.printf("  %-28s %16s to %d %s%n", pot.pot().id(), kr(pot.granted()), recipients,
            recipients == 1 ? pot.grants().firstKey().displayName() : "recipients");
      }
    }
  }

  private static void category(FollowUp followUp, CategoryStatistics c, PrintStream out) {
    out.println(c.category().label() + ":");
    out.printf("  %d requisitioned, %d applied, %d granted %s; %d used nothing, %d did not use "
        + "all; share used %s%n", c.requisitioning(), c.applying(), c.granted(),
        kr(c.grantedAmount()), c.usedNothing(), c.notAllUsed(),
        c.shareUsed().map(s -> s.percent(0, RoundingMode.HALF_UP) + " %").orElse("–"));
    if (c.granted() > 0 && c.granted() <= 10) {
      out.println("  granted: " + followUp.settlements().stream()
          .map(s -> s.grant().recipient()).filter(r -> r.category() == c.category())
          .map(r -> r.displayName()).collect(Collectors.joining(", ")));
    }
    if (c.assigned() > 0) {
      out.printf("  assigned for the mission: %s to %d (not followed up)%n",
          kr(c.assignedAmount()), c.assigned());
    }
    out.printf("  reports: %d in time, %d late, %d missing, %d not yet due, %d without activity, "
        + "%d analysed%n", c.reportsInTime(), c.reportsLate(), c.reportsMissing(),
        c.reportsNotYetDue(), c.reportsWithoutActivity(), c.reportsAnalysed());
    if (!c.areas().isEmpty()) {
      out.println("  areas (recipients naming each; outcomes where reported):");
      c.areas().forEach((area, n) -> {
        out.printf("    %4d  %s%s%n", n, area.label(),
            outcomes(c.outcomes().getOrDefault(area, ImmutableMap.of())));
        AreaCounts work = c.work().get(area);
        if (work != null) {
          work(out, work.interventions());
          work(out, work.methods());
          work(out, work.instruments());
          work(out, work.vulnerableGroups());
          work(out, work.partners());
          work(out, work.training());
          work(out, work.careSettings());
        }
      });
    }
    if (!c.instruments().isEmpty() || !c.methods().isEmpty() || !c.partners().isEmpty()
        || !c.training().isEmpty()) {
      out.println("  over the whole report (each recipient once, whichever areas name it):");
    }
    counts(out, "instruments", c.instruments());
    counts(out, "methods", c.methods());
    counts(out, "especially vulnerable groups", c.vulnerableGroups());
    counts(out, "partners", c.partners());
    counts(out, "training", c.training());
    if (c.coordinatingFunctions() > 0) {
      out.printf("  coordinating function financed: %d%n", c.coordinatingFunctions());
    }
    if (c.qualitySystemAlreadyCovering() > 0) {
      out.printf("  management system already covering the work (area not named): %d%n",
          c.qualitySystemAlreadyCovering());
    }
  }

  /** The counts within one area, indented under it: "56 Enskilt samtalsstöd". */
  private static <T> void work(PrintStream out, Map<T, Integer> counts) {
    counts.forEach((term, n) -> out.printf("          %4d  %s%n", n,
        ((SwedishLabelled) term).label()));
  }

  /** A section of counts, one term a line, as the seed lists them. */
  private static <T> void counts(PrintStream out, String heading, Map<T, Integer> counts) {
    if (!counts.isEmpty()) {
      out.println("  " + heading + ":");
      counts.forEach((term, n) -> out.printf("    %4d  %s%n", n, ((SwedishLabelled) term).label()));
    }
  }

  /** "helt eller i stor utsträckning 33, delvis 4, i liten utsträckning 1", as the seed groups them. */
  private static String outcomes(Map<Outcome, Integer> counts) {
    if (counts.isEmpty()) {
      return "";
    }
    int high = counts.getOrDefault(Outcome.FULLY, 0) + counts.getOrDefault(Outcome.TO_A_LARGE_EXTENT, 0);
    return " — helt eller i stor utsträckning " + high + ", delvis "
        + counts.getOrDefault(Outcome.PARTLY, 0) + ", i liten utsträckning "
        + counts.getOrDefault(Outcome.TO_A_SMALL_EXTENT, 0);
  }

  private static void claims(FollowUp followUp, PrintStream out) {
    List<Claim> claims = followUp.claims();
    List<Claim> recoveries = claims.stream().filter(c -> c.kind() == ClaimKind.RECOVERY).toList();
    out.println();
    out.printf("Claims: %d repayments of unused funds, %s; %d recovery claims, %s%n",
        claims.size() - recoveries.size(), kr(sum(claims.stream()
            .filter(c -> c.kind() == ClaimKind.REPAYMENT).map(Claim::amount).toList())),
        recoveries.size(), kr(sum(recoveries.stream().map(Claim::amount).toList())));
  }

  private static Amount sum(List<Amount> amounts) {
    return Amount.total(amounts);
  }

  private static String kr(Amount amount) {
    return amount.toSwedishString();
  }
}
