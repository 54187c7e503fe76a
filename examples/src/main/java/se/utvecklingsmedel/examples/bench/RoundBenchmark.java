package se.utvecklingsmedel.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.grant.ApplicationPotAllocation;
import se.utvecklingsmedel.grant.AssignmentPotAllocation;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.json.GrantJson;

/**
 * What a user pays for the whole 2016 round, and for its JSON beside Jackson's own work on
 * the same document in the same run: the round from already-parsed inputs (allocation,
 * redistribution, applications, follow-up, statistics); {@code GrantJson.read} and {@code write} of
 * the scenario and of its follow-up, beside {@code readTree} and {@code writeValueAsString} of the
 * same bytes and tree.
 *
 * <p>Run with {@code mvn -B -ntp -DskipTests -Pbench verify -Dbench.args="RoundBenchmark"} (see the
 * README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RoundBenchmark {

  private final ObjectMapper jackson = new ObjectMapper();
  private byte[] scenario;
  private byte[] followUpJson;
  private JsonNode followUpTree;
  private FollowUp followUp;
  private RoundAllocation.Builder inputs;
  private List<FollowUpReport> reports;

  /** Reads the shipped scenario once, and keeps its inputs parsed. */
  @Setup
  public void setUp() {
    try (InputStream in = RoundBenchmark.class.getResourceAsStream(
        "/se/utvecklingsmedel/examples/round-2016-scenario.json")) {
      scenario = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    followUp = GrantJson.read(new String(scenario, StandardCharsets.UTF_8),
        FollowUp.class);
    followUpJson = GrantJson.write(followUp).getBytes(StandardCharsets.UTF_8);
    try {
      followUpTree = jackson.readTree(followUpJson);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    reports = new ArrayList<>();
    followUp.settlements().forEach(s -> s.report().ifPresent(reports::add));
  }

  /** The round's allocation from its parsed inputs: every pot, as the scenario states it. */
  private RoundAllocation allocate() {
    RoundAllocation stated = followUp.allocation();
    RoundAllocation.Builder b = RoundAllocation.builder(stated.round());
    for (PotAllocation pot : stated.pots().values()) {
      if (pot instanceof RequisitionPotAllocation r) {
        b.requisitions(pot.pot().id(), r.key(), r.requisitions(), r.rules());
      } else if (pot instanceof ApplicationPotAllocation a) {
        b.applications(pot.pot().id(), a.applications(), a.rules());
      } else if (pot instanceof AssignmentPotAllocation a) {
        b.assignments(pot.pot().id(), a.key());
      }
    }
    return b.build();
  }

  /**
   * The whole 2016 round from parsed inputs: allocation, redistribution, applications, follow-up
   * and statistics.
   *
   * @return the statistics
   */
  @Benchmark
  public RoundStatistics wholeRound() {
    return RoundStatistics.of(FollowUp.of(allocate(), reports, followUp.asOf()));
  }

  /**
   * The allocation alone: every pot's key, requisitions, redistribution and applications.
   *
   * @return the allocation
   */
  @Benchmark
  public RoundAllocation allocationAlone() {
    return allocate();
  }

  /**
   * The follow-up alone, from a computed allocation: settlements and claims.
   *
   * @return the follow-up
   */
  @Benchmark
  public FollowUp followUpAlone() {
    return FollowUp.of(followUp.allocation(), reports, followUp.asOf());
  }

  /**
   * A follow-up of the parsed allocation and its statistics, both built afresh each time: the
   * follow-up's own cost is {@link #followUpAlone()}'s, the rest is the statistics'.
   *
   * @return the statistics
   */
  @Benchmark
  public RoundStatistics followUpAndStatistics() {
    return RoundStatistics.of(FollowUp.of(followUp.allocation(), reports, followUp.asOf()));
  }

  /**
   * Jackson's {@code readTree} of the scenario's bytes: the floor for reading it.
   *
   * @return the tree
   * @throws IOException never
   */
  @Benchmark
  public JsonNode jacksonReadTreeScenario() throws IOException {
    return jackson.readTree(scenario);
  }

  /**
   * {@code GrantJson.read} of the scenario: parse, check, recompute.
   *
   * @return the follow-up
   */
  @Benchmark
  public FollowUp grantJsonReadScenario() {
    return GrantJson.read(new ByteArrayInputStream(scenario), FollowUp.class);
  }

  /**
   * Jackson's {@code readTree} of the follow-up document's bytes.
   *
   * @return the tree
   * @throws IOException never
   */
  @Benchmark
  public JsonNode jacksonReadTreeFollowUp() throws IOException {
    return jackson.readTree(followUpJson);
  }

  /**
   * {@code GrantJson.read} of the follow-up document, stated results compared.
   *
   * @return the follow-up
   */
  @Benchmark
  public FollowUp grantJsonReadFollowUp() {
    return GrantJson.read(new ByteArrayInputStream(followUpJson), FollowUp.class);
  }

  /**
   * Jackson writing the follow-up's tree.
   *
   * @return the JSON
   * @throws IOException never
   */
  @Benchmark
  public String jacksonWriteFollowUp() throws IOException {
    return jackson.writerWithDefaultPrettyPrinter().writeValueAsString(followUpTree);
  }

  /**
   * {@code GrantJson.write} of the follow-up.
   *
   * @return the JSON
   */
  @Benchmark
  public String grantJsonWriteFollowUp() {
    return GrantJson.write(followUp);
  }
}
