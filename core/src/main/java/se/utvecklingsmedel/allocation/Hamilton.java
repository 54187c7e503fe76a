package se.utvecklingsmedel.allocation;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Largest-remainder (Hamilton) apportionment of a whole number of öre over integer weights, with
 * exact integer arithmetic only.
 *
 * <p>Each recipient first gets the floor of its exact quota {@code pool × w / W}; the öre left over
 * (fewer than the number of recipients) go one each to the recipients ranked highest by remainder,
 * then weight, then key order (the recipient's index, since indices follow key order).
 *
 * <p>Two representations of the remainders: {@code long} when the weight sum fits a long (the fast,
 * allocation-free path every real key takes), {@link BigInteger} otherwise.
 */
final class Hamilton {

  final long pool;
  final long[] weights;
  final BigInteger weightSum;
  /** Each recipient's whole öre: the floor of its quota, plus one if it won an extra öre. */
  final long[] amounts;
  /** Remainders (numerators over {@link #weightSum}) when it fits a long, else null. */
  private final long[] smallRemainders;
  /** Remainders when the weight sum does not fit a long, else null. */
  private final BigInteger[] bigRemainders;
  final boolean[] extra;
  final int extras;

  private Hamilton(long pool, long[] weights, BigInteger weightSum, long[] amounts,
      long[] smallRemainders, BigInteger[] bigRemainders, boolean[] extra, int extras) {
    this.pool = pool;
    this.weights = weights;
    this.weightSum = weightSum;
    this.amounts = amounts;
    for (int i = 0; i < extra.length; i++) {
      if (extra[i]) {
        amounts[i]++;
      }
    }
    this.smallRemainders = smallRemainders;
    this.bigRemainders = bigRemainders;
    this.extra = extra;
    this.extras = extras;
  }

  /**
   * Apportions {@code pool} öre over {@code weights}, whose sum must be above zero.
   */
  static Hamilton apportion(long pool, long[] weights, BigInteger weightSum) {
    int n = weights.length;
    long[] floors = new long[n];
    long distributed = 0;
    if (weightSum.bitLength() < Long.SIZE) {
      long sum = weightSum.longValueExact();
      // Division by the same sum, n times: multiply by floor((2^64 - 1) / sum) instead, which gives
      // the quotient or up to two less, then correct exactly (division by an invariant integer).
      long reciprocal = Long.divideUnsigned(-1L, sum);
      // Remainders are below the sum; their top 11 bits sort them into 2048 ordered buckets.
      int shift = Math.max(0, Long.SIZE - Long.numberOfLeadingZeros(sum) - 11);
      int[] histogram = new int[2048];
      long[] remainders = new long[n];
      for (int i = 0; i < n; i++) {
        long w = weights[i];
        long low = pool * w;
        if (Math.multiplyHigh(pool, w) == 0 && low >= 0) {
          long q = Math.multiplyHigh(low, reciprocal) + ((reciprocal >> 63) & low);
          long r = low - q * sum;
          while (r >= sum) {
            q++;
            r -= sum;
          }
          floors[i] = q;
          remainders[i] = r;
        } else {
          BigInteger[] qr = BigInteger.valueOf(pool).multiply(BigInteger.valueOf(w))
              .divideAndRemainder(weightSum);
          floors[i] = qr[0].longValueExact();
          remainders[i] = qr[1].longValueExact();
        }
        histogram[(int) (remainders[i] >>> shift)]++;
        distributed += floors[i];
      }
      int extras = Math.toIntExact(pool - distributed);
      boolean[] extra = selectByBuckets(remainders, weights, extras, shift, histogram);
      return new Hamilton(pool, weights, weightSum, floors, remainders, null, extra, extras);
    }
    BigInteger[] remainders = new BigInteger[n];
    BigInteger bigPool = BigInteger.valueOf(pool);
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = bigPool.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(weightSum);
      floors[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      distributed += floors[i];
    }
    int extras = Math.toIntExact(pool - distributed);
    // Rank with a provisional instance (no extras yet), then build the result with them.
    int[] ranked = new Hamilton(pool, weights, weightSum, floors.clone(), null, remainders,
        new boolean[n], extras).rankOrder();
    boolean[] extra = new boolean[n];
    for (int r = 0; r < extras; r++) {
      extra[ranked[r]] = true;
    }
    return new Hamilton(pool, weights, weightSum, floors, null, remainders, extra, extras);
  }

  /**
   * Marks the {@code extras} recipients first in the order (remainder desc, weight desc, index
   * asc): every recipient in a bucket above the one where the cut falls wins; within that bucket
   * the exact selection below decides. Linear, with one pass over all recipients after the
   * histogram.
   */
  private static boolean[] selectByBuckets(long[] remainders, long[] weights, int extras, int shift,
      int[] histogram) {
    int n = remainders.length;
    boolean[] extra = new boolean[n];
    if (extras == 0) {
      return extra;
    }
    int cut = histogram.length - 1;
    int above = 0;
    while (above + histogram[cut] < extras) {
      above += histogram[cut];
      cut--;
    }
    int[] inCut = new int[histogram[cut]];
    for (int i = 0, k = 0; i < n; i++) {
      long bucket = remainders[i] >>> shift;
      if (bucket > cut) {
        extra[i] = true;
      } else if (bucket == cut) {
        inCut[k++] = i;
      }
    }
    long[] cutRemainders = new long[inCut.length];
    long[] cutWeights = new long[inCut.length];
    for (int k = 0; k < inCut.length; k++) {
      cutRemainders[k] = remainders[inCut[k]];
      cutWeights[k] = weights[inCut[k]];
    }
    boolean[] cutExtra = selectSmall(cutRemainders, cutWeights, extras - above);
    for (int k = 0; k < inCut.length; k++) {
      extra[inCut[k]] |= cutExtra[k];
    }
    return extra;
  }

  /**
   * Marks the {@code extras} (at least one) recipients first in the order (remainder desc, weight
   * desc, index asc) in linear expected time: select the threshold remainder, then the threshold
   * weight among the recipients tied on it, then take the lowest indices.
   */
  private static boolean[] selectSmall(long[] remainders, long[] weights, int extras) {
    int n = remainders.length;
    boolean[] extra = new boolean[n];
    long remainderCut = Select.kthLargest(remainders.clone(), extras);
    int taken = 0;
    int tied = 0;
    for (int i = 0; i < n; i++) {
      if (remainders[i] > remainderCut) {
        extra[i] = true;
        taken++;
      } else if (remainders[i] == remainderCut) {
        tied++;
      }
    }
    int wanted = extras - taken;
    if (wanted == tied) { // the usual case: every recipient on the cut gets its öre
      for (int i = 0; i < n; i++) {
        if (remainders[i] == remainderCut) {
          extra[i] = true;
        }
      }
      return extra;
    }
    long[] tiedWeights = new long[tied];
    for (int i = 0, t = 0; i < n; i++) {
      if (remainders[i] == remainderCut) {
        tiedWeights[t++] = weights[i];
      }
    }
    long weightCut = Select.kthLargest(tiedWeights, wanted); // reorders; not read again
    for (int i = 0; i < n; i++) {
      if (remainders[i] == remainderCut && weights[i] > weightCut) {
        extra[i] = true;
        wanted--;
      }
    }
    for (int i = 0; i < n && wanted > 0; i++) {
      if (remainders[i] == remainderCut && weights[i] == weightCut) {
        extra[i] = true;
        wanted--;
      }
    }
    return extra;
  }

  int size() {
    return weights.length;
  }

  /** Returns the remainder numerator of recipient {@code i} (over {@link #weightSum}). */
  BigInteger remainder(int i) {
    return smallRemainders != null ? BigInteger.valueOf(smallRemainders[i]) : bigRemainders[i];
  }

  /** Orders two recipients: larger remainder first, then larger weight, then lower index. */
  int compare(int i, int j) {
    int byRemainder = smallRemainders != null
        ? Long.compare(smallRemainders[j], smallRemainders[i])
        : bigRemainders[j].compareTo(bigRemainders[i]);
    if (byRemainder != 0) {
      return byRemainder;
    }
    int byWeight = Long.compare(weights[j], weights[i]);
    return byWeight != 0 ? byWeight : Integer.compare(i, j);
  }

  /** Returns the recipients' indices in rank order (rank 1 first). */
  int[] rankOrder() {
    Integer[] order = new Integer[size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, this::compare);
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  /** Returns the criterion separating recipient {@code i} from its nearest rival across the cut. */
  TieBreak tieBreak(int i, int[] rankOrder) {
    if (extras == 0) {
      return TieBreak.NONE;
    }
    int rival = extra[i] ? rankOrder[extras] : rankOrder[extras - 1];
    if (!remainder(i).equals(remainder(rival))) {
      return TieBreak.REMAINDER;
    }
    return weights[i] != weights[rival] ? TieBreak.WEIGHT : TieBreak.KEY;
  }
}
