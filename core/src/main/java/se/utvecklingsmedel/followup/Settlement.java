package se.utvecklingsmedel.followup;

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
 * @param inTime whether the report came in time (empty without a report); true when the round sets
 *     no report deadline
 * @param status the status
 * @param claims the repayment and recovery claims
 */
public record Settlement(RecipientGrant grant, Optional<FollowUpReport> report,
    Optional<Boolean> inTime, SettlementStatus status, ImmutableList<Claim> claims) {

  /**
   * Returns the total claimed.
   *
   * @return the sum of the claims
   */
  public Amount claimed() {
    return Amount.total(claims.stream().map(Claim::amount)::iterator);
  }
}
