package se.utvecklingsmedel.vocabulary;

/**
 * What a standardised assessment instrument (<i>bedömningsinstrument</i>) is for.
 *
 * <p>Source: the 2016 account (the 2016 annual report), "FREDA kortfrågor för att upptäcka våld, …
 * FREDA beskrivning av våldets karaktär och omfattning, och … FREDA farlighetsbedömning av risken
 * för fortsatt våld", and its footnotes on PATRIARK and SARA.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum InstrumentPurpose implements SwedishLabelled {
  /** To detect violence. */
  DETECTION("Upptäcka våld"),
  /** To describe the violence's character and extent. */
  DESCRIPTION("Beskriva våldets karaktär och omfattning"),
  /** To assess the risk of continued or repeated violence. */
  RISK_ASSESSMENT("Bedöma risken för fortsatt våld");

  private final String label;

  InstrumentPurpose(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
