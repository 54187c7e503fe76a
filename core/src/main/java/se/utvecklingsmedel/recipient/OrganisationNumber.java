package se.utvecklingsmedel.recipient;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import se.utvecklingsmedel.vocabulary.Code;

import java.util.regex.Pattern;

/**
 * A Swedish organisation number (<i>organisationsnummer</i>): ten digits, written {@code
 * NNNNNN-NNNN}, the last a Luhn check digit.
 *
 * <p>Accepted as {@code 802000-1239} or {@code 8020001239}; the canonical form has the hyphen.
 * Rules (Skatteverket's numbering, SKV 709): ten digits; the third digit at least 2 (a lower one
 * makes it a personal identity number, not an organisation number); the tenth digit the Luhn
 * (modulus 10) check digit of the first nine. A single wrong digit always fails the check.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OrganisationNumber extends Code<OrganisationNumber> {

  // Compiled once: String.matches compiled its pattern on every value read.
  private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{6}-?[0-9]{4}");
  private static final Pattern NINE_DIGITS = Pattern.compile("[0-9]{6}-?[0-9]{3}");

  /**
   * Validates the number and brings it to the canonical form.
   *
   * @param value ten digits, with or without the hyphen before the last four
   * @throws IllegalArgumentException if the form, the third digit or the check digit is wrong
   */
  private static String check(String value) {
    requireNonNull(value, "OrganisationNumber 'value' must not be null");
    checkRule(TEN_DIGITS.matcher(value).matches(), OrganisationNumber.class, "", "",
        "OrganisationNumber '%s' must be ten digits, as NNNNNN-NNNN or NNNNNNNNNN", value);
    String digits = value.replace("-", "");
    checkRule(digits.charAt(2) >= '2', OrganisationNumber.class, "", "",
        "OrganisationNumber '%s' must have a third digit of at least 2 (a lower one is a personal "
            + "identity number)", value);
    int expected = luhnCheckDigit(digits.substring(0, 9));
    checkRule(digits.charAt(9) - '0' == expected, OrganisationNumber.class, "", "",
        "OrganisationNumber '%s' has a wrong check digit: %s, expected %s", value, digits.charAt(9),
        expected);
    value = digits.substring(0, 6) + "-" + digits.substring(6);
    return value;
  }

  private OrganisationNumber(String value) {
    super(check(value));
  }

  /**
   * Returns the organisation number for the given text.
   *
   * @param value ten digits, with or without the hyphen
   * @return the organisation number
   * @throws IllegalArgumentException if the form, the third digit or the check digit is wrong
   */
  public static OrganisationNumber of(String value) {
    return new OrganisationNumber(value);
  }

  /**
   * Returns the organisation number made of nine digits and their Luhn check digit, e.g. for test
   * fixtures.
   *
   * @param nineDigits the first nine digits, optionally with the hyphen after the sixth
   * @return the organisation number
   * @throws IllegalArgumentException if the text is not nine digits or the third is below 2
   */
  public static OrganisationNumber withCheckDigit(String nineDigits) {
    requireNonNull(nineDigits, "OrganisationNumber 'nineDigits' must not be null");
    checkRule(NINE_DIGITS.matcher(nineDigits).matches(), OrganisationNumber.class, "", "",
        "OrganisationNumber digits '%s' must be nine digits, as NNNNNN-NNN or NNNNNNNNN",
        nineDigits);
    String digits = nineDigits.replace("-", "");
    return of(digits + luhnCheckDigit(digits));
  }

  /**
   * Returns the legal-form group: the first digit (8 for ideella föreningar och stiftelser).
   *
   * @return 1 to 9
   */
  public int legalFormGroup() {
    return value().charAt(0) - '0';
  }

  /** The Luhn check digit of nine digits: weights 2, 1, 2, …, digit sums, ten's complement. */
  static int luhnCheckDigit(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < nineDigits.length(); i++) {
      int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product / 10 + product % 10;
    }
    return (10 - sum % 10) % 10;
  }
}
