package se.utvecklingsmedel.vocabulary;

/**
 * The methods and programmes the sources name (<i>metoder och behandlingsprogram</i>).
 *
 * <p>Source: the 2016 account (the 2016 annual report) and its footnotes: Motiverande samtal,
 * Trappan, KIBB, Signs of Safety, Alternativ till våld, KBT, MPV (Möta pappor med
 * våldsproblematik), Samtal om våld.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum KnownMethod implements Method {
  /** Motiverande samtal (motivational interviewing), a conversation method. */
  MOTIVATIONAL_INTERVIEWING("Motiverande samtal"),
  /** Trappan: crisis talks with children who experienced violence in their family. */
  TRAPPAN("Trappan"),
  /** KIBB. */
  KIBB("KIBB"),
  /** Signs of Safety. */
  SIGNS_OF_SAFETY("Signs of Safety"),
  /** Alternativ till våld, a treatment programme for perpetrators. */
  ALTERNATIVES_TO_VIOLENCE("Alternativ till våld"),
  /** KBT (cognitive behavioural therapy). */
  COGNITIVE_BEHAVIOURAL_THERAPY("KBT"),
  /** MPV, Möta pappor med våldsproblematik. */
  MEETING_FATHERS_WITH_VIOLENCE_PROBLEMS("MPV"),
  /** Samtal om våld. */
  TALKING_ABOUT_VIOLENCE("Samtal om våld");

  private final String label;

  KnownMethod(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
