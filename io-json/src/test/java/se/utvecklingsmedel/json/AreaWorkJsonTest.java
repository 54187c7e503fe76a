package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.followup.AreaWork;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.CareSetting;
import se.utvecklingsmedel.vocabulary.Intervention;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.Training;

/** A report's work per area and the statistics' counts per area, in JSON (issue 12). */
class AreaWorkJsonTest {

  private static final FollowUpReport REPORT = FollowUpReport.builder()
      .recipient(ReferenceData.municipality("2584")).potId(PotId.MUNICIPALITIES)
      .granted(Amount.ofKronor(10)).used(Amount.ofKronor(10)).submitted(LocalDate.of(2017, 3, 1))
      .addArea(MunicipalActivityArea.WORK_WITH_PERPETRATORS)
      .addMethod(KnownMethod.ALTERNATIVES_TO_VIOLENCE)
      .putWork(MunicipalActivityArea.WORK_WITH_PERPETRATORS, AreaWork.builder()
          .addInterventions(Intervention.INDIVIDUAL_SUPPORT_TALKS, Intervention.PARTNER_CONTACTS)
          .addMethods(KnownMethod.ALTERNATIVES_TO_VIOLENCE).build())
      .build();

  @Test
  void aReportsWorkRoundTripsAndValidates() {
    String json = GrantJson.write(REPORT);
    assertThat(json).contains("\"area\" : \"WORK_WITH_PERPETRATORS\"")
        .contains("\"interventions\" : [ \"INDIVIDUAL_SUPPORT_TALKS\", \"PARTNER_CONTACTS\" ]");
    assertThat(GrantJson.read(json, FollowUpReport.class)).isEqualTo(REPORT);
    assertThat(GrantJsonSchema.of(FollowUpReport.class).validate(json)).isEmpty();
  }

  @Test
  void theStatisticsCountsPerAreaRoundTrip() {
    RoundStatistics statistics = RoundStatistics.of(Fixtures.followUp());
    assertThat(GrantJson.read(GrantJson.write(statistics), RoundStatistics.class))
        .isEqualTo(statistics);
  }

  @Test
  void anUnknownInterventionOrAnAreaNotNamedIsRejectedWhereItIs() {
    String json = GrantJson.write(REPORT);
    assertThatThrownBy(() -> GrantJson.read(json.replace("\"PARTNER_CONTACTS\"", "\"HUGS\""),
        FollowUpReport.class)).isInstanceOf(GrantJsonException.class)
        .hasMessageStartingWith("At $.work[0].work.interventions[1], value \"HUGS\": must be one of");
    assertThatThrownBy(() -> GrantJson.read(json.replace("\"area\" : \"WORK_WITH_PERPETRATORS\"",
        "\"area\" : \"COLLABORATION\""), FollowUpReport.class))
        .isInstanceOf(GrantJsonException.class)
        .hasMessageStartingWith("At $.work, value [")
        .hasMessageContaining("'work' is given for 'Samverkan', which the report's areas do not name");
  }

  /** The schema closes the sets of names, as the reader does (found by a trial user). */
  @Test
  void theSchemaRejectsAMisspeltTermAsTheReaderDoes() {
    String json = GrantJson.write(REPORT).replace("\"PARTNER_CONTACTS\"", "\"PARTNER_CONTACT\"");
    assertThat(GrantJsonSchema.of(FollowUpReport.class).validate(json))
        .extracting(GrantJsonException::path).contains("$.work[0].work.interventions[1]");
    String area = GrantJson.write(REPORT).replace("\"areas\" : [ \"WORK_WITH_PERPETRATORS\" ]",
        "\"areas\" : [ \"WORK_WITH_PERPETRATOR\" ]");
    assertThat(area).contains("WORK_WITH_PERPETRATOR\"");
    assertThat(GrantJsonSchema.of(FollowUpReport.class).validate(area))
        .extracting(GrantJsonException::path).contains("$.areas[0]");
  }

  /** Training and care settings per area, and the management system already covering (seed 004). */
  @Test
  void aReportWritesOnlyTheAnswersThatDifferFromTheDefaults() {
    // Issue 15: the defaults are repetition; a reader takes them written or not.
    String json = GrantJson.write(REPORT);
    assertThat(json).doesNotContain("\"complete\"", "\"hadActivity\"",
        "\"coordinatingFunctionFinanced\"", "\"qualitySystemAlreadyCovers\"",
        "\"usedOutsidePurpose\"");
    assertThat(GrantJson.read(json, FollowUpReport.class)).isEqualTo(REPORT);
    String stated = json.replace("\"submitted\" : \"2017-03-01\",", "\"submitted\" : "
        + "\"2017-03-01\", \"complete\" : true, \"hadActivity\" : true, "
        + "\"coordinatingFunctionFinanced\" : false, \"qualitySystemAlreadyCovers\" : false, "
        + "\"usedOutsidePurpose\" : \"0.00\",");
    assertThat(stated).isNotEqualTo(json);
    assertThat(GrantJson.read(stated, FollowUpReport.class)).isEqualTo(REPORT);
    FollowUpReport otherwise = FollowUpReport.builder().from(REPORT).complete(false)
        .coordinatingFunctionFinanced(true).usedOutsidePurpose(Amount.ofKronor(1)).build();
    assertThat(GrantJson.write(otherwise)).contains("\"complete\" : false",
        "\"coordinatingFunctionFinanced\" : true", "\"usedOutsidePurpose\" : \"1.00\"");
    assertThat(GrantJson.read(GrantJson.write(otherwise), FollowUpReport.class))
        .isEqualTo(otherwise);
  }

