package se.utvecklingsmedel.recipient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A recipient's name depends on the day (issue 28): county councils were landsting until 2019 and
 * regioner from 2020; every other recipient keeps its name.
 */
class NamesByDateTest {

  private static final LocalDate IN_2016 = LocalDate.of(2016, 1, 1);
  private static final LocalDate LAST_LANDSTING_DAY = LocalDate.of(2019, 12, 31);

  @Test
  void aCountyCouncilIsALandstingUntil2019AndARegionFrom2020() {
    Region stockholm = ReferenceData.region(CountyCode.of("01"));
    assertThat(stockholm.displayNameAsOf(IN_2016)).isEqualTo("landstinget i Stockholms län");
    assertThat(stockholm.swedishLabelAsOf(LAST_LANDSTING_DAY))
        .isEqualTo("landstinget i Stockholms län");
    assertThat(stockholm.displayNameAsOf(ReferenceData.REGIONS_FROM)).isEqualTo("Region Stockholm");
    assertThat(stockholm.swedishLabelAsOf(ReferenceData.REGIONS_FROM))
        .isEqualTo(stockholm.swedishLabel());
    Region gotland = ReferenceData.region(CountyCode.of("09"));
    assertThat(gotland.displayNameAsOf(IN_2016)).isEqualTo("Gotlands kommun");
    assertThat(gotland.swedishLabelAsOf(IN_2016))
        .isEqualTo("Gotlands kommun (med landstingets uppgifter)");
    assertThat(RecipientCategory.REGION.labelAsOf(IN_2016)).isEqualTo("Landsting");
    assertThat(RecipientCategory.REGION.labelAsOf(ReferenceData.REGIONS_FROM)).isEqualTo("Region");
  }

  @Test
  void everyOtherRecipientKeepsItsName() {
    Municipality kiruna = ReferenceData.municipality("2584");
    assertThat(kiruna.displayNameAsOf(IN_2016)).isEqualTo(kiruna.displayName());
    assertThat(kiruna.swedishLabelAsOf(IN_2016)).isEqualTo(kiruna.swedishLabel());
    CountyAdministrativeBoard board = ReferenceData.countyAdministrativeBoard("01");
    assertThat(board.swedishLabelAsOf(IN_2016)).isEqualTo(board.swedishLabel());
    assertThat(RecipientCategory.MUNICIPALITY.labelAsOf(IN_2016)).isEqualTo("Kommun");
    assertThat(ReferenceData.regions()).allSatisfy(region -> assertThat(
        region.displayNameAsOf(IN_2016)).doesNotStartWith("Region"));
  }
}
