package se.utvecklingsmedel.grant;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.Pot;

/**
 * How one pot was handed out (<i>fördelning av en anslagspost</i>): its totals and every recipient's
 * grant.
 *
 * <p>Guarantee, checked on construction: {@code budget = granted + returned} exactly, to the öre, and
 * {@code granted = requisitioned + redistributed} for a requisition pot (an application pot has
 * nothing requisitioned or redistributed). What is returned goes back to the state (<i>återgår till
 * staten</i>).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PotAllocation {

  private final Pot pot;
  private final Amount requisitioned;
  private final Amount redistributed;
  private final Amount granted;
  private final ImmutableSortedMap<Recipient, RecipientGrant> grants;
  private final Optional<Allocation<Recipient>> keyedAmounts;
  private final Optional<Allocation<Recipient>> redistribution;
  private final Inputs inputs;

  /** What a pot was computed from, kept so the computation can be repeated and checked. */
  record Inputs(Optional<DistributionKey> key, ImmutableList<Requisition> requisitions,
      ImmutableList<Application> applications, Optional<RequisitionRules> requisitionRules,
      Optional<ApplicationRules> applicationRules) {
  }

  PotAllocation(Pot pot, ImmutableSortedMap<Recipient, RecipientGrant> grants, Amount requisitioned,
      Optional<Allocation<Recipient>> keyedAmounts, Optional<Allocation<Recipient>> redistribution,
      Inputs inputs) {
    this.pot = pot;
    this.inputs = inputs;
    this.grants = grants;
    this.requisitioned = requisitioned;
    this.redistributed = Amount.total(grants.values().stream().map(RecipientGrant::redistributed)::iterator);
    this.granted = Amount.total(grants.values().stream().map(RecipientGrant::granted)::iterator);
    this.keyedAmounts = keyedAmounts;
    this.redistribution = redistribution;
    checkState(!granted.isGreaterThan(pot.budget()), "Pot %s: granted %s exceeds the budget %s",
        pot.id(), granted, pot.budget());
    checkState(granted.equals(requisitioned.plus(redistributed)) || requisitioned.isZero(),
        "Pot %s: granted %s is not requisitioned %s plus redistributed %s", pot.id(), granted,
        requisitioned, redistributed);
  }

  /**
   * Returns the pot.
   *
   * @return the pot
   */
  public Pot pot() {
    return pot;
  }

  /**
   * Returns the pot's budget.
   *
   * @return the budget
   */
  public Amount budget() {
    return pot.budget();
  }

  /**
   * Returns the total of the accepted requisitions.
   *
   * @return the amount requisitioned, zero for an application pot
   */
  public Amount requisitioned() {
    return requisitioned;
  }

  /**
   * Returns the unclaimed funds redistributed to recipients that asked for more.
   *
   * @return the amount redistributed
   */
  public Amount redistributed() {
    return redistributed;
  }

  /**
   * Returns the total granted.
   *
   * @return the amount granted
   */
  public Amount granted() {
    return granted;
  }

  /**
   * Returns what nobody could take: it goes back to the state.
   *
   * @return {@code budget - granted}
   */
  public Amount returned() {
    return pot.budget().minus(granted);
  }

  /**
   * Returns every recipient's grant, in recipient order. A requisition pot lists every keyed
   * recipient, also those that did not requisition; an application pot lists every applicant.
   *
   * @return the grants
   */
  public ImmutableSortedMap<Recipient, RecipientGrant> grants() {
    return grants;
  }

  /**
   * Returns one recipient's grant.
   *
   * @param recipient the recipient
   * @return its grant
   * @throws IllegalArgumentException if the recipient has no grant in this pot
   */
  public RecipientGrant grantOf(Recipient recipient) {
    RecipientGrant grant = grants.get(recipient);
    checkArgument(grant != null, "Pot %s has no grant for %s", pot.id(), recipient);
    return grant;
  }

  /**
   * Returns the engine's allocation of the keyed amounts, with its certificate.
   *
   * @return the keyed amounts, for a requisition or assignment pot
   */
  public Optional<Allocation<Recipient>> keyedAmounts() {
    return keyedAmounts;
  }

  /**
   * Returns the engine's allocation of unclaimed funds, with its certificate.
   *
   * @return the redistribution, if any recipient asked for a share
   */
  public Optional<Allocation<Recipient>> redistribution() {
    return redistribution;
  }

  /**
   * Returns the distribution key, for a requisition or assignment pot.
   *
   * @return the key the pot was handed out by
   */
  public Optional<DistributionKey> key() {
    return inputs.key();
  }

  /**
   * Returns the requisitions the pot was handed out on, in recipient order.
   *
   * @return the requisitions; empty for other pots
   */
  public ImmutableList<Requisition> requisitions() {
    return inputs.requisitions();
  }

  /**
   * Returns the applications the pot was handed out on, in applicant order.
   *
   * @return the applications; empty for other pots
   */
  public ImmutableList<Application> applications() {
    return inputs.applications();
  }

  /**
   * Returns the rules of a requisition pot.
   *
   * @return the late and redistribution policies
   */
  public Optional<RequisitionRules> requisitionRules() {
    return inputs.requisitionRules();
  }

  /**
   * Returns the rules of an application pot.
   *
   * @return the priority rule and grant policy
   */
  public Optional<ApplicationRules> applicationRules() {
    return inputs.applicationRules();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PotAllocation && ((PotAllocation) obj).pot.equals(pot)
        && ((PotAllocation) obj).grants.equals(grants)
        && ((PotAllocation) obj).requisitioned.equals(requisitioned);
  }

  @Override
  public int hashCode() {
    return pot.hashCode() * 31 + grants.hashCode();
  }

  @Override
  public String toString() {
    return "Pot " + pot.id() + ": budget " + budget() + ", requisitioned " + requisitioned
        + ", redistributed " + redistributed + ", granted " + granted + ", returned " + returned();
  }
}
