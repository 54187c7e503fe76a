package se.utvecklingsmedel.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SelectTest {

  @Test
  void findsKthLargest() {
    assertThat(Select.kthLargest(new long[] {5, 1, 4, 2, 3}, 1)).isEqualTo(5);
    assertThat(Select.kthLargest(new long[] {5, 1, 4, 2, 3}, 2)).isEqualTo(4);
    assertThat(Select.kthLargest(new long[] {5, 1, 4, 2, 3}, 5)).isEqualTo(1);
    assertThat(Select.kthLargest(new long[] {7}, 1)).isEqualTo(7);
    assertThat(Select.kthLargest(new long[] {2, 2, 2, 2}, 3)).isEqualTo(2);
  }

  @Test
  void survivesAdversarialInputByFallingBackToSort() {
    // Sorted, reverse-sorted and organ-pipe inputs of 100 000: each must finish and be right.
    int n = 100_000;
    long[] ascending = new long[n];
    long[] pipe = new long[n];
    for (int i = 0; i < n; i++) {
      ascending[i] = i;
      pipe[i] = Math.min(i, n - i);
    }
    assertThat(Select.kthLargest(ascending.clone(), 1)).isEqualTo(n - 1);
    assertThat(Select.kthLargest(ascending.clone(), n / 2)).isEqualTo(n / 2);
    assertThat(Select.kthLargest(pipe.clone(), 1)).isEqualTo(n / 2);
  }

  @Test
  void fallsBackToSortingWhenThePartitionBudgetRunsOut() {
    long[] values = {9, 3, 7, 1, 8, 2, 6, 4, 5, 0};
    for (int budget = 0; budget <= 3; budget++) {
      for (int k = 1; k <= values.length; k++) {
        assertThat(Select.kthLargest(values.clone(), k, budget)).as("budget %s, k %s", budget, k)
            .isEqualTo(values.length - k);
      }
    }
  }

  @Test
  void rejectsKOutOfRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> Select.kthLargest(new long[] {1, 2}, 0))
        .withMessage("k must be from 1 to 2, but was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> Select.kthLargest(new long[] {1, 2}, 3))
        .withMessage("k must be from 1 to 2, but was 3");
  }
}
