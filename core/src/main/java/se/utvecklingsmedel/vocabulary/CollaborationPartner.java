package se.utvecklingsmedel.vocabulary;

/**
 * The collaboration partners (<i>samverkansaktörer</i>) a recipient may report working with.
 *
 * <p>Source: the 2016 account (the 2016 annual report), the collaboration passages for
 * municipalities, county councils and non-profits, which end "med flera": hence {@link #OTHER}.
 * Women's shelters from the regions' "samverkat med socialtjänst, polis och kvinnojourer".
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CollaborationPartner implements SwedishLabelled {
  /** Polisen. */
  POLICE("Polisen"),
  /** Hälso- och sjukvården samt tandvården. */
  HEALTH_AND_DENTAL_CARE("Hälso- och sjukvården samt tandvården"),
  /** Ideella organisationer, kvinnojourer inräknade. */
  NON_PROFIT_ORGANISATIONS("Ideella organisationer"),
  /** Kommuner (andra kommuner, för en kommun). */
  MUNICIPALITIES("Kommuner"),
  /** Socialtjänsten. */
  SOCIAL_SERVICES("Socialtjänsten"),
  /** Landstinget eller regionen. */
  REGION("Landstinget"),
  /** Migrationsverket. */
  MIGRATION_AGENCY("Migrationsverket"),
  /** Den lokala brottsofferjouren. */
  VICTIM_SUPPORT("Brottsofferjouren"),
  /** Åklagarmyndigheten. */
  PROSECUTION_AUTHORITY("Åklagarmyndigheten"),
  /** Skolan. */
  SCHOOLS("Skolan"),
  /** Högskolor. */
  UNIVERSITIES("Högskolor"),
  /** Svenska kyrkan. */
  CHURCH_OF_SWEDEN("Svenska kyrkan"),
  /** Kriminalvården. */
  PRISON_AND_PROBATION_SERVICE("Kriminalvården"),
  /** Länsstyrelsen. */
  COUNTY_ADMINISTRATIVE_BOARD("Länsstyrelsen"),
  /** Barnahus. */
  BARNAHUS("Barnahus"),
  /** Räddningstjänsten. */
  RESCUE_SERVICE("Räddningstjänsten"),
  /** Barn- och ungdomspsykiatrin. */
  CHILD_AND_ADOLESCENT_PSYCHIATRY("BUP"),
  /** Kvinnojourer: women's shelters. */
  WOMENS_SHELTERS("Kvinnojourer"),
  /** Another partner than those listed. */
  OTHER("Andra aktörer");

  private final String label;

  CollaborationPartner(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
