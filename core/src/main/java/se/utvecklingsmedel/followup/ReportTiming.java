package se.utvecklingsmedel.followup;

import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * When a grant's follow-up report came in (<i>återrapporteringens tidpunkt</i>), as judged against
 * the round's report deadline moved by lagen (1930:173).
 *
 * <p>Team decision: a named state rather than an {@code Optional<Boolean>}. Without a
 * report deadline every report counts as in time.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ReportTiming implements SwedishLabelled {
  /** The report came in by the deadline, or the round sets none. */
  IN_TIME("Inkommen i tid"),
  /** The report came in after the deadline. */
  LATE("Inkommen för sent"),
  /** No report has come in. */
  NOT_RECEIVED("Ej inkommen");

  private final String label;

  ReportTiming(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
