package se.utvecklingsmedel.grant;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.Pot;

/**
 * A requisition pot handed out (<i>fördelning efter rekvisition</i>): the keyed amounts, the
 * requisitions accepted against them, and the unclaimed funds (<i>ej rekvirerade medel</i>) shared
 * among the recipients that asked for more.
 *
 * <p>Source: the 2016 account — "Under 2016 rekvirerade 246 kommuner tillsammans 44,4 miljoner
 * kronor … 137 kommuner fick på så sätt ytterligare utvecklingsmedel om totalt cirka 5,6 miljoner
 * kronor." Guarantees, checked on construction: {@code granted = requisitioned + redistributed} and
 * {@code budget = granted + returned}, exactly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RequisitionPotAllocation extends PotAllocation {

  private final DistributionKey key;
  private final ImmutableList<Requisition> requisitions;
  private final RequisitionRules rules;
  private final ImmutableSortedMap<Recipient, Amount> keyedAmounts;
  private final Amount requisitioned;
  private final Amount redistributed;
  private final Optional<Allocation<Recipient>> redistribution;

  RequisitionPotAllocation(Pot pot, ImmutableSortedMap<Recipient, RecipientGrant> grants,
      DistributionKey key, ImmutableList<Requisition> requisitions, RequisitionRules rules,
      ImmutableSortedMap<Recipient, Amount> keyedAmounts, Amount requisitioned,
      Optional<Allocation<Recipient>> redistribution, Amount returned, Amount transferredIn,
      Amount transferredOut) {
    super(pot, grants, returned, transferredIn, transferredOut);
    this.key = key;
    this.requisitions = requisitions;
    this.rules = rules;
    this.keyedAmounts = keyedAmounts;
    this.requisitioned = requisitioned;
    this.redistributed = grants.values().stream().map(RecipientGrant::redistributed).collect(Amount.summing());
    this.redistribution = redistribution;
    checkState(granted().equals(requisitioned.plus(redistributed)),
        "Pot %s: granted %s is not requisitioned %s plus redistributed %s", pot.id(), granted(),
        requisitioned, redistributed);
  }

  /**
   * Returns the distribution key the pot was handed out by.
   *
   * @return the key
   */
  public DistributionKey key() {
    return key;
  }

  /**
   * Returns the requisitions received, in recipient order.
   *
   * @return the requisitions
   */
  public ImmutableList<Requisition> requisitions() {
    return requisitions;
  }

  /**
   * Returns the rules: late requisitions, redistribution, and who may share unclaimed funds.
   *
   * @return the rules
   */
  public RequisitionRules rules() {
    return rules;
  }

  /**
   * Returns every keyed recipient's keyed amount, adding up to the budget.
   *
   * @return the keyed amounts, in recipient order
   */
  public ImmutableSortedMap<Recipient, Amount> keyedAmounts() {
    return keyedAmounts;
  }

  /**
   * Returns the total of the accepted requisitions.
   *
   * @return the amount requisitioned
   */
  public Amount requisitioned() {
    return requisitioned;
  }

  /**
   * Returns the keyed money not requisitioned (or refused as late): the pool shared among those
   * that asked for more.
   *
   * @return {@code budget - requisitioned}
   */
  public Amount unclaimed() {
    return budget().minus(requisitioned);
  }

  /**
   * Returns the unclaimed funds redistributed to this pot's recipients that asked for more (in a
   * pool across pots, from any of its pots).
   *
   * @return the amount redistributed
   */
  public Amount redistributed() {
    return redistributed;
  }

  /**
   * Returns the engine's allocation of unclaimed funds, with its certificate: the pot's own, or, for
   * a pot of an unclaimed-funds pool across pots, the pool's (its lines for every pot's recipients).
   *
   * @return the redistribution; empty when nothing was unclaimed, no eligible recipient asked, or
   *     the funds may be shared and no decision shared them
   */
  public Optional<Allocation<Recipient>> redistribution() {
    return redistribution;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RequisitionPotAllocation other && other.pot().equals(pot())
        && other.key.equals(key) && other.requisitions.equals(requisitions)
        && other.rules.equals(rules) && other.grants().equals(grants());
  }

  @Override
  public int hashCode() {
    return pot().hashCode() * 31 + grants().hashCode();
  }

  @Override
  public String toString() {
    return "Pot " + pot().id() + ": budget " + budget() + ", requisitioned " + requisitioned
        + ", redistributed " + redistributed + ", granted " + granted() + ", returned " + returned();
  }
}
