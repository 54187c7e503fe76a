package se.utvecklingsmedel.grant;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * An application's priority: a rank (1 is first) and the reason for it, in words for the decision.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Priority {

  private final int rank;
  private final String reason;

  private Priority(int rank, String reason) {
    checkArgument(rank >= 1, "Priority 'rank' must be 1 or more, but was %s", rank);
    requireNonNull(reason, "Priority 'reason' must not be null");
    checkArgument(!reason.isBlank(), "Priority 'reason' must not be blank");
    this.rank = rank;
    this.reason = reason;
  }

  /**
   * Returns the priority of the given rank and reason.
   *
   * @param rank the rank, 1 or more; lower ranks are granted first
   * @param reason why the application has that rank, not blank
   * @return the priority
   * @throws IllegalArgumentException if the rank is below 1 or the reason blank
   */
  public static Priority of(int rank, String reason) {
    return new Priority(rank, reason);
  }

  /**
   * Returns the rank.
   *
   * @return the rank, 1 or more; lower ranks are granted first
   */
  public int rank() {
    return rank;
  }

  /**
   * Returns why the application has that rank.
   *
   * @return the reason
   */
  public String reason() {
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
    return "Priority " + rank + ": " + reason;
  }
}
