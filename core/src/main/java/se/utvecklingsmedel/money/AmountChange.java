package se.utvecklingsmedel.money;

import static java.util.Objects.requireNonNull;

/**
 * The change from one amount to another, for comparing two allocations: who gains and who loses.
 *
 * <p>Swedish: <i>förändring</i>. An {@link Amount} is never negative, so a change keeps both ends
 * and reports the gain or the loss as an amount, exactly.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param before the amount before
 * @param after the amount after
 */
public record AmountChange(Amount before, Amount after) {

  /**
   * Validates the change.
   *
   * @param before the amount before
   * @param after the amount after
   */
  public AmountChange {
    requireNonNull(before, "AmountChange 'before' must not be null");
    requireNonNull(after, "AmountChange 'after' must not be null");
  }

  /**
   * Returns the change from {@code before} to {@code after}.
   *
   * @param before the amount before
   * @param after the amount after
   * @return the change
   */
  public static AmountChange of(Amount before, Amount after) {
    return new AmountChange(before, after);
  }

  /**
   * Returns how much was gained.
   *
   * @return {@code after - before}, or zero if nothing was gained
   */
  public Amount gain() {
    return after.minusOrZero(before);
  }

  /**
   * Returns how much was lost.
   *
   * @return {@code before - after}, or zero if nothing was lost
   */
  public Amount loss() {
    return before.minusOrZero(after);
  }

  /**
   * Returns whether the amount rose.
   *
   * @return true if {@code after > before}
   */
  public boolean isGain() {
    return after.isGreaterThan(before);
  }

  /**
   * Returns whether the amount fell.
   *
   * @return true if {@code after < before}
   */
  public boolean isLoss() {
    return after.isLessThan(before);
  }

  /**
   * Returns whether the amount stayed the same.
   *
   * @return true if {@code after == before}
   */
  public boolean isUnchanged() {
    return after.equals(before);
  }

  /**
   * Returns the change with its sign, e.g. {@code +12.50}, {@code -3.00} or {@code 0.00}.
   *
   * @return the signed change
   */
  @Override
  public String toString() {
    return isGain() ? "+" + gain() : isLoss() ? "-" + loss() : "0.00";
  }
}
