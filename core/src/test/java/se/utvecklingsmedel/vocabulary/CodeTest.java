package se.utvecklingsmedel.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.recipient.CountyCode;
import se.utvecklingsmedel.recipient.MunicipalityCode;
import se.utvecklingsmedel.recipient.OrganisationNumber;
import se.utvecklingsmedel.round.PotId;

/** What every code type does alike, written once in {@link Code}. */
class CodeTest {

  @Test
  void equalWhenOfOneTypeWithOneText() {
    new EqualsTester()
        .addEqualityGroup(CountyCode.of("01"), CountyCode.of("01"))
        .addEqualityGroup(PotId.of("01")) // the same text, another type
        .addEqualityGroup(MunicipalityCode.of("0180"), MunicipalityCode.of("0180"))
        .addEqualityGroup(OrganisationNumber.of("8020001239"), OrganisationNumber.of("802000-1239"))
        .testEquals();
  }

  @Test
  void orderedByTextAndWrittenAsIt() {
    assertThat(new TreeSet<>(List.of(PotId.of("regions"), PotId.of("municipalities"),
        PotId.of("non-profits")))).extracting(Code::value)
        .containsExactly("municipalities", "non-profits", "regions");
    assertThat(OrganisationNumber.of("8020001239")).hasToString("802000-1239");
    assertThat(MunicipalityCode.of("2584").value()).isEqualTo("2584");
    assertThat(CountyCode.of("25").compareTo(CountyCode.of("03"))).isPositive();
    assertThatNullPointerException().isThrownBy(() -> CountyCode.of("25").compareTo(null))
        .withMessage("CountyCode 'other' must not be null");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void codesOfTwoTypesAreNotComparedAndNoOtherTypeExtendsCode() {
    Comparable raw = PotId.of("01");
    org.assertj.core.api.Assertions.assertThatExceptionOfType(ClassCastException.class)
        .isThrownBy(() -> raw.compareTo(CountyCode.of("01")))
        .withMessage("CountyCode 01 cannot be compared with PotId 01");
  }

  @Test
  void aRefusedCodeIsShownOnOneLineAndCut() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganisationNumber.of("x\n".repeat(500_000)))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400).doesNotContain("\n")
            .startsWith("OrganisationNumber 'x\\u000Ax"));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> CountyCode.of("0\u20281"))
        .withMessage("CountyCode '0\\u20281' must be exactly two digits, e.g. 01");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> se.utvecklingsmedel.money.Amount.parse("1\n".repeat(100_000)))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400).doesNotContain("\n"));
  }
}
