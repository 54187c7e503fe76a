package se.utvecklingsmedel.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundCatalogueTest {

  private static final GrantRound ROUND_2016 = RoundCatalogue.round2016();
  private static final GrantRound ROUND_2017 =
      GrantRound.builder().from(ROUND_2016).year(2017).legalBasis("Regeringsbeslut (2017, exempel)")
          .governmentReportDeadlines(java.util.List.of())
          .usePeriod(org.threeten.extra.LocalDateRange.ofClosed(LocalDate.of(2017, 1, 1),
              LocalDate.of(2017, 12, 31)))
          .build();

  @Test
  void findsRoundsByYearAndDate() {
    RoundCatalogue catalogue = RoundCatalogue.of(ROUND_2017, ROUND_2016);
    assertThat(catalogue.rounds()).containsExactly(ROUND_2016, ROUND_2017);
    assertThat(catalogue.forYear(2017)).isSameAs(ROUND_2017);
    assertThat(catalogue.find(2016)).containsSame(ROUND_2016);
    assertThat(catalogue.find(2018)).isEmpty();
    assertThat(catalogue.covering(LocalDate.of(2016, 12, 31))).containsSame(ROUND_2016);
    assertThat(catalogue.covering(LocalDate.of(2017, 1, 1))).containsSame(ROUND_2017);
    assertThat(catalogue.covering(LocalDate.of(2015, 6, 1))).isEmpty();
    assertThat(catalogue).hasToString("RoundCatalogue[2016, 2017]");
  }

  @Test
  void builtInHasThe2016RoundOnly() {
    RoundCatalogue builtIn = RoundCatalogue.builtIn();
    assertThat(builtIn.rounds()).containsExactly(RoundCatalogue.round2016());
    RoundCatalogue extended = builtIn.with(ROUND_2017);
    assertThat(extended.rounds()).hasSize(2);
    assertThat(builtIn.rounds()).hasSize(1);
    assertThat(extended).isEqualTo(RoundCatalogue.of(List.of(ROUND_2016, ROUND_2017)))
        .hasSameHashCodeAs(RoundCatalogue.of(List.of(ROUND_2016, ROUND_2017)))
        .isNotEqualTo(builtIn).isNotEqualTo("x");
  }

  @Test
  void rejectsTwoRoundsForOneYearAndAMissingYear() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RoundCatalogue.builtIn().with(RoundCatalogue.round2016()))
        .withMessage("RoundCatalogue: two rounds for the year 2016");
    assertThatIllegalArgumentException().isThrownBy(() -> RoundCatalogue.builtIn().forYear(2018))
        .withMessage("RoundCatalogue has no round for the year 2018; it has [2016]");
  }
}
