package se.utvecklingsmedel.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.ApplicationRules;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.NationalCentre;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * What an auditor checks first: no claim on money that is not a grant, no report dated outside the
 * round, no follow-up before the round began (issue 10).
 */
class AuditorTest {

  private static final NationalCentre NCK = ReferenceData.nationalCentre();

  /** The 2016 round with a report deadline, so missing reports can be claimed. */
  private static final GrantRound ROUND = GrantRound.builder().from(RoundCatalogue.round2016())
      .reportDeadline(LocalDate.of(2017, 3, 31)).build();

  /** NCK: 200 000 kr of stimulus funds applied for and granted, and its 0,5 MSEK for the mission. */
  private static RoundAllocation allocation() {
    return RoundAllocation.builder(ROUND)
        .applications(PotId.STIMULUS_FUNDS, List.of(Application.builder().applicant(NCK)
            .amount(Amount.ofKronor(200_000)).date(LocalDate.of(2016, 3, 1)).build()))
        .assignments(PotId.ADMINISTRATION_NCK, DistributionKey.byAmounts("Regeringsbeslut II:3",
            Map.of(NCK, Amount.ofKronor(500_000))))
        .buildPartial();
  }

  @Test
  void administrationMoneyIsNeverClaimedSettledOrCountedAsMissing() {
    FollowUp followUp = FollowUp.of(allocation(), List.of(), LocalDate.of(2017, 9, 30));
    // The stimulus grant has no report after the deadline: it is reclaimed. The 500 000 kr for the
    // mission is not a grant: no settlement, no claim.
    assertThat(followUp.settlements()).extracting(s -> s.grant().potId())
        .containsExactly(PotId.STIMULUS_FUNDS);
    assertThat(followUp.claims()).singleElement().satisfies(claim -> {
      assertThat(claim.potId()).isEqualTo(PotId.STIMULUS_FUNDS);
      assertThat(claim.amount()).isEqualTo(Amount.ofKronor(200_000));
    });
    RecipientGrant assigned = allocation().pot(PotId.ADMINISTRATION_NCK).grantOf(NCK);
    assertThat(assigned.decision().label()).isEqualTo("Tilldelad för uppdraget");
    CategoryStatistics nck = RoundStatistics.of(followUp).of(RecipientCategory.NATIONAL_CENTRE);
    assertThat(nck.funds().applying()).isEqualTo(1);
    assertThat(nck.funds().granted()).isEqualTo(1);
    assertThat(nck.funds().grantedAmount()).isEqualTo(Amount.ofKronor(200_000));
    assertThat(nck.reporting().reportsMissing()).isEqualTo(1);
    assertThat(nck.funds().assigned()).isEqualTo(1);
    assertThat(nck.funds().assignedAmount()).isEqualTo(Amount.ofKronor(500_000));
  }

  @Test
  void beforeTheReportDeadlineNothingIsMissing() {
    CategoryStatistics nck = RoundStatistics.of(FollowUp.of(allocation(), List.of(), LocalDate.of(2017, 3, 1))).of(RecipientCategory.NATIONAL_CENTRE);
    assertThat(nck.reporting().reportsMissing()).isZero();
    assertThat(nck.reporting().reportsNotYetDue()).isEqualTo(1);
  }

