package se.utvecklingsmedel.grant;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.Map;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.Pot;

/**
 * A distribution key (<i>fördelningsnyckel</i>): each recipient's share of a requisition pot, as data.
 *
 * <p>Source: seed 004 — municipalities requisitioned "de utvecklingsmedel som avsatts åt dem enligt
 * regeringens fördelningsnyckel (bilaga 2 till regeringsbeslut 20160128 nr II:3)". That annex is not
 * among the seeds, so a key is always input: either weights per recipient ({@link #byWeights}, e.g.
 * population at a stated date) or explicit amounts per recipient ({@link #byAmounts}, as an annex
 * lists them). {@link #keyedAmounts(Pot)} gives every recipient's keyed amount, adding up to the pot's
 * budget exactly: weights by the largest-remainder method, explicit amounts as they stand, provided
 * they add up to the budget.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DistributionKey {

  private final String basis;
  private final Weights<Recipient> weights;
  private final boolean explicitAmounts;

  private DistributionKey(String basis, Weights<Recipient> weights, boolean explicitAmounts) {
    this.basis = basis;
    this.weights = weights;
    this.explicitAmounts = explicitAmounts;
  }

  /**
   * Returns a key that splits a pot in proportion to weights.
   *
   * @param basis what the weights are, e.g. {@code "Folkmängd 2015-12-31"}
   * @param weights each recipient's weight
   * @return the key
   * @throws IllegalArgumentException if the basis is blank
   */
  public static DistributionKey byWeights(String basis, Weights<Recipient> weights) {
    requireNonNull(weights, "DistributionKey 'weights' must not be null");
    return new DistributionKey(checkBasis(basis), weights, false);
  }

  /**
   * Returns a key that gives each recipient an explicit amount.
   *
   * @param basis where the amounts come from, e.g. {@code "Bilaga 2 till regeringsbeslut II:3"}
   * @param amounts each recipient's keyed amount
   * @return the key
   * @throws IllegalArgumentException if the basis is blank, there are no amounts, they are all zero,
   *     or one is above 10 000 000 000 000 kr
   */
  public static DistributionKey byAmounts(String basis, Map<? extends Recipient, Amount> amounts) {
    requireNonNull(amounts, "DistributionKey 'amounts' must not be null");
    Weights.Builder<Recipient> weights = Weights.builder();
    amounts.forEach((recipient, amount) -> {
      checkArgument(amount != null, "DistributionKey: the amount of %s must not be null", recipient);
      weights.put(recipient, amount.toOre());
    });
    return new DistributionKey(checkBasis(basis), weights.build(), true);
  }

  private static String checkBasis(String basis) {
    requireNonNull(basis, "DistributionKey 'basis' must not be null");
    checkArgument(!basis.isBlank(), "DistributionKey 'basis' must not be blank");
    return basis;
  }

  /**
   * Returns what the key rests on.
   *
   * @return the basis
   */
  public String basis() {
    return basis;
  }

  /**
   * Returns the weights; for a key of explicit amounts, the amounts in öre.
   *
   * @return the weights
   */
  public Weights<Recipient> weights() {
    return weights;
  }

  /**
   * Returns whether the key lists explicit amounts rather than weights.
   *
   * @return true for {@link #byAmounts}
   */
  public boolean isExplicitAmounts() {
    return explicitAmounts;
  }

  /**
   * Returns whether the key names a recipient.
   *
   * @param recipient the recipient
   * @return true if the key gives it a share
   */
  public boolean covers(Recipient recipient) {
    return weights.contains(recipient);
  }

  /**
   * Returns every recipient's keyed amount of a pot, adding up to its budget exactly.
   *
   * @param pot the pot
   * @return the keyed amounts, with the certificate of each
   * @throws IllegalArgumentException if the key names a recipient the pot does not serve, or its
   *     explicit amounts do not add up to the budget (the message names the difference)
   */
  public Allocation<Recipient> keyedAmounts(Pot pot) {
    requireNonNull(pot, "DistributionKey 'pot' must not be null");
    for (Recipient recipient : weights.keys()) {
      checkArgument(pot.serves(recipient.category()),
          "DistributionKey names %s, a %s, but pot %s serves %s", recipient, recipient.category(),
          pot.id(), pot.categories());
    }
    if (explicitAmounts) {
      BigInteger budget = BigInteger.valueOf(pot.budget().toOre());
      int difference = weights.total().compareTo(budget);
      checkArgument(difference == 0,
          "DistributionKey amounts add up to %s kr, but pot %s has a budget of %s kr: %s %s kr",
          Amount.ofOre(weights.total().longValueExact()), pot.id(), pot.budget(),
          difference > 0 ? "over by" : "short by",
          Amount.ofOre(weights.total().subtract(budget).abs().longValueExact()));
    }
    return Apportionment.largestRemainder(pot.budget(), weights);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DistributionKey
        && ((DistributionKey) obj).basis.equals(basis)
        && ((DistributionKey) obj).weights.equals(weights)
        && ((DistributionKey) obj).explicitAmounts == explicitAmounts;
  }

  @Override
  public int hashCode() {
    return (basis.hashCode() * 31 + weights.hashCode()) * 31 + Boolean.hashCode(explicitAmounts);
  }

  @Override
  public String toString() {
    return "DistributionKey[" + basis + ", " + weights.size() + " recipients, "
        + (explicitAmounts ? "explicit amounts" : "weights") + "]";
  }
}
