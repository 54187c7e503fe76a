package se.utvecklingsmedel.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.statistics.AreaCounts;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.statistics.TermCounts;
import se.utvecklingsmedel.statistics.WorkCounts;
import se.utvecklingsmedel.vocabulary.CareSetting;
import se.utvecklingsmedel.vocabulary.Intervention;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * A report's work per area, and the statistics that count it per area, as seed 004 does: "I 78 av
 * kommunerna … enskilda stödsamtal, 56 kommuner … Alternativ till våld, vilket förekommit i 45".
 */
class AreaWorkTest {

  private static final Municipality A = ReferenceData.municipality("0114");
  private static final Municipality B = ReferenceData.municipality("0115");
  private static final MunicipalActivityArea PERPETRATORS =
      MunicipalActivityArea.WORK_WITH_PERPETRATORS;
  private static final MunicipalActivityArea WOMEN =
      MunicipalActivityArea.ABUSED_WOMEN_AND_VULNERABLE_GROUPS;

  private static FollowUpReport.Builder report(Municipality m) {
    return FollowUpReport.builder().recipient(m).potId(PotId.MUNICIPALITIES)
        .granted(Amount.ofKronor(25_000_000)).used(Amount.ofKronor(25_000_000))
        .submitted(LocalDate.of(2017, 3, 1));
  }

  private static RoundAllocation allocation() {
    DistributionKey key = DistributionKey.byAmounts("exempel", Map.of(A, Amount.ofKronor(25_000_000),
        B, Amount.ofKronor(25_000_000)));
    List<Requisition> requisitions = new ArrayList<>();
    key.keyedAmounts(RoundCatalogue.round2016().pot(PotId.MUNICIPALITIES)).forEach((m, amount) ->
        requisitions.add(Requisition.builder().recipient(m).amount(amount)
            .date(LocalDate.of(2016, 3, 1)).build()));
    return RoundAllocation.builder(RoundCatalogue.round2016())
        .requisitions(PotId.MUNICIPALITIES, key, requisitions).buildPartial();
  }

  @Test
  void theStatisticsCountEachTermWithinItsArea() {
    FollowUpReport a = report(A).addArea(PERPETRATORS).addArea(WOMEN)
        .addMethod(KnownMethod.MOTIVATIONAL_INTERVIEWING)
        .addVulnerableGroup(VulnerableGroup.YOUNG_WOMEN)
        .putWork(PERPETRATORS, AreaWork.builder()
            .addInterventions(Intervention.INDIVIDUAL_SUPPORT_TALKS, Intervention.PARTNER_CONTACTS)
            .addMethods(KnownMethod.MOTIVATIONAL_INTERVIEWING).build())
        .putWork(WOMEN, AreaWork.builder().addMethods(KnownMethod.MOTIVATIONAL_INTERVIEWING)
            .addVulnerableGroups(VulnerableGroup.YOUNG_WOMEN).build())
        .build();
    FollowUpReport b = report(B).addArea(PERPETRATORS)
        .putWork(PERPETRATORS, AreaWork.builder()
            .addInterventions(Intervention.INDIVIDUAL_SUPPORT_TALKS).build())
        .build();

    CategoryStatistics m = RoundStatistics.of(FollowUp.of(allocation(), List.of(a, b), LocalDate.of(2017, 9, 30))).of(a.recipient().category());

    assertThat(m.work().byArea().get(PERPETRATORS).interventions()).containsExactly(
        Map.entry(Intervention.INDIVIDUAL_SUPPORT_TALKS, 2), Map.entry(Intervention.PARTNER_CONTACTS, 1));
    assertThat(m.work().byArea().get(PERPETRATORS).methods())
        .containsExactly(Map.entry(KnownMethod.MOTIVATIONAL_INTERVIEWING, 1));
    assertThat(m.work().byArea().get(WOMEN).vulnerableGroups())
        .containsExactly(Map.entry(VulnerableGroup.YOUNG_WOMEN, 1));
    // The report-level count is of reports, not of areas: one, although named in two areas.
    assertThat(m.work().methods()).containsExactly(Map.entry(KnownMethod.MOTIVATIONAL_INTERVIEWING, 1));
    assertThat(m.work().byArea()).doesNotContainKey(MunicipalActivityArea.COLLABORATION);
  }

