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
    assertThat(catalogue.covering(LocalDate.of(2016, 12, 31))).containsExactly(ROUND_2016);
    assertThat(catalogue.covering(LocalDate.of(2017, 1, 1))).containsExactly(ROUND_2017);
    assertThat(catalogue.covering(LocalDate.of(2015, 6, 1))).isEmpty();
    assertThat(catalogue.round(RoundId.of(2017, 1))).isSameAs(ROUND_2017);
    assertThat(catalogue.find(RoundId.of(2017, 2))).isEmpty();
    assertThat(catalogue).hasToString("RoundCatalogue[2016:1, 2017:1]");
  }

  @Test
  void builtInHasTheRoundsTheSourcesGiveInFull() {
    RoundCatalogue builtIn = RoundCatalogue.builtIn();
    assertThat(builtIn.rounds()).first().isEqualTo(RoundCatalogue.round2016());
    assertThat(builtIn.rounds()).extracting(GrantRound::id)
        .containsExactly(RoundId.of(2016, 1), RoundId.of(2020, 1));
    RoundCatalogue extended = builtIn.with(ROUND_2017);
    assertThat(extended.rounds()).hasSize(3);
    assertThat(builtIn.rounds()).hasSize(2);
    RoundCatalogue two = RoundCatalogue.of(ROUND_2016, ROUND_2017);
    assertThat(two).isEqualTo(RoundCatalogue.of(List.of(ROUND_2016, ROUND_2017)))
        .hasSameHashCodeAs(RoundCatalogue.of(List.of(ROUND_2016, ROUND_2017)))
        .isNotEqualTo(builtIn).isNotEqualTo("x");
  }

  @Test
  void rejectsTwoRoundsForOneYearAndAMissingYear() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RoundCatalogue.builtIn().with(RoundCatalogue.round2016()))
        .withMessage("RoundCatalogue: two rounds for the year 2016 in place 1 (2016:1); a second "
            + "round of a year has its own place (GrantRound.Builder.place)");
    assertThatIllegalArgumentException().isThrownBy(() -> RoundCatalogue.builtIn().forYear(2018))
        .withMessage("RoundCatalogue has no round for the year 2018; it has [2016:1, 2020:1]");
  }

  /**
   * 2019 had two rounds (the programme's 2019 grant page): 50 MSEK "fördelades fram till den 1 juni
   * 2019", then 30 MSEK for the municipalities with a call on 27 June 2019 and a requisition
   * deadline on 1 October 2019. Both are in one catalogue, each by its own id.
   */
  @Test
  void aYearWithTwoRoundsAnswersByIdByYearAndByDate() {
    GrantRound first = GrantRound.builder().year(2019).legalBasis("Utvecklingsmedel 2019, omgång 1")
        .addPots(Pot.builder().id(PotId.MUNICIPALITIES).label("Utvecklingsmedel till kommuner")
            .addCategories(se.utvecklingsmedel.recipient.RecipientCategory.MUNICIPALITY)
            .budget(se.utvecklingsmedel.money.Amount.ofKronor(50_000_000))
            .method(DistributionMethod.REQUISITION).build())
        .build();
    GrantRound second = GrantRound.builder().from(first).place(2)
        .legalBasis("Utvecklingsmedel 2019, omgång 2")
        .pots(List.of(Pot.builder().from(first.pots().get(0))
            .budget(se.utvecklingsmedel.money.Amount.ofKronor(30_000_000)).build()))
        .applicationPeriod(org.threeten.extra.LocalDateRange.ofClosed(LocalDate.of(2019, 6, 27),
            LocalDate.of(2019, 10, 1)))
        .requisitionDeadline(LocalDate.of(2019, 10, 1))
        .build();
    RoundCatalogue catalogue = RoundCatalogue.of(second, first, ROUND_2016);
    assertThat(second.id()).isEqualTo(RoundId.parse("2019:2")).hasToString("2019:2");
    assertThat(second.id().swedish()).isEqualTo("2019, omgång 2");
    assertThat(catalogue.rounds()).containsExactly(ROUND_2016, first, second);
    assertThat(catalogue.inYear(2019)).containsExactly(first, second);
    assertThat(catalogue.inYear(2018)).isEmpty();
    assertThat(catalogue.round(RoundId.of(2019, 2))).isSameAs(second);
    assertThat(catalogue.covering(LocalDate.of(2019, 7, 1))).containsExactly(first, second);
    assertThat(second.toString()).startsWith("GrantRound 2019:2 (Utvecklingsmedel 2019, omgång 2)");
    assertThatIllegalArgumentException().isThrownBy(() -> catalogue.forYear(2019))
        .withMessage("RoundCatalogue has 2 rounds for the year 2019 ([2019:1, 2019:2]); ask for one "
            + "by its id, or for all with inYear(2019)");
    assertThatIllegalArgumentException().isThrownBy(() -> catalogue.find(2019));
    assertThatIllegalArgumentException().isThrownBy(() -> catalogue.round(RoundId.of(2019, 3)))
        .withMessage("RoundCatalogue has no round 2019:3; it has [2016:1, 2019:1, 2019:2]");
    assertThatIllegalArgumentException().isThrownBy(() -> RoundId.parse("2019-2"))
        .withMessage("RoundId '2019-2' must be a year, a colon and a place, such as 2019:2");
    assertThatIllegalArgumentException().isThrownBy(() -> GrantRound.builder().from(first).place(0)
        .build()).withMessage("GrantRound 2019: 'place' must be from 1 to 9, but was 0");
    // A later round of a year is named by its id in messages.
    assertThatIllegalArgumentException().isThrownBy(() -> GrantRound.builder().from(second)
        .reportDeadline(LocalDate.of(2019, 12, 1)).build())
        .withMessage("GrantRound 2019:2: 'reportDeadline' 2019-12-01 must be after the use period "
            + "ends 2019-12-31");
    assertThat(RoundId.of(2019, 2)).isGreaterThan(RoundId.of(2019, 1))
        .isLessThan(RoundId.of(2020, 1));
  }

  /** The 2016 round's decision as data, and a call that closes before its grant year. */
  @Test
  void aRoundRestsOnItsDecisionAndMayCallBeforeItsYear() {
    assertThat(ROUND_2016.decision()).hasValueSatisfying(d -> {
      assertThat(d.date()).isEqualTo(LocalDate.of(2016, 1, 28));
      assertThat(d.number()).contains("II:3");
      assertThat(d).hasToString(RoundCatalogue.LEGAL_BASIS_2016);
    });
    // The 2022 non-profits' call ran from 18 October to 21 December 2021 (the programme's
    // non-profit grant page): an application dated in 2021 belongs to the 2022 round.
    GrantRound round2022 = GrantRound.builder().from(ROUND_2017).year(2022)
        .legalBasis("Utvecklingsmedel 2022").usePeriod(org.threeten.extra.LocalDateRange.ofClosed(
            LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)))
        .applicationPeriod(org.threeten.extra.LocalDateRange.ofClosed(LocalDate.of(2021, 10, 18),
            LocalDate.of(2021, 12, 21)))
        .build();
    assertThat(round2022.window().getStart()).isEqualTo(LocalDate.of(2021, 10, 18));
    assertThatIllegalArgumentException().isThrownBy(() -> GrantRound.builder().from(round2022)
        .applicationPeriod(org.threeten.extra.LocalDateRange.ofClosed(LocalDate.of(2020, 12, 31),
            LocalDate.of(2021, 12, 21))).build())
        .withMessageContaining("'applicationPeriod' start 2020-12-31 must not be more than a year "
            + "before the round's year begins");
  }
}
