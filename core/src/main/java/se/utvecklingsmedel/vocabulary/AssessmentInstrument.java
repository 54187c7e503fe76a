package se.utvecklingsmedel.vocabulary;

/**
 * A standardised assessment instrument (<i>standardiserad bedömningsmetod</i>) used to detect,
 * describe or assess the risk of violence, so a report can ask, say, which municipalities used a
 * risk-assessment instrument ({@link #isRiskAssessment()}).
 *
 * <p>Source: the 2016 account (the 2016 annual report) and its footnotes: "FREDA består av tre
 * instrument"; "PATRIARK består av vägledning för bedömning och hantering av risk för
 * hedersrelaterat våld"; "SARA är en checklista eller en guide som används för att bedöma risken
 * för upprepat partnervåld"; "FREDA farlighetsbedömning av risken för fortsatt våld". Nothing more
 * about the instruments (their scales or items) is modelled: no source here states it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AssessmentInstrument implements SwedishLabelled {
  /** FREDA kortfrågor: detects violence. */
  FREDA_SHORT_QUESTIONS("FREDA kortfrågor", InstrumentPurpose.DETECTION),
  /** FREDA beskrivning: describes the violence's character and extent. */
  FREDA_DESCRIPTION("FREDA beskrivning", InstrumentPurpose.DESCRIPTION),
  /** FREDA farlighetsbedömning: assesses the risk of continued violence. */
  FREDA_DANGER_ASSESSMENT("FREDA farlighetsbedömning", InstrumentPurpose.RISK_ASSESSMENT),
  /** PATRIARK: guidance for assessing and managing the risk of honour-related violence. */
  PATRIARK("PATRIARK", InstrumentPurpose.RISK_ASSESSMENT),
  /** SARA: a checklist or guide for assessing the risk of repeated partner violence. */
  SARA("SARA", InstrumentPurpose.RISK_ASSESSMENT);

  private final String label;
  private final InstrumentPurpose purpose;

  AssessmentInstrument(String label, InstrumentPurpose purpose) {
    this.label = label;
    this.purpose = purpose;
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
   * Returns whether the instrument is one of FREDA's three, which the 2016 account also counts
   * together ("19 organisationer att de använt sig av FREDA"; footnote 1: "FREDA består av tre
   * instrument. FREDA kortfrågor, FREDA beskrivning samt FREDA farlighetsbedömning").
   *
   * @return true for FREDA kortfrågor, FREDA beskrivning and FREDA farlighetsbedömning
   */
  public boolean isFreda() {
    return this == FREDA_SHORT_QUESTIONS || this == FREDA_DESCRIPTION
        || this == FREDA_DANGER_ASSESSMENT;
  }
}
