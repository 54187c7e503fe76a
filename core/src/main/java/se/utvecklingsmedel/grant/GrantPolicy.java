package se.utvecklingsmedel.grant;

import java.util.List;
import java.util.Objects;
import se.utvecklingsmedel.decision.AwardReason;
import se.utvecklingsmedel.money.Amount;

/**
 * How an application pot is handed out among the eligible applications (<i>fördelningsgrund</i>):
 * a strategy, like {@link RedistributionPolicy} and {@link PriorityRule}. The built-in ones are the
 * constants of {@link StandardGrantPolicy}; users may plug in their own.
 *
 * <p>The workflow checks every award: one per application, in order, each between zero and the
 * amount applied for, all together at most the pot's budget. Implementations must be stateless and
 * thread-safe.
 */
@FunctionalInterface
public interface GrantPolicy {

  /**
   * Awards the pot among the eligible applications.
   *
   * @param budget the pot's budget
   * @param ranked the eligible applications, highest priority first (ties by applicant)
   * @return one award per application, in the same order
   */
  List<Award> award(Amount budget, List<Application> ranked);

  /**
   * What one application is awarded, and why, as a reason of the grant: one of the library's
   * {@link AwardReason} kinds, or a user policy's own words as {@link AwardReason.Stated}.
   *
   * @param amount the amount granted, zero for none
   * @param reason why, e.g. {@link AwardReason.GrantedInFull}
   */
  record Award(Amount amount, AwardReason reason) {

    /**
     * Validates the award.
     *
     * @param amount the amount granted
     * @param reason why
     */
    public Award {
      Objects.requireNonNull(amount, "Award 'amount' must not be null");
      Objects.requireNonNull(reason, "Award 'reason' must not be null");
    }
  }
}
