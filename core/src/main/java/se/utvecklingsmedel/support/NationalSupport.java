package se.utvecklingsmedel.support;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import se.utvecklingsmedel.recipient.CountyAdministrativeBoard;
import se.utvecklingsmedel.vocabulary.CompetenceSupportTheme;
import se.utvecklingsmedel.vocabulary.FreeText;

/**
 * The national competence support of one year's funds (<i>kompetensstöd</i>), as Socialstyrelsen
 * publishes it: the county boards' information to the municipalities per theme, the boards' survey
 * of further needs, the use of NCK's web course, Socialstyrelsen's and NCK's own records of their
 * support (training days, conferences, the follow-up of the joint plan), and what each county board
 * did with its stimulus funds. None of it follows from a recipient's report: it is held as
 * published, beside the round's computed statistics.
 *
 * <p>Source: the 2016 account, "Socialstyrelsens och länsstyrelsernas kompetensstöd" (the boards'
 * survey answers and NCK's account of the web course). {@link
 * se.utvecklingsmedel.published.PublishedReports#nationalSupport2016()} holds the 2016 figures.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the year of the round
 * @param source where the figures are published
 * @param information the information offered to municipalities, one entry per theme
 * @param survey the county boards' survey of further needs, if published
 * @param webCourse the use of the web course, if published
 * @param records Socialstyrelsen's and NCK's own figures of their support, in the source's words
 * @param stimulusActivities what each county board did with its stimulus funds
 */
public record NationalSupport(int year, String source, ImmutableList<CompetenceSupport> information,
    Optional<CountyBoardSurvey> survey, Optional<WebCourse> webCourse,
    ImmutableList<HeldFigure> records, ImmutableList<StimulusActivity> stimulusActivities) {

  /**
   * Creates the figures.
   *
   * @param year the year of the round, 2000 to 2100
   * @param source where the figures are published, not blank
   * @param information the information offered, at most one entry per theme
   * @param survey the survey, if published
   * @param webCourse the web course's use, if published
   * @param records Socialstyrelsen's and NCK's own figures
   * @param stimulusActivities the county boards' use of stimulus funds, at most one per board
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the year is out of range, the source blank, or a theme or a
   *     board given twice
   */
  public NationalSupport {
    requireNonNull(source, "NationalSupport 'source' must not be null");
    requireNonNull(information, "NationalSupport 'information' must not be null");
    requireNonNull(survey, "NationalSupport 'survey' must not be null");
    requireNonNull(webCourse, "NationalSupport 'webCourse' must not be null");
    requireNonNull(records, "NationalSupport 'records' must not be null");
    requireNonNull(stimulusActivities, "NationalSupport 'stimulusActivities' must not be null");
    checkRule(year >= 2000 && year <= 2100, NationalSupport.class, "", "year",
        "NationalSupport 'year' must be from 2000 to 2100, but was %s", year);
    source = FreeText.check("NationalSupport", "source", source); // kept in NFC
    Set<CompetenceSupportTheme> themes = EnumSet.noneOf(CompetenceSupportTheme.class);
    for (CompetenceSupport support : information) {
      checkRule(themes.add(support.theme()), NationalSupport.class, year, "information",
          "NationalSupport %s: 'information' names the theme '%s' twice", year,
          support.theme().label());
    }
    Set<CountyAdministrativeBoard> boards = new HashSet<>();
    for (StimulusActivity activity : stimulusActivities) {
      checkRule(boards.add(activity.board()), NationalSupport.class, year, "stimulusActivities",
          "NationalSupport %s: 'stimulusActivities' names %s twice", year,
          activity.board().displayName());
    }
  }

  /**
   * Returns the held figure whose words are {@code words}, if any.
   *
   * @param words the figure's words, exactly as held
   * @return the figure
   */
  public Optional<HeldFigure> record(String words) {
    requireNonNull(words, "NationalSupport 'words' must not be null");
    return records.stream().filter(f -> f.words().equals(words)).findFirst();
  }

  /**
   * Returns the information offered on one theme, if published.
   *
   * @param theme the theme
   * @return its figures
   */
  public Optional<CompetenceSupport> information(CompetenceSupportTheme theme) {
    requireNonNull(theme, "NationalSupport 'theme' must not be null");
    return information.stream().filter(s -> s.theme() == theme).findFirst();
  }
}
