package se.utvecklingsmedel.recipient;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A county code (<i>länskod</i>) as Statistics Sweden (SCB) assigns it: two digits, e.g. {@code 01}
 * for Stockholms län. Regions and county administrative boards are identified by their county's code.
 *
 * <p>A well-formed code need not name a real county: {@link ReferenceData#county} says which do.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the two digits
 */
public record CountyCode(String value) implements Comparable<CountyCode> {

  /**
   * Validates the code.
   *
   * @param value the two digits
   * @throws IllegalArgumentException if it is not exactly two digits 0–9
   */
  public CountyCode {
    requireNonNull(value, "CountyCode must not be null");
    checkArgument(value.matches("[0-9]{2}"), "CountyCode '%s' must be exactly two digits, e.g. 01",
        value);
  }

  /**
   * Returns the code for the given text.
   *
   * @param value the two digits, e.g. {@code "01"}
   * @return the code
   * @throws IllegalArgumentException if it is not exactly two digits
   */
  public static CountyCode of(String value) {
    return new CountyCode(value);
  }

  @Override
  public int compareTo(CountyCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
