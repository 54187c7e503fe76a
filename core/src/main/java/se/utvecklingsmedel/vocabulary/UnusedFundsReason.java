package se.utvecklingsmedel.vocabulary;

/**
 * The reasons recipients gave for not using all of their funds (<i>orsaker till ej förbrukade
 * medel</i>).
 *
 * <p>Source: the 2016 account (the 2016 annual report), "Orsakerna har ofta varit organisatoriska
 * och personalmässiga, till exempel hög arbetsbelastning, sjukskrivningar, svårigheter att
 * rekrytera … medlen rekvirerades sent … inte kunde genomföra planerade insatser … genomföra sina
 * planerade aktiviteter utan att förbruka hela det rekvirerade beloppet".
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum UnusedFundsReason implements SwedishLabelled {
  /** Hög arbetsbelastning. */
  WORKLOAD("Hög arbetsbelastning"),
  /** Sjukskrivningar. */
  SICK_LEAVE("Sjukskrivningar"),
  /** Svårigheter att rekrytera personal. */
  RECRUITMENT_DIFFICULTY("Svårigheter att rekrytera personal"),
  /** Medlen rekvirerades sent. */
  LATE_REQUISITION("Medlen rekvirerades sent"),
  /** Planerade insatser kunde inte genomföras. */
  PLANNED_ACTIVITIES_NOT_CARRIED_OUT("Planerade insatser kunde inte genomföras"),
  /** De planerade aktiviteterna genomfördes för mindre pengar. */
  ACTIVITIES_DONE_FOR_LESS("Aktiviteterna genomfördes utan att hela beloppet förbrukades"),
  /** Another reason. */
  OTHER("Annan orsak");

  private final String label;

  UnusedFundsReason(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
