package se.utvecklingsmedel.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.DistributionMethod;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;

class FollowUpProperties {

  private static final LocalDate REPORT_DEADLINE = LocalDate.of(2019, 3, 31);

  /** How one granted municipality reports: or does not (reported == false). */
  record Reporting(boolean reported, int usedPermille, int dayOffset, boolean complete,
      boolean activity, Set<MunicipalActivityArea> areas, Set<AssessmentInstrument> instruments,
      int outsidePermille) {
  }

  /** A generated round: keyed weights, each municipality's reporting, the day, a minimum claim. */
  record Case(List<Long> weights, List<Reporting> reporting, int asOfOffset, long minimumClaimOre) {

    RoundAllocation allocation() {
      GrantRound round = GrantRound.builder().year(2018).legalBasis("Generated")
          .reportDeadline(REPORT_DEADLINE).repaymentDeadline(LocalDate.of(2019, 4, 30))
          .minimumClaim(minimumClaimOre == 0 ? Optional.empty() : Optional.of(Amount.ofOre(minimumClaimOre)))
          .addPot(Pot.builder().id(PotId.MUNICIPALITIES).label("Kommuner")
              .addCategory(RecipientCategory.MUNICIPALITY).budget(Amount.ofKronor(1_000_000))
              .method(DistributionMethod.REQUISITION).build())
          .build();
      Weights.Builder<Recipient> key = Weights.builder();
      for (int i = 0; i < weights.size(); i++) {
        key.put(ReferenceData.municipalities().get(i), weights.get(i));
      }
      DistributionKey distributionKey = DistributionKey.byWeights("Generated", key.build());
      List<Requisition> requisitions = new ArrayList<>();
      distributionKey.keyedAmounts(round.pot(PotId.MUNICIPALITIES)).forEach((r, amount) -> {
        if (amount.signum() > 0) {
          requisitions.add(Requisition.builder().recipient(r).amount(amount)
              .date(LocalDate.of(2018, 2, 1)).build());
        }
      });
      return RoundAllocation.builder(round)
          .requisitions(PotId.MUNICIPALITIES, distributionKey, requisitions).build();
    }

    List<FollowUpReport> reports(RoundAllocation allocation) {
      List<FollowUpReport> reports = new ArrayList<>();
      PotAllocation pot = allocation.pot(PotId.MUNICIPALITIES);
      int i = 0;
      for (RecipientGrant grant : pot.grants().values()) {
        Reporting r = reporting.get(i++ % reporting.size());
        if (grant.granted().signum() == 0 || !r.reported()) {
          continue;
        }
        // A report without activity has used nothing; none is submitted after the follow-up day.
        long used = r.activity() ? grant.granted().toOre() * r.usedPermille() / 1000 : 0;
        LocalDate submitted = REPORT_DEADLINE.plusDays(r.dayOffset());
        FollowUpReport.Builder report = FollowUpReport.builder().recipient(grant.recipient())
            .potId(PotId.MUNICIPALITIES).granted(grant.granted()).used(Amount.ofOre(used))
            .submitted(submitted.isAfter(asOf()) ? asOf() : submitted).complete(r.complete())
            .hadActivity(r.activity()).addAllInstruments(r.instruments())
            .usedOutsidePurpose(Amount.ofOre(used * r.outsidePermille() / 1000));
        if (r.activity()) {
          report.addAllAreas(r.areas());
        }
        reports.add(report.build());
      }
      return reports;
    }

