package se.utvecklingsmedel.allocation;

import java.util.Arrays;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * Selection of the k-th largest value of a {@code long[]} in expected linear time (quickselect with
 * a median-of-three pivot), falling back to a sort when partitioning degenerates (introselect), so
 * the worst case stays O(n log n).
 */
final class Select {

  private Select() {
  }

  /**
   * Returns the k-th largest value (k = 1 is the maximum). The array is reordered.
   *
   * @param values the values, reordered in place
   * @param k from 1 to {@code values.length}
   */
  static long kthLargest(long[] values, int k) {
    return kthLargest(values, k, 2 * (64 - Long.numberOfLeadingZeros(values.length)) + 8);
  }

  /** As {@link #kthLargest(long[], int)}, sorting once {@code budget} partitions have not sufficed. */
  static long kthLargest(long[] values, int k, int budget) {
    if (k < 1 || k > values.length) {
      throw new RuleViolation(Select.class, "", "k", "k must be from 1 to " + values.length + ", but was " + k);
    }
    int target = values.length - k; // index in ascending order
    int lo = 0;
    int hi = values.length - 1;
    while (lo < hi) {
      if (budget-- == 0) {
        Arrays.sort(values, lo, hi + 1);
        return values[target];
      }
      long pivot = medianOfThree(values[lo], values[lo + (hi - lo) / 2], values[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (values[i] < pivot) {
          i++;
        }
        while (values[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long t = values[i];
          values[i] = values[j];
          values[j] = t;
          i++;
          j--;
        }
      }
      if (target <= j) {
        hi = j;
      } else if (target >= i) {
        lo = i;
      } else {
        return values[target];
      }
    }
    return values[target];
  }

  private static long medianOfThree(long a, long b, long c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