  @Test
  void workIsOnlyForAnAreaTheReportNamesAndWithinItsSets() {
    assertThatIllegalArgumentException().isThrownBy(() -> report(A)
            .putWork(PERPETRATORS, AreaWork.builder().build()).build())
        .withMessage("FollowUpReport of 0114 Upplands Väsby: 'work' is given for 'Utveckling av "
            + "arbetet med insatser till personer som utövar våld', which the report's areas do not "
            + "name");
    assertThatIllegalArgumentException().isThrownBy(() -> report(A).addArea(PERPETRATORS)
            .putWork(PERPETRATORS, AreaWork.builder()
                .addMethods(KnownMethod.ALTERNATIVES_TO_VIOLENCE).build()).build())
        .withMessageContaining("names 'Alternativ till våld', which 'methods' does not");
    assertThatIllegalArgumentException().isThrownBy(() -> report(A).addArea(PERPETRATORS)
            .putWork(PERPETRATORS, AreaWork.builder()
                .addTraining(Training.ALTERNATIVES_TO_VIOLENCE_TRAINING).build()).build())
        .withMessageContaining("names 'Utbildning i Alternativ till våld', which 'training' does "
            + "not");
  }

  @Test
  void trainingAndCareSettingsAreCountedWithinTheirArea() {
    FollowUpReport a = report(A).addArea(PERPETRATORS)
        .addTraining(Training.ALTERNATIVES_TO_VIOLENCE_TRAINING, Training.OTHER_TRAINING)
        .putWork(PERPETRATORS, AreaWork.builder()
            .addTraining(Training.ALTERNATIVES_TO_VIOLENCE_TRAINING)
            .addCareSettings(CareSetting.PSYCHIATRY).build())
        .build();
    CategoryStatistics m = RoundStatistics.of(FollowUp.of(allocation(), List.of(a, report(B).build()),
        LocalDate.of(2017, 9, 30))).of(A.category());
    assertThat(m.work().byArea().get(PERPETRATORS).training())
        .containsExactly(Map.entry(Training.ALTERNATIVES_TO_VIOLENCE_TRAINING, 1));
    assertThat(m.work().byArea().get(PERPETRATORS).careSettings())
        .containsExactly(Map.entry(CareSetting.PSYCHIATRY, 1));
    // An area's training count above the category's own count of that training is impossible.
    AreaCounts moreTrained = AreaCounts.builder()
        .training(TermCounts.copyOf(Map.of(Training.FREDA_TRAINING, 1))).build();
    assertThatIllegalArgumentException().isThrownBy(() -> CategoryStatistics.builder().from(m)
            .work(WorkCounts.builder().from(m.work()).putByArea(PERPETRATORS, moreTrained).build())
            .build())
        .withMessageContaining("Utbildning i bedömningsmetoderna FREDA");
  }

  @Test
  void aManagementSystemAlreadyCoveringIsAMunicipalityNotWorkingOnIt() {
    FollowUpReport covering = report(A).qualitySystemAlreadyCovers(true).build();
    assertThat(RoundStatistics.of(FollowUp.of(allocation(), List.of(covering, report(B).build()),
        LocalDate.of(2017, 9, 30))).of(A.category()).work().qualitySystemAlreadyCovering())
        .isOne();
    assertThatIllegalArgumentException().isThrownBy(() -> report(A).qualitySystemAlreadyCovers(true)
            .addArea(MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM).build())
        .withMessage("FollowUpReport of 0114 Upplands Väsby: 'qualitySystemAlreadyCovers' says the "
            + "management system needed no work, but the areas name 'Utveckling av ledningssystem "
            + "för systematiskt kvalitetsarbete i enlighet med SOSFS 2011:9 så att det omfattar "
            + "arbetet med våld i nära relationer'");
    assertThatIllegalArgumentException().isThrownBy(() -> FollowUpReport.builder()
            .recipient(ReferenceData.region("01")).potId(PotId.REGIONS)
            .granted(Amount.ofKronor(1)).used(Amount.ofKronor(1))
            .submitted(LocalDate.of(2017, 3, 1)).qualitySystemAlreadyCovers(true).build())
        .withMessageContaining("'qualitySystemAlreadyCovers' is a municipality's answer, not a ");
  }

