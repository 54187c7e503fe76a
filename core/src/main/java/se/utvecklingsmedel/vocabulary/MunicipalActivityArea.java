package se.utvecklingsmedel.vocabulary;

/**
 * The activity areas a municipality (<i>kommun</i>) reports its use of development funds in.
 *
 * <p>Source: the 2016 account (the 2016 annual report). Its summary lists ten areas as examples
 * ("Utvecklingsmedlen användes, i varierande utsträckning, exempelvis till följande aktiviteter");
 * its account of the municipalities counts two more under their own headings, each with more
 * municipalities than any listed area it could belong to: "Standardiserade bedömningsmetoder" ("I
 * 103 kommuner har utvecklingsmedel använts till att arbeta med standardiserade bedömningsmetoder
 * för att upptäcka och utreda våld i nära relationer") and "Insatser för barn" ("Insatser för barn
 * som bevittnat våld eller utsatts för våld har varit föremål för utveckling i 81 kommuner", beside
 * 75 for the investigation of children). The labels of those two are the 2016 account's sentences.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MunicipalActivityArea implements ActivityArea {
  /** Det långsiktiga, strukturerade och samordnade arbetet. */
  LONG_TERM_COORDINATED_WORK("Utveckling av det långsiktiga, strukturerade och samordnade arbetet "
      + "mot våld i nära relationer och stöd till våldsutsatta kvinnor och barn"),
  /** Ledningssystem för systematiskt kvalitetsarbete (SOSFS 2011:9). */
  QUALITY_MANAGEMENT_SYSTEM("Utveckling av ledningssystem för systematiskt kvalitetsarbete i "
      + "enlighet med SOSFS 2011:9 så att det omfattar arbetet med våld i nära relationer"),
  /** Samverkan. */
  COLLABORATION("Samverkan"),
  /** Skyddat boende. */
  PROTECTED_HOUSING("Utveckling av arbetet med insatsen skyddat boende och/eller andra lämpliga "
      + "tillfälliga boendeplatser"),
  /** Deltagande i utbildningsaktiviteter. */
  TRAINING("Deltagande i utbildningsaktiviteter"),
  /** Utredning av barn som bevittnat eller utsatts för våld. */
  INVESTIGATION_OF_CHILDREN("Utveckling av socialtjänstens arbete med utredning av barn som "
      + "bevittnat eller utsatts för våld"),
  /** Standardiserade bedömningsmetoder (the 2016 account's heading, not in its summary list). */
  STANDARDISED_ASSESSMENT_METHODS("Arbete med standardiserade bedömningsmetoder för att upptäcka "
      + "och utreda våld i nära relationer"),
  /** Insatser för barn (the 2016 account's heading, not in its summary list). */
  INTERVENTIONS_FOR_CHILDREN("Utveckling av insatser för barn som bevittnat våld eller utsatts "
      + "för våld"),
  /** Tidiga och selektivt förebyggande insatser. */
  EARLY_AND_SELECTIVE_PREVENTION("Tidiga och selektivt förebyggande insatser för att motverka att "
      + "våld uppstår"),
  /** Insatser till personer som utövar våld. */
  WORK_WITH_PERPETRATORS("Utveckling av arbetet med insatser till personer som utövar våld"),
  /** Utredning av och insatser för våldsutsatta kvinnor eller särskilt utsatta grupper. */
  ABUSED_WOMEN_AND_VULNERABLE_GROUPS("Utveckling av socialtjänstens arbete med utredning av, och "
      + "insatser för, våldsutsatta kvinnor eller särskilt utsatta grupper"),
  /** Insatser mot prostitution och människohandel för sexuella ändamål. */
  AGAINST_PROSTITUTION_AND_TRAFFICKING(
      "Insatser mot prostitution och människohandel för sexuella ändamål");

  private final String label;

  MunicipalActivityArea(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
