package se.utvecklingsmedel.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.money.Amount;

/**
 * One grant's follow-up (<i>avräkning</i>): its report, whether the report came in time, the claims it
 * raised and its status.
 *
 * <p>Made by {@link FollowUp}. Guarantee: the claims never add up to more than the grant.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param grant the grant
 * @param report the report, if one came in
 * @param timing when the report came in: {@link ReportTiming#NOT_RECEIVED} exactly when there is
 *     no report
 * @param status the status
 * @param claims the repayment and recovery claims
 */
public record Settlement(RecipientGrant grant, Optional<FollowUpReport> report,
    ReportTiming timing, SettlementStatus status, ImmutableList<Claim> claims) {

  /**
   * Validates the settlement.
   *
   * @param grant the grant
   * @param report the report, if one came in
   * @param timing when the report came in
   * @param status the status
   * @param claims the claims
   */
  public Settlement {
    requireNonNull(grant, "Settlement 'grant' must not be null");
    requireNonNull(report, "Settlement 'report' must not be null");
    requireNonNull(timing, "Settlement 'timing' must not be null");
    requireNonNull(status, "Settlement 'status' must not be null");
    requireNonNull(claims, "Settlement 'claims' must not be null");
    checkArgument(report.isPresent() == (timing != ReportTiming.NOT_RECEIVED),
        "Settlement of %s: 'timing' %s does not fit %s", grant.recipient(), timing,
        report.isPresent() ? "a report" : "no report");
  }

  /**
   * Returns the total claimed.
   *
   * @return the sum of the claims
   */
  public Amount claimed() {
    return claims.stream().map(Claim::amount).collect(Amount.summing());
  }

  /**
   * Returns a one-line summary, e.g. {@code "Settlement of 0180 Stockholm in municipalities:
   * Återbetalning krävs, report Inkommen i tid, claimed 1000.00 kr"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Settlement of " + grant.recipient() + " in " + grant.potId() + ": " + status.label()
        + ", report " + timing.label() + ", claimed " + claimed() + " kr";
  }
}
