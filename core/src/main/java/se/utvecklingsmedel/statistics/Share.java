package se.utvecklingsmedel.statistics;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.math.LongMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import se.utvecklingsmedel.money.Amount;

/**
 * An exact share, such as the part of granted funds that was used (<i>andel</i>): a fraction of two
 * whole numbers, reduced, never a floating-point number.
 *
 * <p>Turning it into a percentage is an explicit rounding: {@link #percent(int, RoundingMode)}.
 * The 2016–2018 final report's "andelen använda medel hos kommuner har ökat från 81 till 92
 * procent" is such a rounding.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Share implements Comparable<Share> {

  private final long numerator;
  private final long denominator;

  private Share(long numerator, long denominator) {
    long gcd = numerator == 0 ? denominator : LongMath.gcd(numerator, denominator);
    this.numerator = numerator / gcd;
    this.denominator = denominator / gcd;
  }

  /**
   * Returns the share {@code part / whole}.
   *
   * @param part the part, not negative
   * @param whole the whole, above zero
   * @return the share, reduced
   * @throws IllegalArgumentException if the part is negative or the whole not above zero
   */
  public static Share of(long part, long whole) {
    checkRule(part >= 0, Share.class, "", "numerator",
        "Share 'part' must not be negative, but was %s", part);
    checkRule(whole > 0, Share.class, "", "denominator",
        "Share 'whole' must be above zero, but was %s", whole);
    return new Share(part, whole);
  }

  /**
   * Returns the share {@code part / whole} of two amounts.
   *
   * @param part the part
   * @param whole the whole, above zero
   * @return the share
   * @throws IllegalArgumentException if the whole is zero
   */
  public static Share of(Amount part, Amount whole) {
    requireNonNull(part, "Share 'part' must not be null");
    requireNonNull(whole, "Share 'whole' must not be null");
    return of(part.toOre(), whole.toOre());
  }

  /**
   * Returns the reduced numerator.
   *
   * @return the numerator
   */
  public long numerator() {
    return numerator;
  }

  /**
   * Returns the reduced denominator.
   *
   * @return the denominator, above zero
   */
  public long denominator() {
    return denominator;
  }

  /**
   * Returns the share as a percentage, rounded to {@code scale} decimals by {@code mode}.
   *
   * @param scale the number of decimals
   * @param mode how to round; {@link RoundingMode#UNNECESSARY} throws if rounding is needed
   * @return the percentage, e.g. {@code 81} or {@code 80.9}
   * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and the percentage is
   * inexact
   */
  public BigDecimal percent(int scale, RoundingMode mode) {
    requireNonNull(mode, "Share 'mode' must not be null");
    return new BigDecimal(BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(100)))
        .divide(BigDecimal.valueOf(denominator), scale, mode);
  }

  @Override
  public int compareTo(Share other) {
    requireNonNull(other, "Share 'other' must not be null");
    return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Share && ((Share) obj).numerator == numerator
        && ((Share) obj).denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /**
   * Returns the reduced fraction, e.g. {@code 4/5}.
   *
   * @return the fraction
   */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
