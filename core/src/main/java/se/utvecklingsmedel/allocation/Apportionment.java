package se.utvecklingsmedel.allocation;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;
import se.utvecklingsmedel.money.Amount;

/**
 * Splits an amount between recipients by weight, exactly to the öre: the allocation engine every
 * distribution key, redistribution and grant calculation of this library stands on.
 *
 * <p>Swedish: <i>fördelning efter vikt</i>. Three methods:
 * <ul>
 *   <li>{@link #largestRemainder} — Hamilton's method: each recipient gets the floor of its exact
 *       quota, and the öre left over go one each to the largest remainders;
 *   <li>{@link #baseAndProportional} — a fixed base amount to every recipient, the rest by weight
 * (a       common shape of Swedish distribution keys: <i>grundbelopp</i> plus a part by
 * population);   <li>{@link #capped} — proportional to weight, but nobody above its own cap; what
 * capped recipients       cannot take flows to the others (water-filling), and what nobody can take
 * is reported as       {@linkplain Allocation#undistributed() undistributed}.
 * </ul>
 *
 * <p>Rules common to all three (the published sources give no formula, so these are team
 * decisions):
 * <ul>
 *   <li>The parts add up to the total exactly, and each is the floor or the ceiling of its exact
 *       quota (the quota rule). A zero weight gets zero (beyond any base amount).
 *   <li>Ties for an extra öre are broken by larger remainder, then larger weight, then the key's
 *       natural order — never by input order — so the result is a function of the inputs alone.
 *   <li>Arithmetic is exact integer arithmetic: products that could overflow a {@code long} are
 *       computed with {@link Math#multiplyHigh} or {@link BigInteger}. There is no floating point.
 * </ul>
 *
 * <pre>{@code
 * Weights<String> w = Weights.<String>builder().put("a", 5).put("b", 3).put("c", 2).build();
 * Allocation<String> a = Apportionment.largestRemainder(Amount.ofOre(9), w);
 * a.amounts();   // {a=0.04, b=0.03, c=0.02}: quotas 4.5, 2.7, 1.8; the remainders .7 and .8 win
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Apportionment {

  private Apportionment() {
  }

  /**
   * Splits {@code total} in proportion to the weights by the largest-remainder (Hamilton) method.
   *
   * @param total the amount to split
   * @param weights the recipients and their weights
   * @param <K> the recipient key type
   * @return the allocation, with nothing undistributed
   */
  public static <K extends Comparable<? super K>> Allocation<K> largestRemainder(Amount total,
      Weights<K> weights) {
    requireNonNull(total, "Apportionment 'total' must not be null");
    requireNonNull(weights, "Apportionment 'weights' must not be null");
    Hamilton h = Hamilton.apportion(total.toOre(), weights.weightArray(), weights.total());
    return new Allocation<>(Allocation.Scheme.LARGEST_REMAINDER, total, weights, Amount.zero(), null, null, h, null,
        amounts(h, 0), Amount.zero());
  }

  /**
   * Gives every recipient the same base amount, then splits the rest in proportion to the weights
   * by the largest-remainder method.
   *
   * <p>Every recipient receives the base, a recipient with weight zero included.
   *
   * @param total the amount to split
   * @param base the amount every recipient receives first
   * @param weights the recipients and their weights
   * @param <K> the recipient key type
   * @return the allocation, with nothing undistributed
   * @throws IllegalArgumentException if the base amounts together exceed the total
   */
  public static <K extends Comparable<? super K>> Allocation<K> baseAndProportional(Amount total,
      Amount base, Weights<K> weights) {
    requireNonNull(total, "Apportionment 'total' must not be null");
    requireNonNull(base, "Apportionment 'base' must not be null");
    requireNonNull(weights, "Apportionment 'weights' must not be null");
    long bases = Math.multiplyHigh(base.toOre(), weights.size()) == 0
        ? base.toOre() * weights.size() : -1;
    checkRule(bases >= 0 && bases <= total.toOre(), Apportionment.class, "", "base",
        "Apportionment 'base': %s recipients × %s kr must not exceed the total %s kr",
        weights.size(), base, total);
    Hamilton h = Hamilton.apportion(total.toOre() - bases, weights.weightArray(), weights.total());
    return new Allocation<>(Allocation.Scheme.BASE_AND_PROPORTIONAL, total, weights, base, null, null,
        h, null, amounts(h, base.toOre()), Amount.zero());
  }

  /**
   * Splits {@code total} in proportion to the weights with no recipient above its cap
   * (water-filling), exact to the öre.
   *
   * <p>The continuous solution gives each recipient {@code min(cap, λ × weight)}, with λ the one
   * level at which the total is used up. This method finds the recipients whose cap binds at that
   * level — a cap equal to the recipient's exact share counts as binding — gives them exactly their
   * cap, and splits the rest of the total among the others by the largest-remainder method, so each
   * of them is within one öre of the continuous solution and never above its cap. A recipient with
   * weight zero receives nothing and its cap never binds. When the caps of the recipients with a
   * weight add up to less than the total, each receives its cap and the difference is
   * {@linkplain Allocation#undistributed() undistributed}.
   *
   * @param total the amount to split
   * @param weights the recipients and their weights
   * @param caps the most each recipient may receive; a recipient missing here has no cap
   * @param <K> the recipient key type
   * @return the allocation
   * @throws IllegalArgumentException if a cap names a recipient that has no weight, or is null
   */
  public static <K extends Comparable<? super K>> Allocation<K> capped(Amount total, Weights<K> weights,
      Map<K, Amount> caps) {
    requireNonNull(total, "Apportionment 'total' must not be null");
    requireNonNull(weights, "Apportionment 'weights' must not be null");
    requireNonNull(caps, "Apportionment 'caps' must not be null");
    int n = weights.size();
    long[] cap = new long[n];
    Arrays.fill(cap, -1);
    caps.forEach((key, amount) -> {
      checkRule(key != null, Apportionment.class, "", "caps",
          "Apportionment 'caps' must not have a null recipient");
      checkRule(weights.contains(key), Apportionment.class, "", "caps",
          "Apportionment 'caps': recipient %s has a cap but no weight", key);
      checkRule(amount != null, Apportionment.class, "", "caps",
          "Apportionment 'caps': the cap of recipient %s is null", key);
      cap[weights.indexOf(key)] = amount.toOre();
    });
    long[] w = weights.weightArray();

    // Candidates for a binding cap, in ascending order of cap per unit of weight.
    Integer[] candidates = IntStream.range(0, n)
        .filter(i -> cap[i] >= 0 && w[i] > 0).boxed().toArray(Integer[]::new);
    Arrays.sort(candidates, (i, j) -> {
      int byRatio = compareProducts(cap[i], w[j], cap[j], w[i]);
      return byRatio != 0 ? byRatio : Integer.compare(i, j);
    });
    boolean[] bound = new boolean[n];
    long remaining = total.toOre();
    BigInteger remainingWeight = weights.total();
    for (int i : candidates) {
      // cap_i <= remaining × w_i / remainingWeight ?
      BigInteger lhs = BigInteger.valueOf(cap[i]).multiply(remainingWeight);
      BigInteger rhs = BigInteger.valueOf(remaining).multiply(BigInteger.valueOf(w[i]));
      if (lhs.compareTo(rhs) > 0) {
        break;
      }
      bound[i] = true;
      remaining -= cap[i];
      remainingWeight = remainingWeight.subtract(BigInteger.valueOf(w[i]));
    }

    long[] amounts = new long[n];
    int[] poolIndex = new int[n];
    int poolSize = 0;
    for (int i = 0; i < n; i++) {
      if (bound[i]) {
        amounts[i] = cap[i];
        poolIndex[i] = -1;
      } else {
        poolIndex[i] = poolSize++;
      }
    }
    Hamilton h = null;
    long undistributed = remaining;
    if (remainingWeight.signum() > 0) {
      long[] poolWeights = new long[poolSize];
      for (int i = 0; i < n; i++) {
        if (poolIndex[i] >= 0) {
          poolWeights[poolIndex[i]] = w[i];
        }
      }
      h = Hamilton.apportion(remaining, poolWeights, remainingWeight);
      long[] poolAmounts = amounts(h, 0);
      for (int i = 0; i < n; i++) {
        if (poolIndex[i] >= 0) {
          amounts[i] = poolAmounts[poolIndex[i]];
        }
      }
      undistributed = 0;
    }
    return new Allocation<>(Allocation.Scheme.CAPPED, total, weights, Amount.zero(), cap, bound, h,
        poolIndex, amounts, Amount.ofOre(undistributed));
  }

  private static long[] amounts(Hamilton h, long base) {
    if (base == 0) {
      return h.amounts; // never written after construction
    }
    long[] amounts = new long[h.size()];
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = base + h.amounts[i];
    }
    return amounts;
  }

  /** Compares {@code a × b} with {@code c × d} for non-negative longs, exactly. */
  static int compareProducts(long a, long b, long c, long d) {
    long highAb = Math.multiplyHigh(a, b);
    long highCd = Math.multiplyHigh(c, d);
    if (highAb != highCd) {
      return Long.compare(highAb, highCd);
    }
    return Long.compareUnsigned(a * b, c * d);
  }
}
