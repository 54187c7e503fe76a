package se.utvecklingsmedel.vocabulary;

/**
 * The areas in which the county administrative boards judged the municipalities to need continued
 * competence support (<i>fortsatt behov av kompetensstöd</i>).
 *
 * <p>Source: the 2016 account, the 21 boards' survey answers: basic knowledge 20, Socialstyrelsen's
 * regulations 15, respective responsibilities 14, FREDA 16, other areas 13.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CompetenceNeed implements SwedishLabelled {
  /** Baskunskaper om våld i nära relation. */
  BASIC_KNOWLEDGE("Baskunskaper om våld i nära relation"),
  /** Socialstyrelsens föreskrifter och allmänna råd om våld i nära relation. */
  REGULATIONS("Socialstyrelsens föreskrifter och allmänna råd om våld i nära relation"),
  /** Kommuners och ideella föreningars respektive ansvar. */
  RESPECTIVE_RESPONSIBILITIES("Kommuners och ideella föreningars respektive ansvar"),
  /** FREDA bedömningsmetoder. */
  FREDA("FREDA bedömningsmetoder"),
  /** Andra områden. */
  OTHER("Andra områden");

  private final String label;

  CompetenceNeed(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
