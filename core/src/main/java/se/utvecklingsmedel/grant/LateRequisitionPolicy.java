package se.utvecklingsmedel.grant;

/**
 * What happens to a requisition received after the round's requisition deadline.
 *
 * <p>Team decision (issue 4; the seeds give no deadline): by default a late requisition is refused and
 * its keyed amount counts as unclaimed; a round may explicitly accept late requisitions.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LateRequisitionPolicy {
  /** A late requisition is refused: decision {@link Decision#REJECTED}, its money unclaimed. */
  REJECT,
  /** A late requisition is accepted as if on time, and its explanation says it was late. */
  ACCEPT
}
