package se.utvecklingsmedel.vocabulary;

/**
 * The kinds of competence-support training a recipient reports taking part in
 * (<i>deltagande i kompetensstöd</i>).
 *
 * <p>Source: the 2016 account — "181 kommuner deltagit i de utbildningsaktiviteter som anordnats av
 * länsstyrelserna … 199 kommuner också deltagit i andra utbildningar … NCK:s grundläggande webbkurs
 * … 121 kommuner"; for regions "19 av dessa har arrangerat egna utbildningar för personalen … tolv
 * landsting deltagit i andra typer av utbildningar"; for non-profits "deltog i andra utbildningar
 * inom området (56 organisationer) … 35 organisationer har dessutom deltagit i andra former av
 * utbildningar"; and training in one method, which the 2016 account counts per method — "utbildning i
 * bedömningsmetoderna FREDA (113 kommuner), och utbildning i samtalsmetoden Motiverande samtal (100
 * kommuner)", "utbildning i samtalsmetoden Trappan" (40), "utbildning i Alternativ till våld" (28),
 * "utbildats i Motiverande samtal" (15, in the work with perpetrators), "utbildning i KBT" (4), and
 * for non-profits "utbildning inom respektive bedömningsmetoderna FREDA, SARA, PATRIARK samt
 * samtalsmetoderna Motiverande samtal och Trappan". Training in FREDA is training in its three
 * instruments together, as the 2016 account counts it (footnote 1: "FREDA består av tre instrument").
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
  OTHER_FORMS_OF_TRAINING("Andra former av utbildningar"),
  /** Training in the FREDA assessment instruments. */
  FREDA_TRAINING("Utbildning i bedömningsmetoderna FREDA"),
  /** Training in the SARA assessment instrument. */
  SARA_TRAINING("Utbildning i bedömningsmetoden SARA"),
  /** Training in the PATRIARK assessment instrument. */
  PATRIARK_TRAINING("Utbildning i bedömningsmetoden PATRIARK"),
  /** Training in the talk method Motiverande samtal. */
  MOTIVATIONAL_INTERVIEWING_TRAINING("Utbildning i samtalsmetoden Motiverande samtal"),
  /** Training in the talk method Trappan. */
  TRAPPAN_TRAINING("Utbildning i samtalsmetoden Trappan"),
  /** Training in the treatment programme Alternativ till våld. */
  ALTERNATIVES_TO_VIOLENCE_TRAINING("Utbildning i Alternativ till våld"),
  /** Training in KBT (cognitive behavioural therapy). */
  COGNITIVE_BEHAVIOURAL_THERAPY_TRAINING("Utbildning i KBT");

  private final String label;

  Training(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
