package se.utvecklingsmedel.published;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.Programme;
import se.utvecklingsmedel.round.RoundId;
import se.utvecklingsmedel.support.CompetenceSupport;
import se.utvecklingsmedel.support.CountyBoardSurvey;
import se.utvecklingsmedel.support.HeldFigure;
import se.utvecklingsmedel.support.NationalSupport;
import se.utvecklingsmedel.support.StimulusActivity;
import se.utvecklingsmedel.support.WebCourse;
import se.utvecklingsmedel.vocabulary.CompetenceNeed;
import se.utvecklingsmedel.vocabulary.CompetenceSupportTheme;

/**
 * The figures Socialstyrelsen has published (<i>publicerade uppgifter</i>), as data apart from the
 * types that hold them: the national support of the 2016 funds as the 2016 account states it, and
 * what the 2016–2018 final report publishes for 2018. Each method names its source.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublishedReports {

  private PublishedReports() {
  }

  /**
   * Returns the 2016 figures as the 2016 account publishes them.
   *
   * @return the national support of the 2016 funds
   */
  public static NationalSupport nationalSupport2016() {
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
            HeldFigure.exact("Socialstyrelsen har i samverkan med NCK anordnat en gemensam dag om "
                + "samverkan för länsstyrelserna och NCK:s nationella landstingsnätverk", 1, "dag"),
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

  /**
   * Returns what the 2016–2018 final report (Socialstyrelsen's summary of the 2016–2018 funds)
   * publishes for 2018: "Antalet kommuner som har rekvirerat medel har ökat från 246 kommuner 2016
   * till 273 kommuner 2018. Även andelen använda medel hos kommuner har ökat från 81 till 92
   * procent." Nothing else is published for 2018, so every other figure is unknown. The same figures
   * as the programme's catalogue holds for the 2018 round ({@link Programme}).
   *
   * @return the 2018 figures
   */
  public static PublishedStatistics statistics2018() {
    return Programme.builtIn().facts(RoundId.of(2018, 1)).published().orElseThrow();
  }

  private static StimulusActivity activity(String county, String summary, HeldFigure... figures) {
    return new StimulusActivity(ReferenceData.countyAdministrativeBoard(county), summary,
        ImmutableList.copyOf(figures));
  }
}