  @Test
  void aReportOnAdministrationMoneyIsRejected() {
    FollowUpReport report = FollowUpReport.builder().recipient(NCK).potId(PotId.ADMINISTRATION_NCK)
        .granted(Amount.ofKronor(500_000)).used(Amount.ofKronor(500_000))
        .submitted(LocalDate.of(2017, 2, 1)).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FollowUp.of(allocation(), List.of(report), LocalDate.of(2017, 9, 30)))
        .withMessage("FollowUpReport of NCK Nationellt centrum för kvinnofrid: pot administration-nck "
            + "is administration money assigned for a mission, which is not reported on (the 2016 account)");
  }

  private static FollowUpReport stimulusReport(LocalDate submitted) {
    return FollowUpReport.builder().recipient(NCK).potId(PotId.STIMULUS_FUNDS)
        .granted(Amount.ofKronor(200_000)).used(Amount.ofKronor(200_000)).submitted(submitted)
        .build();
  }

  @Test
  void reportsDatedOutsideTheFollowUpAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> FollowUp.of(allocation(),
            List.of(stimulusReport(LocalDate.of(2015, 12, 1))), LocalDate.of(2017, 9, 30)))
        .withMessage("FollowUpReport of NCK Nationellt centrum för kvinnofrid: 'submitted' "
            + "2015-12-01 is before the use period begins 2016-01-01");
    assertThatIllegalArgumentException().isThrownBy(() -> FollowUp.of(allocation(),
            List.of(stimulusReport(LocalDate.of(2017, 10, 2))), LocalDate.of(2017, 9, 30)))
        .withMessage("FollowUpReport of NCK Nationellt centrum för kvinnofrid: 'submitted' "
            + "2017-10-02 is after the follow-up day 2017-09-30");
    assertThat(FollowUp.of(allocation(), List.of(stimulusReport(LocalDate.of(2017, 9, 30))),
        LocalDate.of(2017, 9, 30)).claims()).isEmpty();
  }

  /**
   * A report states what was used by the end of the use period: one dated within it would have
   * the rest repaid while it may still be used (found by a new user: a report of 1 June claimed a
   * repayment "when the time to use the funds ran out").
   */
  @Test
  void aReportDatedWithinTheUsePeriodIsRejected() {
    for (LocalDate day : List.of(LocalDate.of(2016, 6, 1), LocalDate.of(2016, 12, 31))) {
      assertThatIllegalArgumentException().isThrownBy(() -> FollowUp.of(allocation(),
              List.of(stimulusReport(day)), LocalDate.of(2017, 9, 30)))
          .withMessage("FollowUpReport of NCK Nationellt centrum för kvinnofrid: 'submitted' "
              + day + " is not after the use period, which ends 2016-12-31: a report states what "
              + "was used by then")
          .satisfies(e -> assertThat(((RuleViolation) e).path())
              .isEqualTo("reports[0].submitted"));
    }
    assertThat(FollowUp.of(allocation(), List.of(stimulusReport(LocalDate.of(2017, 1, 1))),
        LocalDate.of(2017, 9, 30)).claims()).isEmpty();
  }

  @Test
  void aReportDatedBeforeTheDecisionOnItsGrantIsRejected() {
    RoundAllocation decided = RoundAllocation.builder(ROUND)
        .applications(PotId.STIMULUS_FUNDS, List.of(Application.builder().applicant(NCK)
            .amount(Amount.ofKronor(200_000)).date(LocalDate.of(2016, 3, 1)).build()),
            ApplicationRules.defaults().withDecided(LocalDate.of(2016, 4, 15)))
        .buildPartial();
    // A decision falls within the use period, and a report comes after it.
    assertThatIllegalArgumentException().isThrownBy(() -> FollowUp.of(decided,
            List.of(stimulusReport(LocalDate.of(2016, 4, 14))), LocalDate.of(2017, 9, 30)))
        .withMessage("FollowUpReport of NCK Nationellt centrum för kvinnofrid: 'submitted' "
            + "2016-04-14 is not after the use period, which ends 2016-12-31: a report states "
            + "what was used by then")
        .satisfies(e -> assertThat(((RuleViolation) e).path()).isEqualTo("reports[0].submitted"));
    assertThat(FollowUp.of(decided, List.of(stimulusReport(LocalDate.of(2017, 1, 1))),
        LocalDate.of(2017, 9, 30)).settlements()).singleElement()
        .satisfies(s -> assertThat(s.claims()).isEmpty());
  }

  /**
   * A decision after the use period: a requisition deadline of New Year's Eve moves into January,
   * and a requisition granted on the moved day is decided then. A report after the use period but
   * before that decision is refused (found by a review: the rule for reports within the use period
   * does not cover it).
   */
  @Test
  void aReportDatedBeforeADecisionAfterTheUsePeriodIsRejected() {
    var malmo = ReferenceData.municipality("1280");
    GrantRound round = GrantRound.builder().from(ROUND)
        .requisitionDeadline(LocalDate.of(2016, 12, 31)).build();
    RoundAllocation late = RoundAllocation.builder(round).requisitions(PotId.MUNICIPALITIES,
            DistributionKey.byWeights("bilaga 2", Weights.<Recipient>builder().put(malmo, 1)
                .build()),
            List.of(Requisition.builder().recipient(malmo).amount(Amount.ofKronor(1_000))
                .date(LocalDate.of(2017, 1, 2)).build()))
        .buildPartial();
    RecipientGrant grant = late.pot(PotId.MUNICIPALITIES).grantOf(malmo);
    Function<LocalDate, FollowUpReport> report = day -> FollowUpReport.builder().recipient(malmo)
        .potId(PotId.MUNICIPALITIES).granted(grant.granted()).used(grant.granted()).submitted(day)
        .build();
    assertThatIllegalArgumentException().isThrownBy(() -> FollowUp.of(late,
            List.of(report.apply(LocalDate.of(2017, 1, 1))), LocalDate.of(2017, 9, 30)))
        .withMessage("FollowUpReport of 1280 Malmö: 'submitted' 2017-01-01 is before 2017-01-02, "
            + "when pot municipalities decided the grant of 1000.00 kr it reports on")
        .satisfies(e -> assertThat(((RuleViolation) e).path()).isEqualTo("reports[0].submitted"));
    assertThat(FollowUp.of(late, List.of(report.apply(LocalDate.of(2017, 1, 2))),
        LocalDate.of(2017, 9, 30)).claims()).isEmpty();
  }

  /** A share of unclaimed funds is decided later: a report before that decision is refused. */
  @Test
  void aReportDatedBeforeTheRedistributionItReportsOnIsRejected() {
    var stockholm = ReferenceData.municipality("0180");
    var kiruna = ReferenceData.municipality("2584");
    RoundAllocation shared = RoundAllocation.builder(ROUND).requisitions(PotId.MUNICIPALITIES,
            DistributionKey.byWeights("bilaga 2", Weights.<Recipient>builder().put(stockholm, 900)
                .put(kiruna, 100).build()),
            List.of(Requisition.builder().recipient(stockholm)
                    .amount(Amount.ofKronor(45_000_000)).date(LocalDate.of(2016, 3, 1))
                    .wantsUnclaimedFunds(true).build(),
                Requisition.builder().recipient(kiruna)
                    .amount(Amount.ofKronor(1_000_000)).date(LocalDate.of(2016, 3, 1)).build()),
            RequisitionRules.defaults()
                .withRedistributionDecided(LocalDate.of(2016, 9, 15)))
        .buildPartial();
    RecipientGrant grant = shared.pot(PotId.MUNICIPALITIES).grantOf(stockholm);
    assertThat(grant.granted()).isEqualTo(Amount.ofKronor(49_000_000));
    Function<LocalDate, FollowUpReport> report = day -> FollowUpReport
        .builder().recipient(stockholm).potId(PotId.MUNICIPALITIES).granted(grant.granted())
        .used(grant.granted()).submitted(day).build();
    // After the requisition it was granted on, but before the share it also reports on: within
    // the use period, as every decision is.
    assertThatIllegalArgumentException().isThrownBy(() -> FollowUp.of(shared,
            List.of(report.apply(LocalDate.of(2016, 9, 14))), LocalDate.of(2017, 9, 30)))
        .withMessage("FollowUpReport of 0180 Stockholm: 'submitted' 2016-09-14 is not after the "
            + "use period, which ends 2016-12-31: a report states what was used by then");
    assertThat(FollowUp.of(shared, List.of(report.apply(LocalDate.of(2017, 1, 1))),
        LocalDate.of(2017, 9, 30)).settlementOf(stockholm, PotId.MUNICIPALITIES).claims()).isEmpty();
  }

  @Test
  void aFollowUpBeforeTheRoundBeganIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FollowUp.of(allocation(), List.of(), LocalDate.of(2015, 9, 30)))
        .withMessage("FollowUp of 2016: 'asOf' 2015-09-30 is before the round's use period begins "
            + "2016-01-01");
  }
}
