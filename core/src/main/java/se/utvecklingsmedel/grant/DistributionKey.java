package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.decision.Reason;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.vocabulary.FreeText;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * A distribution key (<i>fördelningsnyckel</i>): each recipient's share of a requisition or
 * assignment pot, as data. It is one of two kinds: {@link ByWeights} (e.g. population at a stated
 * date, split by the largest-remainder method) or {@link ByAmounts} (explicit amounts per
 * recipient, as an annex lists them).
 *
 * <p>Source: the 2016 account — municipalities requisitioned "de utvecklingsmedel som avsatts åt
 * dem enligt regeringens fördelningsnyckel (bilaga 2 till regeringsbeslut 20160128 nr II:3)". That
 * annex is not among the published sources, so a key is always input. {@link #keyedAmounts(Pot)}
 * gives every recipient's keyed amount, adding up to the pot's budget exactly. Amounts are not
 * weights in öre: a key of amounts is bounded only by the range of {@link Amount}, not by the
 * engine's weight bound.
 *
 * <pre>{@code
 * DistributionKey byPopulation = DistributionKey.byWeights("Folkmängd 2015-12-31", populations);
 * DistributionKey annex = DistributionKey.byAmounts("Bilaga 2 till regeringsbeslut II:3", amounts);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract sealed class DistributionKey permits DistributionKey.ByWeights,
    DistributionKey.ByAmounts {

  private final String basis;

  DistributionKey(String basis) {
    requireNonNull(basis, "DistributionKey 'basis' must not be null");
    this.basis = FreeText.check("DistributionKey", "basis", basis);
  }

  /**
   * Returns a key that splits a pot in proportion to weights.
   *
   * @param basis what the weights are, e.g. {@code "Folkmängd 2015-12-31"}
   * @param weights each recipient's weight, e.g. a {@code Weights<Municipality>}
   * @return the key
   * @throws IllegalArgumentException if the basis is blank
   */
  public static ByWeights byWeights(String basis, Weights<? extends Recipient> weights) {
    requireNonNull(weights, "DistributionKey 'weights' must not be null");
    return new ByWeights(basis, widen(weights));
  }

  /**
   * Returns a key that gives each recipient an explicit amount.
   *
   * @param basis where the amounts come from, e.g. {@code "Bilaga 2 till regeringsbeslut II:3"}
   * @param amounts each recipient's keyed amount
   * @return the key
   * @throws IllegalArgumentException if the basis is blank, there are no amounts, one is null or a
   *     recipient is null, or they are all zero
   */
  public static ByAmounts byAmounts(String basis, Map<? extends Recipient, Amount> amounts) {
    requireNonNull(amounts, "DistributionKey 'amounts' must not be null");
    ImmutableSortedMap.Builder<Recipient, Amount> copy = ImmutableSortedMap.naturalOrder();
    amounts.forEach((recipient, amount) -> {
      checkRule(recipient != null, DistributionKey.class, "", "amounts",
          "DistributionKey 'amounts' must not hold a null recipient");
      checkRule(amount != null, DistributionKey.class, "", "amounts",
          "DistributionKey 'amounts' must not hold null: the amount of %s is null", recipient);
      copy.put(recipient, amount);
    });
    return new ByAmounts(basis, copy.build());
  }

  /**
   * Views weights of a kind of recipient as weights of recipients. Safe: weights are immutable and
   * only read, and a recipient compares with any recipient (no copy: a team decision).
   */
  @SuppressWarnings("unchecked")
  private static Weights<Recipient> widen(Weights<? extends Recipient> weights) {
    return (Weights<Recipient>) weights;
  }

  /**
   * Returns what the key rests on.
   *
   * @return the basis
   */
  public final String basis() {
    return basis;
  }

  /**
   * Returns the recipients the key names, in recipient order.
   *
   * @return the recipients
   */
  public abstract ImmutableSortedSet<Recipient> recipients();

  /**
   * Returns whether the key names a recipient.
   *
   * @param recipient the recipient
   * @return true if the key gives it a share
   */
  public final boolean covers(Recipient recipient) {
    requireNonNull(recipient, "DistributionKey 'recipient' must not be null");
    return Collections.binarySearch(recipientList(), recipient) >= 0;
  }

  /** The recipients in recipient order, as a list to search and to index. */
  abstract ImmutableList<Recipient> recipientList();

  /**
   * Returns every recipient's keyed amount of a pot, adding up to its budget exactly.
   *
   * @param pot the pot
   * @return the keyed amounts, in recipient order
   * @throws IllegalArgumentException if the key names a recipient the pot does not serve, or (for a
   *     key of amounts) the amounts do not add up to the budget (the message names the difference)
   */
  public abstract ImmutableSortedMap<Recipient, Amount> keyedAmounts(Pot pot);

  /** The keyed amounts of a pot, with a reason per recipient saying how its amount follows. */
  abstract Keyed keyed(Pot pot);

  /**
   * Keyed amounts by position in recipient order: the recipient, its amount, the weight a
   * redistribution policy may weigh it by (its key weight, or öre) and how its amount follows from
   * the key. A workflow finds a recipient's position once and reads the rest by it.
   */
  static final class Keyed {
    private final ImmutableSortedMap<Recipient, Amount> amounts;
    private final ImmutableList<Recipient> recipients;
    private final ImmutableList<Amount> amountList;
    private final IntToLongFunction weight;
    private final IntFunction<Reason> reason;
    /** Positions by recipient, made at the first input out of key order (one workflow's own). */
    private Map<Recipient, Integer> positions;

    Keyed(ImmutableSortedMap<Recipient, Amount> amounts, IntToLongFunction weight,
        IntFunction<Reason> reason) {
      this.amounts = amounts;
      this.recipients = amounts.keySet().asList();
      this.amountList = amounts.values().asList();
      this.weight = weight;
      this.reason = reason;
    }

    ImmutableSortedMap<Recipient, Amount> amounts() {
      return amounts;
    }

    int size() {
      return recipients.size();
    }

    /**
     * The recipient's position, or a negative number if the key does not name it. The position
     * tried first is a guess (the one after the last found, say): inputs in key order are found
     * without a search; others by a hash look-up (a binary search compared recipients a tenth of
     * an allocation's time).
     */
    int indexOf(Recipient recipient, int guess) {
      if (guess >= 0 && guess < recipients.size() && recipients.get(guess).equals(recipient)) {
        return guess;
      }
      if (positions == null) {
        positions = new HashMap<>(recipients.size() * 2);
        for (int i = 0; i < recipients.size(); i++) {
          positions.put(recipients.get(i), i);
        }
      }
      Integer position = positions.get(recipient);
      return position == null ? -1 : position;
    }

    Recipient recipient(int index) {
      return recipients.get(index);
    }

    Amount amount(int index) {
      return amountList.get(index);
    }

    long weight(int index) {
      return weight.applyAsLong(index);
    }

    Reason reason(int index) {
      return reason.apply(index);
    }
  }

  final void checkServes(Pot pot) {
    requireNonNull(pot, "DistributionKey 'pot' must not be null");
    for (Recipient recipient : recipientList()) {
      checkRule(pot.serves(recipient.category()), DistributionKey.class, "", "",
          "DistributionKey names %s, a %s, but pot %s serves %s", recipient, recipient.category(),
          pot.id(), pot.categories());
    }
  }

  /**
   * A key by weights (<i>fördelningsnyckel efter vikter</i>): a pot split in proportion to each
   * recipient's weight, by the largest-remainder method, with a certificate for every amount.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class ByWeights extends DistributionKey {
    private final Weights<Recipient> weights;
    private ImmutableSortedSet<Recipient> recipients; // made once, on first use

    private ByWeights(String basis, Weights<Recipient> weights) {
      super(basis);
      this.weights = weights;
    }

    /**
     * Returns the weights.
     *
     * @return each recipient's weight
     */
    public Weights<Recipient> weights() {
      return weights;
    }

    @Override
    public ImmutableSortedSet<Recipient> recipients() {
      ImmutableSortedSet<Recipient> set = recipients;
      if (set == null) {
        set = ImmutableSortedSet.<Recipient>naturalOrder().addAll(weights.keys()).build();
        recipients = set; // a benign race: every thread makes an equal immutable set
      }
      return set;
    }

    @Override
    ImmutableList<Recipient> recipientList() {
      return weights.keys();
    }

    /**
     * Returns the engine's split of a pot by the weights, with the certificate of each amount.
     *
     * @param pot the pot
     * @return the allocation of the pot's budget
     * @throws IllegalArgumentException if the key names a recipient the pot does not serve
     */
    public Allocation<Recipient> allocation(Pot pot) {
      checkServes(pot);
      return Apportionment.largestRemainder(pot.budget(), weights);
    }

    @Override
    public ImmutableSortedMap<Recipient, Amount> keyedAmounts(Pot pot) {
      return allocation(pot).amounts();
    }

    @Override
    Keyed keyed(Pot pot) {
      Allocation<Recipient> allocation = allocation(pot);
      ImmutableSortedMap<Recipient, Amount> amounts = allocation.amounts();
      return new Keyed(amounts, weights::weightAt, i -> new Reason.KeyedByWeights(
          amounts.values().asList().get(i), basis(), allocation.certificate().get(i)));
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof ByWeights other && other.basis().equals(basis())
          && other.weights.equals(weights);
    }

    @Override
    public int hashCode() {
      return basis().hashCode() * 31 + weights.hashCode();
    }

    @Override
    public String toString() {
      return "DistributionKey[" + basis() + ", " + weights.size() + " recipients, weights]";
    }
  }

  /**
   * A key by amounts (<i>fördelningsnyckel med belopp</i>): each recipient's keyed amount as
   * listed, which must add up to the pot's budget exactly.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class ByAmounts extends DistributionKey {
    private final ImmutableSortedMap<Recipient, Amount> amounts;
    private final Amount total;

    private ByAmounts(String basis, ImmutableSortedMap<Recipient, Amount> amounts) {
      super(basis);
      checkRule(!amounts.isEmpty(), DistributionKey.class, basis, "amounts",
          "DistributionKey %s: 'amounts' must name a recipient", basis);
      checkRule(amounts.values().stream().anyMatch(amount -> amount.signum() > 0), DistributionKey.class, basis, "amounts",
          "DistributionKey %s: 'amounts' must not all be zero", basis);
      try {
        this.total = Amount.total(amounts.values());
      } catch (ArithmeticException e) {
        RuleViolation violation = new RuleViolation(DistributionKey.class, basis, "amounts",
            "DistributionKey " + basis + ": 'amounts' add up beyond the range of an Amount");
        violation.initCause(e);
        throw violation;
      }
      this.amounts = amounts;
    }

    /**
     * Returns the amounts as listed.
     *
     * @return each recipient's keyed amount, in recipient order
     */
    public ImmutableSortedMap<Recipient, Amount> amounts() {
      return amounts;
    }

    @Override
    public ImmutableSortedSet<Recipient> recipients() {
      return amounts.keySet();
    }

    @Override
    public ImmutableSortedMap<Recipient, Amount> keyedAmounts(Pot pot) {
      checkServes(pot);
      checkRule(total.equals(pot.budget()), DistributionKey.class, "", "",
          "DistributionKey amounts add up to %s kr, but pot %s has a budget of %s kr: %s %s kr",
          total, pot.id(), pot.budget(), total.isGreaterThan(pot.budget()) ? "over by" : "short by",
          total.isGreaterThan(pot.budget()) ? total.minus(pot.budget())
              : pot.budget().minus(total));
      return amounts;
    }

    @Override
    ImmutableList<Recipient> recipientList() {
      return amounts.keySet().asList();
    }

    @Override
    Keyed keyed(Pot pot) {
      ImmutableList<Amount> listed = keyedAmounts(pot).values().asList();
      return new Keyed(amounts, i -> listed.get(i).toOre(),
          i -> new Reason.KeyedAsListed(listed.get(i), basis()));
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof ByAmounts other && other.basis().equals(basis())
          && other.amounts.equals(amounts);
    }

    @Override
    public int hashCode() {
      return basis().hashCode() * 31 + amounts.hashCode();
    }

    @Override
    public String toString() {
      return "DistributionKey[" + basis() + ", " + amounts.size() + " recipients, explicit amounts]";
    }
  }
}
