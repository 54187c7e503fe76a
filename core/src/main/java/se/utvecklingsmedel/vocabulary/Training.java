package se.utvecklingsmedel.vocabulary;

/**
 * The kinds of competence-support training a recipient reports taking part in
 * (<i>deltagande i kompetensstöd</i>).
 *
 * <p>Source: seed 004 — "181 kommuner deltagit i de utbildningsaktiviteter som anordnats av
 * länsstyrelserna … 199 kommuner också deltagit i andra utbildningar … NCK:s grundläggande webbkurs
 * … 121 kommuner"; for regions "19 av dessa har arrangerat egna utbildningar för personalen … tolv
 * landsting deltagit i andra typer av utbildningar"; for non-profits "deltog i andra utbildningar
 * inom området (56 organisationer) … 35 organisationer har dessutom deltagit i andra former av
 * utbildningar".
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Training implements SwedishLabelled {
  /** The county administrative boards' training activities. */
  COUNTY_BOARD_TRAINING("Länsstyrelsernas utbildningsaktiviteter"),
  /** NCK's basic web course on men's violence against women and intimate-partner violence. */
  NCK_WEB_COURSE("NCK:s grundläggande webbkurs"),
  /** Other training in the field (<i>andra utbildningar inom området</i>). */
  OTHER_TRAINING("Andra utbildningar inom området"),
  /** Training the recipient arranged for its own staff (regions: "egna utbildningar"). */
  OWN_STAFF_TRAINING("Egna utbildningar för personalen"),
  /** Other forms of training, beyond the field's (non-profits: "andra former av utbildningar"). */
  OTHER_FORMS_OF_TRAINING("Andra former av utbildningar");

  private final String label;

  Training(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
