package se.utvecklingsmedel.followup;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.utvecklingsmedel.deadline.Deadline;
import se.utvecklingsmedel.deadline.Deadlines;
import se.utvecklingsmedel.decision.ClaimReason;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.Condition;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.RuleViolation;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * A round's follow-up on a given day (<i>uppföljning</i>): every grant settled against its report,
 * and the claims raised; {@code RoundStatistics.of(followUp)} counts its statistics.
 *
 * <p>The rules (the 2016 account and a team decision; where the published sources are silent, team
 * decisions):
 * <ul>
 *   <li>Unused funds ({@code granted - used}, never negative) are to be repaid: a repayment claim
 *       due on the round's repayment deadline, moved as lagen (1930:173) says.
 *   <li>A report missing after the report deadline raises a recovery claim for the whole grant:
 *       none of it can be accounted for.
 *   <li>A report still incomplete after the deadline raises a recovery claim for what it says was
 *       used, which cannot be accounted for, besides the repayment of what was unused.
 *   <li>A report declaring use outside the grant's purpose raises a recovery claim for that amount.
 *   <li>"In time" is judged against the moved deadline. A late but complete report raises no claim;
 *       it is counted as late.
 *   <li>A claim below the round's minimum claim, if it sets one, is not raised: it is waived
 *       ({@link Settlement#waived()}), and the round's ledger writes it off.
 * </ul>
 * Only grants above zero in requisition and application pots are followed up: administration money
 * assigned for a mission (the 2016 account: "för att genomföra uppdraget") is not a grant that is
 * reported on, so it is never settled, never raises a claim and never counts as a report missing; a
 * report on it is rejected. Each report must match a grant: same recipient, pot and granted amount.
 *
 * <p>Dates (team decision): the follow-up day is not before the use period begins; a report is
 * submitted after the use period ends (it states what was used by then, and the rest is repaid),
 * not before the decision that set the grant it states ({@link
 * RecipientGrant#redistributionDecided()}, else {@link RecipientGrant#decided()}, when dated), and
 * no later than the follow-up day. A report not received is missing once its deadline has
 * passed, and not yet due before it. When the round sets no report deadline, the statistics count
 * a report not received by the follow-up day as missing, but no deadline has passed: no claim is
 * raised and the settlement stays {@code GRANTED}.
 * Every deadline is judged by the same rule, lagen (1930:173), through {@link Deadlines}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FollowUp {

  private final RoundAllocation allocation;
  private final LocalDate asOf;
  private final Deadlines deadlines;
  private final ImmutableList<Settlement> settlements;

  private FollowUp(RoundAllocation allocation, LocalDate asOf, Deadlines deadlines,
      ImmutableList<Settlement> settlements) {
    this.allocation = allocation;
    this.asOf = asOf;
    this.deadlines = deadlines;
    this.settlements = settlements;
  }

  /**
   * Follows up a round with Sweden's deadline rule.
   *
   * @param allocation the round's allocation
   * @param reports the reports received
   * @param asOf the day to judge on (a missing report only counts after its deadline)
   * @return the follow-up
   * @throws IllegalArgumentException if a report matches no grant, a grant has two reports, a
   *     report states another granted amount than the allocation, or a report's date breaks a rule
   *     of the class description
   */
  public static FollowUp of(RoundAllocation allocation, Collection<FollowUpReport> reports,
      LocalDate asOf) {
    return of(allocation, reports, asOf, Deadlines.swedish());
  }

  /**
   * Follows up a round.
   *
   * @param allocation the round's allocation
   * @param reports the reports received
   * @param asOf the day to judge on
   * @param deadlines the deadline rule
   * @return the follow-up
   * @throws IllegalArgumentException as {@link #of(RoundAllocation, Collection, LocalDate)} says
   */
  public static FollowUp of(RoundAllocation allocation, Collection<FollowUpReport> reports,
      LocalDate asOf, Deadlines deadlines) {
    requireNonNull(allocation, "FollowUp 'allocation' must not be null");
    requireNonNull(reports, "FollowUp 'reports' must not be null");
    requireNonNull(asOf, "FollowUp 'asOf' must not be null");
    requireNonNull(deadlines, "FollowUp 'deadlines' must not be null");
    GrantRound round = allocation.round();
    checkRule(allocation.payable(), FollowUp.class, round.id(), "allocation",
        "FollowUp of %s: the round's money rests on a condition not recorded as met (%s); "
            + "nothing is paid out, so nothing is followed up. Record it with "
            + "Condition.metOn(day) on the round", round.id(),
        round.condition().map(Condition::words).orElse(""));
    LocalDate useStart = round.usePeriod().getStart();
    checkRule(!asOf.isBefore(useStart), FollowUp.class, round.year(), "asOf",
        "FollowUp of %s: 'asOf' %s is before the round's use period begins %s", round.year(), asOf,
        useStart);
    Map<PotId, ReportsOfPot> byPot = new HashMap<>();
    allocation.pots().forEach((id, pot) -> byPot.put(id, new ReportsOfPot(pot)));
    int n = 0;
    for (FollowUpReport report : reports) {
      try {
        checkRule(report != null, FollowUp.class, "", "",
            "FollowUp 'reports' must not contain null");
        ReportsOfPot pot = byPot.get(report.potId());
        int i = checkReport(allocation, pot, report, asOf);
        checkRule(pot.reports[i] == null, FollowUpReport.class, report.recipient(), "",
            "FollowUpReport of %s: pot %s has two reports from it", report.recipient(),
            report.potId());
        pot.reports[i] = report;
      } catch (RuleViolation e) {
        throw e.within("reports[" + n + "]"); // the report's place
      }
      n++;
    }
    Dates dates = null; // worked out for the first grant settled, as a user's calendar is asked
    ImmutableList.Builder<Settlement> settlements = ImmutableList.builder();
    for (PotAllocation pot : allocation.pots().values()) {
      if (!pot.pot().followedUp()) {
        continue;
      }
      ReportsOfPot received = byPot.get(pot.pot().id());
      for (int i = 0; i < received.grants.size(); i++) {
        RecipientGrant grant = received.grants.get(i);
        if (grant.granted().signum() > 0) {
          dates = dates != null ? dates : new Dates(round, deadlines, asOf);
          settlements.add(settle(round, grant, Optional.ofNullable(received.reports[i]), dates));
        }
      }
    }
    return new FollowUp(allocation, asOf, deadlines, settlements.build());
  }

  /**
   * One pot's grants by position in recipient order, and the report received for each. A report
   * is matched to its grant by position: reports in grant order are found without a search.
   */
  private static final class ReportsOfPot {
    final PotAllocation pot;
    final ImmutableList<Recipient> recipients;
    final ImmutableList<RecipientGrant> grants;
    final FollowUpReport[] reports;
    int last = -1;

    ReportsOfPot(PotAllocation pot) {
      this.pot = pot;
      this.recipients = pot.grants().keySet().asList();
      this.grants = pot.grants().values().asList();
      this.reports = new FollowUpReport[grants.size()];
    }

    /** The position of a recipient's grant, or a negative number if it has none here. */
    int indexOf(Recipient recipient) {
      // Reports mostly come in recipient order, some grants without one: look a few places on
      // from the last report's before searching.
      int i = -1;
      for (int guess = last + 1; guess < Math.min(last + 5, recipients.size()); guess++) {
        if (recipients.get(guess).equals(recipient)) {
          i = guess;
          break;
        }
      }
      i = i >= 0 ? i : Collections.binarySearch(recipients, recipient);
      if (i >= 0) {
        last = i;
      }
      return i;
    }
  }

  /** The round's deadlines as lagen (1930:173) moves them: worked out once per follow-up. */
  private static final class Dates {
    final Optional<LocalDate> reportDeadline;
    final Optional<Deadline> deadline;
    final boolean pastDeadline;
    final Optional<LocalDate> due;
    final Deadlines deadlines;

    Dates(GrantRound round, Deadlines deadlines, LocalDate asOf) {
      this.deadlines = deadlines;
      this.reportDeadline = round.reportDeadline();
      this.deadline = reportDeadline.map(d -> new Deadline(d, deadlines.effective(d)));
      this.pastDeadline = deadline.map(d -> asOf.isAfter(d.effective())).orElse(false);
      this.due = round.repaymentDeadline().map(deadlines::effective);
    }
  }

  /** Checks a report against its grant; returns the grant's position in its pot. */
  /**
   * The scope a term of a report needs: work against prostitution and trafficking needs a round
   * whose scope has prostitution or trafficking; women in prostitution as a group needs
   * prostitution (team decision after the 2019, 2020 and 2021 rounds' scopes; honour-related
   * violence as a group of victims of intimate-partner violence needs nothing more, as in 2016).
   */
  private static void checkScope(GrantRound round, FollowUpReport report) {
    // The message's round id and scope text are made only when a term is outside the scope.
    for (ActivityArea area : report.areas()) {
      if (!round.inScope(area)) {
        checkRule(false, FollowUpReport.class, report.recipient(), "areas",
            "FollowUpReport of %s: 'areas' names %s, which is outside round %s's scope (%s)",
            report.recipient(), area.label(), round.id(), round.scopeText());
      }
    }
    for (VulnerableGroup group : report.vulnerableGroups()) {
      if (!round.inScope(group)) {
        checkRule(false, FollowUpReport.class, report.recipient(), "vulnerableGroups",
            "FollowUpReport of %s: 'vulnerableGroups' names %s, which is outside round %s's "
                + "scope (%s)", report.recipient(), group.label(), round.id(), round.scopeText());
      }
    }
  }

  /**
   * A report must match a followed-up grant and be dated after the use period and its grant's
   * decision, and by the follow-up day.
   */
  private static int checkReport(RoundAllocation allocation, ReportsOfPot reportsOfPot,
      FollowUpReport report, LocalDate asOf) {
    checkScope(allocation.round(), report);
    checkRule(reportsOfPot != null, FollowUpReport.class, report.recipient(), "potId",
        "FollowUpReport of %s: pot %s was not allocated",
        report.recipient(), report.potId());
    PotAllocation pot = reportsOfPot.pot;
    checkRule(pot.pot().followedUp(), FollowUpReport.class, report.recipient(), "potId",
        "FollowUpReport of %s: pot %s is administration money "
        + "assigned for a mission, which is not reported on (the 2016 account)", report.recipient(),
        report.potId());
    int i = reportsOfPot.indexOf(report.recipient());
    RecipientGrant grant = i < 0 ? null : reportsOfPot.grants.get(i);
    checkRule(grant != null && grant.granted().signum() > 0, FollowUpReport.class,
        report.recipient(), "recipient",
        "FollowUpReport of %s: it has no grant in pot %s", report.recipient(), report.potId());
    // Recipients are equal by identity number: a non-profit's name must be the allocation's too.
    checkRule(grant.recipient().displayName().equals(report.recipient().displayName()),
        FollowUpReport.class, report.recipient(), "recipient",
        "FollowUpReport of %s: the allocation names the recipient %s", report.recipient(),
        grant.recipient());
    checkRule(grant.granted().equals(report.granted()), FollowUpReport.class,
        report.recipient(), "granted",
        "FollowUpReport of %s: it states %s kr granted, but pot %s granted %s kr",
        report.recipient(), report.granted(), report.potId(), grant.granted());
    LocalDate useStart = allocation.round().usePeriod().getStart();
    checkRule(!report.submitted().isBefore(useStart), FollowUpReport.class, report.recipient(), "submitted",
        "FollowUpReport of %s: 'submitted' %s is before the use period begins %s",
        report.recipient(), report.submitted(), useStart);
    // A report states what was used by the end of the use period, and the rest is repaid (the
    // 2016 account: not used "vid årsskiftet"); a report before then would claim a repayment of
    // money that may still be used (team decision).
    LocalDate useEnd = allocation.round().usePeriod().getEndInclusive();
    checkRule(report.submitted().isAfter(useEnd), FollowUpReport.class, report.recipient(),
        "submitted", "FollowUpReport of %s: 'submitted' %s is not after the use period, which ends "
            + "%s: a report states what was used by then", report.recipient(), report.submitted(),
        useEnd);
    checkRule(!report.submitted().isAfter(asOf), FollowUpReport.class, report.recipient(), "submitted",
        "FollowUpReport of %s: 'submitted' %s is after the follow-up day %s", report.recipient(),
        report.submitted(), asOf);
    // A report accounts for the grant it states, which exists from its last decision (team
    // decision: a report dated before it was a mistyped date, and the ledger dated it later). A
    // decision may follow the use period: a requisition deadline of 31 December moves by lagen
    // (1930:173) into January, and the requisition's grant is decided on its day.
    Optional<LocalDate> decided = grant.redistributionDecided().or(grant::decided);
    checkRule(decided.isEmpty() || !report.submitted().isBefore(decided.get()),
        FollowUpReport.class, report.recipient(), "submitted",
        "FollowUpReport of %s: 'submitted' %s is before %s, when pot %s decided the grant of %s kr "
            + "it reports on", report.recipient(), report.submitted(), decided.orElse(null),
        report.potId(), grant.granted());
    return i;
  }

  private static Settlement settle(GrantRound round, RecipientGrant grant,
      Optional<FollowUpReport> report, Dates dates) {
    Optional<LocalDate> reportDeadline = dates.reportDeadline;
    boolean pastDeadline = dates.pastDeadline;
    Optional<LocalDate> due = dates.due;
    Deadlines deadlines = dates.deadlines;
    List<Claim> claims = new ArrayList<>(2);
    List<Claim> waived = new ArrayList<>(0);
    Optional<Deadline> deadline = dates.deadline;

    if (report.isEmpty()) {
      if (!pastDeadline) {
        return new Settlement(grant, report, ReportTiming.NOT_RECEIVED, SettlementStatus.GRANTED,
            ImmutableList.of());
      }
      claim(round, claims, waived, grant, ClaimKind.RECOVERY, grant.granted(), due,
          new ClaimReason.RecoveryWithoutReport(deadline.orElseThrow()));
      return new Settlement(grant, report, ReportTiming.NOT_RECEIVED, status(claims),
          ImmutableList.copyOf(claims), ImmutableList.copyOf(waived));
    }

    FollowUpReport r = report.get();
    ReportTiming timing = reportDeadline.map(d -> deadlines.isInTime(r.submitted(), d)).orElse(true)
        ? ReportTiming.IN_TIME : ReportTiming.LATE;
    if (!r.complete() && !pastDeadline) {
      return new Settlement(grant, report, timing, SettlementStatus.REPORTED,
          ImmutableList.of());
    }
    claim(round, claims, waived, grant, ClaimKind.REPAYMENT, r.unused(), due,
        new ClaimReason.Repayment(r.unused(), r.granted()));
    if (!r.complete()) {
      claim(round, claims, waived, grant, ClaimKind.RECOVERY, r.usedOfGrant(), due,
          new ClaimReason.RecoveryIncompleteReport(deadline.orElseThrow(), r.usedOfGrant()));
    } else {
      claim(round, claims, waived, grant, ClaimKind.RECOVERY, r.usedOutsidePurpose().min(r.usedOfGrant()),
          due, new ClaimReason.RecoveryOutsidePurpose(r.usedOutsidePurpose()));
    }
    return new Settlement(grant, report, timing, status(claims),
        ImmutableList.copyOf(claims), ImmutableList.copyOf(waived));
  }

  private static void claim(GrantRound round, List<Claim> claims, List<Claim> waived,
      RecipientGrant grant, ClaimKind kind, Amount amount, Optional<LocalDate> due,
      ClaimReason reason) {
    if (amount.signum() > 0) {
      boolean belowMinimum = round.minimumClaim().map(amount::isLessThan).orElse(false);
      (belowMinimum ? waived : claims).add(
          new Claim(grant.recipient(), grant.potId(), kind, amount, due, reason));
    }
  }

  private static SettlementStatus status(List<Claim> claims) {
    for (Claim claim : claims) {
      if (claim.kind() == ClaimKind.RECOVERY) {
        return SettlementStatus.RECOVERY_CLAIMED;
      }
    }
    return claims.isEmpty() ? SettlementStatus.SETTLED : SettlementStatus.REPAYMENT_DUE;
  }

  /**
   * Returns the allocation followed up.
   *
   * @return the allocation
   */
  public RoundAllocation allocation() {
    return allocation;
  }

  /**
   * Returns the day the follow-up is judged on.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the deadline rule used.
   *
   * @return the deadlines
   */
  public Deadlines deadlines() {
    return deadlines;
  }

  /**
   * Returns every grant's settlement, in pot and recipient order.
   *
   * @return the settlements
   */
  public ImmutableList<Settlement> settlements() {
    return settlements;
  }

  /**
   * Returns one grant's settlement.
   *
   * @param recipient the recipient
   * @param potId the pot
   * @return its settlement
   * @throws IllegalArgumentException if it has no grant above zero there
   */
  public Settlement settlementOf(Recipient recipient, PotId potId) {
    requireNonNull(recipient, "FollowUp 'recipient' must not be null");
    requireNonNull(potId, "FollowUp 'potId' must not be null");
    return settlements.stream()
        .filter(s -> s.grant().recipient().equals(recipient) && s.grant().potId().equals(potId))
        .findFirst().orElseThrow(() -> new RuleViolation(FollowUp.class, recipient.toString(), "",
            "FollowUp: " + recipient + " has no grant in pot " + potId));
  }

  /**
   * Returns every claim raised.
   *
   * @return the claims, in settlement order
   */
  public ImmutableList<Claim> claims() {
    return settlements.stream().flatMap(s -> s.claims().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Follow-ups are equal when their allocations, days, deadline rules and settlements are: a
   * follow-up is a value, whatever built it.
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof FollowUp other && allocation.equals(other.allocation)
        && asOf.equals(other.asOf) && deadlines.equals(other.deadlines)
        && settlements.equals(other.settlements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allocation, asOf, deadlines, settlements);
  }

  @Override
  public String toString() {
    return "FollowUp " + allocation.round().year() + " as of " + asOf + ": " + settlements.size()
        + " grants, " + claims().size() + " claims";
  }
}
