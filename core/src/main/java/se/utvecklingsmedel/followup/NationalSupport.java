package se.utvecklingsmedel.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.utvecklingsmedel.recipient.CountyAdministrativeBoard;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.vocabulary.CompetenceNeed;
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
 * survey answers and NCK's account of the web course). {@link #seed004()} holds the 2016 figures.
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
    checkArgument(year >= 2000 && year <= 2100,
        "NationalSupport 'year' must be from 2000 to 2100, but was %s", year);
    FreeText.check("NationalSupport", "source", source);
    Set<CompetenceSupportTheme> themes = EnumSet.noneOf(CompetenceSupportTheme.class);
    for (CompetenceSupport support : information) {
      checkArgument(themes.add(support.theme()),
          "NationalSupport %s: 'information' names the theme '%s' twice", year,
          support.theme().label());
    }
    Set<CountyAdministrativeBoard> boards = new HashSet<>();
    for (StimulusActivity activity : stimulusActivities) {
      checkArgument(boards.add(activity.board()),
          "NationalSupport %s: 'stimulusActivities' names %s twice", year,
          activity.board().displayName());
    }
  }

  /**
   * Returns the 2016 figures as the 2016 account publishes them.
   *
   * @return the national support of the 2016 funds
   */
  public static NationalSupport seed004() {
    return new NationalSupport(2016,
        "Socialstyrelsen, redovisning av 2016 års utvecklingsmedel och kompetensstöd "
            + "(delredovisning till Regeringskansliet, 30 september 2017)",
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
            1_519, 140, 51, 53)),
        ImmutableList.of(
            HeldFigure.exact("Socialstyrelsen har under 2016 anordnat utbildningsdagar för "
                + "länsstyrelsernas utvecklingsledare", 3, "utbildningsdagar"),
            HeldFigure.exact("Socialstyrelsen, länsstyrelserna och NCK har anordnat regionala "
                + "spridningskonferenser för att sprida webbkursen", 3, "konferenser"),
            HeldFigure.exact("NCK har genomfört möten med sitt nationella nätverk med representanter "
                + "från landsting och regioner", 2, "möten"),
            HeldFigure.exact("Socialstyrelsen har gjort kompletterande telefonintervjuer med "
                + "samtliga länsstyrelser", 21, "länsstyrelser"),
            HeldFigure.exact("Utvecklingsledare som angett en bedömning av det nationella stödet",
                16, "utvecklingsledare"),
            HeldFigure.exact("Utvecklingsledare som svarat att stödet fyller en viktig funktion", 16,
                "utvecklingsledare"),
            HeldFigure.exact("Ideella föreningar och stiftelser som under 2016 erbjöds information "
                + "om SOSFS 2014:4", 114, "organisationer"),
            HeldFigure.exact("Länsstyrelser med en gemensam lokal skriftlig rutin inom området våld "
                + "i nära relationer", 57, "procent")),
        ImmutableList.of(
            activity("17", "Insatser med Sveriges Åkeriföretag, Polisregion Bergslagen och "
                    + "Länsstyrelsen i Örebro län mot prostitution och människohandel utmed vägarna",
                HeldFigure.exact("En informationsfilm har visats på SF-biograferna i Karlstad och "
                    + "Örebro", 9, "veckor"),
                HeldFigure.moreThan("Filmens visningar på Facebook", 32_000, "visningar")),
            activity("14", "En tvådagars utbildning för kursledare utifrån gruppspåret i "
                    + "webbkursen, och stödmaterial om särskild utsatthet",
                HeldFigure.exact("Kursledarutbildningens längd", 2, "dagar"),
                HeldFigure.exact("Deltagare i pilotutbildningen i Göteborg i oktober 2016", 40,
                    "personer"),
                HeldFigure.exact("Län som pilotutbildningens deltagare kom från", 7, "län")),
            activity("01", "Spridningsseminarier om webbkursen, och en utredning av en nationell "
                    + "telefonlinje för personer som utövar våld",
                HeldFigure.exact("Spridningsseminarier om webbkursen", 3, "seminarier"),
                HeldFigure.exact("Deltagare i spridningsseminarierna, i huvudsak från kommuner", 350,
                    "personer"),
                HeldFigure.exact("Storstadslän där en pilot av telefonlinjen föreslås", 2, "län")),
            activity("06", "Spridning av en studie om prostitution i länet, och utbildningsmaterial "
                    + "om pojkar och transpersoner som har sex mot ersättning",
                HeldFigure.exact("Föreläsningar som genomförts", 11, "föreläsningar"),
                HeldFigure.about("Andel av föreläsningarna utanför det egna länet (\"hälften\")",
                    50, "procent"),
                HeldFigure.about("Deltagare i föreläsningarna", 460, "deltagare")),
            activity("12", "Infogeneratorn, ett verktyg för kommunernas information om stöd vid "
                + "våld i nära relationer"),
            activity("24", "En regionkoordinator för prostitution och människohandel för sexuella "
                + "ändamål, tillsammans med Norrbottens, Västernorrlands och Jämtlands län"),
            activity("19", "Arbetet inom djurskydd uppmärksammar utsatta barn och vuxna; material "
                    + "erbjudet samtliga övriga länsstyrelser",
                HeldFigure.exact("Länsstyrelser som tackade ja till materialet", 11,
                    "länsstyrelser")),
            activity("07", "En gemensam fördjupningskurs med Kalmar län och NCK om mäns våld mot "
                + "kvinnor och våld i nära relationer"),
            activity("20", "Utbildningsdagar i jämställdhetsarbete för personal på fler hem för vård "
                + "eller boende (HVB)")));
  }

  private static StimulusActivity activity(String county, String summary, HeldFigure... figures) {
    return new StimulusActivity(ReferenceData.countyAdministrativeBoard(county), summary,
        ImmutableList.copyOf(figures));
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
