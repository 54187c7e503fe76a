package se.utvecklingsmedel.grant;

import java.time.LocalDate;

/**
 * What happens to a requisition received after the round's requisition deadline: a strategy, like
 * {@link RedistributionPolicy}. The built-in ones are the constants of
 * {@link StandardLateRequisitionPolicy}; users may plug in their own.
 *
 * <p>Implementations must be stateless and thread-safe.
 */
@FunctionalInterface
public interface LateRequisitionPolicy {

  /**
   * Returns whether a late requisition is accepted as if on time (its explanation still says it was
   * late); if not, it is refused and its keyed amount counts as unclaimed.
   *
   * @param requisition the requisition, received after the deadline
   * @param deadline the deadline as met, moved by lagen (1930:173) where it falls on a holiday
   * @return true to accept it
   */
  boolean acceptsLate(Requisition requisition, LocalDate deadline);
}
