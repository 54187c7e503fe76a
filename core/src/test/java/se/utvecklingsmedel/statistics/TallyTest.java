package se.utvecklingsmedel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.followup.AreaWork;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.CountyAdministrativeBoard;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.UnusedFundsReason;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/** What the annual report counts, pinned per figure on three municipal reports. */
class TallyTest {

  static final Municipality A = ReferenceData.municipality("0114");
  static final Municipality B = ReferenceData.municipality("0115");
  static final Municipality C = ReferenceData.municipality("0117");
  private static final LocalDate DAY = LocalDate.of(2016, 3, 1);

  static RoundAllocation allocation() {
    DistributionKey key = DistributionKey.byAmounts("exempel", Map.of(A, Amount.ofKronor(20_000_000),
        B, Amount.ofKronor(20_000_000), C, Amount.ofKronor(10_000_000)));
    List<Requisition> requisitions = new ArrayList<>();
    key.keyedAmounts(RoundCatalogue.round2016().pot(PotId.MUNICIPALITIES)).forEach((m, amount) ->
        requisitions.add(Requisition.builder().recipient(m).amount(amount).date(DAY).build()));
    return RoundAllocation.builder(RoundCatalogue.round2016())
        .requisitions(PotId.MUNICIPALITIES, key, requisitions).buildPartial();
  }

  static FollowUpReport.Builder report(Municipality m, long granted) {
    return FollowUpReport.builder().recipient(m).potId(PotId.MUNICIPALITIES)
        .granted(Amount.ofKronor(granted)).used(Amount.ofKronor(granted))
        .submitted(LocalDate.of(2017, 3, 1));
  }

  @Test
  void everyTermIsCountedOncePerRecipientAndTiesGoByLabel() {
    List<FollowUpReport> reports = List.of(
        report(A, 20_000_000).addMethod(KnownMethod.TRAPPAN).addMethod(KnownMethod.KIBB)
            .addVulnerableGroup(VulnerableGroup.YOUNG_WOMEN).coordinatingFunctionFinanced(true)
            .addInstrument(AssessmentInstrument.SARA).build(),
        report(B, 20_000_000).addMethod(KnownMethod.TRAPPAN)
            .addVulnerableGroup(VulnerableGroup.YOUNG_WOMEN)
            .addInstrument(AssessmentInstrument.PATRIARK).build(),
        report(C, 10_000_000).addArea(MunicipalActivityArea.COLLABORATION).build());
    CategoryStatistics m = RoundStatistics.of(FollowUp.of(allocation(), reports, LocalDate.of(2017, 9, 30))).of(RecipientCategory.MUNICIPALITY);
    assertThat(m.work().methods()).containsExactly(Map.entry(KnownMethod.TRAPPAN, 2),
        Map.entry(KnownMethod.KIBB, 1));
    assertThat(m.work().vulnerableGroups()).containsExactly(Map.entry(VulnerableGroup.YOUNG_WOMEN, 2));
    assertThat(m.work().coordinatingFunctions()).isEqualTo(1);
    // SARA and PATRIARK both assess risk; ties are ordered by their label.
    assertThat(m.work().usingRiskAssessment()).isEqualTo(2);
    assertThat(m.work().instruments().keySet()).containsExactly(AssessmentInstrument.PATRIARK,
        AssessmentInstrument.SARA);
    assertThat(m.work().areas()).containsExactly(Map.entry(MunicipalActivityArea.COLLABORATION, 1));
    assertThat(report(A, 1).build().coordinatingFunctionFinanced()).isFalse();
  }

  /**
   * Combinations of terms: over the report-level terms for the category, over each area's work
   * within it, once per recipient; and the recipients that explained unused funds, over all reports.
   */
  @Test
  void combinationsAreCountedOncePerRecipientOverTheTermsTheyName() {
    MunicipalActivityArea collaboration = MunicipalActivityArea.COLLABORATION;
    List<FollowUpReport> reports = List.of(
        // A: all three partners in the area, FREDA at report level, a method.
        report(A, 20_000_000).addArea(collaboration).putWork(collaboration, AreaWork.builder()
            .addPartners(CollaborationPartner.SOCIAL_SERVICES, CollaborationPartner.POLICE,
                CollaborationPartner.WOMENS_SHELTERS).build())
            .addInstrument(AssessmentInstrument.FREDA_DANGER_ASSESSMENT)
            .addMethod(KnownMethod.TRAPPAN).addPartners(CollaborationPartner.MUNICIPALITIES,
                CollaborationPartner.SOCIAL_SERVICES, CollaborationPartner.POLICE,
                CollaborationPartner.WOMENS_SHELTERS)
            .used(Amount.ofKronor(19_000_000))
            .addReasonsForUnusedFunds(UnusedFundsReason.WORKLOAD).build(),
        // B: two of the three, an instrument that is not FREDA.
        report(B, 20_000_000).addArea(collaboration).putWork(collaboration, AreaWork.builder()
            .addPartners(CollaborationPartner.SOCIAL_SERVICES, CollaborationPartner.POLICE)
            .addVulnerableGroups(VulnerableGroup.YOUNG_WOMEN).build())
            .addInstrument(AssessmentInstrument.SARA).addVulnerableGroup(VulnerableGroup.YOUNG_WOMEN)
            .addPartners(CollaborationPartner.SOCIAL_SERVICES, CollaborationPartner.POLICE)
            .used(Amount.ofKronor(19_000_000))
            .build(),
        // C: no activity, so not analysed, used nothing and said why: explaining counts every
        // report received, not only those analysed.
        report(C, 10_000_000).used(Amount.zero()).hadActivity(false)
            .addReasonsForUnusedFunds(UnusedFundsReason.SICK_LEAVE).build());
    CategoryStatistics m = RoundStatistics.of(FollowUp.of(allocation(), reports, LocalDate.of(2017, 9, 30))).of(RecipientCategory.MUNICIPALITY);
    assertThat(m.work().combinations()).isEqualTo(Map.of(
        TermCombination.ANY_METHOD, 1,
        TermCombination.ANY_INSTRUMENT_OR_METHOD, 2,
        TermCombination.FREDA, 1,
        TermCombination.ANY_VULNERABLE_GROUP, 1,
        TermCombination.ANY_PARTNER, 2,
        TermCombination.OTHER_ACTORS, 2,
        TermCombination.SOCIAL_SERVICES_POLICE_AND_SHELTERS, 1));
    assertThat(m.work().byArea().get(collaboration).combinations()).isEqualTo(Map.of(
        TermCombination.ANY_PARTNER, 2,
        TermCombination.OTHER_ACTORS, 2,
        TermCombination.ANY_VULNERABLE_GROUP, 1,
        TermCombination.SOCIAL_SERVICES_POLICE_AND_SHELTERS, 1));
    // Three did not use all; two said why, one of them in a report that is not analysed.
    assertThat(m.utilisation().notAllUsed()).isEqualTo(3);
    assertThat(m.reporting().reportsAnalysed()).isEqualTo(2);
    assertThat(m.utilisation().explainingUnusedFunds()).hasValue(2);
  }

