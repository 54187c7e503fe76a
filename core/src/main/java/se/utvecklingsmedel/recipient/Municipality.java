package se.utvecklingsmedel.recipient;

/**
 * A municipality (<i>kommun</i>), one of Sweden's 290, identified by its SCB code.
 *
 * <p>From {@link ReferenceData}, never made by hand. Municipalities requisition development funds
 * up to the amount the government's distribution key sets for them (the 2016 account).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Municipality extends Identified implements Recipient {

  private final MunicipalityCode code;
  private final String name;
  private final String shortName;
  private final County county;

  Municipality(MunicipalityCode code, String name, String shortName, County county) {
    this.code = code;
    this.name = name;
    this.shortName = shortName;
    this.county = county;
  }

  /**
   * Returns the SCB municipality code.
   *
   * @return the code, e.g. {@code 0180}
   */
  public MunicipalityCode code() {
    return code;
  }

  /**
   * Returns the county the municipality lies in.
   *
   * @return the county
   */
  public County county() {
    return county;
  }

  @Override
  public RecipientCategory category() {
    return RecipientCategory.MUNICIPALITY;
  }

  @Override
  public String id() {
    return code.value();
  }

  /**
   * Returns the short name, e.g. {@code Stockholm}.
   *
   * @return the short name
   */
  @Override
  public String displayName() {
    return shortName;
  }

  /**
   * Returns the full name, e.g. {@code Stockholms kommun}.
   *
   * @return the full name
   */
  @Override
  public String swedishLabel() {
    return name;
  }
}
