package se.utvecklingsmedel.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class OrganisationNumberProperties {

  /** Valid numbers: nine digits with a third digit of at least 2, and their Luhn check digit. */
  @Provide
  Arbitrary<String> validNumbers() {
    return Combinators.combine(
            Arbitraries.strings().numeric().ofLength(2),
            Arbitraries.strings().withCharRange('2', '9').ofLength(1),
            Arbitraries.strings().numeric().ofLength(6))
        .as((a, b, c) -> a + b + c)
        .map(nine -> nine + OrganisationNumber.luhnCheckDigit(nine));
  }

  @Property
  void roundTripsThroughItsCanonicalForm(@ForAll("validNumbers") String digits) {
    OrganisationNumber number = OrganisationNumber.of(digits);
    assertThat(number.value()).isEqualTo(digits.substring(0, 6) + "-" + digits.substring(6));
    assertThat(OrganisationNumber.of(number.value())).isEqualTo(number);
    assertThat(OrganisationNumber.of(number.toString())).isEqualTo(number);
  }

  @Property
  void changingAnySingleDigitBreaksIt(@ForAll("validNumbers") String digits,
      @ForAll @IntRange(min = 0, max = 9) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
    char changed = (char) ('0' + (digits.charAt(position) - '0' + shift) % 10);
    String broken = digits.substring(0, position) + changed + digits.substring(position + 1);
    assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.of(broken))
        .withMessageStartingWith("OrganisationNumber '" + broken + "'");
  }
}
