package se.utvecklingsmedel.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static se.utvecklingsmedel.Texts.english;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.decision.Decision;
import se.utvecklingsmedel.decision.Wording;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.OrganisationNumber;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * The grant package's contracts pinned as a grant auditor reads them: value equality of every
 * result, the kind of each pot, the null and shape checks of keys, and the texts that explain a
 * decision.
 */
class GrantContractsTest {

  private static final Municipality STOCKHOLM = ReferenceData.municipality("0180");
  private static final Municipality KIRUNA = ReferenceData.municipality("2584");
  private static final LocalDate DAY = LocalDate.of(2016, 3, 1);
  private static final GrantRound ROUND = RoundCatalogue.round2016();
  private static final NonProfitOrganisation SHELTER = NonProfitOrganisation.of(
      OrganisationNumber.withCheckDigit("802000-001"), "Kvinnojouren");

  private static DistributionKey.ByAmounts key(long stockholm, long kiruna) {
    return DistributionKey.byAmounts("Bilaga 2 (exempel)", Map.of(STOCKHOLM,
        Amount.ofKronor(stockholm), KIRUNA, Amount.ofKronor(kiruna)));
  }

  private static RoundAllocation.Builder municipalities(DistributionKey key, long kiruna) {
    return RoundAllocation.builder(ROUND).requisitions(PotId.MUNICIPALITIES, key,
        List.of(Requisition.builder().recipient(KIRUNA).amount(Amount.ofKronor(kiruna)).date(DAY)
            .build()));
  }

  private static Application application(long kronor) {
    return Application.builder().applicant(SHELTER).amount(Amount.ofKronor(kronor))
        .addDevelopmentArea(DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN).date(DAY).build();
  }

