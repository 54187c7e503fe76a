package se.utvecklingsmedel.vocabulary;

/**
 * The three-level risk rating of PATRIARK and SARA (<i>låg, medel, hög</i>).
 *
 * <p>Source: issue 3 (the seeds name the instruments but not their scales).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RiskLevel implements SwedishLabelled {
  /** Låg. */
  LOW("Låg"),
  /** Medel. */
  MEDIUM("Medel"),
  /** Hög. */
  HIGH("Hög");

  private final String label;

  RiskLevel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
