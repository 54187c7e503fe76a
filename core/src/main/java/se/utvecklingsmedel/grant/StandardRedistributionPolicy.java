package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;

import java.util.function.ToLongFunction;
import se.utvecklingsmedel.decision.Wording;

/**
 * The built-in ways of sharing unclaimed funds.
 *
 * <p>Team decision (the published sources give no formula): {@link #PROPORTIONAL_TO_KEY} is the
 * default.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StandardRedistributionPolicy implements RedistributionPolicy {
  /** In proportion to each candidate's weight in the distribution key (the default). */
  PROPORTIONAL_TO_KEY(new Wording("i proportion till fördelningsnyckeln",
      "in proportion to the distribution key"), RedistributionCandidate::keyWeight),
  /** Equal shares to every candidate. */
  EQUAL_SHARES(new Wording("i lika delar", "in equal shares"), candidate -> 1),
  /** In proportion to the amount each candidate requisitioned. */
  PROPORTIONAL_TO_REQUISITIONED(new Wording("i proportion till rekvirerat belopp",
      "in proportion to the amount requisitioned"), candidate -> candidate.requisitioned().toOre());

  private final Wording description;
  private final ToLongFunction<RedistributionCandidate> weight;

  StandardRedistributionPolicy(Wording description,
      ToLongFunction<RedistributionCandidate> weight) {
    this.description = description;
    this.weight = weight;
  }

  @Override
  public long weight(RedistributionCandidate candidate) {
    requireNonNull(candidate, "StandardRedistributionPolicy 'candidate' must not be null");
    return weight.applyAsLong(candidate);
  }

  @Override
  public Wording description() {
    return description;
  }
}
