package se.utvecklingsmedel.grant;

import static com.google.common.base.Preconditions.checkState;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.PotId;

/**
 * One recipient's outcome in one pot (<i>beslutat belopp</i>): what it was keyed, what it asked for,
 * what it received, the decision, and the lines that explain each figure with the rule applied.
 *
 * <p>Made by {@link RoundAllocation}. Guarantees: {@code granted = accepted request + redistributed},
 * where the accepted request is the requested amount for a granted requisition and zero for a
 * rejected or missing one; an application is never granted more than it applied for.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RecipientGrant {

  RecipientGrant() {
  }

  /**
   * Returns the recipient.
   *
   * @return the recipient
   */
  public abstract Recipient recipient();

  /**
   * Returns the id of the pot.
   *
   * @return the pot id
   */
  public abstract PotId potId();

  /**
   * Returns the keyed amount, for a requisition pot.
   *
   * @return the amount the distribution key sets, or empty for an application pot
   */
  public abstract Optional<Amount> keyedAmount();

  /**
   * Returns what the recipient asked for: the amount requisitioned or applied for.
   *
   * @return the request, zero if it asked for nothing
   */
  public abstract Amount requested();

  /**
   * Returns the recipient's share of unclaimed funds.
   *
   * @return the amount redistributed to it, zero for an application pot
   */
  public abstract Amount redistributed();

  /**
   * Returns the total granted.
   *
   * @return the amount granted
   */
  public abstract Amount granted();

  /**
   * Returns the decision.
   *
   * @return the decision
   */
  public abstract Decision decision();

  /**
   * Returns the application's priority, for an application pot.
   *
   * @return the priority, or empty
   */
  public abstract Optional<Priority> priority();

  /**
   * Returns the explanation: one sentence per figure, each naming the rule it applied.
   *
   * @return the certificate lines
   */
  public abstract List<String> explanation();

  @Value.Check
  void check() {
    Amount accepted = decision() == Decision.GRANTED || decision() == Decision.PARTIALLY_GRANTED
        ? granted().minus(redistributed()) : Amount.zero();
    checkState(keyedAmount().isEmpty() || decision() != Decision.GRANTED
            || accepted.equals(requested()),
        "RecipientGrant %s: a granted requisition must be accepted in full", recipient());
    checkState(keyedAmount().isPresent() || !granted().isGreaterThan(requested()),
        "RecipientGrant %s: granted more than applied for", recipient());
  }

  @Override
  public String toString() {
    return recipient() + " in " + potId() + ": " + decision().label() + ", granted " + granted()
        + " kr";
  }
}
