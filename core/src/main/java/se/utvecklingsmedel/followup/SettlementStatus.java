package se.utvecklingsmedel.followup;

import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * Where a grant stands in its follow-up (<i>status</i>).
 *
 * <p>Team decision: the status follows from the report and the dates alone.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SettlementStatus implements SwedishLabelled {
  /** Granted; no report yet, and the report deadline has not passed (or none is set). */
  GRANTED("Beviljad"),
  /** An incomplete report is in, and the deadline to complete it has not passed. */
  REPORTED("Återrapporterad"),
  /** The report is in and nothing is owed. */
  SETTLED("Avslutad"),
  /** The report is in and unused funds are to be repaid. */
  REPAYMENT_DUE("Återbetalning krävs"),
  /** Money is claimed back: the report is missing or incomplete after the deadline, or declares use
   * outside the grant's purpose. */
  RECOVERY_CLAIMED("Återkrav");

  private final String label;

  SettlementStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
