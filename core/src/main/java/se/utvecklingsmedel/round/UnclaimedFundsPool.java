package se.utvecklingsmedel.round;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;

/**
 * Requisition pots whose unclaimed funds are shared together (<i>gemensam fördelning av ej
 * rekvirerade medel</i>): what any of them leaves unclaimed goes to the recipients of all of them
 * that asked for more, and whether it shall or may be shared.
 *
 * <p>Sources: the 2020 decision (Regeringsbeslut 2020-03-12 nr I:5) lets unclaimed funds go to the
 * municipalities <i>and</i> regions that asked for them ("får fördelas"), one pool across two pots;
 * 2019's second round shares them within the municipalities' pot (its grant page says they are
 * redistributed; read as "shall", a team reading). A requisition pot in no pool of its round shares
 * its own unclaimed funds, as in 2016 (team decision: the model's default).
 *
 * <p>Team decisions: across pots, the pots share one redistribution policy, and a recipient's keyed
 * amount in öre stands in for its key weight (two keys' weights are not comparable; their amounts
 * are); the pots are shared by one decision, so they give the same decision date; what the pool
 * cannot give out (every asker capped) goes back from each pot in proportion to what it put in; an
 * allocation adds every pot of a pool, or none.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pots the requisition pots, at least one, in id order
 * @param sharing whether the funds shall or may be shared
 */
public record UnclaimedFundsPool(Set<PotId> pots, Sharing sharing) {

  /**
   * Validates the pool.
   *
   * @param pots the pots, at least one
   * @param sharing shall or may
   */
  public UnclaimedFundsPool {
    requireNonNull(pots, "UnclaimedFundsPool 'pots' must not be null");
    requireNonNull(sharing, "UnclaimedFundsPool 'sharing' must not be null");
    pots.forEach(p -> requireNonNull(p, "UnclaimedFundsPool 'pots' must not hold null"));
    pots = ImmutableSortedSet.copyOf(pots);
    checkRule(!pots.isEmpty(), UnclaimedFundsPool.class, "", "pots",
        "UnclaimedFundsPool 'pots' must name at least one pot");
  }

  /**
   * Returns a pool of pots.
   *
   * @param sharing shall or may
   * @param pots the pots
   * @return the pool
   */
  public static UnclaimedFundsPool of(Sharing sharing, PotId... pots) {
    requireNonNull(pots, "UnclaimedFundsPool 'pots' must not be null");
    for (PotId pot : pots) {
      requireNonNull(pot, "UnclaimedFundsPool 'pots' must not hold null");
    }
    return new UnclaimedFundsPool(ImmutableSortedSet.copyOf(pots), sharing);
  }

  /**
   * Returns whether the pool shares across several pots.
   *
   * @return true for two pots or more
   */
  public boolean acrossPots() {
    return pots.size() > 1;
  }
}
