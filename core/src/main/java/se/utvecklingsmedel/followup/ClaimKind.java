package se.utvecklingsmedel.followup;

import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * The two kinds of claim on a recipient.
 *
 * <p>Source: the 2016 account — "Ej förbrukade medel ska återbetalas till Socialstyrelsen"
 * (repayment) and "Några organisationer utreds av Socialstyrelsen för eventuellt återkrav"
 * (recovery).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ClaimKind implements SwedishLabelled {
  /** Unused funds paid back (<i>återbetalning</i>). */
  REPAYMENT("Återbetalning"),
  /** Money Socialstyrelsen demands back (<i>återkrav</i>). */
  RECOVERY("Återkrav");

  private final String label;

  ClaimKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
