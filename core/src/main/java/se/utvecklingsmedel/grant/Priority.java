package se.utvecklingsmedel.grant;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * An application's priority: a rank (1 is first) and the reason for it, in words for the decision.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rank the rank, 1 or more; lower ranks are granted first
 * @param reason why the application has that rank
 */
public record Priority(int rank, String reason) {

  /**
   * Validates the priority.
   *
   * @param rank the rank, 1 or more
   * @param reason the reason, not blank
   * @throws IllegalArgumentException if the rank is below 1 or the reason blank
   */
  public Priority {
    checkArgument(rank >= 1, "Priority 'rank' must be 1 or more, but was %s", rank);
    requireNonNull(reason, "Priority 'reason' must not be null");
    checkArgument(!reason.isBlank(), "Priority 'reason' must not be blank");
  }
}
