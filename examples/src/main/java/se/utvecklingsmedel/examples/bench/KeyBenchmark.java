package se.utvecklingsmedel.examples.bench;

import java.util.HashMap;
import java.util.Map;
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
 * What a user pays end to end for a key: building {@code Weights} from a map and from
 * parallel arrays, then the apportionment, at 290, 10 000 and 1 000 000 recipients. Divide by the
 * recipients for the time per recipient.
 *
 * <p>Run with {@code mvn -B -ntp -DskipTests -Pbench verify -Dbench.args="KeyBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class KeyBenchmark {

  @Param({"290", "10000", "1000000"})
  int recipients;

  private Integer[] keys;
  private long[] weights;
  private Map<Integer, Long> map;
  private final Amount total = Amount.ofKronor(50_000_000);

  /** Keys and population-like weights, fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2016);
    keys = new Integer[recipients];
    weights = new long[recipients];
    map = new HashMap<>();
    for (int i = 0; i < recipients; i++) {
      keys[i] = i;
      weights[i] = random.nextLong(2_000, 1_000_001);
      map.put(i, weights[i]);
    }
  }

  /**
   * From a map: {@code Weights.of(map)}, then apportioned.
   *
   * @return the allocation
   */
  @Benchmark
  public Allocation<Integer> fromMapAndApportion() {
    return Apportionment.largestRemainder(total, Weights.of(map));
  }

  /**
   * From parallel arrays, put one by one into the builder, then apportioned.
   *
   * @return the allocation
   */
  @Benchmark
  public Allocation<Integer> fromArraysAndApportion() {
    Weights.Builder<Integer> builder = Weights.builder();
    for (int i = 0; i < keys.length; i++) {
      builder.put(keys[i], weights[i]);
    }
    return Apportionment.largestRemainder(total, builder.build());
  }
}
