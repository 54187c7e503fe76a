package se.utvecklingsmedel.examples.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The straightforward way to apportion with {@link BigDecimal}, as a benchmark baseline: compute
 * each quota to 20 decimals, floor it, sort by the fractional part, hand out the öre left over.
 *
 * <p>Not exact in general (the quotas are rounded to 20 decimals), which is one more reason the
 * library does not work this way.
 */
final class BigDecimalBaseline {

  private BigDecimalBaseline() {
  }

  static long[] apportion(long totalOre, long[] weights) {
    int n = weights.length;
    BigDecimal total = BigDecimal.valueOf(totalOre);
    BigDecimal sum = BigDecimal.ZERO;
    for (long w : weights) {
      sum = sum.add(BigDecimal.valueOf(w));
    }
    long[] amounts = new long[n];
    BigDecimal[] fractions = new BigDecimal[n];
    long handedOut = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal quota = total.multiply(BigDecimal.valueOf(weights[i]))
          .divide(sum, 20, RoundingMode.DOWN);
      BigDecimal floor = quota.setScale(0, RoundingMode.FLOOR);
      amounts[i] = floor.longValueExact();
      fractions[i] = quota.subtract(floor);
      handedOut += amounts[i];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing((Integer i) -> fractions[i]).reversed()
        .thenComparing(Comparator.comparingLong((Integer i) -> weights[i]).reversed())
        .thenComparing(Comparator.naturalOrder()));
    for (int r = 0; r < totalOre - handedOut; r++) {
      amounts[order[r]]++;
    }
    return amounts;
  }
}
