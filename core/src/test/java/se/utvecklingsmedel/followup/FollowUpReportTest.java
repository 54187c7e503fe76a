package se.utvecklingsmedel.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.published.PublishedFigures;
import se.utvecklingsmedel.published.PublishedReports;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.published.RoundComparison;
import se.utvecklingsmedel.statistics.Figure;
import se.utvecklingsmedel.statistics.Share;
import se.utvecklingsmedel.support.CompetenceSupport;
import se.utvecklingsmedel.support.CountyBoardSurvey;
import se.utvecklingsmedel.vocabulary.CompetenceNeed;
import se.utvecklingsmedel.vocabulary.CompetenceSupportTheme;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.RegionalActivityArea;
import se.utvecklingsmedel.vocabulary.UnusedFundsReason;

class FollowUpReportTest {

  private static FollowUpReport.Builder municipality(long granted, long used) {
    return FollowUpReport.builder().recipient(ReferenceData.municipality("0180"))
        .potId(PotId.MUNICIPALITIES).granted(Amount.ofKronor(granted)).used(Amount.ofKronor(used))
        .submitted(LocalDate.of(2017, 3, 1));
  }

  @Test
  void unusedIsNeverNegativeAndOverspendingIsFlagged() {
    FollowUpReport partly = municipality(100, 80).build();
    assertThat(partly.unused()).isEqualTo(Amount.ofKronor(20));
    assertThat(partly.usedOfGrant()).isEqualTo(Amount.ofKronor(80));
    assertThat(partly.overspent()).isFalse();
    FollowUpReport over = municipality(100, 130).build();
    assertThat(over.unused()).isEqualTo(Amount.zero());
    assertThat(over.usedOfGrant()).isEqualTo(Amount.ofKronor(100));
    assertThat(over.overspent()).isTrue();
    assertThat(partly.complete()).isTrue();
    assertThat(partly.hadActivity()).isTrue();
    assertThat(partly.usedOutsidePurpose()).isEqualTo(Amount.zero());
  }

