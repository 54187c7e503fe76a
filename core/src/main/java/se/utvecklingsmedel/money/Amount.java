package se.utvecklingsmedel.money;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * An exact, non-negative amount of Swedish kronor (SEK), held as whole öre in a {@code long}.
 *
 * <p>Swedish: <i>belopp</i>. Every figure the programme speaks of — a pot's budget (<i>ram</i>), a
 * keyed amount, a requisition, a grant, unused funds to repay — is an {@code Amount}. One krona is
 * 100 öre; an {@code Amount} cannot hold a fraction of an öre, so splitting money is done by the
 * allocation engine ({@link se.utvecklingsmedel.allocation.Apportionment}), never by division.
 *
 * <p>The range is 0 to {@link Long#MAX_VALUE} öre (92 233 720 368 547 758,07 kr). Arithmetic is
 * checked: a result outside the range throws {@link ArithmeticException} rather than wrapping or
 * going negative. There is no binary floating-point factory or getter (team decision: money
 * is exact), and {@link #toBigDecimal()} is exact.
 *
 * <pre>{@code
 * Amount pot = Amount.ofKronor(50_000_000);               // 50000000.00
 * Amount asked = Amount.parse("44 400 000,00 kr");        // Swedish form
 * Amount unclaimed = pot.minus(asked);                    // 5600000.00
 * unclaimed.toSwedishString();                            // "5 600 000,00 kr"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Amount implements Comparable<Amount> {

  private static final Amount ZERO = new Amount(0, null);
  private static final long ORE_PER_KRONA = 100;
  private static final BigDecimal MAX_KRONOR = BigDecimal.valueOf(Long.MAX_VALUE, 2);

  /** Canonical form: digits, optionally a point and one or two decimals. */
  private static final Pattern CANONICAL = Pattern.compile("(\\d+)(?:\\.(\\d{1,2}))?");
  /**
   * Swedish form: digits grouped by threes with a space, no-break space (U+00A0), narrow no-break
   * space (U+202F) or thin space (U+2009), or ungrouped; a decimal comma with one or two decimals;
   * an optional {@code kr} suffix.
   */
  private static final Pattern SWEDISH = Pattern.compile(
      "(\\d{1,3}(?:[ \\u00A0\\u202F\\u2009]\\d{3})*|\\d+)(?:,(\\d{1,2}))?(?:[ \\u00A0\\u202F\\u2009]?kr)?");
  private static final Pattern GROUP_SEPARATOR = Pattern.compile("[ \\u00A0\\u202F\\u2009]");

  private final long ore;

  /**
   * The one constructor. It takes a second, unused parameter so that a Jackson mapper without this
   * library's module finds no one-argument creator: it would otherwise call this constructor with a
   * JSON number and take öre for kronor, past every check. Without the module an
   * {@code Amount} is neither read nor written (no bean getters either): Jackson fails loudly.
   */
  private Amount(long ore, Void noJacksonCreator) {
    this.ore = ore;
  }

  // ---------------------------------------------------------------------------------------------
  // Factories

  /**
   * Returns the amount of the given number of öre.
   *
   * @param ore the amount in öre, from 0 to {@link Long#MAX_VALUE}
   * @return the amount
   * @throws IllegalArgumentException if {@code ore} is negative
   */
  public static Amount ofOre(long ore) {
    checkRule(ore >= 0, Amount.class, "", "ore",
        "Amount 'ore' must not be negative, but was %s", ore);
    return ore == 0 ? ZERO : new Amount(ore, null);
  }

  /**
   * Returns the amount of the given whole number of kronor.
   *
   * @param kronor the amount in kronor, from 0 to 92 233 720 368 547 758
   * @return the amount
   * @throws IllegalArgumentException if {@code kronor} is negative or too large to hold in öre
   */
  public static Amount ofKronor(long kronor) {
    checkRule(kronor >= 0, Amount.class, "", "kronor",
        "Amount 'kronor' must not be negative, but was %s", kronor);
    checkRule(kronor <= Long.MAX_VALUE / ORE_PER_KRONA, Amount.class, "", "kronor",
        "Amount 'kronor' must be at most %s, but was %s", Long.MAX_VALUE / ORE_PER_KRONA, kronor);
    return ofOre(kronor * ORE_PER_KRONA);
  }

  /**
   * Returns the zero amount.
   *
   * @return 0.00 kr
   */
  public static Amount zero() {
    return ZERO;
  }

  /**
   * Parses an amount in the canonical form {@code 1234.56} (the form {@link #toString()} writes) or
   * in the Swedish form {@code 1 234,56 kr}.
   *
   * <p>Accepted: digits with at most two decimals after a point ({@code 5}, {@code 5.5},
   * {@code 5.50}); or digits, optionally grouped by threes with a space, no-break space, narrow
   * no-break space or thin space, with at most two decimals after a comma and an optional
   * {@code kr} ({@code 50 000 000,00 kr}, {@code 1234,5}). Leading and trailing white space is
   * ignored. Signs, exponents, a point used for grouping, and more than two decimals are rejected.
   *
   * @param text the text to parse
   * @return the amount
   * @throws IllegalArgumentException if the text is empty, malformed, has more than two decimals,
   *     or is beyond the range
   * @throws NullPointerException if {@code text} is null
   */
  public static Amount parse(String text) {
    requireNonNull(text, "Amount 'text' must not be null");
    Amount canonical = parseCanonical(text);
    if (canonical != null) {
      return canonical;
    }
    String trimmed = text.strip();
    checkRule(!trimmed.isEmpty(), Amount.class, "", "", "Amount text must not be empty");
    Matcher m = CANONICAL.matcher(trimmed);
    if (!m.matches()) {
      m = SWEDISH.matcher(trimmed);
      if (!m.matches()) {
        throw new RuleViolation(Amount.class, "", "", malformedMessage(text));
      }
    }
    String kronor = GROUP_SEPARATOR.matcher(m.group(1)).replaceAll("");
    String decimals = m.group(2) == null ? "" : m.group(2);
    BigDecimal value = new BigDecimal(decimals.isEmpty() ? kronor : kronor + "." + decimals);
    checkRule(value.compareTo(MAX_KRONOR) <= 0, Amount.class, "", "",
        "Amount text '%s' is beyond the range: at most %s kr", text, MAX_KRONOR.toPlainString());
    return ofOre(value.movePointRight(2).longValueExact());
  }

  /**
   * The canonical form {@code 1234.56} read without a pattern or a {@code BigDecimal} (a team
   * decision: JSON holds every amount this way); null for any other text, which {@link #parse}
   * reads the slow way, with its messages.
   */
  private static Amount parseCanonical(String text) {
    int n = text.length();
    int point = text.indexOf('.');
    int digits = point < 0 ? n : point;
    int decimals = point < 0 ? 0 : n - point - 1;
    if (digits == 0 || digits > 16 || point >= 0 && (decimals < 1 || decimals > 2)) {
      return null; // empty, too long to add up without overflow, or not two decimals at most
    }
    long ore = 0;
    for (int i = 0; i < n; i++) {
      if (i == point) {
        continue;
      }
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      ore = ore * 10 + (c - '0');
    }
    return ofOre(decimals == 2 ? ore : decimals == 1 ? ore * 10 : ore * 100);
  }

  private static String malformedMessage(String given) {
    // The text as given, on one line and cut at 200 characters.
    String quoted = se.utvecklingsmedel.vocabulary.FreeText.shown(given);
    String text = quoted.substring(1, quoted.length() - 1);
    if (text.strip().matches(".*[.,]\\d{3,}(\\s*kr)?")) {
      return "Amount text '" + text + "' has more than two decimals: an amount is whole öre";
    }
    if (text.strip().startsWith("-")) {
      return "Amount text '" + text + "' is negative: an amount must not be negative";
    }
    return "Amount text '" + text + "' is malformed: expected the form 1234.56 or 1 234,56 kr";
  }

  /**
   * Returns a collector that adds up amounts, exactly and overflow-checked: {@code
   * grants.stream().map(RecipientGrant::granted).collect(Amount.summing())}.
   *
   * @return the collector; zero for an empty stream
   */
  public static Collector<Amount, ?, Amount> summing() {
    return Collectors.reducing(ZERO, Amount::plus);
  }

  /**
   * Returns the sum of the given amounts.
   *
   * @param amounts the amounts to add, none null
   * @return their total, zero if there are none
   * @throws ArithmeticException if the total is beyond the range
   */
  public static Amount total(Iterable<Amount> amounts) {
    requireNonNull(amounts, "Amount 'amounts' must not be null");
    Amount sum = ZERO;
    for (Amount amount : amounts) {
      sum = sum.plus(amount);
    }
    return sum;
  }

  /**
   * Returns the sum of the given amounts.
   *
   * @param amounts the amounts to add, none null
   * @return their total, zero if there are none
   * @throws ArithmeticException if the total is beyond the range
   */
  public static Amount total(Amount... amounts) {
    requireNonNull(amounts, "Amount 'amounts' must not be null");
    return total(Arrays.asList(amounts));
  }

  // ---------------------------------------------------------------------------------------------
  // Arithmetic

  /**
   * Returns this amount plus another.
   *
   * @param other the amount to add
   * @return the sum
   * @throws ArithmeticException if the sum is beyond the range
   */
  public Amount plus(Amount other) {
    requireNonNull(other, "Amount 'other' must not be null");
    long sum = ore + other.ore;
    if (sum < 0) {
      throw new ArithmeticException(
          "Amount overflow: " + this + " plus " + other + " is beyond the range of an Amount");
    }
    return ofOre(sum);
  }

  /**
   * Returns this amount minus another, which must not be larger.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws ArithmeticException if {@code other} is larger than this amount, since an amount cannot
   *     be negative; use {@link #minusOrZero(Amount)} to stop at zero
   */
  public Amount minus(Amount other) {
    requireNonNull(other, "Amount 'other' must not be null");
    if (other.ore > ore) {
      throw new ArithmeticException(
          "Amount " + this + " minus " + other + " would be negative: an amount cannot be negative");
    }
    return ofOre(ore - other.ore);
  }

  /**
   * Returns this amount minus another, or zero if the other is larger.
   *
   * <p>Example: unused funds are {@code granted.minusOrZero(used)}: spending more than granted
   * leaves nothing unused.
   *
   * @param other the amount to subtract
   * @return the difference, never below zero
   */
  public Amount minusOrZero(Amount other) {
    requireNonNull(other, "Amount 'other' must not be null");
    return other.ore >= ore ? ZERO : ofOre(ore - other.ore);
  }

  /**
   * Returns this amount multiplied by a non-negative whole number.
   *
   * @param factor the factor, not negative
   * @return the product
   * @throws IllegalArgumentException if {@code factor} is negative
   * @throws ArithmeticException if the product is beyond the range
   */
  public Amount multipliedBy(long factor) {
    checkRule(factor >= 0, Amount.class, "", "factor",
        "Amount 'factor' must not be negative, but was %s", factor);
    long product;
    try {
      product = Math.multiplyExact(ore, factor);
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "Amount overflow: " + this + " multiplied by " + factor + " is beyond the range of an Amount");
    }
    return ofOre(product);
  }

  /**
   * Returns the smaller of this amount and another.
   *
   * @param other the other amount
   * @return the smaller amount (this one if they are equal)
   */
  public Amount min(Amount other) {
    requireNonNull(other, "Amount 'other' must not be null");
    return other.ore < ore ? other : this;
  }

  /**
   * Returns the larger of this amount and another.
   *
   * @param other the other amount
   * @return the larger amount (this one if they are equal)
   */
  public Amount max(Amount other) {
    requireNonNull(other, "Amount 'other' must not be null");
    return other.ore > ore ? other : this;
  }

  // ---------------------------------------------------------------------------------------------
  // Queries

  /**
   * Returns the amount in öre.
   *
   * @return the number of öre, never negative
   */
  public long toOre() {
    return ore;
  }

  /**
   * Returns the amount in kronor as an exact decimal with two decimals.
   *
   * @return the exact value, scale 2
   */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(ore, 2);
  }

  /**
   * Returns the sign of this amount, as {@link BigDecimal#signum()} does: {@code 0} for 0.00 kr,
   * {@code 1} for anything from 0.01 kr up (an amount is never negative).
   *
   * <p>There is no {@code isZero()} or {@code isPositive()}: Jackson takes such methods for bean
   * properties, so a mapper without this library's module would write an amount as
   * {@code {"zero":false,"positive":true}}, losing the amount.
   *
   * @return 0 or 1
   */
  public int signum() {
    return ore == 0 ? 0 : 1;
  }

  /**
   * Returns whether this amount is larger than another.
   *
   * @param other the other amount
   * @return true if this is strictly larger
   */
  public boolean isGreaterThan(Amount other) {
    return compareTo(other) > 0;
  }

  /**
   * Returns whether this amount is smaller than another.
   *
   * @param other the other amount
   * @return true if this is strictly smaller
   */
  public boolean isLessThan(Amount other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Amount other) {
    requireNonNull(other, "Amount 'other' must not be null");
    return Long.compare(ore, other.ore);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Amount && ((Amount) obj).ore == ore;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(ore);
  }

  /**
   * Returns the canonical form: kronor, a point and exactly two decimals, e.g. {@code 1234.56}.
   * {@link #parse(String)} reads it back to an equal amount.
   *
   * @return the canonical form
   */
  @Override
  public String toString() {
    long rest = ore % ORE_PER_KRONA; // as toBigDecimal().toPlainString(), without one
    return (ore / ORE_PER_KRONA) + (rest < 10 ? ".0" : ".") + rest;
  }

  /**
   * Returns the Swedish form: kronor grouped by threes with spaces, a decimal comma, two decimals
   * and {@code kr}, e.g. {@code 50 000 000,00 kr}. {@link #parse(String)} reads it back.
   *
   * @return the Swedish form
   */
  public String toSwedishString() {
    String kronor = Long.toString(ore / ORE_PER_KRONA);
    StringBuilder sb = new StringBuilder(kronor.length() + 10);
    int lead = kronor.length() % 3 == 0 ? 3 : kronor.length() % 3;
    sb.append(kronor, 0, lead);
    for (int i = lead; i < kronor.length(); i += 3) {
      sb.append(' ').append(kronor, i, i + 3);
    }
    long rest = ore % ORE_PER_KRONA;
    return sb.append(',').append(rest < 10 ? "0" : "").append(rest).append(" kr").toString();
  }
}
