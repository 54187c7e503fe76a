package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.ApplicationRules;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.StandardGrantPolicy;
import se.utvecklingsmedel.grant.StandardLateRequisitionPolicy;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.grant.StandardRedistributionPolicy;
import se.utvecklingsmedel.grant.UnclaimedFundsEligibility;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.OrganisationNumber;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.DistributionMethod;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.OtherMethod;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.UnusedFundsReason;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/** Write then read gives an equal value, for every document type. */
class RoundTripProperties {

  private static final LocalDate DAY = LocalDate.of(2018, 3, 1);

  @Provide
  Arbitrary<Amount> amounts() {
    return Arbitraries.longs().between(1, Long.MAX_VALUE / 1000).map(Amount::ofOre);
  }

  @Provide
  Arbitrary<Recipient> recipients() {
    return Arbitraries.oneOf(
        Arbitraries.of(ReferenceData.municipalities()).map(m -> (Recipient) m),
        Arbitraries.of(ReferenceData.regions()).map(r -> (Recipient) r),
        Arbitraries.of(ReferenceData.countyAdministrativeBoards()).map(b -> (Recipient) b),
        Arbitraries.just(ReferenceData.nationalCentre()),
        Combinators.combine(Arbitraries.integers().between(0, 999_999),
                Arbitraries.strings().withChars("abcåäöABC -&").ofMinLength(1).ofMaxLength(30)
                    .filter(s -> !s.isBlank()))
            .as((n, name) -> NonProfitOrganisation.of(
                OrganisationNumber.withCheckDigit(String.format("802%06d", n)), name)));
  }

  @Provide
  Arbitrary<GrantRound> rounds() {
    Arbitrary<Pot> pot = Combinators.combine(
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
        Arbitraries.of(RecipientCategory.MUNICIPALITY, RecipientCategory.REGION),
        amounts().filter(a -> a.signum() > 0), Arbitraries.of(DistributionMethod.class))
        .as((id, category, budget, method) -> Pot.builder().id(PotId.of(id)).label("Pott " + id)
            .addCategory(category).budget(budget).method(method).build());
    return Combinators.combine(Arbitraries.integers().between(2000, 2100),
            pot.list().ofMinSize(1).ofMaxSize(4).uniqueElements(Pot::id)
                .filter(ps -> ps.stream().map(p -> p.followedUp() + "" + p.categories()).distinct()
                    .count() == ps.size()),
            Arbitraries.integers().between(0, 200), Arbitraries.of(true, false))
        .as((year, pots, offset, dates) -> {
          GrantRound.Builder b = GrantRound.builder().year(year).legalBasis("Beslut " + year)
              .addAllPots(pots);
          if (dates) {
            LocalDate start = LocalDate.of(year, 1, 1);
            b.applicationPeriod(LocalDateRange.ofClosed(start, start.plusDays(offset)))
                .requisitionDeadline(start.plusDays(offset))
                .reportDeadline(LocalDate.of(year + 1, 3, 31))
                .repaymentDeadline(LocalDate.of(year + 1, 4, 30))
                .minimumClaim(Amount.ofKronor(offset));
          }
          return b.build();
        });
  }

  @Property
  void grantRounds(@ForAll("rounds") GrantRound round) {
    assertThat(GrantJson.read(GrantJson.write(round), GrantRound.class)).isEqualTo(round);
  }

  @Property
  void requisitions(@ForAll("amounts") Amount amount, @ForAll boolean optIn,
      @ForAll("amounts") Amount extra, @ForAll boolean capped) {
    Requisition.Builder b = Requisition.builder().recipient(ReferenceData.municipality("0180"))
        .amount(amount).date(DAY).wantsUnclaimedFunds(optIn);
    if (optIn && capped) {
      b.maximumExtra(extra);
    }
    Requisition requisition = b.build();
    assertThat(GrantJson.read(GrantJson.write(requisition), Requisition.class)).isEqualTo(requisition);
  }

  @Property
  void applications(@ForAll("recipients") Recipient applicant, @ForAll("amounts") Amount amount,
      @ForAll("areas") java.util.Set<DevelopmentArea> areas, @ForAll boolean similar,
      @ForAll boolean inMunicipality) {
    Application.Builder b = Application.builder().applicant(applicant).amount(amount).date(DAY)
        .addAllDevelopmentAreas(areas).similarSupportExists(similar);
    if (inMunicipality) {
      b.municipality(ReferenceData.municipality("2584"));
    } else {
      b.county(ReferenceData.county("25"));
    }
    Application application = b.build();
    assertThat(GrantJson.read(GrantJson.write(application), Application.class)).isEqualTo(application);
  }

  @Provide
  Arbitrary<java.util.Set<DevelopmentArea>> areas() {
    return Arbitraries.of(DevelopmentArea.class).set().ofMinSize(1);
  }

  @Provide
  Arbitrary<List<Recipient>> recipientLists() {
    return recipients().list().ofMinSize(1).ofMaxSize(20).uniqueElements();
  }

  @Property
  void distributionKeys(@ForAll("recipientLists") List<Recipient> recipients, @ForAll boolean amounts) {
    java.util.Map<Recipient, Amount> byRecipient = new java.util.HashMap<>();
    Weights.Builder<Recipient> weights = Weights.builder();
    for (int i = 0; i < recipients.size(); i++) {
      byRecipient.put(recipients.get(i), Amount.ofOre(1 + i * 1000L));
      weights.put(recipients.get(i), i + 1);
    }
    DistributionKey key = amounts ? DistributionKey.byAmounts("Bilaga", byRecipient)
        : DistributionKey.byWeights("Folkmängd", weights.build());
    assertThat(GrantJson.read(GrantJson.write(key), DistributionKey.class)).isEqualTo(key);
  }

