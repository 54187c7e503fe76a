package se.utvecklingsmedel.grant;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.Pot;

/**
 * An assignment pot handed out (<i>medel för att genomföra uppdraget</i>): administration money
 * assigned in full to the recipients that carry out a government mission, by a key.
 *
 * <p>Source: the 2016 account — NCK had 0,5 MSEK and the county boards 15 MSEK "för att genomföra
 * uppdraget". This is not a development-fund grant: it is never reported on, settled or reclaimed,
 * and the follow-up and its statistics count it apart, as "assigned for the mission".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AssignmentPotAllocation extends PotAllocation {

  private final DistributionKey key;

  AssignmentPotAllocation(Pot pot, ImmutableSortedMap<Recipient, RecipientGrant> grants,
      DistributionKey key) {
    super(pot, grants);
    this.key = key;
  }

  /**
   * Returns the key the money was assigned by.
   *
   * @return the key
   */
  public DistributionKey key() {
    return key;
  }

  /**
   * Returns each recipient's assigned amount.
   *
   * @return the amounts, in recipient order
   */
  public ImmutableSortedMap<Recipient, Amount> assignedAmounts() {
    return ImmutableSortedMap.copyOfSorted(Maps.transformValues(grants(), RecipientGrant::granted));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AssignmentPotAllocation other && other.pot().equals(pot())
        && other.key.equals(key) && other.grants().equals(grants());
  }

  @Override
  public int hashCode() {
    return pot().hashCode() * 31 + grants().hashCode();
  }
}
