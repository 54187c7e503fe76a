package se.utvecklingsmedel.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.published.PublishedFigures;
import se.utvecklingsmedel.published.PublishedReports;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.published.RoundComparison;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.statistics.Figure;
import se.utvecklingsmedel.vocabulary.CompetenceNeed;
import se.utvecklingsmedel.vocabulary.CompetenceSupportTheme;

/** The support's and the published figures' values: equality by every figure, text, look-ups. */
class SupportValuesTest {

  @Test
  void competenceSupportIsAValueOfItsThreeFigures() {
    CompetenceSupport support = CompetenceSupport.of(CompetenceSupportTheme.WEB_COURSE, 10, 4);
    assertThat(support.tookPart()).isEqualTo(4);
    assertThat(support).hasToString("CompetenceSupport " + CompetenceSupportTheme.WEB_COURSE.label()
        + ": 4 of 10");
    new EqualsTester()
        .addEqualityGroup(support, CompetenceSupport.of(CompetenceSupportTheme.WEB_COURSE, 10, 4))
        .addEqualityGroup(CompetenceSupport.of(CompetenceSupportTheme.FREDA_DESCRIPTION, 10, 4))
        .addEqualityGroup(CompetenceSupport.of(CompetenceSupportTheme.WEB_COURSE, 11, 4))
        .addEqualityGroup(CompetenceSupport.of(CompetenceSupportTheme.WEB_COURSE, 10, 5))
        .testEquals();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CompetenceSupport.of(CompetenceSupportTheme.WEB_COURSE, 291, 0))
        .withMessageContaining("'offered' must be from 0 to 290, but was 291");
    assertThat(CompetenceSupport.of(CompetenceSupportTheme.WEB_COURSE, 290, 0).offered())
        .isEqualTo(290);
  }

  @Test
  void aSurveyIsAValueOfItsRespondentsAndNeeds() {
    new EqualsTester()
        .addEqualityGroup(CountyBoardSurvey.of(21, Map.of(CompetenceNeed.BASIC_KNOWLEDGE, 3)),
            CountyBoardSurvey.of(21, Map.of(CompetenceNeed.BASIC_KNOWLEDGE, 3)))
        .addEqualityGroup(CountyBoardSurvey.of(20, Map.of(CompetenceNeed.BASIC_KNOWLEDGE, 3)))
        .addEqualityGroup(CountyBoardSurvey.of(21, Map.of(CompetenceNeed.BASIC_KNOWLEDGE, 4)))
        .testEquals();
  }

  @Test
  void informationIsLookedUpByItsTheme() {
    NationalSupport support = PublishedReports.nationalSupport2016();
    for (CompetenceSupport information : support.information()) {
      assertThat(support.information(information.theme())).contains(information);
    }
  }

  @Test
  void publishedFiguresAreValuesAndNoneIsNegative() {
    PublishedStatistics a = PublishedReports.statistics2018();
    PublishedStatistics b = PublishedStatistics.of(a.year(), "Annan källa", a.categories());
    PublishedStatistics c = PublishedStatistics.of(2019, a.source(), a.categories());
    PublishedStatistics d = PublishedStatistics.of(a.year(), a.source(), Map.of());
    new EqualsTester().addEqualityGroup(a, PublishedReports.statistics2018())
        .addEqualityGroup(b).addEqualityGroup(c).addEqualityGroup(d).testEquals();
    new EqualsTester()
        .addEqualityGroup(RoundComparison.of(a, c), RoundComparison.of(a, c))
        .addEqualityGroup(RoundComparison.of(c, a))
        .addEqualityGroup(RoundComparison.of(a, d))
        .testEquals();
    for (String figure : new String[] {"applying", "granted", "usedNothing", "notAllUsed",
        "reportsInTime", "reportsAnalysed"}) {
      PublishedFigures none = PublishedFigures.of(RecipientCategory.MUNICIPALITY);
      Figure<Integer> count = switch (figure) {
        case "applying" -> Figure.APPLYING;
        case "granted" -> Figure.GRANTED;
        case "usedNothing" -> Figure.USED_NOTHING;
        case "notAllUsed" -> Figure.NOT_ALL_USED;
        case "reportsInTime" -> Figure.REPORTS_IN_TIME;
        default -> Figure.REPORTS_ANALYSED;
      };
      assertThatIllegalArgumentException().isThrownBy(() -> none.with(count, -1)).as(figure)
          .withMessage("PublishedFigures of MUNICIPALITY: '" + figure
              + "' must not be negative, but was -1");
    }
    assertThat(PublishedFigures.of(RecipientCategory.MUNICIPALITY)
        .with(Figure.GRANTED, 0).with(Figure.GRANTED_AMOUNT, Amount.zero()).get(Figure.GRANTED))
        .hasValue(0);
  }
}