  @Test
  void rejectsAnAreaOfAnotherCategory() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> municipality(100, 80).addArea(RegionalActivityArea.PREVENTION).build())
        .withMessage("FollowUpReport of 0180 Stockholm: area 'Förebyggande insatser för att motverka "
            + "att våld uppstår' is not an area of a kommun");
    NonProfitOrganisation shelter = NonProfitOrganisation.of("802000-1239", "Jouren");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FollowUpReport.builder().recipient(shelter).potId(PotId.NON_PROFITS)
            .granted(Amount.ofKronor(1)).used(Amount.ofKronor(1)).submitted(LocalDate.of(2017, 3, 1))
            .addArea(MunicipalActivityArea.TRAINING).build())
        .withMessageContaining("is not an area of a ideell förening eller stiftelse");
    assertThat(FollowUpReport.builder().recipient(shelter).potId(PotId.NON_PROFITS)
        .granted(Amount.ofKronor(1)).used(Amount.ofKronor(1)).submitted(LocalDate.of(2017, 3, 1))
        .addArea(DevelopmentArea.WORK_WITH_CHILDREN).build().areas())
        .containsExactly(DevelopmentArea.WORK_WITH_CHILDREN);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FollowUpReport.builder().recipient(ReferenceData.nationalCentre())
            .potId(PotId.STIMULUS_FUNDS).granted(Amount.ofKronor(1)).used(Amount.ofKronor(1))
            .submitted(LocalDate.of(2017, 3, 1)).addArea(DevelopmentArea.WORK_WITH_CHILDREN).build())
        .withMessageContaining("is not an area of a nationellt centrum för kvinnofrid");
  }

  @Test
  void rejectsInconsistentReports() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> municipality(100, 80)
            .putOutcome(MunicipalActivityArea.TRAINING, Outcome.FULLY).build())
        .withMessage("FollowUpReport of 0180 Stockholm: an outcome is given for 'Deltagande i "
            + "utbildningsaktiviteter', which the report does not name");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> municipality(100, 0).hadActivity(false)
            .addArea(MunicipalActivityArea.TRAINING).build())
        .withMessage("FollowUpReport of 0180 Stockholm: a report without activity must name no areas");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> municipality(100, 80).usedOutsidePurpose(Amount.ofKronor(81)).build())
        .withMessage("FollowUpReport of 0180 Stockholm: 'usedOutsidePurpose' 81.00 kr is more than "
            + "'used' 80.00 kr");
    assertThatIllegalArgumentException().isThrownBy(() -> municipality(100, 80).hadActivity(false)
            .build())
        .withMessage("FollowUpReport of 0180 Stockholm: a report without activity must have used "
            + "nothing, but 'used' is 80.00 kr");
    assertThatIllegalArgumentException().isThrownBy(() -> municipality(100, 100)
            .addReasonsForUnusedFunds(UnusedFundsReason.WORKLOAD).build())
        .withMessage("FollowUpReport of 0180 Stockholm: 'reasonsForUnusedFunds' are given, but "
            + "nothing is unused (100.00 kr used of 100.00 kr granted)");
  }

  @Test
  void shareIsExactAndRoundsOnlyWhenAsked() {
    Share used = Share.of(Amount.ofKronor(40_500_000), Amount.ofKronor(50_000_000));
    assertThat(used).isEqualTo(Share.of(81, 100)).hasToString("81/100");
    assertThat(used.numerator()).isEqualTo(81);
    assertThat(used.denominator()).isEqualTo(100);
    assertThat(used.percent(0, RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal("81"));
    assertThat(Share.of(2, 3).percent(1, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("66.7"));
    assertThat(Share.of(2, 3).percent(1, RoundingMode.DOWN)).isEqualTo(new BigDecimal("66.6"));
    assertThat(Share.of(0, 7)).isEqualTo(Share.of(0, 1)).hasSameHashCodeAs(Share.of(0, 9));
    assertThat(Share.of(81, 100).compareTo(Share.of(92, 100))).isNegative();
    assertThat(Share.of(92, 100).compareTo(Share.of(23, 25))).isZero();
    assertThat(Share.of(1, 2)).isNotEqualTo(Share.of(1, 3)).isNotEqualTo("1/2");
    org.assertj.core.api.Assertions.assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Share.of(2, 3).percent(0, RoundingMode.UNNECESSARY));
    assertThatIllegalArgumentException().isThrownBy(() -> Share.of(1, 0))
        .withMessage("Share 'whole' must be above zero, but was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> Share.of(-1, 3))
        .withMessage("Share 'part' must not be negative, but was -1");
  }

  @Test
  void competenceSupportAsTheCountyBoardsCountedIt() {
    CompetenceSupport webCourse = CompetenceSupport.of(CompetenceSupportTheme.WEB_COURSE, 277, 185);
    assertThat(webCourse.participationRate()).contains(Share.of(185, 277));
    assertThat(webCourse.participationRate().orElseThrow().percent(1, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("66.8"));
    assertThat(CompetenceSupport.of(CompetenceSupportTheme.WEB_COURSE, 0, 0).participationRate())
        .isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CompetenceSupport.of(CompetenceSupportTheme.FREDA_DESCRIPTION, 119, 173))
        .withMessage("CompetenceSupport FREDA_DESCRIPTION: 'tookPart' must be from 0 to 'offered' 119, "
            + "but was 173");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CompetenceSupport.of(CompetenceSupportTheme.WEB_COURSE, 291, 0))
        .withMessage("CompetenceSupport WEB_COURSE: 'offered' must be from 0 to 290, but was 291");

    CountyBoardSurvey survey = CountyBoardSurvey.of(21, Map.of(CompetenceNeed.BASIC_KNOWLEDGE, 20,
        CompetenceNeed.REGULATIONS, 15, CompetenceNeed.RESPECTIVE_RESPONSIBILITIES, 14,
        CompetenceNeed.FREDA, 16, CompetenceNeed.OTHER, 13));
    assertThat(survey.share(CompetenceNeed.BASIC_KNOWLEDGE)).isEqualTo(Share.of(20, 21));
    assertThat(survey.respondents()).isEqualTo(21);
    assertThat(survey.boardsSeeingNeed()).hasSize(5);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CountyBoardSurvey.of(21, Map.of(CompetenceNeed.FREDA, 22)))
        .withMessage("CountyBoardSurvey: the boards seeing a need for FREDA must be from 0 to 21, but "
            + "were 22");
    assertThatIllegalArgumentException().isThrownBy(() -> CountyBoardSurvey.of(22, Map.of()))
        .withMessage("CountyBoardSurvey 'respondents' must be from 1 to 21, but was 22");
  }

  @Test
  void roundComparisonLikeSeed000ShowsUnpublishedFiguresAsUnknown() {
    PublishedStatistics y2016 = PublishedStatistics.of(2016, "Seed 000", Map.of(
        RecipientCategory.MUNICIPALITY, PublishedFigures.of(RecipientCategory.MUNICIPALITY)
            .with(Figure.REQUISITIONING, 246).with(Figure.GRANTED, 246)
            .with(Figure.SHARE_USED, Share.of(81, 100))
            .with(Figure.GRANTED_AMOUNT, Amount.ofKronor(50_000_000))));
    RoundComparison comparison = RoundComparison.of(y2016, PublishedReports.statistics2018());
    RoundComparison.CategoryChange municipalities = comparison.of(RecipientCategory.MUNICIPALITY);
    assertThat(municipalities.before(Figure.REQUISITIONING)).hasValue(246);
    assertThat(municipalities.after(Figure.REQUISITIONING)).hasValue(273);
    assertThat(municipalities.before(Figure.GRANTED)).hasValue(246);
    assertThat(municipalities.after(Figure.GRANTED)).isEmpty();
    assertThat(municipalities.before(Figure.SHARE_USED).orElseThrow().percent(0, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("81"));
    assertThat(municipalities.after(Figure.SHARE_USED).orElseThrow().percent(0, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("92"));
    assertThat(municipalities.amountChange(Figure.USED_AMOUNT)).isEmpty();
    assertThat(municipalities.amountChange(Figure.GRANTED_AMOUNT)).isEmpty();
    assertThat(municipalities.before(Figure.GRANTED_AMOUNT)).contains(Amount.ofKronor(50_000_000));
    assertThat(municipalities.toString()).isEqualTo("MUNICIPALITY: requisitioning 246→273, granted "
        + "246→unknown, share used 81 %→92 %, granted amount 50000000.00→unknown, used amount "
        + "unknown→unknown, unused amount unknown→unknown");
    assertThat(comparison.yearBefore()).isEqualTo(2016);
    assertThat(comparison.yearAfter()).isEqualTo(2018);
    assertThatIllegalArgumentException().isThrownBy(() -> PublishedStatistics.of(2016, "Seed 000",
            Map.of(RecipientCategory.REGION, PublishedFigures.of(RecipientCategory.MUNICIPALITY))))
        .withMessage("PublishedStatistics 2016: figures of MUNICIPALITY are filed under REGION");
    assertThatIllegalArgumentException().isThrownBy(() -> comparison.of(RecipientCategory.REGION))
        .withMessage("RoundComparison 2016–2018: neither round has REGION");
  }

  @Test
  void publishedFiguresMustBeConsistent() {
    assertThatIllegalArgumentException().isThrownBy(() -> PublishedFigures
            .of(RecipientCategory.MUNICIPALITY).with(Figure.REQUISITIONING, -7))
        .withMessage("PublishedFigures of MUNICIPALITY: 'requisitioning' must not be negative, but was -7");
    assertThatIllegalArgumentException().isThrownBy(() -> PublishedFigures
            .of(RecipientCategory.MUNICIPALITY).with(Figure.REQUISITIONING, 300)
            .with(Figure.GRANTED, 290))
        .withMessage("PublishedFigures of MUNICIPALITY: 'requisitioning' (300) must be at most "
            + "'granted' (290)");
    assertThatIllegalArgumentException().isThrownBy(() -> PublishedFigures
            .of(RecipientCategory.MUNICIPALITY).with(Figure.SHARE_USED, Share.of(101, 100)))
        .withMessage("PublishedFigures of MUNICIPALITY: 'shareUsed' 101/100 must be at most 100 %");
  }

}
