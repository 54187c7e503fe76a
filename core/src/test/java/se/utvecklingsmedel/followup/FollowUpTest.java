package se.utvecklingsmedel.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.deadline.Deadline;
import se.utvecklingsmedel.decision.ClaimReason;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.DistributionMethod;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.statistics.Share;
import se.utvecklingsmedel.statistics.TermCounts;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.UnusedFundsReason;

/**
 * A small round followed up by hand: seven municipalities, six granted; reports in time, on the moved
 * deadline, late, incomplete, without activity and missing.
 */
class FollowUpTest {

  private static final Municipality M1 = ReferenceData.municipality("0114");
  private static final Municipality M2 = ReferenceData.municipality("0115");
  private static final Municipality M3 = ReferenceData.municipality("0117");
  private static final Municipality M4 = ReferenceData.municipality("0120");
  private static final Municipality M5 = ReferenceData.municipality("0123");
  private static final Municipality M6 = ReferenceData.municipality("0125");
  private static final Municipality M7 = ReferenceData.municipality("0126");

  /** The report deadline 2019-03-31 is a Sunday: it moves to Monday 2019-04-01. */
  private static GrantRound round(Optional<Amount> minimumClaim) {
    return GrantRound.builder().year(2018).legalBasis("Regeringsbeslut (exempel)")
        .reportDeadline(LocalDate.of(2019, 3, 31)).repaymentDeadline(LocalDate.of(2019, 4, 30))
        .minimumClaim(minimumClaim)
        .addPot(Pot.builder().id(PotId.MUNICIPALITIES).label("Kommuner")
            .addCategory(RecipientCategory.MUNICIPALITY).budget(Amount.ofKronor(100_000))
            .method(DistributionMethod.REQUISITION).build())
        .build();
  }

  /** Keyed 20, 20, 20, 20, 10, 5, 5 thousand; M5 does not requisition, M1 takes its 10 000. */
  private static RoundAllocation allocation(GrantRound round) {
    DistributionKey key = DistributionKey.byWeights("exempel", Weights.<Recipient>builder()
        .put(M1, 20).put(M2, 20).put(M3, 20).put(M4, 20).put(M5, 10).put(M6, 5).put(M7, 5).build());
    LocalDate day = LocalDate.of(2018, 2, 1);
    List<Requisition> requisitions = List.of(
        Requisition.builder().recipient(M1).amount(Amount.ofKronor(20_000)).date(day)
            .wantsUnclaimedFunds(true).build(),
        Requisition.builder().recipient(M2).amount(Amount.ofKronor(20_000)).date(day).build(),
        Requisition.builder().recipient(M3).amount(Amount.ofKronor(20_000)).date(day).build(),
        Requisition.builder().recipient(M4).amount(Amount.ofKronor(20_000)).date(day).build(),
        Requisition.builder().recipient(M6).amount(Amount.ofKronor(5_000)).date(day).build(),
        Requisition.builder().recipient(M7).amount(Amount.ofKronor(5_000)).date(day).build());
    return RoundAllocation.builder(round).requisitions(PotId.MUNICIPALITIES, key, requisitions).build();
  }

  private static FollowUpReport.Builder report(Recipient recipient, long granted, long used,
      LocalDate submitted) {
    return FollowUpReport.builder().recipient(recipient).potId(PotId.MUNICIPALITIES)
        .granted(Amount.ofKronor(granted)).used(Amount.ofKronor(used)).submitted(submitted);
  }

  private static final List<FollowUpReport> REPORTS = List.of(
      report(M1, 30_000, 30_000, LocalDate.of(2019, 3, 15))
          .addAreas(MunicipalActivityArea.COLLABORATION, MunicipalActivityArea.TRAINING)
          .addInstruments(AssessmentInstrument.FREDA_SHORT_QUESTIONS, AssessmentInstrument.SARA)
          .addMethod(KnownMethod.MOTIVATIONAL_INTERVIEWING)
          .addPartner(CollaborationPartner.POLICE)
          .coordinatingFunctionFinanced(true)
          .putOutcome(MunicipalActivityArea.COLLABORATION, Outcome.FULLY)
          .build(),
      report(M2, 20_000, 15_000, LocalDate.of(2019, 4, 1))
          .addArea(MunicipalActivityArea.COLLABORATION)
          .addInstrument(AssessmentInstrument.FREDA_SHORT_QUESTIONS)
          .addReasonsForUnusedFunds(UnusedFundsReason.LATE_REQUISITION)
          .putOutcome(MunicipalActivityArea.COLLABORATION, Outcome.PARTLY)
          .build(),
      report(M3, 20_000, 0, LocalDate.of(2019, 3, 20)).hadActivity(false).build(),
      report(M4, 20_000, 12_000, LocalDate.of(2019, 3, 10)).complete(false)
          .addArea(MunicipalActivityArea.PROTECTED_HOUSING).build(),
      report(M6, 5_000, 5_000, LocalDate.of(2019, 4, 2))
          .addArea(MunicipalActivityArea.PROTECTED_HOUSING).build());

