package se.utvecklingsmedel.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.published.PublishedReports;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.vocabulary.CompetenceNeed;
import se.utvecklingsmedel.vocabulary.CompetenceSupportTheme;

/** Seed 004's national support, held as published; its checks. */
class NationalSupportTest {

  private static final LocalDate LAUNCH = LocalDate.of(2016, 9, 20);

  @Test
  void theSeedsFigures() {
    NationalSupport support = PublishedReports.nationalSupport2016();
    assertThat(support.year()).isEqualTo(2016);
    assertThat(support.information(CompetenceSupportTheme.WEB_COURSE).orElseThrow().offered())
        .isEqualTo(277);
    assertThat(support.survey().orElseThrow().boardsSeeingNeed().get(CompetenceNeed.FREDA))
        .isEqualTo(16);
    assertThat(support.webCourse().orElseThrow().users()).isEqualTo(7_324);
    // The nine boards seed 004 names, once each, in the seed's order.
    assertThat(support.stimulusActivities()).extracting(a -> a.board().id())
        .containsExactly("17", "14", "01", "06", "12", "24", "19", "07", "20");
    assertThat(support.stimulusActivities().get(3).figures().get(2))
        .hasToString("cirka 460 deltagare: Deltagare i föreläsningarna");
    assertThat(support.stimulusActivities().get(0).figures().get(1))
        .hasToString("över 32000 visningar: Filmens visningar på Facebook");
    assertThat(support.record("Länsstyrelser med en gemensam lokal skriftlig rutin inom området "
        + "våld i nära relationer")).map(HeldFigure::value).contains(57L);
    assertThat(support.record("no such figure")).isEmpty();
  }

  @Test
  void rejectsAThemeTwiceABlankSourceAndImpossibleCourseFigures() {
    CompetenceSupport web = CompetenceSupport.of(CompetenceSupportTheme.WEB_COURSE, 10, 5);
    assertThatIllegalArgumentException().isThrownBy(() -> new NationalSupport(2016, "x",
            ImmutableList.of(web, web), Optional.empty(), Optional.empty(), ImmutableList.of(),
            ImmutableList.of()))
        .withMessage("NationalSupport 2016: 'information' names the theme 'Webbkursen om mäns våld "
            + "mot kvinnor och våld i nära relationer' twice");
    assertThatIllegalArgumentException().isThrownBy(() -> new NationalSupport(2016, " ",
        ImmutableList.of(), Optional.empty(), Optional.empty(), ImmutableList.of(),
        ImmutableList.of()))
        .withMessage("NationalSupport 'source' must not be blank");
    StimulusActivity stockholm = new StimulusActivity(ReferenceData.countyAdministrativeBoard("01"),
        "Seminarier", ImmutableList.of());
    assertThatIllegalArgumentException().isThrownBy(() -> new NationalSupport(2016, "x",
            ImmutableList.of(), Optional.empty(), Optional.empty(), ImmutableList.of(),
            ImmutableList.of(stockholm, stockholm)))
        .withMessage("NationalSupport 2016: 'stimulusActivities' names Länsstyrelsen i Stockholms "
            + "län twice");
    assertThatIllegalArgumentException().isThrownBy(() -> new StimulusActivity(
            ReferenceData.countyAdministrativeBoard("01"), " ", ImmutableList.of()))
        .withMessage("StimulusActivity of Länsstyrelsen i Stockholms län: 'summary' must not be "
            + "blank");
    assertThatIllegalArgumentException().isThrownBy(() -> HeldFigure.exact("Möten", -1, "möten"))
        .withMessage("HeldFigure of Möten: 'value' must not be negative, but was -1");
    assertThatIllegalArgumentException().isThrownBy(() -> HeldFigure.exact(" ", 1, "möten"))
        .withMessage("HeldFigure 'words' must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> HeldFigure.exact("Möten", 1, ""))
        .withMessage("HeldFigure of Möten: 'unit' must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> new WebCourse(LAUNCH,
        LAUNCH.minusDays(1), 1, 0, 0, 0, 0))
        .withMessage("WebCourse 'countedUntil' 2016-09-19 must not be before 'launched' 2016-09-20");
    assertThatIllegalArgumentException().isThrownBy(() -> new WebCourse(LAUNCH, LAUNCH, 10, 11,
        0, 0, 0)).withMessage("WebCourse 'usersInGroups' must be from 0 to 'users' (10), but was 11");
    assertThatIllegalArgumentException().isThrownBy(() -> new WebCourse(LAUNCH, LAUNCH, 10, 5, 6,
        0, 0)).withMessage("WebCourse 'groups' must be from 0 to 'usersInGroups' (5), but was 6");
    assertThatIllegalArgumentException().isThrownBy(() -> new WebCourse(LAUNCH, LAUNCH, 10, 5, 1,
        101, 0)).withMessage("WebCourse 'percentWithCertificate' must be from 0 to 100, but was 101");
    assertThatIllegalArgumentException().isThrownBy(() -> new WebCourse(LAUNCH, LAUNCH, -1, 0, 0,
        0, 0)).withMessage("WebCourse 'users' must not be negative, but was -1");
  }
}
