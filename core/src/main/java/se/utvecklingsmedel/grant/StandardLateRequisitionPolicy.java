package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import se.utvecklingsmedel.decision.Decision;

/**
 * The built-in ways of treating a late requisition.
 *
 * <p>Team decision (the published sources give no deadline): by default a late requisition is
 * refused and its keyed amount counts as unclaimed; a round may explicitly accept late
 * requisitions.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StandardLateRequisitionPolicy implements LateRequisitionPolicy {
  /** A late requisition is refused: decision {@link Decision#REJECTED}, its money unclaimed. */
  REJECT(false),
  /** A late requisition is accepted as if on time, and its explanation says it was late. */
  ACCEPT(true);

  private final boolean accepts;

  StandardLateRequisitionPolicy(boolean accepts) {
    this.accepts = accepts;
  }

  @Override
  public boolean acceptsLate(Requisition requisition, LocalDate deadline) {
    requireNonNull(requisition, "StandardLateRequisitionPolicy 'requisition' must not be null");
    requireNonNull(deadline, "StandardLateRequisitionPolicy 'deadline' must not be null");
    return accepts;
  }
}
