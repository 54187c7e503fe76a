package se.utvecklingsmedel.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

  @Test
  void hasEveryMunicipalityCountyRegionAndBoard() {
    assertThat(ReferenceData.municipalities()).hasSize(290);
    assertThat(ReferenceData.counties()).hasSize(21);
    assertThat(ReferenceData.regions()).hasSize(21);
    assertThat(ReferenceData.countyAdministrativeBoards()).hasSize(21);
  }

  @Test
  void everyMunicipalityCodeResolvesToItself() {
    Set<String> names = new HashSet<>();
    for (Municipality m : ReferenceData.municipalities()) {
      assertThat(ReferenceData.municipality(m.code())).isSameAs(m);
      assertThat(ReferenceData.municipality(m.code().value())).isSameAs(m);
      assertThat(ReferenceData.municipalityByName(m.swedishLabel())).isSameAs(m);
      assertThat(ReferenceData.municipalityByName(m.displayName())).isSameAs(m);
      assertThat(m.code().countyCode()).isEqualTo(m.county().code());
      assertThat(names.add(m.displayName())).as("unique name %s", m).isTrue();
    }
    for (County county : ReferenceData.counties()) {
      assertThat(ReferenceData.municipalitiesIn(county)).isNotEmpty()
          .allMatch(m -> m.county().equals(county));
    }
  }

  @Test
  void stockholm() {
    Municipality stockholm = ReferenceData.municipality("0180");
    assertThat(stockholm.displayName()).isEqualTo("Stockholm");
    assertThat(stockholm.swedishLabel()).isEqualTo("Stockholms kommun");
    assertThat(stockholm.id()).isEqualTo("0180");
    assertThat(stockholm.category()).isEqualTo(RecipientCategory.MUNICIPALITY);
    assertThat(stockholm.county().name()).isEqualTo("Stockholms län");
    assertThat(stockholm.county().shortName()).isEqualTo("Stockholm");
    assertThat(stockholm).hasToString("0180 Stockholm");
  }

  @Test
  void namesIgnoreCaseAndAccents() {
    assertThat(ReferenceData.municipalityByName("malmo").code().value()).isEqualTo("1280");
    assertThat(ReferenceData.municipalityByName("GÖTEBORG").code().value()).isEqualTo("1480");
    assertThat(ReferenceData.municipalityByName("  Goteborgs kommun ").code().value())
        .isEqualTo("1480");
    assertThat(ReferenceData.countyByName("skane").code().value()).isEqualTo("12");
    assertThat(ReferenceData.countyByName("Västra Götalands län").code().value()).isEqualTo("14");
  }

  @Test
  void anExactNameWinsOverAnAccentFreeMatch() {
    assertThat(ReferenceData.municipalityByName("Habo").code().value()).isEqualTo("0643");
    assertThat(ReferenceData.municipalityByName("habo").code().value()).isEqualTo("0643");
    assertThat(ReferenceData.municipalityByName("Håbo").code().value()).isEqualTo("0305");
    assertThat(ReferenceData.municipalityByName("HÅBO KOMMUN").code().value()).isEqualTo("0305");
  }

  @Test
  void rejectsANameAmbiguousWithoutAccents() {
    assertThatIllegalArgumentException().isThrownBy(() -> ReferenceData.municipalityByName("Habö"))
        .withMessage("Ambiguous municipality name 'Habö': it matches Håbo and Habo; write it with its "
            + "accents");
  }

  @Test
  void rejectsUnknownCodesAndNames() {
    assertThatIllegalArgumentException().isThrownBy(() -> ReferenceData.municipality("9999"))
        .withMessage("Unknown municipality code 9999: not one of Sweden's 290 municipalities (SCB)");
    assertThatIllegalArgumentException().isThrownBy(() -> ReferenceData.county("02"))
        .withMessage("Unknown county code 02: not one of Sweden's 21 counties (SCB)");
    assertThatIllegalArgumentException().isThrownBy(() -> ReferenceData.region("99"))
        .withMessage("Unknown county code 99: not one of Sweden's 21 counties (SCB)");
    assertThatIllegalArgumentException().isThrownBy(() -> ReferenceData.countyAdministrativeBoard("11"))
        .withMessage("Unknown county code 11: not one of Sweden's 21 counties (SCB)");
    assertThatIllegalArgumentException().isThrownBy(() -> ReferenceData.municipality("180"))
        .withMessage("MunicipalityCode '180' must be exactly four digits, e.g. 0180");
    assertThatIllegalArgumentException().isThrownBy(() -> ReferenceData.municipalityByName("Atlantis"))
        .withMessage("Unknown municipality name 'Atlantis'");
    assertThatIllegalArgumentException().isThrownBy(() -> ReferenceData.countyByName("Lappland"))
        .withMessage("Unknown county name 'Lappland'");
    assertThatNullPointerException().isThrownBy(() -> ReferenceData.municipalityByName(null))
        .withMessage("ReferenceData 'name' must not be null");
    assertThatNullPointerException().isThrownBy(() -> ReferenceData.municipality((MunicipalityCode) null))
        .withMessage("ReferenceData 'code' must not be null");
    assertThatNullPointerException().isThrownBy(() -> ReferenceData.county((CountyCode) null))
        .withMessage("ReferenceData 'code' must not be null");
    assertThatNullPointerException().isThrownBy(() -> ReferenceData.municipalitiesIn(null))
        .withMessage("ReferenceData 'county' must not be null");
  }

  @Test
  void gotlandsRegionIsItsMunicipality() {
    Region gotland = ReferenceData.region("09");
    Municipality municipality = ReferenceData.municipality("0980");
    assertThat(gotland.carriedBy()).contains(municipality);
    assertThat(gotland.displayName()).isEqualTo("Region Gotland");
    assertThat(gotland.swedishLabel())
        .isEqualTo("Region Gotland (Gotlands kommun, med regionens uppgifter)");
    assertThat(ReferenceData.regions()).filteredOn(r -> r.carriedBy().isPresent())
        .containsExactly(gotland);
    assertThat(ReferenceData.municipalitiesIn(gotland.county())).containsExactly(municipality);
  }

  @Test
  void regionsAndBoardsFollowTheCounties() {
    Region stockholm = ReferenceData.region(CountyCode.of("01"));
    assertThat(stockholm.id()).isEqualTo("01");
    assertThat(stockholm.category()).isEqualTo(RecipientCategory.REGION);
    assertThat(stockholm.displayName()).isEqualTo("Region Stockholm");
    assertThat(stockholm.swedishLabel()).isEqualTo("Region Stockholm (Stockholms län)");
    assertThat(stockholm.carriedBy()).isEmpty();
    assertThat(stockholm).hasToString("01 Region Stockholm");

    CountyAdministrativeBoard skane = ReferenceData.countyAdministrativeBoard("12");
    assertThat(skane.displayName()).isEqualTo("Länsstyrelsen i Skåne län");
    assertThat(skane.swedishLabel()).isEqualTo("Länsstyrelsen i Skåne län");
    assertThat(skane.category()).isEqualTo(RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD);
    assertThat(skane.county()).isEqualTo(ReferenceData.county("12"));
    assertThat(ReferenceData.countyAdministrativeBoard(CountyCode.of("12"))).isSameAs(skane);
    for (County county : ReferenceData.counties()) {
      assertThat(ReferenceData.region(county.code()).county()).isEqualTo(county);
      assertThat(ReferenceData.countyAdministrativeBoard(county.code()).county()).isEqualTo(county);
    }
    assertThat(ReferenceData.county("01")).hasToString("01 Stockholms län")
        .isEqualTo(ReferenceData.county("01")).isNotEqualTo(ReferenceData.county("03"))
        .isNotEqualTo("01").hasSameHashCodeAs(ReferenceData.county("01"));
  }

  @Test
  void nationalCentre() {
    NationalCentre nck = ReferenceData.nationalCentre();
    assertThat(nck).isSameAs(NationalCentre.NCK);
    assertThat(nck.id()).isEqualTo("NCK");
    assertThat(nck.category()).isEqualTo(RecipientCategory.NATIONAL_CENTRE);
    assertThat(nck.displayName()).isEqualTo("Nationellt centrum för kvinnofrid");
    assertThat(nck.swedishLabel())
        .isEqualTo("Nationellt centrum för kvinnofrid (NCK), Uppsala universitet");
    assertThat(nck).hasToString("NCK Nationellt centrum för kvinnofrid");
  }
}
