package se.utvecklingsmedel.examples.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.money.Amount;

/**
 * Largest-remainder apportionment of 50 MSEK among 290, 10 000 and 1 000 000 recipients with
 * population-like weights, against a straightforward {@link java.math.BigDecimal} implementation.
 *
 * <p>Run with {@code mvn -DskipTests -Pbench verify} (see the README). Divide the reported time per
 * operation by the number of recipients for the time per recipient.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ApportionmentBenchmark {

  @Param({"290", "10000", "1000000"})
  int recipients;

  private Weights<Integer> weights;
  private long[] rawWeights;
  private final Amount total = Amount.ofKronor(50_000_000);

  /** Builds the weights once: populations from 2 000 to 1 000 000, fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2016);
    rawWeights = new long[recipients];
    Weights.Builder<Integer> builder = Weights.builder();
    for (int i = 0; i < recipients; i++) {
      rawWeights[i] = random.nextLong(2_000, 1_000_001);
      builder.put(i, rawWeights[i]);
    }
    weights = builder.build();
  }

  /**
   * The engine: amounts only (the certificate is built lazily, on demand).
   *
   * @return the allocation
   */
  @Benchmark
  public Allocation<Integer> engine() {
    return Apportionment.largestRemainder(total, weights);
  }

  /**
   * The baseline: quotas as BigDecimal, sorted by remainder.
   *
   * @return the amounts in öre
   */
  @Benchmark
  public long[] bigDecimalBaseline() {
    return BigDecimalBaseline.apportion(total.toOre(), rawWeights);
  }
}
