package se.utvecklingsmedel.ledger;

import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * Where a pot's money stands (<i>konto</i>): every {@link LedgerEntry} moves a sum from one account
 * to another, so the accounts always balance.
 *
 * <p>Team decision: the accounts follow the money as the 2016 account tells it — a budget set by
 * the government's decision, keyed amounts set aside for each municipality and region, requisitioned
 * or returned to be shared again ("De medel som därigenom inte togs i anspråk fördelades i ett
 * senare steg"), paid out, used, and what was not used claimed back ("Ej förbrukade medel ska
 * återbetalas till Socialstyrelsen").
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Account implements SwedishLabelled {
  /**
   * The state's appropriation (<i>anslaget</i>): where a budget comes from, and where money not
   * granted goes back. Its {@linkplain Ledger#balance(Account) balance} is the round's net charge
   * on it, the sum of all the other accounts.
   */
  STATE("Belastning på anslaget, netto", "net charge on the state's appropriation"),
  /** A pot's money not granted and not set aside (<i>ej fördelat</i>). */
  POOL("Ej fördelat", "not distributed"),
  /** Keyed amounts set aside for their recipients, not yet requisitioned (<i>avsatt</i>). */
  SET_ASIDE("Avsatt enligt fördelningsnyckeln", "set aside by the key"),
  /** Granted, not yet paid out (<i>beviljat, ej utbetalt</i>). */
  GRANTED("Beviljat, ej utbetalt", "granted, not paid out"),
  /**
   * Money at a recipient's disposal for its mission (<i>till förfogande för uppdraget</i>): the
   * 2016 account says NCK and the county boards "skulle förfoga över" it, and records no payment
   * of it, and it is not followed up as a grant.
   */
  ASSIGNED("Till förfogande för uppdraget", "at the recipient's disposal for its mission"),
  /** Paid out and held by the recipient, not reported as used (<i>utbetalt, ej redovisat</i>). */
  PAID("Utbetalt, ej redovisat", "paid out, not accounted for"),
  /** Used for the grant's purpose, as the recipient's report says (<i>förbrukat</i>). */
  USED("Förbrukat", "used"),
  /**
   * To be repaid or recovered and not yet paid (<i>att återbetala</i>): unused funds ("Ej
   * förbrukade medel ska återbetalas till Socialstyrelsen", the 2016 account, said of the
   * municipalities; the follow-up applies it to every followed-up pot, a team decision) and
   * recovery claims.
   */
  CLAIMED("Att återbetala", "to be repaid"),
  /** Owed by the rules but not claimed: below the round's minimum claim (<i>avskrivet</i>). */
  WRITTEN_OFF("Avskrivet", "written off"),
  /**
   * What a pot with a ceiling left unspent, which the round lets Socialstyrelsen use for other work
   * within its commission ({@link se.utvecklingsmedel.round.UnspentCeiling#OTHER_USE_IN_COMMISSION}).
   */
  OTHER_USE("Till annan användning inom uppdraget", "for other use within the commission"),
  /** Repaid to Socialstyrelsen ({@link Ledger#repaid}; <i>återbetalt till Socialstyrelsen</i>). */
  REPAID("Återbetalt till Socialstyrelsen", "repaid to Socialstyrelsen");

  private final String label;
  private final String english;

  Account(String label, String english) {
    this.label = label;
    this.english = english;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Returns the account's name in English.
   *
   * @return the name, e.g. {@code "paid out, not accounted for"}
   */
  public String english() {
    return english;
  }
}
