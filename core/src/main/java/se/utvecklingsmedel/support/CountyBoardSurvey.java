package se.utvecklingsmedel.support;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.util.Map;
import se.utvecklingsmedel.statistics.Share;
import se.utvecklingsmedel.statistics.TermCounts;
import se.utvecklingsmedel.vocabulary.CompetenceNeed;

/**
 * The county administrative boards' assessment of the municipalities' continued need for competence
 * support (<i>länsstyrelsernas bedömning av fortsatt behov</i>).
 *
 * <p>Source: the 2016 account — "I enkätsvar från de 21 länsstyrelserna framkommer: 20
 * länsstyrelser bedömer att kommunerna i länet har behov av kompetensstöd inom området baskunskaper
 * …". Checks: from 1 to 21 boards answered, and no need is seen by more boards than answered.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountyBoardSurvey {

  /** The number of county administrative boards. */
  public static final int BOARDS = 21;

  private final int respondents;
  private final TermCounts<CompetenceNeed> boardsSeeingNeed;

  private CountyBoardSurvey(int respondents, TermCounts<CompetenceNeed> boardsSeeingNeed) {
    this.respondents = respondents;
    this.boardsSeeingNeed = boardsSeeingNeed;
  }

  /**
   * Returns a survey result.
   *
   * @param respondents how many boards answered, 1 to 21
   * @param boardsSeeingNeed per area, how many boards see a need
   * @return the survey
   * @throws IllegalArgumentException if a count is out of range
   */
  public static CountyBoardSurvey of(int respondents, Map<CompetenceNeed, Integer> boardsSeeingNeed) {
    requireNonNull(boardsSeeingNeed, "CountyBoardSurvey 'boardsSeeingNeed' must not be null");
    checkRule(respondents >= 1 && respondents <= BOARDS, CountyBoardSurvey.class, "", "respondents",
        "CountyBoardSurvey 'respondents' must be from 1 to 21, but was %s", respondents);
    boardsSeeingNeed.forEach((need, count) -> checkRule(need != null && count != null && count >= 0 && count <= respondents,
        CountyBoardSurvey.class, "", "boardsSeeingNeed",
        "CountyBoardSurvey: the boards seeing a need for %s must be from 0 to %s, but were %s", need,
        respondents, count));
    return new CountyBoardSurvey(respondents, TermCounts.copyOf(boardsSeeingNeed));
  }

  /**
   * Returns how many boards answered.
   *
   * @return the respondents
   */
  public int respondents() {
    return respondents;
  }

  /**
   * Returns per area how many boards see a need.
   *
   * @return the counts
   */
  public TermCounts<CompetenceNeed> boardsSeeingNeed() {
    return boardsSeeingNeed;
  }

  /**
   * Returns the share of the responding boards that see a need in an area.
   *
   * @param need the area
   * @return the share, zero if the survey does not mention the area
   */
  public Share share(CompetenceNeed need) {
    requireNonNull(need, "CountyBoardSurvey 'need' must not be null");
    return Share.of(boardsSeeingNeed.count(need), respondents);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CountyBoardSurvey && ((CountyBoardSurvey) obj).respondents == respondents
        && ((CountyBoardSurvey) obj).boardsSeeingNeed.equals(boardsSeeingNeed);
  }

  @Override
  public int hashCode() {
    return respondents * 31 + boardsSeeingNeed.hashCode();
  }

  @Override
  public String toString() {
    return "CountyBoardSurvey[" + respondents + " boards, " + boardsSeeingNeed + "]";
  }
}