  @Test
  void eachCombinationSaysWhatItCounts() {
    java.util.Set<AssessmentInstrument> none = java.util.Set.of();
    java.util.Set<KnownMethod> noMethod = java.util.Set.of();
    java.util.Set<VulnerableGroup> noGroup = java.util.Set.of();
    java.util.Set<CollaborationPartner> municipalities =
        java.util.Set.of(CollaborationPartner.MUNICIPALITIES);
    assertThat(TermCombination.OTHER_ACTORS.matches(none, noMethod, noGroup, java.util.Set.of(
        CollaborationPartner.MUNICIPALITIES, CollaborationPartner.SOCIAL_SERVICES,
        CollaborationPartner.NON_PROFIT_ORGANISATIONS, CollaborationPartner.WOMENS_SHELTERS)))
        .isFalse();
    assertThat(TermCombination.OTHER_ACTORS.matches(none, noMethod, noGroup,
        java.util.Set.of(CollaborationPartner.BARNAHUS))).isTrue();
    assertThat(TermCombination.ANY_INSTRUMENT_OR_METHOD.matches(none,
        java.util.Set.of(KnownMethod.TRAPPAN), noGroup, municipalities)).isTrue();
    assertThat(TermCombination.ANY_METHOD.matches(java.util.Set.of(AssessmentInstrument.SARA),
        noMethod, noGroup, municipalities)).isFalse();
    assertThat(TermCombination.ANY_PARTNER.matches(none, noMethod, noGroup, municipalities))
        .isTrue();
    assertThat(TermCombination.FREDA.matches(java.util.Set.of(AssessmentInstrument.PATRIARK),
        noMethod, noGroup, municipalities)).isFalse();
    assertThat(TermCombination.SOCIAL_SERVICES_POLICE_AND_SHELTERS.matches(none, noMethod, noGroup,
        java.util.Set.of(CollaborationPartner.POLICE, CollaborationPartner.WOMENS_SHELTERS)))
        .isFalse();
    for (TermCombination combination : TermCombination.values()) {
      assertThat(combination.matches(none, noMethod, noGroup, java.util.Set.of()))
          .as("%s of nothing", combination).isFalse();
      assertThat(combination.label()).isNotBlank();
    }
  }

  @Test
  void onlyCategoriesWithAnAllocatedPotAreReported() {
    RoundStatistics statistics = RoundStatistics.of(FollowUp.of(allocation(), List.of(), LocalDate.of(2017, 9, 30)));
    assertThat(statistics.categories()).containsOnlyKeys(RecipientCategory.MUNICIPALITY);
    FollowUp followUp = FollowUp.of(allocation(), List.of(), LocalDate.of(2017, 9, 30));
    assertThat(followUp).hasToString("FollowUp 2016 as of 2017-09-30: 3 grants, 0 claims");
  }

  @Test
  void aCountyBoardReportNamesNoAreas() {
    CountyAdministrativeBoard board = ReferenceData.countyAdministrativeBoard("01");
    assertThatIllegalArgumentException().isThrownBy(() -> FollowUpReport.builder().recipient(board)
            .potId(PotId.STIMULUS_FUNDS).granted(Amount.ofKronor(1)).used(Amount.ofKronor(1))
            .submitted(DAY).addArea(MunicipalActivityArea.TRAINING).build())
        .withMessageContaining("area 'Deltagande i utbildningsaktiviteter' is not an area of a");
    assertThat(Application.builder().applicant(board).amount(Amount.ofKronor(1)).date(DAY).build()
        .developmentAreas()).isEmpty();
  }

  @Test
  void aNullReportIsNamed() {
    List<FollowUpReport> reports = new ArrayList<>();
    reports.add(null);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FollowUp.of(allocation(), reports, LocalDate.of(2017, 9, 30)))
        .withMessage("FollowUp 'reports' must not contain null");
  }
}
