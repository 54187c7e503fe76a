package se.utvecklingsmedel.vocabulary;

/**
 * The five activity areas a region (<i>landsting</i>, now <i>region</i>) reports its use of
 * development funds in.
 *
 * <p>Source: the 2016 account (the 2016 annual report), the summary list for the county councils.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RegionalActivityArea implements ActivityArea {
  /** Systematiskt och långsiktigt kvalitetsarbete. */
  SYSTEMATIC_QUALITY_WORK("Systematiskt och långsiktigt kvalitetsarbete"),
  /** Samverkan. */
  COLLABORATION("Samverkan"),
  /** Personalens kompetens om våld i nära relationer. */
  STAFF_COMPETENCE("Utveckling av personalens kompetens om våld i nära relationer"),
  /** Utveckling och spridning av effektiva metoder. */
  EFFECTIVE_METHODS("Utveckling och spridning av effektiva metoder inom våld i nära relationer och "
      + "våld mot kvinnor och barn"),
  /** Förebyggande insatser för att motverka att våld uppstår. */
  PREVENTION("Förebyggande insatser för att motverka att våld uppstår");

  private final String label;

  RegionalActivityArea(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
