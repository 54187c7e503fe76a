package se.utvecklingsmedel.vocabulary;

/**
 * The kinds of competence-support training a recipient reports taking part in
 * (<i>deltagande i kompetensstöd</i>).
 *
 * <p>Source: seed 004 — "181 kommuner deltagit i de utbildningsaktiviteter som anordnats av
 * länsstyrelserna … 199 kommuner också deltagit i andra utbildningar … NCK:s grundläggande webbkurs
 * … 121 kommuner".
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Training implements SwedishLabelled {
  /** The county administrative boards' training activities. */
  COUNTY_BOARD_TRAINING("Länsstyrelsernas utbildningsaktiviteter"),
  /** NCK's basic web course on men's violence against women and intimate-partner violence. */
  NCK_WEB_COURSE("NCK:s grundläggande webbkurs"),
  /** Other training in the field. */
  OTHER_TRAINING("Andra utbildningar");

  private final String label;

  Training(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
