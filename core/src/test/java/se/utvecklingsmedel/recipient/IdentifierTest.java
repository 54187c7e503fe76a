package se.utvecklingsmedel.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

  @Test
  void municipalityCodeKeepsLeadingZeros() {
    MunicipalityCode stockholm = MunicipalityCode.of("0180");
    assertThat(stockholm.value()).isEqualTo("0180");
    assertThat(stockholm).hasToString("0180");
    assertThat(stockholm.countyCode()).isEqualTo(CountyCode.of("01"));
    assertThat(stockholm).isEqualTo(MunicipalityCode.of("0180"));
    assertThat(stockholm.compareTo(MunicipalityCode.of("1280"))).isNegative();
  }

  @ParameterizedTest
  @ValueSource(strings = {"180", "01800", "", "01a0", "ABCD", " 180", "０１８０"})
  void municipalityCodeRejectsAnythingButFourDigits(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> MunicipalityCode.of(text))
        .withMessage("MunicipalityCode '" + text + "' must be exactly four digits, e.g. 0180");
  }

  @Test
  void countyCode() {
    assertThat(CountyCode.of("09")).hasToString("09");
    assertThat(CountyCode.of("01").compareTo(CountyCode.of("25"))).isNegative();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "001", "", "a1", "1 "})
  void countyCodeRejectsAnythingButTwoDigits(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> CountyCode.of(text))
        .withMessage("CountyCode '" + text + "' must be exactly two digits, e.g. 01");
  }

  @Test
  void identifiersRejectNull() {
    assertThatNullPointerException().isThrownBy(() -> MunicipalityCode.of(null))
        .withMessage("MunicipalityCode 'value' must not be null");
    assertThatNullPointerException().isThrownBy(() -> CountyCode.of(null))
        .withMessage("CountyCode 'value' must not be null");
    assertThatNullPointerException().isThrownBy(() -> OrganisationNumber.of(null))
        .withMessage("OrganisationNumber 'value' must not be null");
  }

  @Test
  void organisationNumberAcceptsBothFormsAndCanonicalisesWithHyphen() {
    // 802000-123?: digits 8 0 2 0 0 0 1 2 3 weighted 2 1 2 1 …: 16→7, 0, 4, 0, 0, 0, 2, 2, 6 = 21 → 9.
    assertThat(OrganisationNumber.of("802000-1239").value()).isEqualTo("802000-1239");
    assertThat(OrganisationNumber.of("8020001239")).isEqualTo(OrganisationNumber.of("802000-1239"));
    assertThat(OrganisationNumber.of("8020001239")).hasToString("802000-1239");
    assertThat(OrganisationNumber.of("802000-1239").legalFormGroup()).isEqualTo(8);
    // Uppsala universitet, a public body of group 2.
    assertThat(OrganisationNumber.of("202100-2932").legalFormGroup()).isEqualTo(2);
    assertThat(OrganisationNumber.of("202100-2932").compareTo(OrganisationNumber.of("802000-1239")))
        .isNegative();
  }

  @Test
  void organisationNumberRejectsAWrongCheckDigit() {
    assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.of("802000-1234"))
        .withMessage("OrganisationNumber '802000-1234' has a wrong check digit: 4, expected 9");
  }

  @ParameterizedTest
  @ValueSource(strings = {"802000-123", "80200012391", "8020-001239", "80200A-1239", "802000 1239",
      "", "802000--1239"})
  void organisationNumberRejectsWrongForm(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.of(text))
        .withMessage("OrganisationNumber '" + text + "' must be ten digits, as NNNNNN-NNNN or "
            + "NNNNNNNNNN");
  }

  @Test
  void organisationNumberRejectsAPersonalIdentityNumber() {
    assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.of("811218-9876"))
        .withMessage("OrganisationNumber '811218-9876' must have a third digit of at least 2 (a lower "
            + "one is a personal identity number)");
  }

  @Test
  void completesNineDigitsWithTheirCheckDigit() {
    assertThat(OrganisationNumber.withCheckDigit("802000-123")).hasToString("802000-1239");
    assertThat(OrganisationNumber.withCheckDigit("802000123")).hasToString("802000-1239");
    assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.withCheckDigit("80200012"))
        .withMessage("OrganisationNumber digits '80200012' must be nine digits, as NNNNNN-NNN or "
            + "NNNNNNNNN");
    assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.withCheckDigit("801000123"))
        .withMessageContaining("third digit of at least 2");
    assertThatNullPointerException().isThrownBy(() -> OrganisationNumber.withCheckDigit(null))
        .withMessage("OrganisationNumber 'nineDigits' must not be null");
  }

  @Test
  void luhnCheckDigit() {
    assertThat(OrganisationNumber.luhnCheckDigit("802000123")).isEqualTo(9);
    assertThat(OrganisationNumber.luhnCheckDigit("202100293")).isEqualTo(2);
    assertThat(OrganisationNumber.luhnCheckDigit("556036079")).isEqualTo(3);
    assertThat(OrganisationNumber.luhnCheckDigit("000000000")).isZero();
  }
}