    LocalDate asOf() {
      return REPORT_DEADLINE.plusDays(asOfOffset);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Reporting> reporting = Combinators.combine(
        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, Arbitraries.just(true)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(false))),
        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(0)),
            net.jqwik.api.Tuple.of(2, Arbitraries.just(1000)),
            net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 1300))),
        Arbitraries.integers().between(-30, 6),
        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, Arbitraries.just(true)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(false))),
        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just(true)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(false))),
        Arbitraries.of(MunicipalActivityArea.class).set().ofMaxSize(4),
        Arbitraries.of(AssessmentInstrument.class).set().ofMaxSize(3),
        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just(0)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 1000))))
        .as(Reporting::new);
    return Combinators.combine(
        Arbitraries.longs().between(0, 1000).list().ofMinSize(1).ofMaxSize(20)
            .filter(ws -> ws.stream().anyMatch(w -> w > 0)),
        reporting.list().ofMinSize(1).ofMaxSize(20),
        Arbitraries.integers().between(-10, 30),
        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
            net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(1, 5_000_000))))
        .as(Case::new);
  }

  @Property
  void claimsNeverExceedTheGrant(@ForAll("cases") Case c) {
    RoundAllocation allocation = c.allocation();
    FollowUp followUp = FollowUp.of(allocation, c.reports(allocation), c.asOf());
    for (Settlement settlement : followUp.settlements()) {
      assertThat(settlement.claimed()).isLessThanOrEqualTo(settlement.grant().granted());
      c.allocation().round().minimumClaim().ifPresent(min ->
          settlement.claims().forEach(claim -> assertThat(claim.amount()).isGreaterThanOrEqualTo(min)));
    }
    boolean recovery = followUp.claims().stream().anyMatch(cl -> cl.kind() == ClaimKind.RECOVERY);
    Statistics.label("a recovery claim").collect(recovery);
    Statistics.label("a recovery claim").coverage(cov -> cov.check(true).count((n, tries) -> n * 50 >= tries));
    Statistics.label("a late report").collect(followUp.settlements().stream()
        .anyMatch(s -> s.timing() == ReportTiming.LATE));
    Statistics.label("a late report").coverage(cov -> cov.check(true).count((n, tries) -> n * 50 >= tries));
  }

  @Property
  void statisticsDoNotDependOnReportOrder(@ForAll("cases") Case c, @ForAll long seed) {
    RoundAllocation allocation = c.allocation();
    List<FollowUpReport> reports = c.reports(allocation);
    List<FollowUpReport> shuffled = new ArrayList<>(reports);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(RoundStatistics.of(FollowUp.of(allocation, shuffled, c.asOf())))
        .isEqualTo(RoundStatistics.of(FollowUp.of(allocation, reports, c.asOf())));
  }

  @Property
  void addingAReportNeverLowersACount(@ForAll("cases") Case c, @ForAll long seed) {
    RoundAllocation allocation = c.allocation();
    List<FollowUpReport> reports = new ArrayList<>(c.reports(allocation));
    net.jqwik.api.Assume.that(!reports.isEmpty());
    Collections.shuffle(reports, new Random(seed));
    CategoryStatistics fewer = RoundStatistics.of(FollowUp.of(allocation, reports.subList(1, reports.size()), c.asOf())).of(RecipientCategory.MUNICIPALITY);
    CategoryStatistics more = RoundStatistics.of(FollowUp.of(allocation, reports, c.asOf())).of(RecipientCategory.MUNICIPALITY);
    assertThat(more.reporting().reportsInTime() + more.reporting().reportsLate())
        .isEqualTo(fewer.reporting().reportsInTime() + fewer.reporting().reportsLate() + 1);
    assertThat(more.reporting().reportsInTime()).isGreaterThanOrEqualTo(fewer.reporting().reportsInTime());
    assertThat(more.reporting().reportsLate()).isGreaterThanOrEqualTo(fewer.reporting().reportsLate());
    assertThat(more.reporting().reportsAnalysed()).isGreaterThanOrEqualTo(fewer.reporting().reportsAnalysed());
    assertThat(more.reporting().reportsWithoutActivity()).isGreaterThanOrEqualTo(fewer.reporting().reportsWithoutActivity());
    assertThat(more.utilisation().usedNothing()).isGreaterThanOrEqualTo(fewer.utilisation().usedNothing());
    assertThat(more.utilisation().notAllUsed()).isGreaterThanOrEqualTo(fewer.utilisation().notAllUsed());
    assertThat(more.utilisation().usedAmount()).isGreaterThanOrEqualTo(fewer.utilisation().usedAmount());
    fewer.work().areas().forEach((area, n) -> assertThat(more.work().areas().get(area)).isGreaterThanOrEqualTo(n));
    fewer.work().instruments().forEach((i, n) -> assertThat(more.work().instruments().get(i)).isGreaterThanOrEqualTo(n));
    assertThat(more.reporting().reportsMissing() + more.reporting().reportsNotYetDue())
        .isEqualTo(fewer.reporting().reportsMissing() + fewer.reporting().reportsNotYetDue() - 1);
  }
}
