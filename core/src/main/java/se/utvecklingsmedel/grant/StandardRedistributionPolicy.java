package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;

/**
 * The built-in ways of sharing unclaimed funds.
 *
 * <p>Team decision (issue 4; the seeds give no formula): {@link #PROPORTIONAL_TO_KEY} is the default.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StandardRedistributionPolicy implements RedistributionPolicy {
  /** In proportion to each candidate's weight in the distribution key (the default). */
  PROPORTIONAL_TO_KEY("in proportion to the distribution key") {
    @Override
    public long weight(RedistributionCandidate candidate) {
      requireNonNull(candidate, "StandardRedistributionPolicy 'candidate' must not be null");
      return candidate.keyWeight();
    }
  },
  /** Equal shares to every candidate. */
  EQUAL_SHARES("in equal shares") {
    @Override
    public long weight(RedistributionCandidate candidate) {
      requireNonNull(candidate, "StandardRedistributionPolicy 'candidate' must not be null");
      return 1;
    }
  },
  /** In proportion to the amount each candidate requisitioned. */
  PROPORTIONAL_TO_REQUISITIONED("in proportion to the amount requisitioned") {
    @Override
    public long weight(RedistributionCandidate candidate) {
      requireNonNull(candidate, "StandardRedistributionPolicy 'candidate' must not be null");
      return candidate.requisitioned().toOre();
    }
  };

  private final String description;

  StandardRedistributionPolicy(String description) {
    this.description = description;
  }

  @Override
  public String description() {
    return description;
  }
}
