package se.utvecklingsmedel.allocation;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;

/**
 * A recipient's exact share of a pool, in öre, as the fraction {@code pool × weight / weightSum}.
 *
 * <p>Swedish: <i>exakt andel</i>. The fraction is kept unreduced, so every recipient of one pool
 * has the same denominator and remainders compare directly — the comparison the largest-remainder
 * rule makes. {@link #floor()} and {@link #remainder()} split it into whole öre and the fraction of
 * an öre left over.
 *
 * <p>Example: 9 öre over weights 5, 3, 2 gives the quotas 45/10, 27/10 and 18/10 öre.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExactQuota {

  private final BigInteger numerator;
  private final BigInteger denominator;

  private ExactQuota(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  static ExactQuota of(long pool, long weight, BigInteger weightSum) {
    return new ExactQuota(BigInteger.valueOf(pool).multiply(BigInteger.valueOf(weight)),
        requireNonNull(weightSum));
  }

  /**
   * Returns the numerator, {@code pool × weight} in öre.
   *
   * @return the numerator, never negative
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * Returns the denominator, the sum of the pool's weights.
   *
   * @return the denominator, above zero
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * Returns the whole öre of the quota, rounded down.
   *
   * @return {@code numerator / denominator}
   */
  public long floor() {
    return numerator.divide(denominator).longValueExact();
  }

  /**
   * Returns the numerator of the fraction of an öre left after the floor.
   *
   * @return {@code numerator mod denominator}, over {@link #denominator()}
   */
  public BigInteger remainder() {
    return numerator.mod(denominator);
  }

  /**
   * Returns whether the quota is a whole number of öre.
   *
   * @return true if the remainder is zero
   */
  public boolean whole() {
    return remainder().signum() == 0;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ExactQuota
        && numerator.equals(((ExactQuota) obj).numerator)
        && denominator.equals(((ExactQuota) obj).denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  /**
   * Returns the fraction and its mixed form, e.g. {@code 45/10 öre (4 + 5/10)}.
   *
   * @return the quota in words a reviewer can check
   */
  @Override
  public String toString() {
    return numerator + "/" + denominator + " öre (" + floor() + " + " + remainder() + "/"
        + denominator + ")";
  }
}
