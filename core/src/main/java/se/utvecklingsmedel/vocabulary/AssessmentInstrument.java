package se.utvecklingsmedel.vocabulary;

import java.util.OptionalInt;

/**
 * A standardised assessment instrument (<i>standardiserad bedömningsmetod</i>) used to detect,
 * describe or assess the risk of violence, so a report can ask, say, which municipalities used a
 * risk-assessment instrument ({@link #isRiskAssessment()}).
 *
 * <p>Source: seed 004 (the 2016 annual report) and its footnotes: "FREDA består av tre instrument";
 * "PATRIARK består av vägledning för bedömning och hantering av risk för hedersrelaterat våld"; "SARA
 * är en checklista … för att bedöma risken för upprepat partnervåld". The risk scales and SARA's 15
 * risk factors in three parts are from issue 3.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AssessmentInstrument implements SwedishLabelled {
  /** FREDA kortfrågor: detects violence. */
  FREDA_SHORT_QUESTIONS("FREDA kortfrågor", InstrumentPurpose.DETECTION, false, 0),
  /** FREDA beskrivning: describes the violence's character and extent. */
  FREDA_DESCRIPTION("FREDA beskrivning", InstrumentPurpose.DESCRIPTION, false, 0),
  /** FREDA farlighetsbedömning: the risk of continued (and lethal) violence. */
  FREDA_DANGER_ASSESSMENT("FREDA farlighetsbedömning", InstrumentPurpose.RISK_ASSESSMENT, false, 0),
  /** PATRIARK: the risk of honour-related violence, rated låg/medel/hög. */
  PATRIARK("PATRIARK", InstrumentPurpose.RISK_ASSESSMENT, true, 0),
  /** SARA: the risk of repeated partner violence, 15 risk factors in three parts, rated låg/medel/hög. */
  SARA("SARA", InstrumentPurpose.RISK_ASSESSMENT, true, 15);

  private final String label;
  private final InstrumentPurpose purpose;
  private final boolean ratesRiskLevel;
  private final int riskFactors;

  AssessmentInstrument(String label, InstrumentPurpose purpose, boolean ratesRiskLevel,
      int riskFactors) {
    this.label = label;
    this.purpose = purpose;
    this.ratesRiskLevel = ratesRiskLevel;
    this.riskFactors = riskFactors;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Returns what the instrument is for.
   *
   * @return its purpose
   */
  public InstrumentPurpose purpose() {
    return purpose;
  }

  /**
   * Returns whether the instrument assesses the risk of further violence.
   *
   * @return true for FREDA farlighetsbedömning, PATRIARK and SARA
   */
  public boolean isRiskAssessment() {
    return purpose == InstrumentPurpose.RISK_ASSESSMENT;
  }

  /**
   * Returns whether the instrument ends in a {@link RiskLevel} (låg, medel, hög).
   *
   * @return true for PATRIARK and SARA
   */
  public boolean ratesRiskLevel() {
    return ratesRiskLevel;
  }

  /**
   * Returns the number of risk factors the instrument checks, where the sources give one.
   *
   * @return 15 for SARA, empty otherwise
   */
  public OptionalInt riskFactors() {
    return riskFactors == 0 ? OptionalInt.empty() : OptionalInt.of(riskFactors);
  }
}
