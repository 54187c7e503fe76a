package se.utvecklingsmedel.recipient;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import se.utvecklingsmedel.vocabulary.Code;

/**
 * A municipality code (<i>kommunkod</i>) as Statistics Sweden (SCB) assigns it: four digits,
 * leading zero kept, the first two being the county code, e.g. {@code 0180} for Stockholm.
 *
 * <p>A well-formed code need not name a real municipality: {@link ReferenceData#municipality} says
 * which do.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MunicipalityCode extends Code<MunicipalityCode> {

  /**
   * Validates the code.
   *
   * @param value the four digits
   * @throws IllegalArgumentException if it is not exactly four digits 0–9
   */
  private static String check(String value) {
    requireNonNull(value, "MunicipalityCode 'value' must not be null");
    checkRule(CountyCode.digits(value, 4), MunicipalityCode.class, "", "",
        "MunicipalityCode '%s' must be exactly four digits, e.g. 0180", value);
    return value;
  }

  private MunicipalityCode(String value) {
    super(check(value));
  }

  /**
   * Returns the code for the given text.
   *
   * @param value the four digits, e.g. {@code "0180"}
   * @return the code
   * @throws IllegalArgumentException if it is not exactly four digits
   */
  public static MunicipalityCode of(String value) {
    return new MunicipalityCode(value);
  }

  /**
   * Returns the county code: the first two digits.
   *
   * @return the county code, e.g. {@code 01} for {@code 0180}
   */
  public CountyCode countyCode() {
    return CountyCode.of(value().substring(0, 2));
  }
}
