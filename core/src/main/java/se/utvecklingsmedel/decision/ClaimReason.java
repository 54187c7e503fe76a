package se.utvecklingsmedel.decision;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.util.Optional;
import se.utvecklingsmedel.deadline.Deadline;
import se.utvecklingsmedel.money.Amount;

/**
 * A reason for a claim raised in the follow-up (<i>återbetalning</i> or <i>återkrav</i>): unused
 * funds to repay, or a grant recovered for a missing or incomplete report or for use outside the
 * purpose. Each kind's Javadoc names the rule and its source.
 *
 * <p>Every kind is immutable and thread-safe.
 */
public sealed interface ClaimReason extends Reason {

  /**
   * Returns the most a claim for this reason may be, where the reason states it: a repayment's
   * unused funds, an incomplete report's used funds, the funds used outside the purpose; empty for
   * a recovery without a report, whose claim is the whole grant, which the reason does not state.
   * {@link se.utvecklingsmedel.followup.Claim} is refused above it (team decision: a claim must not
   * ask for more than its own reason gives).
   *
   * @return the limit, or empty
   */
  Optional<Amount> limit();

  /**
   * Unused funds to repay (<i>återbetalning</i>). Source: the 2016 account, "Ej förbrukade medel
   * ska återbetalas till Socialstyrelsen".
   *
   * @param unused the amount not used by the end of the use period
   * @param granted the grant
   */
  record Repayment(Amount unused, Amount granted) implements ClaimReason {
    @Override
    public Optional<Amount> limit() {
      return Optional.of(unused);
    }

    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).repayment(this);
    }

    /**
     * Validates the reason.
     *
     * @param unused the unused amount
     * @param granted the grant
     */
    public Repayment {
      requireNonNull(unused, "Repayment 'unused' must not be null");
      requireNonNull(granted, "Repayment 'granted' must not be null");
      checkRule(!unused.isGreaterThan(granted), Repayment.class, "", "unused",
          "Repayment 'unused' %s kr must not be more than 'granted' %s kr", unused, granted);
    }
  }

  /**
   * The whole grant recovered (<i>återkrav</i>): no follow-up report by the deadline, so none of it
   * is accounted for. Source: the round's report deadline (the 2016 account: "återrapportering"),
   * moved by lagen (1930:173).
   *
   * @param deadline the report deadline
   */
  record RecoveryWithoutReport(Deadline deadline) implements ClaimReason {
    @Override
    public Optional<Amount> limit() {
      return Optional.empty();
    }

    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).recoveryWithoutReport(this);
    }

    /**
     * Validates the reason.
     *
     * @param deadline the deadline
     */
    public RecoveryWithoutReport {
      requireNonNull(deadline, "RecoveryWithoutReport 'deadline' must not be null");
    }
  }

  /**
   * What an incomplete report says was used, recovered (<i>återkrav</i>): the report is still
   * incomplete after the deadline. Source: the round's report deadline.
   *
   * @param deadline the report deadline
   * @param used the amount the report says was used
   */
  record RecoveryIncompleteReport(Deadline deadline, Amount used) implements ClaimReason {
    @Override
    public Optional<Amount> limit() {
      return Optional.of(used);
    }

    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).recoveryIncompleteReport(this);
    }

    /**
     * Validates the reason.
     *
     * @param deadline the deadline
     * @param used the amount used
     */
    public RecoveryIncompleteReport {
      requireNonNull(deadline, "RecoveryIncompleteReport 'deadline' must not be null");
      requireNonNull(used, "RecoveryIncompleteReport 'used' must not be null");
    }
  }

  /**
   * Money used outside the grant's purpose, recovered (<i>återkrav</i>). Source: the grant's
   * purpose; the recipient's own report.
   *
   * @param outsidePurpose the amount the report declares used outside the purpose
   */
  record RecoveryOutsidePurpose(Amount outsidePurpose) implements ClaimReason {
    @Override
    public Optional<Amount> limit() {
      return Optional.of(outsidePurpose);
    }

    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).recoveryOutsidePurpose(this);
    }

    /**
     * Validates the reason.
     *
     * @param outsidePurpose the amount
     */
    public RecoveryOutsidePurpose {
      requireNonNull(outsidePurpose, "RecoveryOutsidePurpose 'outsidePurpose' must not be null");
    }
  }

  private static <R> ReasonVisitor<R> checked(ReasonVisitor<R> visitor) {
    return requireNonNull(visitor, "Reason 'visitor' must not be null");
  }
}
