package se.utvecklingsmedel.grant;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableSortedMap;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.Pot;

/**
 * How one pot was handed out (<i>fördelning av en anslagspost</i>): its totals and every
 * recipient's grant. It is one of three kinds, each holding only its own inputs and results:
 * {@link RequisitionPotAllocation} (a key, requisitions and the redistribution of unclaimed funds),
 * {@link ApplicationPotAllocation} (applications assessed in priority order) and
 * {@link AssignmentPotAllocation} (administration money assigned for a mission, which is not a
 * grant that is followed up).
 *
 * <p>Guarantee, checked on construction: {@code budget + transferredIn = granted + returned +
 * transferredOut} exactly, to the öre; money moves in or out only between the pots of an
 * unclaimed-funds pool, so for any other pot {@code budget = granted + returned}. What is returned
 * goes back to the state (<i>återgår till staten</i>).
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract sealed class PotAllocation
    permits RequisitionPotAllocation, ApplicationPotAllocation, AssignmentPotAllocation {

  private final Pot pot;
  private final ImmutableSortedMap<Recipient, RecipientGrant> grants;
  private final Amount granted;
  private final Amount returned;
  private final Amount transferredIn;
  private final Amount transferredOut;

  PotAllocation(Pot pot, ImmutableSortedMap<Recipient, RecipientGrant> grants) {
    this.pot = pot;
    this.grants = grants;
    this.granted = grants.values().stream().map(RecipientGrant::granted).collect(Amount.summing());
    checkState(!granted.isGreaterThan(pot.budget()), "Pot %s: granted %s exceeds the budget %s",
        pot.id(), granted, pot.budget());
    this.returned = pot.budget().minus(granted);
    this.transferredIn = Amount.zero();
    this.transferredOut = Amount.zero();
  }

  /** A pot of an unclaimed-funds pool across pots: money moved in or out with the pool. */
  PotAllocation(Pot pot, ImmutableSortedMap<Recipient, RecipientGrant> grants, Amount returned,
      Amount transferredIn, Amount transferredOut) {
    this.pot = pot;
    this.grants = grants;
    this.granted = grants.values().stream().map(RecipientGrant::granted).collect(Amount.summing());
    this.returned = returned;
    this.transferredIn = transferredIn;
    this.transferredOut = transferredOut;
    checkState(pot.budget().plus(transferredIn).equals(granted.plus(returned).plus(transferredOut)),
        "Pot %s: budget %s + in %s is not granted %s + returned %s + out %s", pot.id(),
        pot.budget(), transferredIn, granted, returned, transferredOut);
  }

  /**
   * Returns the pot.
   *
   * @return the pot
   */
  public final Pot pot() {
    return pot;
  }

  /**
   * Returns the pot's budget.
   *
   * @return the budget
   */
  public final Amount budget() {
    return pot.budget();
  }

  /**
   * Returns the total granted (for an assignment pot: assigned).
   *
   * @return the amount granted
   */
  public final Amount granted() {
    return granted;
  }

  /**
   * Returns what nobody could take: it goes back to the state, or, for a pot with a ceiling, where
   * the round's {@link se.utvecklingsmedel.round.GrantRound#unspentCeiling() unspentCeiling}
   * says.
   *
   * @return {@code budget - granted}, or for a pot of an unclaimed-funds pool across pots its part
   *     of what the pool could not give out ({@code budget + transferredIn - transferredOut -
   *     granted})
   */
  public final Amount returned() {
    return returned;
  }

  /**
   * Returns what other pots of the round's unclaimed-funds pool gave this pot's recipients, net of
   * what it gave theirs ({@link se.utvecklingsmedel.round.UnclaimedFundsPool}; 2020: municipalities
   * and regions). At most one of it and {@link #transferredOut()} is above zero.
   *
   * @return the money moved in, net; zero unless the pot pools across pots
   */
  public final Amount transferredIn() {
    return transferredIn;
  }

  /**
   * Returns what this pot left unclaimed and the pool gave to other pots' recipients, net of what
   * it received from theirs.
   *
   * @return the money moved out, net; zero unless the pot pools across pots
   */
  public final Amount transferredOut() {
    return transferredOut;
  }

  /**
   * Returns every recipient's grant, in recipient order. A requisition or assignment pot lists
   * every keyed recipient, also those that did not requisition; an application pot lists every
   * applicant.
   *
   * @return the grants
   */
  public final ImmutableSortedMap<Recipient, RecipientGrant> grants() {
    return grants;
  }

  /**
   * Returns one recipient's grant.
   *
   * @param recipient the recipient
   * @return its grant
   * @throws IllegalArgumentException if the recipient has no grant in this pot
   */
  public final RecipientGrant grantOf(Recipient recipient) {
    requireNonNull(recipient, "PotAllocation 'recipient' must not be null");
    RecipientGrant grant = grants.get(recipient);
    checkRule(grant != null, Pot.class, pot.id(), "",
        "Pot %s has no grant for %s", pot.id(), recipient);
    return grant;
  }

  @Override
  public String toString() {
    return "Pot " + pot.id() + " (" + pot.method().label() + "): budget " + budget() + ", granted "
        + granted + ", returned " + returned();
  }
}
