package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.PotId;

/**
 * A what-if comparison of two allocations (<i>jämförelse</i>): per pot and per recipient, the
 * change from the first ("before") to the second ("after").
 *
 * <p>Pots and recipients present in only one allocation count as zero in the other. A recipient's
 * figure is its total granted across the allocated pots.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AllocationComparison {

  /**
   * The change in one pot's totals.
   *
   * @param potId the pot
   * @param budget the change in budget
   * @param redistributed the change in unclaimed funds redistributed
   * @param granted the change in the amount granted
   * @param returned the change in the amount returned to the state
   */
  public record PotChange(PotId potId, AmountChange budget, AmountChange redistributed,
      AmountChange granted, AmountChange returned) {

    /**
     * Creates a change.
     *
     * @param potId the pot id
     * @param budget the budget
     * @param redistributed the redistributed
     * @param granted the granted
     * @param returned the returned
     * @throws NullPointerException if any argument is null
     */
    public PotChange {
      requireNonNull(potId, "PotChange 'potId' must not be null");
      requireNonNull(budget, "PotChange 'budget' must not be null");
      requireNonNull(redistributed, "PotChange 'redistributed' must not be null");
      requireNonNull(granted, "PotChange 'granted' must not be null");
      requireNonNull(returned, "PotChange 'returned' must not be null");
    }
  }

  private final RoundAllocation before;
  private final RoundAllocation after;
  private final ImmutableMap<PotId, PotChange> pots;
  private final ImmutableSortedMap<Recipient, AmountChange> recipients;

  private AllocationComparison(RoundAllocation before, RoundAllocation after,
      ImmutableMap<PotId, PotChange> pots, ImmutableSortedMap<Recipient, AmountChange> recipients) {
    this.before = before;
    this.after = after;
    this.pots = pots;
    this.recipients = recipients;
  }

  /**
   * Returns the allocation compared from.
   *
   * @return the first allocation
   */
  public RoundAllocation before() {
    return before;
  }

  /**
   * Returns the allocation compared to.
   *
   * @return the second allocation
   */
  public RoundAllocation after() {
    return after;
  }

  static AllocationComparison of(RoundAllocation before, RoundAllocation after) {
    Set<PotId> potIds = new LinkedHashSet<>(before.pots().keySet());
    potIds.addAll(after.pots().keySet());
    ImmutableMap.Builder<PotId, PotChange> pots = ImmutableMap.builder();
    for (PotId id : potIds) {
      PotAllocation b = before.pots().get(id);
      PotAllocation a = after.pots().get(id);
      pots.put(id, new PotChange(id, change(b, a, PotAllocation::budget),
          change(b, a, AllocationComparison::redistributed), change(b, a, PotAllocation::granted),
          change(b, a, PotAllocation::returned)));
    }
    Set<Recipient> everyone = new TreeSet<>();
    for (RoundAllocation allocation : List.of(before, after)) {
      allocation.pots().values().forEach(p -> everyone.addAll(p.grants().keySet()));
    }
    ImmutableSortedMap.Builder<Recipient, AmountChange> recipients = ImmutableSortedMap.naturalOrder();
    for (Recipient recipient : everyone) {
      recipients.put(recipient,
          AmountChange.of(before.totalGrantedTo(recipient), after.totalGrantedTo(recipient)));
    }
    return new AllocationComparison(before, after, pots.build(), recipients.build());
  }

  private static Amount redistributed(PotAllocation pot) {
    return pot instanceof RequisitionPotAllocation requisitions ? requisitions.redistributed()
        : Amount.zero();
  }

  private static AmountChange change(PotAllocation before, PotAllocation after,
      Function<PotAllocation, Amount> figure) {
    return AmountChange.of(before == null ? Amount.zero() : figure.apply(before),
        after == null ? Amount.zero() : figure.apply(after));
  }

  /**
   * Returns the change per pot, in pot order. To look one up, use {@link #pot(PotId)}: a map's
   * {@code get} takes any object, so {@code pots().get("municipalities")} compiles and answers null.
   *
   * @return the pot changes
   */
  public ImmutableMap<PotId, PotChange> pots() {
    return pots;
  }

  /**
   * Returns the change in one pot.
   *
   * @param potId the pot's id
   * @return its change
   * @throws IllegalArgumentException if neither allocation has the pot
   */
  public PotChange pot(PotId potId) {
    requireNonNull(potId, "AllocationComparison 'potId' must not be null");
    PotChange change = pots.get(potId);
    checkRule(change != null, AllocationComparison.class, "", "",
        "AllocationComparison has no pot '%s'; it has %s", potId,
        pots.keySet());
    return change;
  }

  /**
   * Returns the change in each recipient's total granted, in recipient order.
   *
   * @return the recipient changes
   */
  public ImmutableSortedMap<Recipient, AmountChange> recipients() {
    return recipients;
  }

  /**
   * Returns the recipients that receive more after than before.
   *
   * @return the gainers, in recipient order
   */
  public ImmutableList<Recipient> gainers() {
    return filter(AmountChange::isGain);
  }

  /**
   * Returns the recipients that receive less after than before.
   *
   * @return the losers, in recipient order
   */
  public ImmutableList<Recipient> losers() {
    return filter(AmountChange::isLoss);
  }

  /**
   * Returns every recipient whose amount moved against its weight share or against the budget's
   * change, in each pot both allocations hand out by a key (requisition and assignment pots), with
   * the size of the move and its cause ({@link Paradox}): the report an analyst reads before
   * trusting a comparison of two keys, two budgets or two policies.
   *
   * <p>Guarantees, proven by properties: the list is empty exactly when no such move happened; a
   * move caused by the key's rounding alone is at most one öre.
   *
   * @return the paradoxes, pot by pot in the first allocation's order, in recipient order
   */
  public ImmutableList<Paradox> paradoxes() {
    return Paradoxes.between(before, after);
  }

  private ImmutableList<Recipient> filter(Predicate<AmountChange> test) {
    return recipients.entrySet().stream().filter(e -> test.test(e.getValue()))
        .map(Map.Entry::getKey).collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AllocationComparison && ((AllocationComparison) obj).before.equals(before)
        && ((AllocationComparison) obj).after.equals(after);
  }

  @Override
  public int hashCode() {
    return pots.hashCode() * 31 + recipients.hashCode();
  }

  @Override
  public String toString() {
    return "AllocationComparison: " + gainers().size() + " gain, " + losers().size() + " lose, "
        + pots.values();
  }
}