  @Test
  void statisticsRejectAnAreaCountAboveTheArea() {
    AreaCounts tooMany = AreaCounts.builder()
        .interventions(TermCounts.copyOf(ImmutableMap.of(Intervention.INDIVIDUAL_SUPPORT_TALKS, 3))).build();
    CategoryStatistics valid = RoundStatistics.of(FollowUp.of(allocation(), List.of(report(A).addArea(PERPETRATORS)
        .build()), LocalDate.of(2017, 9, 30))).of(A.category());
    assertThatIllegalArgumentException().isThrownBy(() -> CategoryStatistics.builder().from(valid)
            .work(WorkCounts.builder().from(valid.work()).putByArea(PERPETRATORS, tooMany).build())
            .build())
        .withMessageContaining("must be at most 'areas of Utveckling av arbetet med insatser till "
            + "personer som utövar våld' (1)");
  }

  @Test
  void theBuilderKeepsTheFirstOrderAndDropsRepeats() {
    AreaWork work = AreaWork.builder().addInterventions(Intervention.ADVICE, Intervention.MAPPING)
        .addInterventions(Intervention.ADVICE).build();
    assertThat(work.interventions()).containsExactly(Intervention.ADVICE, Intervention.MAPPING);
    assertThat(AreaWork.builder().from(work).build()).isEqualTo(work).hasSameHashCodeAs(work)
        .hasToString("AreaWork{interventions=[ADVICE, MAPPING], methods=[], instruments=[], "
            + "vulnerableGroups=[], partners=[], training=[], careSettings=[]}");
    assertThat(AreaWork.builder().build()).isNotEqualTo(work);
  }

  @Test
  void puttingAnAreaAgainReplacesItsWorkEvenAfterFrom() {
    AreaWork talks = AreaWork.builder().addInterventions(Intervention.INDIVIDUAL_SUPPORT_TALKS).build();
    AreaWork advice = AreaWork.builder().addInterventions(Intervention.ADVICE).build();
    FollowUpReport report = report(A).addArea(PERPETRATORS).putWork(PERPETRATORS, talks)
        .putWork(PERPETRATORS, advice).build();
    assertThat(report.work()).containsExactly(Map.entry(PERPETRATORS, advice));
    FollowUpReport again = FollowUpReport.builder().from(report).putWork(PERPETRATORS, talks).build();
    assertThat(again.work()).containsExactly(Map.entry(PERPETRATORS, talks));
    Map<MunicipalActivityArea, AreaWork> withNull = new HashMap<>();
    withNull.put(PERPETRATORS, null);
    assertThatNullPointerException().isThrownBy(() -> report(A).work(withNull))
        .withMessage("FollowUpReport.Builder 'work' must not hold null: the entry of "
            + "WORK_WITH_PERPETRATORS is null");
  }

  @Test
  void anAreasCountOfATermMayNotExceedTheCategorysOwn() {
    CategoryStatistics valid = RoundStatistics.of(FollowUp.of(allocation(), List.of(report(A).addArea(PERPETRATORS)
        .build()), LocalDate.of(2017, 9, 30))).of(A.category());
    AreaCounts trappan = AreaCounts.builder().methods(TermCounts.copyOf(Map.of(KnownMethod.TRAPPAN, 1))).build();
    assertThatIllegalArgumentException().isThrownBy(() -> CategoryStatistics.builder().from(valid)
            .work(WorkCounts.builder().from(valid.work()).putByArea(PERPETRATORS, trappan).build())
            .build())
        .withMessageContaining("'work in Utveckling av arbetet med insatser till personer som utövar "
            + "våld: Trappan' (1) must be at most 'the category's count of Trappan' (0)");
    assertThatIllegalArgumentException().isThrownBy(() -> AreaCounts.builder()
            .interventions(TermCounts.copyOf(Map.of(Intervention.ADVICE, -1))).build())
        .withMessage("AreaCounts 'interventions' of Rådgivning via telefon, mejl eller chatt must not "
            + "be negative, but was -1");
  }

  @Test
  void puttingAnOutcomeAgainReplacesItEvenAfterFrom() {
    FollowUpReport report = report(A).addArea(PERPETRATORS)
        .putOutcome(PERPETRATORS, Outcome.PARTLY).build();
    FollowUpReport again = FollowUpReport.builder().from(report)
        .putOutcome(PERPETRATORS, Outcome.FULLY).build();
    assertThat(again.outcomes()).containsExactly(Map.entry(PERPETRATORS,
        Outcome.FULLY));
  }
}
