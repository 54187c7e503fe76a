package se.utvecklingsmedel.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.published.PublishedFigures;
import se.utvecklingsmedel.published.PublishedReports;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.published.RoundComparison;
import se.utvecklingsmedel.recipient.RecipientCategory;
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
      PublishedFigures.Builder builder = PublishedFigures.builder()
          .category(RecipientCategory.MUNICIPALITY);
      switch (figure) {
        case "applying" -> builder.applying(-1);
        case "granted" -> builder.granted(-1);
        case "usedNothing" -> builder.usedNothing(-1);
        case "notAllUsed" -> builder.notAllUsed(-1);
        case "reportsInTime" -> builder.reportsInTime(-1);
        default -> builder.reportsAnalysed(-1);
      }
      assertThatIllegalArgumentException().isThrownBy(builder::build).as(figure)
          .withMessage("PublishedFigures of MUNICIPALITY: '" + figure
              + "' must not be negative, but was -1");
    }
    assertThat(PublishedFigures.builder().category(RecipientCategory.MUNICIPALITY)
        .granted(OptionalInt.of(0)).grantedAmount(Amount.zero()).build().granted())
        .hasValue(0);
  }
}
