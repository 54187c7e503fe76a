package se.utvecklingsmedel.grant;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;

/**
 * A requisition (<i>rekvisition</i>): a municipality or region claims up to its keyed amount of a
 * pot, and may ask for a share of the funds others leave unclaimed.
 *
 * <p>Source: the 2016 account — "De medel som därigenom inte togs i anspråk fördelades i ett senare
 * steg till de kommuner som angav att de önskade ta del av dessa medel." Checks on a requisition
 * alone: the amount is above zero (a recipient that claims nothing files no requisition), and a
 * most-extra amount is given only by a recipient that wants a share of unclaimed funds and is above
 * zero. Rules that need the key and the round (at most the keyed amount, the deadline) are applied
 * by {@link RoundAllocation}.
 *
 * <pre>{@code
 * Requisition r = Requisition.builder()
 *     .recipient(ReferenceData.municipality("0180"))
 *     .amount(Amount.ofKronor(2_000_000))
 *     .date(LocalDate.of(2016, 3, 15))
 *     .wantsUnclaimedFunds(true)
 *     .maximumExtra(Amount.ofKronor(250_000))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Requisition {

  Requisition() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns who requisitions.
   *
   * @return the recipient
   */
  public abstract Recipient recipient();

  /**
   * Returns the amount requisitioned.
   *
   * @return the amount, above zero
   */
  public abstract Amount amount();

  /**
   * Returns the day the requisition was received.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns whether the recipient wants a share of unclaimed funds (<i>önskar ta del av ej
   * rekvirerade medel</i>).
   *
   * @return true if it opts in; false by default
   */
  @Value.Default
  public boolean wantsUnclaimedFunds() {
    return false;
  }

  /**
   * Returns the most extra the recipient can use, if it said.
   *
   * @return the cap on its share of unclaimed funds, or empty for no cap
   */
  public abstract Optional<Amount> maximumExtra();

  @Value.Check
  void check() {
    checkArgument(amount().signum() > 0, "Requisition of %s: 'amount' must be above zero", recipient());
    checkArgument(maximumExtra().isEmpty() || wantsUnclaimedFunds(),
        "Requisition of %s: 'maximumExtra' is given, but 'wantsUnclaimedFunds' is false", recipient());
    checkArgument(maximumExtra().map(extra -> extra.signum() > 0).orElse(true),
        "Requisition of %s: 'maximumExtra' must be above zero; to take no extra, do not opt in",
        recipient());
  }

  /**
   * Builds a {@link Requisition}; {@link #build()} runs every check. Not thread-safe: use it at
   * once, do not share or store it.
   */
  public static final class Builder {
    private final ImmutableRequisition.Builder delegate = ImmutableRequisition.generatedBuilder();

    Builder() {
    }

    /**
     * Copies every attribute of {@code instance} into this builder: attributes are replaced, absent
     * optional ones leave a value already set, and list elements and map entries are added.
     *
     * @param instance the value to copy
     * @return this builder
     */
    public Builder from(Requisition instance) {
      requireNonNull(instance, "Requisition.Builder \'instance\' must not be null");
      delegate.from(instance);
      return this;
    }

    /**
     * Sets {@link Requisition#recipient() recipient}: who requisitions.
     *
     * @param recipient who requisitions
     * @return this builder
     */
    public Builder recipient(Recipient recipient) {
      requireNonNull(recipient, "Requisition.Builder 'recipient' must not be null");
      delegate.recipient(recipient);
      return this;
    }

    /**
     * Sets {@link Requisition#amount() amount}: the amount requisitioned.
     *
     * @param amount the amount requisitioned
     * @return this builder
     */
    public Builder amount(Amount amount) {
      requireNonNull(amount, "Requisition.Builder 'amount' must not be null");
      delegate.amount(amount);
      return this;
    }

    /**
     * Sets {@link Requisition#date() date}: the day the requisition was received.
     *
     * @param date the day the requisition was received
     * @return this builder
     */
    public Builder date(LocalDate date) {
      requireNonNull(date, "Requisition.Builder 'date' must not be null");
      delegate.date(date);
      return this;
    }

    /**
     * Sets {@link Requisition#wantsUnclaimedFunds() wantsUnclaimedFunds}: whether the recipient
     * wants a share of unclaimed funds (<i>önskar ta del av ej rekvirerade medel</i>).
     *
     * @param wantsUnclaimedFunds whether the recipient wants a share of unclaimed funds (<i>önskar
     *     ta del av ej rekvirerade medel</i>)
     * @return this builder
     */
    public Builder wantsUnclaimedFunds(boolean wantsUnclaimedFunds) {
      delegate.wantsUnclaimedFunds(wantsUnclaimedFunds);
      return this;
    }

    /**
     * Sets {@link Requisition#maximumExtra() maximumExtra}: the most extra the recipient can use,
     * if it said.
     *
     * @param maximumExtra the most extra the recipient can use, if it said
     * @return this builder
     */
    public Builder maximumExtra(Amount maximumExtra) {
      requireNonNull(maximumExtra, "Requisition.Builder 'maximumExtra' must not be null");
      delegate.maximumExtra(maximumExtra);
      return this;
    }

    /**
     * Sets or clears {@link Requisition#maximumExtra() maximumExtra}: the most extra the recipient
     * can use, if it said. An empty one clears it.
     *
     * @param maximumExtra the most extra the recipient can use, if it said, or empty
     * @return this builder
     */
    public Builder maximumExtra(Optional<? extends Amount> maximumExtra) {
      requireNonNull(maximumExtra, "Requisition.Builder 'maximumExtra' must not be null");
      delegate.maximumExtra(maximumExtra);
      return this;
    }

    /**
     * Builds the Requisition, running every check.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute was not set
     * @throws IllegalArgumentException if the attributes break a rule of the type
     */
    public Requisition build() {
      return delegate.build();
    }
  }
}
