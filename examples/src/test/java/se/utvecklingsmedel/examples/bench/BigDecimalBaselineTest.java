package se.utvecklingsmedel.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.money.Amount;

/** The benchmark compares like with like: on population weights both give the same amounts. */
class BigDecimalBaselineTest {

  @Test
  void agreesWithTheEngineOnPopulationWeights() {
    SplittableRandom random = new SplittableRandom(2016);
    long[] raw = new long[10_000];
    Weights.Builder<Integer> builder = Weights.builder();
    for (int i = 0; i < raw.length; i++) {
      raw[i] = random.nextLong(2_000, 1_000_001);
      builder.put(i, raw[i]);
    }
    long[] baseline = BigDecimalBaseline.apportion(5_000_000_000L, raw);
    var engine = Apportionment.largestRemainder(Amount.ofOre(5_000_000_000L), builder.build());
    for (int i = 0; i < raw.length; i++) {
      assertThat(engine.amountOf(i).toOre()).as("recipient %s", i).isEqualTo(baseline[i]);
    }
  }
}