  @Test
  void aReportsTermsAreCheckedAtTheirPlace() {
    // Issue 15: terms are read without a node each; a wrong one still gets its own path.
    String json = GrantJson.write(REPORT);
    String area = "\"WORK_WITH_PERPETRATORS\"";
    assertThatThrownBy(() -> GrantJson.read(json.replaceFirst(area, area + ", " + area),
        FollowUpReport.class)).isInstanceOf(GrantJsonException.class)
        .hasMessageStartingWith("At $.areas[1], value \"WORK_WITH_PERPETRATORS\": is listed twice");
    assertThatThrownBy(() -> GrantJson.read(json.replaceFirst(area, "7"), FollowUpReport.class))
        .isInstanceOf(GrantJsonException.class)
        .hasMessageStartingWith("At $.areas[0], value 7: must be a JSON string");
    assertThatThrownBy(() -> GrantJson.read(json.replace("\"PARTNER_CONTACTS\"", "\"X\""),
        FollowUpReport.class)).isInstanceOf(GrantJsonException.class)
        .hasMessageStartingWith("At $.work[0].work.interventions[1], value \"X\": must be one of");
  }

  @Test
  void trainingCareSettingsAndTheManagementSystemAnswerRoundTripAndAreChecked() {
    FollowUpReport report = FollowUpReport.builder().from(REPORT)
        .addTraining(Training.ALTERNATIVES_TO_VIOLENCE_TRAINING).qualitySystemAlreadyCovers(true)
        .putWork(MunicipalActivityArea.WORK_WITH_PERPETRATORS, AreaWork.builder()
            .from(REPORT.work().get(MunicipalActivityArea.WORK_WITH_PERPETRATORS))
            .addTraining(Training.ALTERNATIVES_TO_VIOLENCE_TRAINING)
            .addCareSettings(CareSetting.PSYCHIATRY).build())
        .build();
    String json = GrantJson.write(report);
    assertThat(json).contains("\"qualitySystemAlreadyCovers\" : true")
        .contains("\"careSettings\" : [ \"PSYCHIATRY\" ]");
    assertThat(GrantJson.read(json, FollowUpReport.class)).isEqualTo(report);
    assertThat(GrantJsonSchema.of(FollowUpReport.class).validate(json)).isEmpty();
    assertThatThrownBy(() -> GrantJson.read(json.replace("\"PSYCHIATRY\"", "\"PSYKIATRIN\""),
        FollowUpReport.class)).isInstanceOf(GrantJsonException.class)
        .hasMessageStartingWith("At $.work[0].work.careSettings[0], value \"PSYKIATRIN\": must be "
            + "one of");
    assertThat(GrantJsonSchema.of(FollowUpReport.class).validate(
            json.replace("\"PSYCHIATRY\"", "\"PSYKIATRIN\"")))
        .extracting(GrantJsonException::path).contains("$.work[0].work.careSettings[0]");
    // An area's training must be the report's too; a covering management system is not worked on.
    String untrained = json.replace("\"training\" : [ \"ALTERNATIVES_TO_VIOLENCE_TRAINING\" ],\n  "
        + "\"outcomes\"", "\"training\" : [ ],\n  \"outcomes\"").replace("\"training\" : [ "
        + "\"ALTERNATIVES_TO_VIOLENCE_TRAINING\" ],\n  \"work\"", "\"work\"");
    assertThat(untrained).isNotEqualTo(json);
    assertThatThrownBy(() -> GrantJson.read(untrained, FollowUpReport.class))
        .isInstanceOf(GrantJsonException.class)
        .hasMessageContaining("names 'Utbildning i Alternativ till våld', which 'training' does not");
    assertThatThrownBy(() -> GrantJson.read(json.replace("\"areas\" : [ \"WORK_WITH_PERPETRATORS\" ]",
        "\"areas\" : [ \"WORK_WITH_PERPETRATORS\", \"QUALITY_MANAGEMENT_SYSTEM\" ]"),
        FollowUpReport.class)).isInstanceOf(GrantJsonException.class)
        .hasMessageContaining("'qualitySystemAlreadyCovers' says the management system needed no "
            + "work");
  }
}
