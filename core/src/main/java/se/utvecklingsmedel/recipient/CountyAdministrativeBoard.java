package se.utvecklingsmedel.recipient;

/**
 * A county administrative board (<i>länsstyrelse</i>), one per county, identified by the county's
 * code.
 *
 * <p>From {@link ReferenceData}. The boards give regional competence support and may apply for
 * stimulus funds (the 2016 account).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountyAdministrativeBoard extends Identified implements Recipient {

  private final County county;

  CountyAdministrativeBoard(County county) {
    this.county = county;
  }

  /**
   * Returns the board's county.
   *
   * @return the county
   */
  public County county() {
    return county;
  }

  @Override
  public RecipientCategory category() {
    return RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD;
  }

  @Override
  public String id() {
    return county.code().value();
  }

  /**
   * Returns the board's name, e.g. {@code Länsstyrelsen i Stockholms län}.
   *
   * @return the name
   */
  @Override
  public String displayName() {
    return "Länsstyrelsen i " + county.name();
  }

  @Override
  public String swedishLabel() {
    return displayName();
  }
}
