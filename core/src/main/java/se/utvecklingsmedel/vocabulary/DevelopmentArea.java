package se.utvecklingsmedel.vocabulary;

/**
 * The seven development areas (<i>utvecklingsområden</i>) for which non-profit organisations were
 * granted development funds.
 *
 * <p>Source: the 2016 account (the 2016 annual report), "Socialstyrelsen beviljade medel för
 * verksamhet inom sju utvecklingsområden". Grants favoured work that improves direct support to the
 * individual, with precedence for areas where such work is missing.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DevelopmentArea implements ActivityArea {
  /** Kvalitetsutveckling av eget arbete. */
  QUALITY_DEVELOPMENT_OF_OWN_WORK("Kvalitetsutveckling av eget arbete"),
  /** Universellt förebyggande arbete. */
  UNIVERSAL_PREVENTION("Universellt förebyggande arbete"),
  /** Insatser för våldsutsatta kvinnor. */
  SUPPORT_FOR_ABUSED_WOMEN("Insatser för våldsutsatta kvinnor"),
  /** Insatser för särskilt utsatta grupper. */
  SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS("Insatser för särskilt utsatta grupper"),
  /** Insatser för arbete med barn. */
  WORK_WITH_CHILDREN("Insatser för arbete med barn"),
  /** Insatser för att nå våldsutövare. */
  REACHING_PERPETRATORS("Insatser för att nå våldsutövare"),
  /** Insatser mot prostitution och människohandel för sexuella ändamål. */
  AGAINST_PROSTITUTION_AND_TRAFFICKING(
      "Insatser mot prostitution och människohandel för sexuella ändamål");

  private final String label;

  DevelopmentArea(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
