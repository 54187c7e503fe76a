package se.utvecklingsmedel.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void theSeedsCounts() {
    assertThat(DevelopmentArea.values()).hasSize(7);
    // Ten in the summary's list, two more under their own headings in the account (seed 004).
    assertThat(MunicipalActivityArea.values()).hasSize(12);
    assertThat(RegionalActivityArea.values()).hasSize(5);
    assertThat(VulnerableGroup.values()).hasSize(9);
    assertThat(Outcome.values()).hasSize(4);
    assertThat(AssessmentInstrument.values()).hasSize(5);
    assertThat(KnownMethod.values()).hasSize(8);
    assertThat(CompetenceSupportTheme.values()).hasSize(6);
    assertThat(CareSetting.values()).hasSize(5);
  }

  @Test
  void fredaIsThreeInstruments() {
    assertThat(Arrays.stream(AssessmentInstrument.values())
        .filter(AssessmentInstrument::isFreda))
        .containsExactly(AssessmentInstrument.FREDA_SHORT_QUESTIONS,
            AssessmentInstrument.FREDA_DESCRIPTION, AssessmentInstrument.FREDA_DANGER_ASSESSMENT);
    assertThat(CareSetting.EMERGENCY_CARE.label()).isEqualTo("Akutsjukvården");
    assertThat(Training.FREDA_TRAINING.label()).isEqualTo("Utbildning i bedömningsmetoderna FREDA");
  }

  @Test
  void labelsAreTheSeedsWords() {
    assertThat(DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN.label())
        .isEqualTo("Insatser för våldsutsatta kvinnor");
    assertThat(MunicipalActivityArea.COLLABORATION.label()).isEqualTo("Samverkan");
    assertThat(Outcome.TO_A_LARGE_EXTENT.label()).isEqualTo("I stor utsträckning");
    assertThat(KnownMethod.MEETING_FATHERS_WITH_VIOLENCE_PROBLEMS.label()).isEqualTo("MPV");
    assertThat(CompetenceSupportTheme.FREDA_SHORT_QUESTIONS.label()).isEqualTo("FREDA kortfrågor");
  }

  @Test
  void parsingFoldsCaseAndWhiteSpace() {
    assertThat(SwedishLabelled.parse(DevelopmentArea.class, "  insatser för   VÅLDSUTSATTA kvinnor "))
        .isEqualTo(DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN);
    assertThat(SwedishLabelled.parse(Outcome.class, "i STOR  utsträckning"))
        .isEqualTo(Outcome.TO_A_LARGE_EXTENT);
  }

  @Test
  void parsingRejectsAnUnknownLabelListingTheKnownOnes() {
    assertThatIllegalArgumentException().isThrownBy(() -> SwedishLabelled.parse(Outcome.class, "Ganska bra"))
        .withMessage("Outcome has no label 'Ganska bra': expected one of 'Helt', 'I stor "
            + "utsträckning', 'Delvis', 'I liten utsträckning'");
    assertThatNullPointerException().isThrownBy(() -> SwedishLabelled.parse(Outcome.class, null))
        .withMessage("Outcome 'label' must not be null");
  }

  @Test
  void instrumentsKnowTheirPurpose() {
    assertThat(AssessmentInstrument.FREDA_SHORT_QUESTIONS.purpose())
        .isEqualTo(InstrumentPurpose.DETECTION);
    assertThat(AssessmentInstrument.FREDA_DESCRIPTION.purpose())
        .isEqualTo(InstrumentPurpose.DESCRIPTION);
    assertThat(AssessmentInstrument.values()).filteredOn(AssessmentInstrument::isRiskAssessment)
        .containsExactly(AssessmentInstrument.FREDA_DANGER_ASSESSMENT, AssessmentInstrument.PATRIARK,
            AssessmentInstrument.SARA);
  }

  @Test
  void methodsAreKnownOrOther() {
    assertThat(Method.of("motiverande samtal")).isEqualTo(KnownMethod.MOTIVATIONAL_INTERVIEWING);
    assertThat(Method.of(" Trappan ")).isEqualTo(KnownMethod.TRAPPAN);
    Method other = Method.of("  Dialektisk beteendeterapi ");
    assertThat(other).isEqualTo(OtherMethod.of("Dialektisk beteendeterapi"));
    assertThat(other.label()).isEqualTo("Dialektisk beteendeterapi");
  }

  @Test
  void anOtherMethodIsNeverBlankNorAKnownOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> OtherMethod.of("  "))
        .withMessage("OtherMethod 'label' must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> OtherMethod.of("kbt"))
        .withMessage("OtherMethod 'kbt' is a named method: use KnownMethod.COGNITIVE_BEHAVIOURAL_THERAPY");
    assertThatNullPointerException().isThrownBy(() -> OtherMethod.of(null))
        .withMessage("OtherMethod 'label' must not be null");
    assertThatNullPointerException().isThrownBy(() -> Method.of(null))
        .withMessage("Method 'label' must not be null");
  }

  @Test
  void trainingAndCompetenceNeedsReadTheirSwedishLabels() {
    for (Training training : Training.values()) {
      assertThat(SwedishLabelled.parse(Training.class, training.label())).isEqualTo(training);
    }
    for (CompetenceNeed need : CompetenceNeed.values()) {
      assertThat(SwedishLabelled.parse(CompetenceNeed.class, need.label())).isEqualTo(need);
    }
    assertThat(Training.NCK_WEB_COURSE.label()).isEqualTo("NCK:s grundläggande webbkurs");
    assertThat(CompetenceNeed.BASIC_KNOWLEDGE.label())
        .isEqualTo("Baskunskaper om våld i nära relation");
  }
}
