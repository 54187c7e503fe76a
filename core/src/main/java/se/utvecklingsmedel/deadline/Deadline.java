package se.utvecklingsmedel.deadline;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.time.LocalDate;

/**
 * A deadline as a reason cites it (<i>sista dag</i>): the day the round states and the day it falls
 * on once moved by lagen (1930:173) om beräkning av lagstadgad tid.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stated the deadline the round states
 * @param effective the deadline in force, the stated day or a later one
 */
public record Deadline(LocalDate stated, LocalDate effective) {

  /**
   * Validates the deadline.
   *
   * @param stated the stated day
   * @param effective the day in force, not before the stated day
   * @throws NullPointerException if a day is null
   * @throws IllegalArgumentException if the effective day is before the stated one
   */
  public Deadline {
    requireNonNull(stated, "Deadline 'stated' must not be null");
    requireNonNull(effective, "Deadline 'effective' must not be null");
    checkRule(!effective.isBefore(stated), Deadline.class, "", "effective",
        "Deadline 'effective' %s must not be before 'stated' %s", effective, stated);
  }

  /**
   * Returns whether the law moved the deadline.
   *
   * @return true if the effective day is later than the stated one
   */
  public boolean moved() {
    return !effective.equals(stated);
  }
}
