package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import se.utvecklingsmedel.decision.Wording;
import se.utvecklingsmedel.vocabulary.FreeText;

/**
 * An application's priority (<i>prioritet</i>): a rank (1 is first) and the reason for it, in words
 * for the decision, in Swedish and English.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Priority {

  private final int rank;
  private final Wording reason;

  private Priority(int rank, Wording reason) {
    checkRule(rank >= 1, Priority.class, "", "rank",
        "Priority 'rank' must be 1 or more, but was %s", rank);
    this.rank = rank;
    this.reason = reason;
  }

  /**
   * Returns the priority of the given rank and reason, in both languages.
   *
   * @param rank the rank, 1 or more; lower ranks are granted first
   * @param reason why the application has that rank: a phrase rendered after "prioriteringsgrupp
   *     1: " and "priority 1: ", with no full stop of its own
   * @return the priority
   * @throws NullPointerException if the reason is null
   * @throws IllegalArgumentException if the rank is below 1
   */
  public static Priority of(int rank, Wording reason) {
    return new Priority(rank, requireNonNull(reason, "Priority 'reason' must not be null"));
  }

  /**
   * Returns the priority of the given rank and reason, in the one language a rule gives it in.
   *
   * @param rank the rank, 1 or more; lower ranks are granted first
   * @param reason why the application has that rank, not blank
   * @return the priority
   * @throws NullPointerException if the reason is null
   * @throws IllegalArgumentException if the rank is below 1 or the reason blank
   */
  public static Priority of(int rank, String reason) {
    requireNonNull(reason, "Priority 'reason' must not be null");
    FreeText.check("Priority", "reason", reason);
    return new Priority(rank, Wording.same(reason));
  }

  /**
   * Returns the rank.
   *
   * @return the rank, 1 or more
   */
  public int rank() {
    return rank;
  }

  /**
   * Returns the reason for the rank.
   *
   * @return the reason, in Swedish and English
   */
  public Wording reason() {
    return reason;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Priority that && rank == that.rank && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return 31 * rank + reason.hashCode();
  }

  @Override
  public String toString() {
    return "Priority " + rank + ": " + reason.english();
  }
}
