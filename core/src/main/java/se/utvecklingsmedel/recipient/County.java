package se.utvecklingsmedel.recipient;

/**
 * A county (<i>län</i>): the area of one county administrative board and one region.
 *
 * <p>From {@link ReferenceData}; not itself a recipient.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class County {

  private final CountyCode code;
  private final String name;
  private final String shortName;

  County(CountyCode code, String name, String shortName) {
    this.code = code;
    this.name = name;
    this.shortName = shortName;
  }

  /**
   * Returns the SCB county code.
   *
   * @return the code, e.g. {@code 01}
   */
  public CountyCode code() {
    return code;
  }

  /**
   * Returns the county's name.
   *
   * @return e.g. {@code Stockholms län}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the county's short name.
   *
   * @return e.g. {@code Stockholm}
   */
  public String shortName() {
    return shortName;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof County && ((County) obj).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code + " " + name;
  }
}
