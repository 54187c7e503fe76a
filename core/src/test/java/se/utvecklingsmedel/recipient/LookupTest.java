package se.utvecklingsmedel.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.OtherMethod;

/** Lookups that may miss (issue 17): "not found" is empty, "malformed" fails in the code type. */
class LookupTest {

  @Test
  void aKnownCodeIsFoundAndAnUnknownOneIsEmpty() {
    assertThat(ReferenceData.findMunicipality(MunicipalityCode.of("2584")))
        .contains(ReferenceData.municipality("2584"));
    assertThat(ReferenceData.findMunicipality(MunicipalityCode.of("9999"))).isEmpty();
    assertThat(ReferenceData.findCounty(CountyCode.of("25"))).contains(ReferenceData.county("25"));
    assertThat(ReferenceData.findCounty(CountyCode.of("02"))).isEmpty();
    assertThat(ReferenceData.findRegion(CountyCode.of("09"))).contains(ReferenceData.region("09"));
    assertThat(ReferenceData.findRegion(CountyCode.of("99"))).isEmpty();
    assertThat(ReferenceData.findCountyAdministrativeBoard(CountyCode.of("12")))
        .contains(ReferenceData.countyAdministrativeBoard("12"));
    assertThat(ReferenceData.findCountyAdministrativeBoard(CountyCode.of("11"))).isEmpty();
  }

  @Test
  void aMalformedCodeFailsBeforeAnyLookup() {
    assertThatIllegalArgumentException().isThrownBy(() -> MunicipalityCode.of("25841"))
        .withMessageContaining("four digits");
    assertThatIllegalArgumentException().isThrownBy(() -> CountyCode.of("x1"))
        .withMessageContaining("two digits");
    assertThatNullPointerException().isThrownBy(() -> ReferenceData.findMunicipality(null))
        .withMessageContaining("ReferenceData 'code'");
  }

  @Test
  void theValueTypesHaveValueEquality() {
    assertThat(MunicipalityCode.of("0180")).isEqualTo(MunicipalityCode.of("0180"))
        .hasSameHashCodeAs(MunicipalityCode.of("0180")).isNotEqualTo(MunicipalityCode.of("0181"))
        .hasToString("0180");
    assertThat(CountyCode.of("01")).isEqualTo(CountyCode.of("01")).isNotEqualTo(CountyCode.of("02"))
        .hasSameHashCodeAs(CountyCode.of("01"));
    assertThat(OrganisationNumber.of("8020001239")).isEqualTo(OrganisationNumber.of("802000-1239"))
        .hasSameHashCodeAs(OrganisationNumber.of("802000-1239"));
    assertThat(MunicipalityCode.of("0180")).isNotEqualTo("0180");
    new EqualsTester()
        .addEqualityGroup(PotId.of("regions"), PotId.REGIONS)
        .addEqualityGroup(PotId.MUNICIPALITIES)
        .addEqualityGroup(OtherMethod.of("Dialogmodellen"), OtherMethod.of(" Dialogmodellen "))
        .addEqualityGroup(OtherMethod.of("Annan modell"))
        .addEqualityGroup(MunicipalityCode.of("0180"), MunicipalityCode.of("0180"))
        .addEqualityGroup(CountyCode.of("01"))
        .testEquals();
  }
}
