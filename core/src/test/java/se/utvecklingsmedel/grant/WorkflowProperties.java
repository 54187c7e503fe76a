package se.utvecklingsmedel.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.decision.Decision;
import se.utvecklingsmedel.followup.Claim;
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
import se.utvecklingsmedel.vocabulary.DevelopmentArea;

/** The invariants of requisition, redistribution and application pots over generated rounds. */
class WorkflowProperties {

  private static final LocalDate DEADLINE = LocalDate.of(2018, 4, 30);

  /** One recipient's part in a generated requisition pot. */
  record Claim(int municipality, long weight, int requisitionPermille, boolean optIn,
      long maximumExtraOre, boolean late) {
  }

  /** A generated requisition pot: budget, claims and rules. */
  record RequisitionCase(long budgetOre, List<Claim> claims, RequisitionRules rules) {

    GrantRound round() {
      return GrantRound.builder().year(2018).legalBasis("Generated").requisitionDeadline(DEADLINE)
          .addPot(Pot.builder().id(PotId.MUNICIPALITIES).label("Kommuner")
              .addCategory(RecipientCategory.MUNICIPALITY).budget(Amount.ofOre(budgetOre))
              .method(DistributionMethod.REQUISITION).build())
          .build();
    }

    DistributionKey.ByWeights key() {
      Weights.Builder<Recipient> weights = Weights.builder();
      claims.forEach(c -> weights.put(municipality(c), c.weight()));
      return DistributionKey.byWeights("Generated", weights.build());
    }

    List<Requisition> requisitions() {
      Allocation<Recipient> keyed = key().allocation(round().pot(PotId.MUNICIPALITIES));
      List<Requisition> requisitions = new ArrayList<>();
      for (Claim c : claims) {
        long keyedOre = keyed.amountOf(municipality(c)).toOre();
        long amount = keyedOre * c.requisitionPermille() / 1000;
        if (c.requisitionPermille() == 0 || amount == 0) {
          continue;
        }
        Requisition.Builder r = Requisition.builder().recipient(municipality(c))
            .amount(Amount.ofOre(amount)).date(c.late() ? DEADLINE.plusDays(1) : DEADLINE)
            .wantsUnclaimedFunds(c.optIn());
        if (c.optIn() && c.maximumExtraOre() > 0) {
          r.maximumExtra(Amount.ofOre(c.maximumExtraOre()));
        }
        requisitions.add(r.build());
      }
      return requisitions;
    }

    RequisitionPotAllocation allocate(List<Requisition> requisitions) {
      return RoundAllocation.builder(round())
          .requisitions(PotId.MUNICIPALITIES, key(), requisitions, rules).build()
          .requisitionPot(PotId.MUNICIPALITIES);
    }

    static Recipient municipality(Claim c) {
      return ReferenceData.municipalities().get(c.municipality());
    }
  }

