package se.utvecklingsmedel.vocabulary;

/**
 * The especially vulnerable groups (<i>särskilt utsatta grupper</i>) a recipient may report
 * serving.
 *
 * <p>Source: the 2016 account (the 2016 annual report), "Metoder och insatser för särskilt utsatta
 * grupper" and the non-profits section; the team brief (DOMAIN.md) lists the nine.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum VulnerableGroup implements SwedishLabelled {
  /** Vuxna och barn som drabbas av hedersrelaterat våld. */
  HONOUR_RELATED_VIOLENCE("Hedersrelaterat våld"),
  /** Våldsutsatta kvinnor med funktionsnedsättning. */
  WOMEN_WITH_DISABILITIES("Kvinnor med funktionsnedsättning"),
  /** Kvinnor med missbruksproblem. */
  WOMEN_WITH_SUBSTANCE_ABUSE("Kvinnor med missbruksproblem"),
  /** Våldsutsatta kvinnor med utländsk bakgrund. */
  WOMEN_OF_FOREIGN_BACKGROUND("Kvinnor med utländsk bakgrund"),
  /** Äldre kvinnor över 65 år. */
  WOMEN_OVER_65("Äldre kvinnor över 65 år"),
  /** Unga kvinnor. */
  YOUNG_WOMEN("Unga kvinnor"),
  /** HBTQ-personer. */
  LGBTQ("HBTQ"),
  /** Kvinnor utsatta för prostitution (the 2016 account, the non-profits' especially vulnerable groups). */
  WOMEN_IN_PROSTITUTION("Kvinnor utsatta för prostitution"),
  /** Papperslösa kvinnor. */
  UNDOCUMENTED_WOMEN("Papperslösa kvinnor");

  private final String label;

  VulnerableGroup(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
