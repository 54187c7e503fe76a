package se.utvecklingsmedel.recipient;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import se.utvecklingsmedel.vocabulary.Code;

/**
 * A county code (<i>länskod</i>) as Statistics Sweden (SCB) assigns it: two digits, e.g. {@code 01}
 * for Stockholms län. Regions and county administrative boards are identified by their county's
 * code.
 *
 * <p>A well-formed code need not name a real county: {@link ReferenceData#county} says which do.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountyCode extends Code<CountyCode> {

  /**
   * Validates the code.
   *
   * @param value the two digits
   * @throws IllegalArgumentException if it is not exactly two digits 0–9
   */
  private static String check(String value) {
    requireNonNull(value, "CountyCode 'value' must not be null");
    checkRule(digits(value, 2), CountyCode.class, "", "",
        "CountyCode '%s' must be exactly two digits, e.g. 01", value);
    return value;
  }

  private CountyCode(String value) {
    super(check(value));
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

  /**
   * Exactly {@code length} digits 0–9, checked by hand, not by a regular expression: codes are read for every recipient (team
   * decision, for speed). Also the check of a municipality code, whose first two digits are its county's code.
   */
  static boolean digits(String value, int length) {
    if (value.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