  @Test
  void everyKindOfPotHoldsOnlyItsOwnInputs() {
    DistributionKey nck = DistributionKey.byAmounts("Regeringsbeslut II:3",
        Map.of(ReferenceData.nationalCentre(), Amount.ofKronor(500_000)));
    RoundAllocation allocation = municipalities(key(40_000_000, 10_000_000), 10_000_000)
        .applications(PotId.NON_PROFITS, List.of(application(100_000)))
        .assignments(PotId.ADMINISTRATION_NCK, nck).buildPartial();
    RequisitionPotAllocation requisitions = allocation.requisitionPot(PotId.MUNICIPALITIES);
    assertThat(requisitions.key()).isEqualTo(key(40_000_000, 10_000_000));
    assertThat(requisitions.keyedAmounts()).containsEntry(KIRUNA, Amount.ofKronor(10_000_000));
    ApplicationPotAllocation applications = allocation.applicationPot(PotId.NON_PROFITS);
    assertThat(applications.applications()).containsExactly(application(100_000));
    assertThat(applications.rules()).isEqualTo(ApplicationRules.defaults());
    assertThat(applications.applied()).isEqualTo(Amount.ofKronor(100_000));
    assertThat(applications).hasToString("Pot non-profits (Ansökan): budget 15000000.00, granted "
        + "100000.00, returned 14900000.00, applied 100000.00");
    AssignmentPotAllocation assigned = allocation.assignmentPot(PotId.ADMINISTRATION_NCK);
    assertThat(assigned.key()).isEqualTo(nck);
    assertThat(assigned.assignedAmounts())
        .containsExactly(Map.entry(ReferenceData.nationalCentre(), Amount.ofKronor(500_000)));
    assertThat(english(assigned.grantOf(ReferenceData.nationalCentre()))).containsExactly(
        "Keyed amount 500000.00 kr as the distribution key (Regeringsbeslut II:3) lists it.",
        "Assigned 500000.00 kr to carry out the mission; not a grant that is reported on or "
            + "reclaimed.");
    assertThat(allocation.granted()).isEqualTo(Amount.ofKronor(10_600_000));
    assertThat(allocation.returned()).isEqualTo(Amount.ofKronor(40_000_000 + 14_900_000));
    assertThat(allocation.budget()).isEqualTo(allocation.granted().plus(allocation.returned()));
    assertThatIllegalArgumentException().isThrownBy(() -> assigned.grantOf(KIRUNA))
        .withMessage("Pot administration-nck has no grant for 2584 Kiruna");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> allocation.assignmentPot(PotId.NON_PROFITS))
        .withMessage("RoundAllocation 2016: pot non-profits is handed out by APPLICATION, not by "
            + "ASSIGNMENT");
    assertThatNullPointerException().isThrownBy(() -> allocation.pot(null))
        .withMessage("RoundAllocation 'potId' must not be null");
    assertThat(allocation.toString()).startsWith("RoundAllocation 2016: [Pot municipalities: ");
  }

  @Test
  void resultsHaveValueEquality() {
    RoundAllocation one = municipalities(key(40_000_000, 10_000_000), 10_000_000).buildPartial();
    RoundAllocation same = municipalities(key(40_000_000, 10_000_000), 10_000_000).buildPartial();
    RoundAllocation less = municipalities(key(40_000_000, 10_000_000), 9_000_000).buildPartial();
    RoundAllocation otherKey = municipalities(key(39_000_000, 11_000_000), 10_000_000)
        .buildPartial();
    RoundAllocation applications = RoundAllocation.builder(ROUND)
        .applications(PotId.NON_PROFITS, List.of(application(100_000))).buildPartial();
    new EqualsTester()
        .addEqualityGroup(one, same)
        .addEqualityGroup(less)
        .addEqualityGroup(otherKey)
        .addEqualityGroup(applications)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(one.pot(PotId.MUNICIPALITIES), same.pot(PotId.MUNICIPALITIES))
        .addEqualityGroup(less.pot(PotId.MUNICIPALITIES))
        .addEqualityGroup(municipalities(key(40_000_000, 10_000_000), 10_000_000).buildPartial()
            .requisitionPot(PotId.MUNICIPALITIES).rules().withLate(StandardLateRequisitionPolicy.ACCEPT))
        .addEqualityGroup(applications.pot(PotId.NON_PROFITS), RoundAllocation.builder(ROUND)
            .applications(PotId.NON_PROFITS, List.of(application(100_000))).buildPartial()
            .pot(PotId.NON_PROFITS))
        .addEqualityGroup(RoundAllocation.builder(ROUND)
            .applications(PotId.NON_PROFITS, List.of(application(200_000))).buildPartial()
            .pot(PotId.NON_PROFITS))
        .addEqualityGroup(RoundAllocation.builder(ROUND).applications(PotId.NON_PROFITS,
                List.of(application(100_000)), ApplicationRules.defaults()
                    .withPolicy(StandardGrantPolicy.PROPORTIONAL)).buildPartial().pot(PotId.NON_PROFITS))
        .testEquals();
    DistributionKey nck = DistributionKey.byAmounts("a",
        Map.of(ReferenceData.nationalCentre(), Amount.ofKronor(500_000)));
    new EqualsTester()
        .addEqualityGroup(assignment(nck), assignment(nck))
        .addEqualityGroup(assignment(DistributionKey.byAmounts("b",
            Map.of(ReferenceData.nationalCentre(), Amount.ofKronor(500_000)))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(one.compare(less), one.compare(less))
        .addEqualityGroup(less.compare(one))
        .testEquals();
    assertThat(one.compare(less).before()).isSameAs(one);
    assertThat(one.compare(less).after()).isSameAs(less);
  }

  private static AssignmentPotAllocation assignment(DistributionKey key) {
    return RoundAllocation.builder(ROUND).assignments(PotId.ADMINISTRATION_NCK, key).buildPartial()
        .assignmentPot(PotId.ADMINISTRATION_NCK);
  }

  @Test
  void keysHaveValueEqualityByKind() {
    Weights<Recipient> weights = Weights.<Recipient>builder().put(STOCKHOLM, 1).put(KIRUNA, 1)
        .build();
    new EqualsTester()
        .addEqualityGroup(key(1, 1), key(1, 1))
        .addEqualityGroup(key(1, 2))
        .addEqualityGroup(DistributionKey.byAmounts("other", key(1, 1).amounts()))
        .addEqualityGroup(DistributionKey.byWeights("Bilaga 2 (exempel)", weights),
            DistributionKey.byWeights("Bilaga 2 (exempel)", weights))
        .addEqualityGroup(DistributionKey.byWeights("other", weights))
        .testEquals();
    assertThat(key(1, 1).amounts()).containsEntry(KIRUNA, Amount.ofKronor(1));
    assertThat(key(1, 1)).hasToString(
        "DistributionKey[Bilaga 2 (exempel), 2 recipients, explicit amounts]");
  }

  @Test
  void keysOfAmountsRejectWhatCannotBeAKey() {
    Map<Recipient, Amount> withNullAmount = new HashMap<>();
    withNullAmount.put(KIRUNA, null);
    assertThatIllegalArgumentException().isThrownBy(() -> DistributionKey.byAmounts("a",
            withNullAmount))
        .withMessage("DistributionKey 'amounts' must not hold null: the amount of 2584 Kiruna is null");
    Map<Recipient, Amount> withNullRecipient = new HashMap<>();
    withNullRecipient.put(null, Amount.ofKronor(1));
    assertThatIllegalArgumentException().isThrownBy(() -> DistributionKey.byAmounts("a",
            withNullRecipient))
        .withMessage("DistributionKey 'amounts' must not hold a null recipient");
    assertThatIllegalArgumentException().isThrownBy(() -> DistributionKey.byAmounts("a", Map.of()))
        .withMessage("DistributionKey a: 'amounts' must name a recipient");
    assertThatIllegalArgumentException().isThrownBy(() -> DistributionKey.byAmounts("a",
            Map.of(KIRUNA, Amount.zero())))
        .withMessage("DistributionKey a: 'amounts' must not all be zero");
    assertThatIllegalArgumentException().isThrownBy(() -> DistributionKey.byAmounts("a",
            Map.of(KIRUNA, Amount.ofOre(Long.MAX_VALUE), STOCKHOLM, Amount.ofOre(1))))
        .withMessage("DistributionKey a: 'amounts' add up beyond the range of an Amount");
    DistributionKey regions = DistributionKey.byAmounts("a",
        Map.of(ReferenceData.region("25"), Amount.ofKronor(50_000_000)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> regions.keyedAmounts(ROUND.pot(PotId.MUNICIPALITIES)))
        .withMessage("DistributionKey names 25 Region Norrbotten, a REGION, but pot municipalities "
            + "serves [MUNICIPALITY]");
  }

  @Test
  void aKeyedAmountByAnnexIsExplainedAsListed() {
    RecipientGrant kiruna = municipalities(key(40_000_000, 10_000_000), 10_000_000).buildPartial()
        .pot(PotId.MUNICIPALITIES).grantOf(KIRUNA);
    assertThat(english(kiruna).get(0)).isEqualTo("Keyed amount 10000000.00 kr as the "
        + "distribution key (Bilaga 2 (exempel)) lists it.");
  }

  @Test
  void nullsInListsAreNamed() {
    List<Requisition> requisitions = new ArrayList<>();
    requisitions.add(null);
    assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(ROUND)
            .requisitions(PotId.MUNICIPALITIES, key(40_000_000, 10_000_000), requisitions))
        .withMessage("RoundAllocation 'requisitions' must not hold null (pot municipalities)");
    List<Application> applications = new ArrayList<>();
    applications.add(null);
    assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(ROUND)
            .applications(PotId.NON_PROFITS, applications))
        .withMessage("RoundAllocation 'applications' must not hold null (pot non-profits)");
  }

  @Test
  void aRedistributionPolicyThatWeighsEveryoneZeroSharesNothing() {
    RedistributionPolicy nothing = new RedistributionPolicy() {
      @Override
      public long weight(RedistributionCandidate candidate) {
        return 0;
      }

      @Override
      public Wording description() {
        return Wording.same("by nothing");
      }
    };
    RequisitionPotAllocation pot = RoundAllocation.builder(ROUND).requisitions(PotId.MUNICIPALITIES,
            key(40_000_000, 10_000_000), List.of(Requisition.builder().recipient(KIRUNA)
                .amount(Amount.ofKronor(10_000_000)).date(DAY).wantsUnclaimedFunds(true).build()),
            RequisitionRules.defaults().withRedistribution(nothing))
        .buildPartial().requisitionPot(PotId.MUNICIPALITIES);
    assertThat(pot.redistribution()).isEmpty();
    assertThat(pot.returned()).isEqualTo(Amount.ofKronor(40_000_000));
    assertThat(english(pot.grantOf(KIRUNA))).contains("Asked for a share of unclaimed funds, "
        + "but there were none to share by a weight above zero.");
  }

  @Test
  void proportionalGrantsSayWhetherTheyWereScaledDown() {
    NonProfitOrganisation other = NonProfitOrganisation.of(
        OrganisationNumber.withCheckDigit("802000-002"), "Föreningen");
    ApplicationRules proportional = ApplicationRules.defaults().withPolicy(StandardGrantPolicy.PROPORTIONAL);
    ApplicationPotAllocation covered = RoundAllocation.builder(ROUND)
        .applications(PotId.NON_PROFITS, List.of(application(100_000)), proportional)
        .buildPartial().applicationPot(PotId.NON_PROFITS);
    assertThat(english(covered.grantOf(SHELTER))).anyMatch(line -> line.startsWith(
        "Granted in full: the pot covers every eligible application"));
    ApplicationPotAllocation scaled = RoundAllocation.builder(ROUND)
        .applications(PotId.NON_PROFITS, List.of(application(10_000_000), Application.builder()
            .applicant(other).amount(Amount.ofKronor(10_000_000))
            .addDevelopmentArea(DevelopmentArea.WORK_WITH_CHILDREN).date(DAY).build()), proportional)
        .buildPartial().applicationPot(PotId.NON_PROFITS);
    assertThat(scaled.grantOf(SHELTER).granted()).isEqualTo(Amount.ofKronor(7_500_000));
    assertThat(english(scaled.grantOf(SHELTER))).anyMatch(line -> line.startsWith(
        "Scaled down with every eligible application in proportion to the amount applied for"));
  }

  @Test
  void aPriorityRuleMustAnswer() {
    ApplicationRules silent = ApplicationRules.defaults().withPriority(application -> null);
    assertThatNullPointerException().isThrownBy(() -> RoundAllocation.builder(ROUND)
            .applications(PotId.NON_PROFITS, List.of(application(1)), silent))
        .withMessage("PriorityRule returned null for " + SHELTER);
  }

  @Test
  void aRecipientGrantHoldsItsOwnArithmetic() {
    RecipientGrant.Builder requisition = new RecipientGrant.Builder().recipient(KIRUNA)
        .recipientName("Kiruna")
        .potId(PotId.MUNICIPALITIES).potLabel("Utvecklingsmedel till kommuner")
        .keyedAmount(Amount.ofKronor(100))
        .requested(Amount.ofKronor(100)).redistributed(Amount.ofKronor(5))
        .decision(Decision.GRANTED);
    assertThat(requisition.granted(Amount.ofKronor(105)).build().granted())
        .isEqualTo(Amount.ofKronor(105));
    assertThatIllegalStateException().isThrownBy(() -> requisition.granted(Amount.ofKronor(104))
            .build())
        .withMessage("RecipientGrant 2584 Kiruna: a granted requisition must be accepted in full");
    RecipientGrant.Builder applied = new RecipientGrant.Builder().recipient(SHELTER)
        .recipientName("Kvinnojouren")
        .potId(PotId.NON_PROFITS).potLabel("Utvecklingsmedel till ideella föreningar")
        .requested(Amount.ofKronor(100)).redistributed(Amount.zero())
        .decision(Decision.PARTIALLY_GRANTED);
    assertThat(applied.granted(Amount.ofKronor(100)).build().toString())
        .isEqualTo(SHELTER + " in non-profits: Delvis beviljad, granted 100.00 kr");
    assertThatIllegalStateException().isThrownBy(() -> applied.granted(Amount.ofKronor(101))
            .build())
        .withMessage("RecipientGrant " + SHELTER + ": granted more than applied for");
    assertThatIllegalStateException().isThrownBy(() -> applied.granted(Amount.ofKronor(1))
            .redistributed(Amount.ofKronor(2)).build())
        .withMessage("RecipientGrant " + SHELTER + ": redistributed more than granted");
  }

  @Test
  void defaultsAndLabels() {
    assertThat(application(1).similarSupportExists()).isFalse();
    assertThat(SwedishLabelled.parse(Decision.class, "tilldelad för uppdraget")).isEqualTo(Decision.ASSIGNED);
    assertThat(RequisitionRules.defaults().eligibility())
        .isEqualTo(UnclaimedFundsEligibility.FULL_REQUISITION_ONLY);
    assertThat(UnclaimedFundsEligibility.ANY_REQUISITION.label())
        .isEqualTo("Var och en som rekvirerat och önskat mer");
  }
}
