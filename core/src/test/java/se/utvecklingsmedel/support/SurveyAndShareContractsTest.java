package se.utvecklingsmedel.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.statistics.Share;
import se.utvecklingsmedel.vocabulary.CompetenceNeed;

/** The county-board survey and the share type: bounds and value equality. */
class SurveyAndShareContractsTest {

  @Test
  void aSurveyHasFromOneToAllTwentyOneBoards() {
    assertThat(CountyBoardSurvey.of(1, Map.of()).respondents()).isEqualTo(1);
    assertThat(CountyBoardSurvey.of(21, Map.of()).respondents()).isEqualTo(21);
    assertThatIllegalArgumentException().isThrownBy(() -> CountyBoardSurvey.of(0, Map.of()))
        .withMessage("CountyBoardSurvey 'respondents' must be from 1 to 21, but was 0");
    // From none to every respondent may see a need.
    assertThat(CountyBoardSurvey.of(5, Map.of(CompetenceNeed.BASIC_KNOWLEDGE, 0))
        .boardsSeeingNeed()).containsEntry(CompetenceNeed.BASIC_KNOWLEDGE, 0);
    assertThat(CountyBoardSurvey.of(5, Map.of(CompetenceNeed.BASIC_KNOWLEDGE, 5))
        .share(CompetenceNeed.BASIC_KNOWLEDGE)).isEqualTo(Share.of(1, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> CountyBoardSurvey.of(5,
            Map.of(CompetenceNeed.BASIC_KNOWLEDGE, -1)))
        .withMessage("CountyBoardSurvey: the boards seeing a need for BASIC_KNOWLEDGE must be from "
            + "0 to 5, but were -1");
    assertThatIllegalArgumentException().isThrownBy(() -> CountyBoardSurvey.of(5,
            Map.of(CompetenceNeed.BASIC_KNOWLEDGE, 6)))
        .withMessageContaining("must be from 0 to 5, but were 6");
  }

  @Test
  void surveysAndSharesHaveValueEquality() {
    CountyBoardSurvey survey = CountyBoardSurvey.of(21, Map.of(CompetenceNeed.BASIC_KNOWLEDGE, 20));
    new EqualsTester()
        .addEqualityGroup(survey, CountyBoardSurvey.of(21, Map.of(CompetenceNeed.BASIC_KNOWLEDGE, 20)))
        .addEqualityGroup(CountyBoardSurvey.of(20, Map.of(CompetenceNeed.BASIC_KNOWLEDGE, 20)))
        .addEqualityGroup(CountyBoardSurvey.of(21, Map.of(CompetenceNeed.BASIC_KNOWLEDGE, 19)))
        .testEquals();
    assertThat(survey.toString()).contains("21").contains("BASIC_KNOWLEDGE");
    new EqualsTester()
        .addEqualityGroup(Share.of(1, 2), Share.of(2, 4), Share.of(50, 100))
        .addEqualityGroup(Share.of(1, 3))
        .addEqualityGroup(Share.of(2, 3))
        .addEqualityGroup(Share.of(0, 1), Share.of(0, 7))
        .testEquals();
    assertThat(Share.of(1, 3).hashCode()).isNotEqualTo(Share.of(3, 1).hashCode());
  }
}
