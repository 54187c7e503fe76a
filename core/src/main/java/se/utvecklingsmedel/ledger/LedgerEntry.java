package se.utvecklingsmedel.ledger;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.time.LocalDate;
import java.util.Optional;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.FreeText;

/**
 * One dated movement of money in a round's ledger (<i>verifikation</i>): a sum above zero moved
 * from one account to another, in one pot, for one recipient or for the pot as a whole, with the
 * decision or report it comes from.
 *
 * <p>As a signed entry, it is {@code -amount} on {@code from} and {@code +amount} on {@code to}:
 * every entry balances.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the day the money moved
 * @param potId the pot
 * @param recipient the recipient, or empty for a pot's budget and its money returned to the state
 * @param kind what the entry records
 * @param from the account debited
 * @param to the account credited
 * @param amount the sum moved, above zero
 * @param source the decision, report or rule it comes from, in Swedish (free text of at most
 *     {@value FreeText#MAX_LENGTH} characters)
 */
public record LedgerEntry(LocalDate date, PotId potId, Optional<Recipient> recipient,
    EntryKind kind, Account from, Account to, Amount amount, String source) {

  /**
   * Validates the entry: the kind allows the movement, names a recipient exactly when it should,
   * and moves a sum above zero.
   *
   * @param date the day
   * @param potId the pot
   * @param recipient the recipient, or empty
   * @param kind the kind
   * @param from the account debited
   * @param to the account credited
   * @param amount the sum, above zero
   * @param source where it comes from
   */
  public LedgerEntry {
    requireNonNull(date, "LedgerEntry 'date' must not be null");
    requireNonNull(potId, "LedgerEntry 'potId' must not be null");
    requireNonNull(recipient, "LedgerEntry 'recipient' must not be null");
    requireNonNull(kind, "LedgerEntry 'kind' must not be null");
    requireNonNull(from, "LedgerEntry 'from' must not be null");
    requireNonNull(to, "LedgerEntry 'to' must not be null");
    requireNonNull(amount, "LedgerEntry 'amount' must not be null");
    source = FreeText.check("LedgerEntry", "source",
        requireNonNull(source, "LedgerEntry 'source' must not be null"));
    checkRule(kind.allows(from, to), LedgerEntry.class, kind, "to",
        "LedgerEntry %s: an entry of kind %s cannot move money from %s to %s", kind, kind, from,
        to);
    checkRule(recipient.isPresent() == kind.hasRecipient(), LedgerEntry.class, kind, "recipient",
        "LedgerEntry %s: an entry of kind %s %s a recipient", kind, kind,
        kind.hasRecipient() ? "must name" : "must not name");
    checkRule(amount.signum() > 0, LedgerEntry.class, kind, "amount",
        "LedgerEntry %s: 'amount' must be above zero", kind);
  }

  /**
   * Returns the entry's effect on one account: {@code +amount} if it credits it, {@code -amount} if
   * it debits it, zero otherwise, in öre.
   *
   * @param account the account
   * @return the signed effect in öre
   */
  public long signedOre(Account account) {
    requireNonNull(account, "LedgerEntry 'account' must not be null");
    return account == to ? amount.toOre() : account == from ? -amount.toOre() : 0;
  }

  /**
   * Returns a one-line summary, e.g. {@code "2016-03-01 municipalities 0114 Upplands Väsby:
   * Utbetalt 120000.00 kr (Beviljat, ej utbetalt → Utbetalt, ej redovisat)"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return date + " " + potId + recipient.map(r -> " " + r).orElse("") + ": " + kind.label() + " "
        + amount + " kr (" + from.label() + " → " + to.label() + ")";
  }
}
