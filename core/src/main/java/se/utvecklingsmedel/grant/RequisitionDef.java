package se.utvecklingsmedel.grant;

import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

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
abstract class RequisitionDef {

  RequisitionDef() {
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
    checkRule(amount().signum() > 0, Requisition.class, recipient(), "amount",
        "Requisition of %s: 'amount' must be above zero", recipient());
    checkRule(maximumExtra().isEmpty() || wantsUnclaimedFunds(), Requisition.class, recipient(), "maximumExtra",
        "Requisition of %s: 'maximumExtra' is given, but 'wantsUnclaimedFunds' is false", recipient());
    checkRule(maximumExtra().map(extra -> extra.signum() > 0).orElse(true), Requisition.class, recipient(), "maximumExtra",
        "Requisition of %s: 'maximumExtra' must be above zero; to take no extra, do not opt in",
        recipient());
  }

}