  private static final LocalDate AFTER = LocalDate.of(2019, 6, 1);

  @Test
  void settlesEveryGrant() {
    FollowUp followUp = FollowUp.of(allocation(round(Optional.empty())), REPORTS, AFTER);

    assertThat(followUp.settlements()).hasSize(6);
    assertThat(followUp.settlementOf(M1, PotId.MUNICIPALITIES).status()).isEqualTo(SettlementStatus.SETTLED);
    Settlement m2 = followUp.settlementOf(M2, PotId.MUNICIPALITIES);
    assertThat(m2.timing()).isEqualTo(ReportTiming.IN_TIME);   // on the moved deadline
    assertThat(m2.status()).isEqualTo(SettlementStatus.REPAYMENT_DUE);
    assertThat(m2.claims()).containsExactly(new Claim(M2, PotId.MUNICIPALITIES, ClaimKind.REPAYMENT,
        Amount.ofKronor(5_000), Optional.of(LocalDate.of(2019, 4, 30)),
        new ClaimReason.Repayment(Amount.ofKronor(5_000), Amount.ofKronor(20_000))));
    assertThat(followUp.settlementOf(M3, PotId.MUNICIPALITIES).claimed()).isEqualTo(Amount.ofKronor(20_000));
    Settlement m4 = followUp.settlementOf(M4, PotId.MUNICIPALITIES);
    assertThat(m4.status()).isEqualTo(SettlementStatus.RECOVERY_CLAIMED);
    assertThat(m4.claims()).extracting(Claim::kind, Claim::amount).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ClaimKind.REPAYMENT, Amount.ofKronor(8_000)),
        org.assertj.core.groups.Tuple.tuple(ClaimKind.RECOVERY, Amount.ofKronor(12_000)));
    assertThat(m4.claims().get(1).reason()).isEqualTo(new ClaimReason.RecoveryIncompleteReport(
        new Deadline(LocalDate.of(2019, 3, 31), LocalDate.of(2019, 4, 1)), Amount.ofKronor(12_000)));
    assertThat(m4.claims().get(1).reason().text(Language.ENGLISH)).isEqualTo("Recovery (återkrav): "
        + "the report is still incomplete after the deadline 2019-03-31 (moved to 2019-04-01 by "
        + "lagen (1930:173)), so the 12000.00 kr it says was used is not accounted for.");
    assertThat(m4.claims().get(1).reason().text(Language.SWEDISH)).isEqualTo("Återkrav: "
        + "återrapporteringen var inte fullständig efter sista dag för återrapportering den 31 "
        + "mars 2019 (eftersom den dagen inte var en vardag gällde enligt lagen (1930:173) om "
        + "beräkning av lagstadgad tid i stället den 1 april 2019). De 12 000,00 kr som enligt "
        + "den har förbrukats är därför inte redovisade och återkrävs.");
    Settlement m6 = followUp.settlementOf(M6, PotId.MUNICIPALITIES);
    assertThat(m6.timing()).isEqualTo(ReportTiming.LATE);
    assertThat(m6.status()).isEqualTo(SettlementStatus.SETTLED);
    Settlement m7 = followUp.settlementOf(M7, PotId.MUNICIPALITIES);
    assertThat(m7.report()).isEmpty();
    assertThat(m7.status()).isEqualTo(SettlementStatus.RECOVERY_CLAIMED);
    assertThat(m7.claimed()).isEqualTo(Amount.ofKronor(5_000));
    assertThat(followUp.claims()).hasSize(5);
    assertThatIllegalArgumentException().isThrownBy(() -> followUp.settlementOf(M5, PotId.MUNICIPALITIES))
        .withMessage("FollowUp: " + M5 + " has no grant in pot municipalities");
  }

  @Test
  void beforeTheDeadlineNothingIsMissingYet() {
    LocalDate day = LocalDate.of(2019, 4, 1);
    // On the follow-up day only the reports submitted by then are in; M6's late one is not yet.
    List<FollowUpReport> received = REPORTS.stream().filter(r -> !r.submitted().isAfter(day)).toList();
    FollowUp early = FollowUp.of(allocation(round(Optional.empty())), received, day);
    CategoryStatistics statistics = RoundStatistics.of(early).of(RecipientCategory.MUNICIPALITY);
    assertThat(statistics.reporting().reportsMissing()).isZero();
    assertThat(statistics.reporting().reportsNotYetDue()).isEqualTo(2);
    assertThat(early.settlementOf(M7, PotId.MUNICIPALITIES).status()).isEqualTo(SettlementStatus.GRANTED);
    assertThat(early.settlementOf(M4, PotId.MUNICIPALITIES).status()).isEqualTo(SettlementStatus.REPORTED);
    assertThat(early.settlementOf(M4, PotId.MUNICIPALITIES).claims()).isEmpty();
  }

  @Test
  void aMinimumClaimStopsSmallClaims() {
    FollowUp followUp = FollowUp.of(allocation(round(Optional.of(Amount.ofKronor(10_000)))), REPORTS,
        AFTER);
    assertThat(followUp.settlementOf(M2, PotId.MUNICIPALITIES).status()).isEqualTo(SettlementStatus.SETTLED);
    assertThat(followUp.settlementOf(M3, PotId.MUNICIPALITIES).claimed()).isEqualTo(Amount.ofKronor(20_000));
    assertThat(followUp.settlementOf(M4, PotId.MUNICIPALITIES).claims()).extracting(Claim::kind)
        .containsExactly(ClaimKind.RECOVERY);
  }

  @Test
  void statisticsAsTheAnnualReportCountsThem() {
    CategoryStatistics municipalities = RoundStatistics.of(FollowUp.of(allocation(round(Optional.empty())), REPORTS, AFTER)).of(RecipientCategory.MUNICIPALITY);

    assertThat(municipalities.funds().requisitioning()).isEqualTo(6);
    assertThat(municipalities.funds().granted()).isEqualTo(6);
    assertThat(municipalities.funds().requisitionedAmount()).isEqualTo(Amount.ofKronor(90_000));
    assertThat(municipalities.funds().redistributedAmount()).isEqualTo(Amount.ofKronor(10_000));
    assertThat(municipalities.funds().grantedAmount()).isEqualTo(Amount.ofKronor(100_000));
    assertThat(municipalities.utilisation().usedAmount()).isEqualTo(Amount.ofKronor(62_000));
    assertThat(municipalities.utilisation().unusedAmount()).isEqualTo(Amount.ofKronor(33_000));
    assertThat(municipalities.utilisation().usedNothing()).isEqualTo(1);
    assertThat(municipalities.utilisation().notAllUsed()).isEqualTo(3);
    // 62 000 used of 95 000 granted to those that reported: 65.26… %.
    Share share = municipalities.utilisation().shareUsed().orElseThrow();
    assertThat(share).isEqualTo(Share.of(62, 95));
    assertThat(share.percent(0, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("65"));
    assertThat(share.percent(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("65.26"));
    assertThat(municipalities.reporting().reportsInTime()).isEqualTo(4);
    assertThat(municipalities.reporting().reportsLate()).isEqualTo(1);
    assertThat(municipalities.reporting().reportsMissing()).isEqualTo(1);
    assertThat(municipalities.reporting().reportsWithoutActivity()).isEqualTo(1);
    assertThat(municipalities.reporting().reportsAnalysed()).isEqualTo(2);
    assertThat(municipalities.work().areas()).containsExactly(
        Map.entry(MunicipalActivityArea.COLLABORATION, 2), Map.entry(MunicipalActivityArea.TRAINING, 1));
    assertThat(municipalities.work().instruments()).containsExactly(
        Map.entry(AssessmentInstrument.FREDA_SHORT_QUESTIONS, 2), Map.entry(AssessmentInstrument.SARA, 1));
    assertThat(municipalities.work().usingRiskAssessment()).isEqualTo(1);
    assertThat(municipalities.work().methods()).containsExactly(Map.entry(KnownMethod.MOTIVATIONAL_INTERVIEWING, 1));
    assertThat(municipalities.work().partners()).containsExactly(Map.entry(CollaborationPartner.POLICE, 1));
    assertThat(municipalities.work().coordinatingFunctions()).isEqualTo(1);
    assertThat(municipalities.utilisation().reasonsForUnusedFunds())
        .containsExactly(Map.entry(UnusedFundsReason.LATE_REQUISITION, 1));
    assertThat(municipalities.work().outcomes()).containsExactly(Map.entry(MunicipalActivityArea.COLLABORATION,
        TermCounts.copyOf(com.google.common.collect.ImmutableMap.of(Outcome.FULLY, 1,
            Outcome.PARTLY, 1))));
  }

  @Test
  void rejectsReportsThatMatchNoGrant() {
    RoundAllocation allocation = allocation(round(Optional.empty()));
    LocalDate day = LocalDate.of(2019, 3, 1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FollowUp.of(allocation, List.of(report(M5, 10_000, 0, day).build()), AFTER))
        .withMessage("FollowUpReport of " + M5 + ": it has no grant in pot municipalities");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FollowUp.of(allocation, List.of(report(M2, 19_000, 0, day).build()), AFTER))
        .withMessage("FollowUpReport of " + M2 + ": it states 19000.00 kr granted, but pot "
            + "municipalities granted 20000.00 kr");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FollowUp.of(allocation, List.of(report(M2, 20_000, 0, day).build(),
            report(M2, 20_000, 1, day).build()), AFTER))
        .withMessage("FollowUpReport of " + M2 + ": pot municipalities has two reports from it");
    FollowUpReport wrongPot = report(M2, 20_000, 0, day).potId(PotId.REGIONS).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FollowUp.of(allocation, List.of(wrongPot), AFTER))
        .withMessage("FollowUpReport of " + M2 + ": pot regions was not allocated");
  }

  /** A follow-up is a value (issue 18). */
  @Test
  void followUpsHaveValueEquality() {
    FollowUp one = FollowUp.of(allocation(round(Optional.empty())), REPORTS, AFTER);
    com.google.common.testing.EqualsTester tester = new com.google.common.testing.EqualsTester()
        .addEqualityGroup(one, FollowUp.of(allocation(round(Optional.empty())), REPORTS, AFTER))
        .addEqualityGroup(FollowUp.of(allocation(round(Optional.empty())), REPORTS,
            AFTER.plusDays(1)))
        .addEqualityGroup(FollowUp.of(allocation(round(Optional.empty())), REPORTS.subList(0, 1),
            AFTER));
    tester.testEquals();
  }

  /** Claims and settlements say what they are (issue 18). */
  @Test
  void claimsAndSettlementsPrintWhatTheyAre() {
    FollowUp followUp = FollowUp.of(allocation(round(Optional.empty())), REPORTS, AFTER);
    Claim claim = followUp.claims().get(0);
    assertThat(claim.toString()).startsWith(claim.kind().label() + " of " + claim.amount() + " kr from "
        + claim.recipient() + " (" + claim.potId() + ")").endsWith(": " + claim.reason().text(Language.ENGLISH));
    Settlement settlement = followUp.settlements().get(0);
    assertThat(settlement).hasToString("Settlement of " + settlement.grant().recipient() + " in "
        + settlement.grant().potId() + ": " + settlement.status().label() + ", report "
        + settlement.timing().label() + ", claimed " + settlement.claimed() + " kr");
  }

  @Test
  void aClaimAsksForNoMoreThanItsReasonGives() {
    Deadline deadline = new Deadline(LocalDate.of(2017, 3, 31), LocalDate.of(2017, 3, 31));
    assertThatIllegalArgumentException().isThrownBy(() -> new Claim(M2, PotId.MUNICIPALITIES,
            ClaimKind.REPAYMENT, Amount.ofKronor(999_999_999), Optional.empty(),
            new ClaimReason.Repayment(Amount.ofKronor(1), Amount.ofKronor(2))))
        .withMessageStartingWith("Claim on 0115 Vallentuna: 'amount' 999999999.00 kr is more than "
            + "its reason gives, 1.00 kr (");
    assertThatIllegalArgumentException().isThrownBy(() -> new Claim(M2, PotId.MUNICIPALITIES,
            ClaimKind.RECOVERY, Amount.ofKronor(11), Optional.empty(),
            new ClaimReason.RecoveryIncompleteReport(deadline, Amount.ofKronor(10))))
        .withMessageContaining("'amount' 11.00 kr is more than its reason gives, 10.00 kr");
    assertThatIllegalArgumentException().isThrownBy(() -> new Claim(M2, PotId.MUNICIPALITIES,
            ClaimKind.RECOVERY, Amount.ofOre(1_001), Optional.empty(),
            new ClaimReason.RecoveryOutsidePurpose(Amount.ofKronor(10))))
        .withMessageContaining("'amount' 10.01 kr is more than its reason gives, 10.00 kr");
    // At the limit, and below it (a recovery for use outside the purpose is capped by the use of
    // the grant); a claim for a missing report is the whole grant, which its reason does not state.
    assertThat(new Claim(M2, PotId.MUNICIPALITIES, ClaimKind.REPAYMENT, Amount.ofKronor(1),
        Optional.empty(), new ClaimReason.Repayment(Amount.ofKronor(1), Amount.ofKronor(2)))
        .amount()).isEqualTo(Amount.ofKronor(1));
    assertThat(new Claim(M2, PotId.MUNICIPALITIES, ClaimKind.RECOVERY, Amount.ofKronor(5),
        Optional.empty(), new ClaimReason.RecoveryOutsidePurpose(Amount.ofKronor(10))).amount())
        .isEqualTo(Amount.ofKronor(5));
    assertThat(new ClaimReason.RecoveryWithoutReport(deadline).limit()).isEmpty();
    assertThat(new Claim(M2, PotId.MUNICIPALITIES, ClaimKind.RECOVERY, Amount.ofKronor(20_000),
        Optional.empty(), new ClaimReason.RecoveryWithoutReport(deadline)).amount())
        .isEqualTo(Amount.ofKronor(20_000));
  }
}