  @Property
  void followUpReports(@ForAll("amounts") Amount granted, @ForAll("amounts") Amount used,
      @ForAll("municipalAreas") java.util.Set<MunicipalActivityArea> areas,
      @ForAll java.util.Set<AssessmentInstrument> instruments, @ForAll java.util.Set<KnownMethod> known,
      @ForAll java.util.Set<VulnerableGroup> groups, @ForAll java.util.Set<CollaborationPartner> partners,
      @ForAll java.util.Set<Training> training, @ForAll java.util.Set<UnusedFundsReason> reasons,
      @ForAll Outcome outcome, @ForAll boolean complete, @ForAll boolean coordinating) {
    FollowUpReport.Builder b = FollowUpReport.builder().recipient(ReferenceData.municipality("1280"))
        .potId(PotId.MUNICIPALITIES).granted(granted).used(used).submitted(DAY).complete(complete)
        .addAllAreas(areas).addAllInstruments(instruments).addAllMethods(known)
        .addMethod(OtherMethod.of("Egen metod")).addAllVulnerableGroups(groups)
        .addAllPartners(partners).addAllTraining(training)
        .addAllReasonsForUnusedFunds(used.isLessThan(granted) ? reasons : java.util.Set.of())
        .coordinatingFunctionFinanced(coordinating).usedOutsidePurpose(used.min(granted));
    areas.forEach(a -> b.putOutcome(a, outcome));
    FollowUpReport report = b.build();
    assertThat(GrantJson.read(GrantJson.write(report), FollowUpReport.class)).isEqualTo(report);
  }

  @Provide
  Arbitrary<java.util.Set<MunicipalActivityArea>> municipalAreas() {
    return Arbitraries.of(MunicipalActivityArea.class).set();
  }

  /** Allocations and their follow-up, over the 2016 round, with generated keys and rules. */
  @Property
  void allocationsFollowUpsAndStatistics(@ForAll("weights") List<Long> weights,
      @ForAll("permilles") List<Integer> requisitioned, @ForAll StandardLateRequisitionPolicy late,
      @ForAll StandardRedistributionPolicy redistribution, @ForAll UnclaimedFundsEligibility eligibility,
      @ForAll StandardGrantPolicy policy, @ForAll("permilles") List<Integer> used) {
    Weights.Builder<Recipient> key = Weights.builder();
    for (int i = 0; i < weights.size(); i++) {
      key.put(ReferenceData.municipalities().get(i * 7), weights.get(i));
    }
    DistributionKey.ByWeights distributionKey = DistributionKey.byWeights("Generated", key.build());
    GrantRound round = RoundCatalogue.round2016();
    List<Requisition> requisitions = new ArrayList<>();
    var keyed = distributionKey.allocation(round.pot(PotId.MUNICIPALITIES));
    for (int i = 0; i < keyed.keys().size(); i++) {
      long amount = keyed.amountOf(keyed.keys().get(i)).toOre() * requisitioned.get(i % requisitioned.size()) / 1000;
      if (amount > 0) {
        requisitions.add(Requisition.builder().recipient(keyed.keys().get(i)).amount(Amount.ofOre(amount))
            .date(LocalDate.of(2016, 3, 1)).wantsUnclaimedFunds(i % 2 == 0).build());
      }
    }
    RoundAllocation allocation = RoundAllocation.builder(round)
        .requisitions(PotId.MUNICIPALITIES, distributionKey, requisitions,
            new RequisitionRules(late, redistribution, eligibility))
        .applications(PotId.NON_PROFITS, Fixtures.applications(),
            ApplicationRules.defaults().withPolicy(policy))
        .buildPartial();
    assertThat(GrantJson.read(GrantJson.write(allocation), RoundAllocation.class)).isEqualTo(allocation);

    List<FollowUpReport> reports = new ArrayList<>();
    int i = 0;
    for (var grant : allocation.pot(PotId.MUNICIPALITIES).grants().values()) {
      if (grant.granted().signum() > 0) {
        reports.add(FollowUpReport.builder().recipient(grant.recipient()).potId(PotId.MUNICIPALITIES)
            .granted(grant.granted()).used(Amount.ofOre(grant.granted().toOre()
                * used.get(i++ % used.size()) / 1000)).submitted(LocalDate.of(2017, 3, 1))
            .addArea(MunicipalActivityArea.COLLABORATION).build());
      }
    }
    FollowUp followUp = FollowUp.of(allocation, reports, LocalDate.of(2017, 6, 1));
    FollowUp again = GrantJson.read(GrantJson.write(followUp), FollowUp.class);
    assertThat(again.settlements()).isEqualTo(followUp.settlements());
    RoundStatistics statistics = RoundStatistics.of(followUp);
    assertThat(GrantJson.read(GrantJson.write(statistics), RoundStatistics.class)).isEqualTo(statistics);
  }

  @Provide
  Arbitrary<List<Long>> weights() {
    return Arbitraries.longs().between(0, 1_000_000).list().ofMinSize(1).ofMaxSize(12)
        .filter(ws -> ws.stream().anyMatch(w -> w > 0));
  }

  @Provide
  Arbitrary<List<Integer>> permilles() {
    return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(12);
  }
}
