package se.utvecklingsmedel.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.utvecklingsmedel.vocabulary.CompetenceNeed;
import se.utvecklingsmedel.vocabulary.CompetenceSupportTheme;

/**
 * The national competence support of one year's funds (<i>kompetensstöd</i>), as Socialstyrelsen
 * publishes it: the county boards' information to the municipalities per theme, the boards' survey
 * of further needs, and the use of NCK's web course. None of it follows from a recipient's report:
 * it is held as published, beside the round's computed statistics.
 *
 * <p>Source: seed 004, "Socialstyrelsens och länsstyrelsernas kompetensstöd" (the boards' survey
 * answers and NCK's account of the web course). {@link #seed004()} holds the 2016 figures.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the year of the round
 * @param source where the figures are published
 * @param information the information offered to municipalities, one entry per theme
 * @param survey the county boards' survey of further needs, if published
 * @param webCourse the use of the web course, if published
 */
public record NationalSupport(int year, String source, ImmutableList<CompetenceSupport> information,
    Optional<CountyBoardSurvey> survey, Optional<WebCourse> webCourse) {

  /**
   * Creates the figures.
   *
   * @param year the year of the round, 2000 to 2100
   * @param source where the figures are published, not blank
   * @param information the information offered, at most one entry per theme
   * @param survey the survey, if published
   * @param webCourse the web course's use, if published
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the year is out of range, the source blank or a theme given
   *     twice
   */
  public NationalSupport {
    requireNonNull(source, "NationalSupport 'source' must not be null");
    requireNonNull(information, "NationalSupport 'information' must not be null");
    requireNonNull(survey, "NationalSupport 'survey' must not be null");
    requireNonNull(webCourse, "NationalSupport 'webCourse' must not be null");
    checkArgument(year >= 2000 && year <= 2100,
        "NationalSupport 'year' must be from 2000 to 2100, but was %s", year);
    checkArgument(!source.isBlank(), "NationalSupport 'source' must not be blank");
    Set<CompetenceSupportTheme> themes = EnumSet.noneOf(CompetenceSupportTheme.class);
    for (CompetenceSupport support : information) {
      checkArgument(themes.add(support.theme()),
          "NationalSupport %s: 'information' names the theme '%s' twice", year,
          support.theme().label());
    }
  }

  /**
   * Returns the 2016 figures as seed 004 publishes them.
   *
   * @return the national support of the 2016 funds
   */
  public static NationalSupport seed004() {
    return new NationalSupport(2016,
        "Socialstyrelsen, redovisning av 2016 års utvecklingsmedel och kompetensstöd (seed 004)",
        ImmutableList.copyOf(List.of(
            CompetenceSupport.of(CompetenceSupportTheme.WEB_COURSE, 277, 185),
            CompetenceSupport.of(CompetenceSupportTheme.REGULATIONS_SOSFS_2014_4, 207, 164),
            CompetenceSupport.of(CompetenceSupportTheme.RESPECTIVE_RESPONSIBILITIES, 148, 107),
            CompetenceSupport.of(CompetenceSupportTheme.FREDA_SHORT_QUESTIONS, 183, 147),
            CompetenceSupport.of(CompetenceSupportTheme.FREDA_DESCRIPTION, 173, 119),
            CompetenceSupport.of(CompetenceSupportTheme.FREDA_DANGER_ASSESSMENT, 167, 108))),
        Optional.of(CountyBoardSurvey.of(21, ImmutableMap.of(CompetenceNeed.BASIC_KNOWLEDGE, 20,
            CompetenceNeed.REGULATIONS, 15, CompetenceNeed.RESPECTIVE_RESPONSIBILITIES, 14,
            CompetenceNeed.FREDA, 16, CompetenceNeed.OTHER, 13))),
        Optional.of(new WebCourse(LocalDate.of(2016, 9, 20), LocalDate.of(2017, 2, 28), 7_324,
            1_519, 140, 51, 53)));
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
