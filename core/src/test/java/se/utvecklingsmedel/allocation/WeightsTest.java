package se.utvecklingsmedel.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightsTest {

  private static final Weights<String> WEIGHTS =
      Weights.<String>builder().put("c", 2).put("a", 5).put("b", 3).build();

  @Test
  void holdsRecipientsInKeyOrder() {
    assertThat(WEIGHTS.keys()).containsExactly("a", "b", "c");
    assertThat(WEIGHTS.size()).isEqualTo(3);
    assertThat(WEIGHTS.weightOf("a")).isEqualTo(5);
    assertThat(WEIGHTS.weightOf("c")).isEqualTo(2);
    assertThat(WEIGHTS.total()).isEqualTo(BigInteger.TEN);
    assertThat(WEIGHTS.contains("b")).isTrue();
    assertThat(WEIGHTS.contains("x")).isFalse();
    assertThatNullPointerException().isThrownBy(() -> WEIGHTS.contains(null))
        .withMessage("Weights 'key' must not be null");
    assertThat(WEIGHTS.asMap()).containsExactly(Map.entry("a", 5L), Map.entry("b", 3L), Map.entry("c", 2L));
    assertThat(WEIGHTS).hasToString("Weights{a=5, b=3, c=2}");
  }

  @Test
  void ofMapEqualsBuilt() {
    Map<String, Long> map = new LinkedHashMap<>();
    map.put("b", 3L);
    map.put("c", 2L);
    map.put("a", 5L);
    assertThat(Weights.of(map)).isEqualTo(WEIGHTS).hasSameHashCodeAs(WEIGHTS);
    assertThat(Weights.of(Map.of("a", 5L))).isNotEqualTo(WEIGHTS).isNotEqualTo("a");
    assertThat(Weights.of(Map.of("a", 5L, "b", 3L, "c", 1L))).isNotEqualTo(WEIGHTS);
  }

  @Test
  void totalIsExactBeyondALong() {
    Weights.Builder<Integer> builder = Weights.builder();
    for (int i = 0; i < 20_000; i++) {
      builder.put(i, Weights.MAX_WEIGHT);
    }
    assertThat(builder.build().total())
        .isEqualTo(BigInteger.valueOf(Weights.MAX_WEIGHT).multiply(BigInteger.valueOf(20_000)));
  }

  @Test
  void acceptsTheLargestWeight() {
    assertThat(Weights.<String>builder().put("a", Weights.MAX_WEIGHT).build().weightOf("a"))
        .isEqualTo(1_000_000_000_000_000L);
  }

  @Test
  void rejectsEmpty() {
    assertThatIllegalArgumentException().isThrownBy(() -> Weights.<String>builder().build())
        .withMessage("Weights must not be empty: add at least one recipient");
    assertThatIllegalArgumentException().isThrownBy(() -> Weights.<String>of(Map.of()))
        .withMessage("Weights must not be empty: add at least one recipient");
  }

  @Test
  void rejectsAllZero() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Weights.<String>builder().put("a", 0).put("b", 0).build())
        .withMessage("Weights must not all be zero: at least one recipient needs a weight above zero "
            + "to share anything");
  }

  @Test
  void rejectsNegativeWeight() {
    assertThatIllegalArgumentException().isThrownBy(() -> Weights.<String>builder().put("a", -1))
        .withMessage("Weights: the weight of recipient a must not be negative, but was -1");
  }

  @Test
  void rejectsOversizedWeight() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Weights.<String>builder().put("a", Weights.MAX_WEIGHT + 1))
        .withMessage("Weights: the weight of recipient a must be at most 10^15, but was "
            + "1000000000000001");
  }

  @Test
  void rejectsDuplicateKey() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Weights.<String>builder().put("b", 1).put("a", 1).put("b", 2).build())
        .withMessage("Weights: recipient b must not be added twice");
  }

  @Test
  void rejectsNullKeyAndNullWeight() {
    assertThatNullPointerException().isThrownBy(() -> Weights.<String>builder().put(null, 1))
        .withMessage("Weights 'key' must not be null");
    Map<String, Long> map = new HashMap<>();
    map.put("a", null);
    assertThatIllegalArgumentException().isThrownBy(() -> Weights.of(map))
        .withMessage("Weights 'weights' must not hold null: the weight of a is null");
    assertThatNullPointerException().isThrownBy(() -> Weights.<String>of(null))
        .withMessage("Weights 'weights' must not be null");
    assertThatNullPointerException().isThrownBy(() -> WEIGHTS.weightOf(null))
        .withMessage("Weights 'key' must not be null");
  }

  @Test
  void rejectsUnknownRecipient() {
    assertThatIllegalArgumentException().isThrownBy(() -> WEIGHTS.weightOf("x"))
        .withMessage("Weights: recipient x has no weight");
  }

  @Test
  void growsPastItsInitialCapacity() {
    Weights.Builder<Integer> builder = Weights.builder();
    for (int i = 100; i > 0; i--) {
      builder.put(i, i);
    }
    Weights<Integer> weights = builder.build();
    assertThat(weights.size()).isEqualTo(100);
    assertThat(weights.weightOf(37)).isEqualTo(37);
  }
}
