package se.utvecklingsmedel.ledger;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.ledger.Account.CLAIMED;
import static se.utvecklingsmedel.ledger.Account.GRANTED;
import static se.utvecklingsmedel.ledger.Account.PAID;
import static se.utvecklingsmedel.ledger.Account.POOL;
import static se.utvecklingsmedel.ledger.Account.STATE;

import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * What a {@link LedgerEntry} records (<i>händelse</i>), and between which accounts it may move
 * money.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EntryKind implements SwedishLabelled {
  /** A pot's budget, set by the government's decision. */
  BUDGET_SET("Budget enligt regeringsbeslut", "budget set", STATE, POOL),
  /** A recipient's keyed amount set aside for it (a requisition pot). */
  SET_ASIDE("Avsatt enligt fördelningsnyckeln", "set aside by the key", POOL,
      Account.SET_ASIDE),
  /** A requisition granted from the recipient's keyed amount. */
  GRANTED_BY_KEY("Rekvirerat och beviljat", "requisitioned and granted", Account.SET_ASIDE,
      GRANTED),
  /** A keyed amount, or its part, not requisitioned: back in the pot to be shared again. */
  UNCLAIMED_RETURNED("Ej rekvirerat", "not requisitioned, back in the pot",
      Account.SET_ASIDE, POOL),
  /**
   * Unclaimed funds a pot gives to the recipients of another pot of its pool ({@link
   * se.utvecklingsmedel.round.UnclaimedFundsPool}), through the appropriation both draw on.
   */
  TRANSFERRED_OUT("Överfört till annan pott vid gemensam fördelning",
      "moved to another pot of the pool", POOL, STATE),
  /** Unclaimed funds of another pot of the pool, given to this pot's recipients. */
  TRANSFERRED_IN("Överfört från annan pott vid gemensam fördelning",
      "moved from another pot of the pool", STATE, POOL),
  /** A share of unclaimed funds, granted by the later decision that shared them. */
  REDISTRIBUTED("Omfördelat", "redistributed", POOL, GRANTED),
  /** An application granted. */
  GRANTED_BY_APPLICATION("Beviljat efter ansökan", "granted on application", POOL,
      GRANTED),
  /** Money assigned for a mission by the government's key (an assignment pot). */
  ASSIGNED("Tilldelat för uppdraget", "assigned for the mission", POOL, Account.ASSIGNED),
  /** A pot's money nobody could take, back to the state at the end of the use period. */
  RETURNED_TO_STATE("Ej fördelat, åter till staten", "not distributed, returned to the state", POOL,
      STATE),
  /** What a ceiling left unspent, released for other work within the commission, as the round says. */
  RELEASED_FOR_OTHER_USE("Ej fördelat inom taket, till annan användning inom uppdraget",
      "left under the ceiling, released for other use within the commission", POOL,
      Account.OTHER_USE),
  /** A grant paid out (not money assigned for a mission: no source records its payment). */
  PAID_OUT("Utbetalt", "paid out", GRANTED, PAID),
  /** What the recipient's report says it used of the grant. */
  USED("Förbrukat enligt återrapporteringen", "used, as reported", PAID, Account.USED),
  /** Unused funds to be repaid (<i>återbetalning</i>). */
  REPAYMENT_CLAIMED("Ska återbetalas (ej förbrukat)", "to be repaid (unused)", PAID, CLAIMED),
  /**
   * Money recovered (<i>återkrav</i>): from what is paid out when no report accounts for it, from
   * what is used when the report is incomplete or declares use outside the purpose.
   */
  RECOVERY_CLAIMED("Återkrav", "recovery claimed", PAID, CLAIMED),
  /** A claim the rules would raise, below the round's minimum claim: written off. */
  WRITTEN_OFF("Avskrivet, under beloppsgränsen för krav", "written off, below the minimum claim",
      PAID, Account.WRITTEN_OFF),
  /** Money repaid to Socialstyrelsen on a claim (recorded with {@link Ledger#repaid}). */
  REPAID("Återbetalt till Socialstyrelsen", "repaid to Socialstyrelsen", CLAIMED, Account.REPAID);

  private final String label;
  private final String english;
  private final Account from;
  private final Account to;

  EntryKind(String label, String english, Account from, Account to) {
    this.label = label;
    this.english = english;
    this.from = from;
    this.to = to;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Returns the kind's name in English.
   *
   * @return the name, e.g. {@code "requisitioned and granted"}
   */
  public String english() {
    return english;
  }

  /**
   * Returns whether an entry of this kind may move money from one account to another. Each kind
   * has one pair, but for a recovery or a write-off of what a report says was used, which moves it
   * from {@link Account#USED} rather than {@link Account#PAID}.
   *
   * @param from the account debited
   * @param to the account credited
   * @return true if the kind allows the movement
   */
  public boolean allows(Account from, Account to) {
    requireNonNull(from, "EntryKind 'from' must not be null");
    requireNonNull(to, "EntryKind 'to' must not be null");
    boolean fromUsed = from == Account.USED
        && (this == RECOVERY_CLAIMED || this == WRITTEN_OFF);
    return (from == this.from || fromUsed) && to == this.to;
  }

  /**
   * Returns whether an entry of this kind concerns one recipient: every kind but a pot's budget, its
   * money returned to the state and money moved between the pots of a pool.
   *
   * @return true if the entry names a recipient
   */
  public boolean hasRecipient() {
    return this != BUDGET_SET && this != RETURNED_TO_STATE && this != TRANSFERRED_OUT
        && this != TRANSFERRED_IN && this != RELEASED_FOR_OTHER_USE;
  }

  /** The account an entry of this kind credits. */
  Account to() {
    return to;
  }

  /** The account an entry of this kind debits, unless it moves what was used. */
  Account from() {
    return from;
  }
}
