package se.utvecklingsmedel.vocabulary;

/**
 * The themes of the county administrative boards' information to municipalities
 * (<i>kompetensstöd</i>), for which the boards counted municipalities offered and taking part.
 *
 * <p>Source: the 2016 account (the 2016 annual report), the county boards' survey: web course 277
 * offered, 185 took part; SOSFS 2014:4 207/164; respective responsibilities 148/107; FREDA
 * kortfrågor 183/147; FREDA beskrivning 173/119; FREDA farlighetsbedömning 167/108.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CompetenceSupportTheme implements SwedishLabelled {
  /** NCK:s webbkurs om mäns våld mot kvinnor och våld i nära relationer. */
  WEB_COURSE("Webbkursen om mäns våld mot kvinnor och våld i nära relationer"),
  /** Socialstyrelsens föreskrifter och allmänna råd om våld i nära relationer (SOSFS 2014:4). */
  REGULATIONS_SOSFS_2014_4("Socialstyrelsens föreskrifter och allmänna råd om våld i nära "
      + "relationer (SOSFS 2014:4)"),
  /** Kommuners och ideella föreningars respektive ansvar. */
  RESPECTIVE_RESPONSIBILITIES("Kommuners och ideella föreningars respektive ansvar"),
  /** FREDA kortfrågor. */
  FREDA_SHORT_QUESTIONS("FREDA kortfrågor"),
  /** FREDA beskrivning. */
  FREDA_DESCRIPTION("FREDA beskrivning"),
  /** FREDA farlighetsbedömning. */
  FREDA_DANGER_ASSESSMENT("FREDA farlighetsbedömning");

  private final String label;

  CompetenceSupportTheme(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