  @Provide
  Arbitrary<RequisitionCase> requisitionCases() {
    Arbitrary<Claim> claim = Combinators.combine(
        Arbitraries.integers().between(0, 289),
        Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0L)),
            Tuple.of(6, Arbitraries.longs().between(1, 100_000))),
        Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(0)), Tuple.of(3, Arbitraries.just(1000)),
            Tuple.of(4, Arbitraries.integers().between(1, 999))),
        Arbitraries.of(true, false),
        Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0L)),
            Tuple.of(1, Arbitraries.longs().between(1, 5_000_000))),
        Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true))))
        .as(Claim::new);
    Arbitrary<RequisitionRules> rules = Combinators.combine(
            Arbitraries.of(StandardLateRequisitionPolicy.class),
            Arbitraries.of(StandardRedistributionPolicy.class),
            Arbitraries.of(UnclaimedFundsEligibility.class))
        .as(RequisitionRules::new);
    return Combinators.combine(
            Arbitraries.longs().between(1, 5_000_000_000L),
            claim.list().ofMinSize(1).ofMaxSize(15).uniqueElements(Claim::municipality)
                .filter(cs -> cs.stream().anyMatch(c -> c.weight() > 0)),
            rules)
        .as(RequisitionCase::new);
  }

  @Property
  void budgetIsGrantedPlusReturnedToTheOre(@ForAll("requisitionCases") RequisitionCase c) {
    RequisitionPotAllocation pot = c.allocate(c.requisitions());
    assertThat(pot.granted().plus(pot.returned())).isEqualTo(pot.budget());
    assertThat(pot.granted()).isEqualTo(pot.requisitioned().plus(pot.redistributed()));
    assertThat(pot.grants().values().stream().map(RecipientGrant::granted).collect(Amount.summing()))
        .isEqualTo(pot.granted());
    Statistics.label("returned to the state").collect(pot.returned().signum() > 0);
    Statistics.label("returned to the state").coverage(cov -> cov.check(true).count((n, tries) -> n * 50 >= tries));
    Statistics.label("redistributed").collect(pot.redistributed().signum() > 0);
    Statistics.label("redistributed").coverage(cov -> cov.check(true).count((n, tries) -> n * 50 >= tries));
    boolean capBound = pot.redistribution().map(r -> r.certificate().stream()
        .anyMatch(l -> l.capBound())).orElse(false);
    Statistics.label("a redistribution cap binds").collect(capBound);
    Statistics.label("a redistribution cap binds").coverage(cov -> cov.check(true).count((n, tries) -> n * 50 >= tries));
    boolean lateRefused = pot.grants().values().stream().anyMatch(g -> g.decision() == Decision.REJECTED);
    Statistics.label("a late requisition refused").collect(lateRefused);
    Statistics.label("a late requisition refused").coverage(cov -> cov.check(true).count((n, tries) -> n * 50 >= tries));
  }

  @Property
  void nobodyGetsMoreThanItsKeyedAmountPlusItsCap(@ForAll("requisitionCases") RequisitionCase c) {
    List<Requisition> requisitions = c.requisitions();
    RequisitionPotAllocation pot = c.allocate(requisitions);
    for (Requisition r : requisitions) {
      RecipientGrant grant = pot.grantOf(r.recipient());
      r.maximumExtra().ifPresent(max -> assertThat(grant.granted())
          .isLessThanOrEqualTo(grant.keyedAmount().orElseThrow().plus(max)));
      assertThat(grant.redistributed()).isLessThanOrEqualTo(r.maximumExtra().orElse(pot.budget()));
      assertThat(grant.granted()).isLessThanOrEqualTo(pot.budget());
    }
  }

  @Property
  void aRecipientThatDidNotOptInGetsNoExtra(@ForAll("requisitionCases") RequisitionCase c) {
    List<Requisition> requisitions = c.requisitions();
    RequisitionPotAllocation pot = c.allocate(requisitions);
    for (RecipientGrant grant : pot.grants().values()) {
      boolean optedIn = requisitions.stream()
          .anyMatch(r -> r.recipient().equals(grant.recipient()) && r.wantsUnclaimedFunds());
      if (!optedIn) {
        assertThat(grant.redistributed()).isEqualTo(Amount.zero());
      }
      if (grant.decision() != Decision.GRANTED) {
        assertThat(grant.granted()).isEqualTo(Amount.zero());
      }
    }
  }

  @Property
  void theResultIsIndependentOfInputOrder(@ForAll("requisitionCases") RequisitionCase c,
      @ForAll long seed) {
    List<Requisition> requisitions = c.requisitions();
    List<Requisition> shuffled = new ArrayList<>(requisitions);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(c.allocate(shuffled)).isEqualTo(c.allocate(requisitions));
  }

  @Property
  void withNothingUnclaimedRedistributionChangesNothing(@ForAll("requisitionCases") RequisitionCase c) {
    // Everyone requisitions its whole keyed amount on time.
    List<Claim> full = c.claims().stream().map(k -> new Claim(k.municipality(), k.weight(), 1000,
        k.optIn(), k.maximumExtraOre(), false)).toList();
    RequisitionCase everyone = new RequisitionCase(c.budgetOre(), full, c.rules());
    List<Requisition> requisitions = everyone.requisitions();
    Assume.that(requisitions.size() == full.stream().filter(k -> k.weight() > 0).count());
    RequisitionPotAllocation pot = everyone.allocate(requisitions);
    Amount keyedTotal = Amount.total(pot.grants().values().stream()
        .map(g -> g.keyedAmount().orElseThrow())::iterator);
    assertThat(pot.requisitioned()).as("everyone requisitioned its keyed amount")
        .isEqualTo(keyedTotal);
    assertThat(pot.redistributed()).isEqualTo(Amount.zero());
    assertThat(pot.returned()).isEqualTo(Amount.zero());
    for (RecipientGrant grant : pot.grants().values()) {
      assertThat(grant.granted()).isEqualTo(grant.requested());
    }
  }

  /**
   * Why this holds although Hamilton's method has the Alabama paradox: taking one öre from the pool
   * lowers the recipient's quota by its share s ≤ 1; its remainder either drops by s without wrapping
   * (the floor is unchanged) or wraps upward, and then at most E − 1 rivals that did not wrap outrank
   * it among the E − 1 + w extra öre of the smaller pool, so it loses at most one öre per öre taken.
   */
  @Property
  void requisitioningMoreNeverLowersARecipientsTotal(@ForAll("requisitionCases") RequisitionCase c,
      @ForAll("anIndex") int which) {
    List<Requisition> requisitions = c.requisitions();
    Assume.that(!requisitions.isEmpty());
    RequisitionPotAllocation before = c.allocate(requisitions);
    Requisition chosen = requisitions.get(which % requisitions.size());
    Amount keyed = before.grantOf(chosen.recipient()).keyedAmount().orElseThrow();
    Assume.that(chosen.amount().isLessThan(keyed));
    // Requisition more, up to the keyed amount: by one öre, or by about half the headroom.
    long headroom = keyed.toOre() - chosen.amount().toOre();
    Amount more = chosen.amount().plus(Amount.ofOre(which % 2 == 0 ? 1 : 1 + (headroom - 1) / 2));
    List<Requisition> changed = new ArrayList<>(requisitions);
    changed.set(which % requisitions.size(), Requisition.builder().from(chosen).amount(more).build());
    RequisitionPotAllocation after = c.allocate(changed);
    assertThat(after.grantOf(chosen.recipient()).granted())
        .isGreaterThanOrEqualTo(before.grantOf(chosen.recipient()).granted());
  }

  /**
   * Team decision (issue 10): a recipient that leaves part of its own keyed amount unclaimed does
   * not share in the money others leave, so nobody ends above its key unless it requisitioned all.
   */
  @Property
  void noRecipientIsGrantedMoreThanItsKeyUnlessItRequisitionedAllOfIt(
      @ForAll("requisitionCases") RequisitionCase c) {
    RequisitionCase byDefault = new RequisitionCase(c.budgetOre(), c.claims(),
        c.rules().withEligibility(UnclaimedFundsEligibility.FULL_REQUISITION_ONLY));
    List<Requisition> requisitions = byDefault.requisitions();
    RequisitionPotAllocation pot = byDefault.allocate(requisitions);
    boolean aboveKey = false;
    for (RecipientGrant grant : pot.grants().values()) {
      Amount keyed = grant.keyedAmount().orElseThrow();
      if (grant.granted().isGreaterThan(keyed)) {
        aboveKey = true;
        assertThat(grant.requested()).isEqualTo(keyed);
      }
      if (!grant.requested().equals(keyed)) {
        assertThat(grant.redistributed()).isEqualTo(Amount.zero());
      }
    }
    boolean partialAskedForMore = requisitions.stream().anyMatch(r -> r.wantsUnclaimedFunds()
        && !r.amount().equals(pot.keyedAmounts().get(r.recipient())));
    Statistics.label("someone ends above its key").collect(aboveKey);
    Statistics.label("someone ends above its key").coverage(cov -> cov.check(true).count((n, tries) -> n * 50 >= tries));
    Statistics.label("a partial requisition asks for more").collect(partialAskedForMore);
    Statistics.label("a partial requisition asks for more")
        .coverage(cov -> cov.check(true).count((n, tries) -> n * 50 >= tries));
  }

  @Property
  void unclaimedFundsGoOnlyToEligibleCandidatesThatAsked(@ForAll("requisitionCases") RequisitionCase c) {
    RequisitionPotAllocation pot = c.allocate(c.requisitions());
    for (Requisition requisition : pot.requisitions()) {
      RecipientGrant grant = pot.grantOf(requisition.recipient());
      boolean eligible = c.rules().eligibility() == UnclaimedFundsEligibility.ANY_REQUISITION
          || requisition.amount().equals(grant.keyedAmount().orElseThrow());
      if (!requisition.wantsUnclaimedFunds() || !eligible) {
        assertThat(grant.redistributed()).isEqualTo(Amount.zero());
      }
    }
    assertThat(pot.redistributed()).isLessThanOrEqualTo(pot.unclaimed());
  }

  @Provide
  Arbitrary<Integer> anIndex() {
    return Arbitraries.integers().between(0, 1000);
  }

  @Property
  void aRequisitionAboveTheKeyedAmountIsRejectedNamingTheRecipientAndRule(
      @ForAll("requisitionCases") RequisitionCase c, @ForAll("anIndex") int which) {
    Allocation<Recipient> keyed = c.key().allocation(c.round().pot(PotId.MUNICIPALITIES));
    Recipient recipient = keyed.keys().get(which % keyed.keys().size());
    Amount tooMuch = keyed.amountOf(recipient).plus(Amount.ofOre(1));
    Requisition requisition = Requisition.builder().recipient(recipient).amount(tooMuch)
        .date(DEADLINE).build();
    assertThatIllegalArgumentException().isThrownBy(() -> c.allocate(List.of(requisition)))
        .withMessage("Requisition of %s in pot municipalities: 'amount' %s kr is more than its keyed amount "
            + "%s kr", recipient, tooMuch, keyed.amountOf(recipient));
  }

  // --- applications -------------------------------------------------------------------------

  /** A generated application: organisation index, amount, area, whether support exists. */
  record Ask(int organisation, long amountOre, DevelopmentArea area, boolean similarExists) {
  }

  /** A generated application pot. */
  record ApplicationCase(long budgetOre, List<Ask> asks, GrantPolicy policy) {

    List<Application> applications() {
      return asks.stream().map(a -> Application.builder().applicant(organisation(a.organisation()))
          .amount(Amount.ofOre(a.amountOre())).addDevelopmentArea(a.area())
          .similarSupportExists(a.similarExists()).date(LocalDate.of(2018, 2, 1)).build()).toList();
    }

    ApplicationPotAllocation allocate(List<Application> applications) {
      GrantRound round = GrantRound.builder().year(2018).legalBasis("Generated")
          .addPot(Pot.builder().id(PotId.NON_PROFITS).label("Ideella")
              .addCategory(RecipientCategory.NON_PROFIT_ORGANISATION).budget(Amount.ofOre(budgetOre))
              .method(DistributionMethod.APPLICATION).build())
          .build();
      return RoundAllocation.builder(round).applications(PotId.NON_PROFITS, applications,
          ApplicationRules.defaults().withPolicy(policy)).build().applicationPot(PotId.NON_PROFITS);
    }

    static NonProfitOrganisation organisation(int index) {
      return NonProfitOrganisation.of(OrganisationNumber.withCheckDigit(
          String.format("802%06d", index)), "Förening " + index);
    }
  }

  @Provide
  Arbitrary<ApplicationCase> applicationCases() {
    Arbitrary<Ask> ask = Combinators.combine(
        Arbitraries.integers().between(0, 999),
        Arbitraries.longs().between(1, 10_000_000),
        Arbitraries.of(DevelopmentArea.class),
        Arbitraries.of(true, false)).as(Ask::new);
    return Combinators.combine(
        Arbitraries.longs().between(1, 30_000_000),
        ask.list().ofMinSize(0).ofMaxSize(20).uniqueElements(Ask::organisation),
        Arbitraries.of(StandardGrantPolicy.class)).as(ApplicationCase::new);
  }

  @Property
  void anApplicationIsNeverGrantedMoreThanItAppliedFor(@ForAll("applicationCases") ApplicationCase c) {
    ApplicationPotAllocation pot = c.allocate(c.applications());
    for (RecipientGrant grant : pot.grants().values()) {
      assertThat(grant.granted()).isLessThanOrEqualTo(grant.requested());
      assertThat(grant.decision() == Decision.GRANTED).isEqualTo(grant.granted().equals(grant.requested()));
      assertThat(grant.decision() == Decision.REJECTED).isEqualTo(grant.granted().signum() == 0);
    }
    assertThat(pot.granted().plus(pot.returned())).isEqualTo(pot.budget());
    boolean ranOut = pot.grants().values().stream().anyMatch(g -> g.decision() != Decision.GRANTED);
    Statistics.label("the pot ran out").collect(ranOut);
    Statistics.label("the pot ran out").coverage(cov -> cov.check(true).count((n, tries) -> n * 50 >= tries));
    Statistics.label("policy").collect(c.policy());
  }

  @Property
  void applicationsIndependentOfInputOrder(@ForAll("applicationCases") ApplicationCase c,
      @ForAll long seed) {
    List<Application> applications = c.applications();
    List<Application> shuffled = new ArrayList<>(applications);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(c.allocate(shuffled)).isEqualTo(c.allocate(applications));
  }

  @Property
  void aPotThatCoversEveryApplicationGrantsThemAllInFull(@ForAll("applicationCases") ApplicationCase c) {
    long asked = c.asks().stream().mapToLong(Ask::amountOre).sum();
    Assume.that(asked > 0);
    ApplicationCase rich = new ApplicationCase(asked, c.asks(), c.policy());
    ApplicationPotAllocation pot = rich.allocate(rich.applications());
    assertThat(pot.grants().values()).allMatch(g -> g.decision() == Decision.GRANTED);
    assertThat(pot.returned()).isEqualTo(Amount.zero());
  }
}
