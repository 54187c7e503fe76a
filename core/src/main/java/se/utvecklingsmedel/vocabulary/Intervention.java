package se.utvecklingsmedel.vocabulary;

/**
 * A kind of intervention or piece of work a recipient reports within one activity area
 * (<i>insats</i>), such as individual support talks in the work with abused women.
 *
 * <p>Source: the 2016 account (the 2016 annual report), which counts them per area: for the
 * municipalities' work with perpetrators "enskilda stödsamtal, 56 kommuner … stödsamtal i grupp …
 * partnerkontakter"; for the regions' quality work "processer och rutiner för att upptäcka
 * våldsutsatthet (17 landsting) … för att utveckla de direkta insatserna (12 landsting) … kartlägga
 * krav och mål i gällande lagar och föreskrifter"; for the non-profits "enskilt samtalsstöd,
 * rådgivning (via telefon, mejl och chatt), stöd i myndighetskontakter … samtalsstöd i grupp, gett
 * annat praktiskt stöd och anordnat olika sociala aktiviteter", "kompetensutveckla organisationens
 * anställda och volontärer", "dokumentation av verksamheten", "utveckla avtal med kommunen",
 * "uppsökande arbete i gatumiljö och på internet", "en kartläggning"; and "egenkontroll, utredning
 * av avvikelser och riskanalys" in the municipalities' management systems; and, for the
 * municipalities, "tagit fram processer och rutiner för att kontrollera och följa upp verksamhet
 * som de har överlämnat till ideella organisationer eller andra aktörer", "informationsinsatser
 * till föräldrar och andra närstående utifrån barns behov", and "tidigt förebyggande insatser …
 * selektivt förebyggande insatser, det vill säga förebyggande insatser riktade till särskilda
 * grupper eller individer".
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Intervention implements SwedishLabelled {
  /** Individual support talks. */
  INDIVIDUAL_SUPPORT_TALKS("Enskilt samtalsstöd"),
  /** Support talks in a group. */
  GROUP_SUPPORT_TALKS("Samtalsstöd i grupp"),
  /** Advice by telephone, e-mail or chat. */
  ADVICE("Rådgivning via telefon, mejl eller chatt"),
  /** Support in contacts with authorities, e.g. going along to meetings. */
  SUPPORT_WITH_AUTHORITIES("Stöd i myndighetskontakter"),
  /** Other practical support. */
  PRACTICAL_SUPPORT("Annat praktiskt stöd"),
  /** Social activities. */
  SOCIAL_ACTIVITIES("Sociala aktiviteter"),
  /** Information about the recipient's own work and what it can offer. */
  INFORMATION_ABOUT_OWN_WORK("Information om verksamheten"),
  /** Contacts with the partner (in the work with perpetrators). */
  PARTNER_CONTACTS("Partnerkontakter"),
  /** Outreach on the street and on the internet. */
  OUTREACH("Uppsökande arbete"),
  /** A mapping (survey) of the field. */
  MAPPING("Kartläggning"),
  /** Other activities: film showings, theatre, exhibitions, information evenings and the like. */
  OTHER_ACTIVITIES("Andra verksamheter, såsom filmvisningar, teater och utställningar"),
  /** Competence development of staff and volunteers. */
  STAFF_COMPETENCE_DEVELOPMENT("Kompetensutveckling av anställda och volontärer"),
  /** Documentation of the work: checklists, form templates, routines. */
  DOCUMENTATION("Dokumentation av verksamheten"),
  /** Developing agreements with the municipality, where the organisation performs social services. */
  AGREEMENTS_WITH_MUNICIPALITY("Avtal med kommunen"),
  /** Self-inspection, investigation of deviations and risk analysis. */
  SELF_INSPECTION("Egenkontroll, utredning av avvikelser och riskanalys"),
  /** Processes and routines to detect exposure to violence. */
  ROUTINES_TO_DETECT_VIOLENCE("Processer och rutiner för att upptäcka våldsutsatthet"),
  /** Processes and routines to develop the direct interventions for those exposed to violence. */
  ROUTINES_FOR_DIRECT_INTERVENTIONS("Processer och rutiner för att utveckla de direkta insatserna"),
  /** Mapping the requirements and aims of laws and regulations. */
  MAPPING_LEGAL_REQUIREMENTS("Kartläggning av krav och mål i gällande lagar och föreskrifter"),
  /** Routines to check and follow up work handed over to non-profits or other actors. */
  FOLLOW_UP_OF_DELEGATED_WORK("Processer och rutiner för att kontrollera och följa upp verksamhet "
      + "som överlämnats till ideella organisationer eller andra aktörer"),
  /** Information to parents and other relatives from the child's needs. */
  INFORMATION_TO_PARENTS("Informationsinsatser till föräldrar och andra närstående"),
  /** Early prevention, to stop violence arising (universal). */
  EARLY_PREVENTION("Tidigt förebyggande insatser"),
  /** Selective prevention, aimed at particular groups or individuals. */
  SELECTIVE_PREVENTION("Selektivt förebyggande insatser");

  private final String label;

  Intervention(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
