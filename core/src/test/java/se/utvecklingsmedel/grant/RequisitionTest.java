package se.utvecklingsmedel.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static se.utvecklingsmedel.Texts.english;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.decision.Decision;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.DistributionMethod;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.round.PotId;

/** A five-municipality round worked by hand. */
class RequisitionTest {

  private static final Municipality A = ReferenceData.municipality("0180");
  private static final Municipality B = ReferenceData.municipality("1480");
  private static final Municipality C = ReferenceData.municipality("1280");
  private static final Municipality D = ReferenceData.municipality("0380");
  private static final Municipality E = ReferenceData.municipality("2584");
  private static final LocalDate ON_TIME = LocalDate.of(2018, 3, 1);
  private static final LocalDate DEADLINE = LocalDate.of(2018, 4, 30);

  private static final GrantRound ROUND = GrantRound.builder().year(2018)
      .legalBasis("Regeringsbeslut (exempel)")
      .requisitionDeadline(DEADLINE)
      .addPot(Pot.builder().id(PotId.MUNICIPALITIES).label("Utvecklingsmedel till kommuner")
          .addCategory(RecipientCategory.MUNICIPALITY).budget(Amount.ofKronor(100_000))
          .method(DistributionMethod.REQUISITION).build())
      .build();

  /** Weights 40, 30, 15, 10, 5 of 100: keyed 40 000, 30 000, 15 000, 10 000 and 5 000 kr. */
  private static final DistributionKey.ByWeights KEY = DistributionKey.byWeights("Folkmängd (exempel)",
      Weights.<Recipient>builder().put(A, 40).put(B, 30).put(C, 15).put(D, 10).put(E, 5).build());

  private static Requisition.Builder requisition(Recipient recipient, long kronor) {
    return Requisition.builder().recipient(recipient).amount(Amount.ofKronor(kronor)).date(ON_TIME);
  }

  private static final List<Requisition> REQUISITIONS = List.of(
      requisition(A, 40_000).wantsUnclaimedFunds(true).build(),
      requisition(B, 20_000).build(),
      requisition(C, 15_000).wantsUnclaimedFunds(true).maximumExtra(Amount.ofKronor(1_000)).build(),
      requisition(E, 5_000).wantsUnclaimedFunds(true).build());

  @Test
  void fiveMunicipalitiesWithRedistributionWhereACapBinds() {
    // Requisitioned 40 000 + 20 000 + 15 000 + 5 000 = 80 000 kr; unclaimed 20 000 kr (B's other
    // 10 000 and D's 10 000). A, C and E opt in with key weights 40, 15, 5: C's share of 5 000 kr is
    // above its cap of 1 000 kr, so C gets exactly 1 000; the other 19 000 kr go 40:5 to A and E:
    // 1 688 888 40/45 and 211 111 5/45 öre; the one öre left goes to A, the larger remainder.
    RequisitionPotAllocation pot = RoundAllocation.builder(ROUND)
        .requisitions(PotId.MUNICIPALITIES, KEY, REQUISITIONS).build().requisitionPot(PotId.MUNICIPALITIES);

    assertThat(pot.budget()).isEqualTo(Amount.ofKronor(100_000));
    assertThat(pot.requisitioned()).isEqualTo(Amount.ofKronor(80_000));
    assertThat(pot.redistributed()).isEqualTo(Amount.ofKronor(20_000));
    assertThat(pot.granted()).isEqualTo(Amount.ofKronor(100_000));
    assertThat(pot.returned()).isEqualTo(Amount.zero());

    RecipientGrant a = pot.grantOf(A);
    assertThat(a.keyedAmount()).contains(Amount.ofKronor(40_000));
    assertThat(a.requested()).isEqualTo(Amount.ofKronor(40_000));
    assertThat(a.redistributed()).isEqualTo(Amount.parse("16888.89"));
    assertThat(a.granted()).isEqualTo(Amount.parse("56888.89"));
    assertThat(a.decision()).isEqualTo(Decision.GRANTED);
    assertThat(pot.grantOf(C).redistributed()).isEqualTo(Amount.ofKronor(1_000));
    assertThat(pot.grantOf(E).redistributed()).isEqualTo(Amount.parse("2111.11"));
    assertThat(pot.grantOf(B).redistributed()).isEqualTo(Amount.zero());
    assertThat(pot.grantOf(B).granted()).isEqualTo(Amount.ofKronor(20_000));
    RecipientGrant d = pot.grantOf(D);
    assertThat(d.decision()).isEqualTo(Decision.NOT_REQUISITIONED);
    assertThat(d.granted()).isEqualTo(Amount.zero());
    assertThat(d.keyedAmount()).contains(Amount.ofKronor(10_000));
    assertThat(pot.grants()).hasSize(5);
    assertThat(pot.keyedAmounts()).hasSize(5);
    assertThat(pot.redistribution().orElseThrow().certificateOf(C).capBound()).isTrue();
  }

  @Test
  void everyFigureIsExplainedWithItsRule() {
    RequisitionPotAllocation pot = RoundAllocation.builder(ROUND)
        .requisitions(PotId.MUNICIPALITIES, KEY, REQUISITIONS).build().requisitionPot(PotId.MUNICIPALITIES);
    assertThat(english(pot.grantOf(C))).containsExactly(
        "Keyed amount 15000.00 kr by the distribution key (Folkmängd (exempel)): 1280 Malmö: weight "
            + "15 of 100 in a pool of 100000.00 kr gives the exact quota 150000000/100 öre (1500000 + "
            + "0/100); floor 1500000 öre; remainder rank 3 of 5, so no extra öre (no extra öre were "
            + "contested); amount 15000.00 kr.",
        "Requisitioned 15000.00 kr on 2018-03-01: at most the keyed amount, accepted.",
        "Asked for a share of unclaimed funds (at most 1000.00 kr): 1000.00 kr of the 20000.00 kr "
            + "unclaimed, shared in proportion to the distribution key among 3: 1280 Malmö: weight 15; "
            + "its cap of 1000.00 kr binds, since its exact quota of the pool would be at least as "
            + "large, so it receives exactly its cap; amount 1000.00 kr.",
        "Granted 16000.00 kr = requisitioned 15000.00 kr + redistributed 1000.00 kr.");
    assertThat(english(pot.grantOf(B))).contains(
        "Requisitioned 20000.00 kr on 2018-03-01: at most the keyed amount, accepted; the other "
            + "10000.00 kr of the keyed amount is unclaimed.",
        "Did not ask for a share of unclaimed funds.");
    assertThat(english(pot.grantOf(D))).last()
        .isEqualTo("Did not requisition: the keyed amount 10000.00 kr is unclaimed.");
    assertThat(pot).hasToString("Pot municipalities: budget 100000.00, requisitioned 80000.00, "
        + "redistributed 20000.00, granted 100000.00, returned 0.00");
    assertThat(pot.grantOf(A)).hasToString("0180 Stockholm in municipalities: Beviljad, granted "
        + "56888.89 kr");
  }

  @Test
  void whatNobodyCanTakeIsReturnedToTheState() {
    // Only C opts in, capped at 1 000 kr: of the 20 000 kr unclaimed, 19 000 go back.
    List<Requisition> requisitions = List.of(requisition(A, 40_000).build(),
        requisition(B, 20_000).build(),
        requisition(C, 15_000).wantsUnclaimedFunds(true).maximumExtra(Amount.ofKronor(1_000)).build(),
        requisition(E, 5_000).build());
    RequisitionPotAllocation pot = RoundAllocation.builder(ROUND)
        .requisitions(PotId.MUNICIPALITIES, KEY, requisitions).build().requisitionPot(PotId.MUNICIPALITIES);
    assertThat(pot.redistributed()).isEqualTo(Amount.ofKronor(1_000));
    assertThat(pot.granted()).isEqualTo(Amount.ofKronor(81_000));
    assertThat(pot.returned()).isEqualTo(Amount.ofKronor(19_000));
    assertThat(pot.budget()).isEqualTo(pot.granted().plus(pot.returned()));
  }

  @Test
  void equalSharesAndProportionalToRequisitioned() {
    RequisitionPotAllocation equal = RoundAllocation.builder(ROUND).requisitions(PotId.MUNICIPALITIES, KEY,
            REQUISITIONS,
            RequisitionRules.defaults().withRedistribution(StandardRedistributionPolicy.EQUAL_SHARES))
        .build().requisitionPot(PotId.MUNICIPALITIES);
    // 20 000 kr in three equal shares; C's cap of 1 000 binds, A and E share 19 000: 9 500 each.
    assertThat(equal.grantOf(A).redistributed()).isEqualTo(Amount.ofKronor(9_500));
    assertThat(equal.grantOf(E).redistributed()).isEqualTo(Amount.ofKronor(9_500));
    RequisitionPotAllocation byRequisition = RoundAllocation.builder(ROUND).requisitions(PotId.MUNICIPALITIES, KEY,
            REQUISITIONS, RequisitionRules.defaults()
                .withRedistribution(StandardRedistributionPolicy.PROPORTIONAL_TO_REQUISITIONED))
        .build().requisitionPot(PotId.MUNICIPALITIES);
    // Weights 40 000, 15 000, 5 000 kr requisitioned: the same ratios as the key here.
    assertThat(byRequisition.grantOf(A).redistributed()).isEqualTo(Amount.parse("16888.89"));
  }

  @Test
  void aLateRequisitionIsRefusedByDefaultAndItsMoneyUnclaimed() {
    List<Requisition> requisitions = List.of(
        requisition(A, 40_000).wantsUnclaimedFunds(true).build(),
        requisition(B, 30_000).date(DEADLINE.plusDays(1)).build());
    RequisitionPotAllocation pot = RoundAllocation.builder(ROUND)
        .requisitions(PotId.MUNICIPALITIES, KEY, requisitions).build().requisitionPot(PotId.MUNICIPALITIES);
    RecipientGrant b = pot.grantOf(B);
    assertThat(b.decision()).isEqualTo(Decision.REJECTED);
    assertThat(b.granted()).isEqualTo(Amount.zero());
    assertThat(b.requested()).isEqualTo(Amount.ofKronor(30_000));
    assertThat(english(b)).last().isEqualTo("Requisitioned 30000.00 kr on 2018-05-01, after "
        + "the requisition deadline 2018-04-30: refused, as late requisitions are; the keyed amount "
        + "30000.00 kr is unclaimed.");
    // A, the only one opting in, takes all 60 000 kr unclaimed.
    assertThat(pot.grantOf(A).granted()).isEqualTo(Amount.ofKronor(100_000));

    RequisitionPotAllocation lenient = RoundAllocation.builder(ROUND).requisitions(PotId.MUNICIPALITIES, KEY,
        requisitions, RequisitionRules.defaults().withLate(StandardLateRequisitionPolicy.ACCEPT))
        .build().requisitionPot(PotId.MUNICIPALITIES);
    assertThat(lenient.grantOf(B).decision()).isEqualTo(Decision.GRANTED);
    assertThat(lenient.grantOf(B).granted()).isEqualTo(Amount.ofKronor(30_000));
    assertThat(english(lenient.grantOf(B))).contains("Requisitioned 30000.00 kr on 2018-05-01, "
        + "after the requisition deadline 2018-04-30, accepted late as the round's policy allows: at "
        + "most the keyed amount, accepted.");

    // A user's own policy: late by at most a day is accepted; it is given the deadline as met.
    LateRequisitionPolicy oneDayGrace = (requisition, deadline) ->
        !requisition.date().isAfter(deadline.plusDays(1));
    RequisitionPotAllocation grace = RoundAllocation.builder(ROUND).requisitions(PotId.MUNICIPALITIES,
        KEY, requisitions, RequisitionRules.defaults().withLate(oneDayGrace))
        .build().requisitionPot(PotId.MUNICIPALITIES);
    assertThat(grace.grantOf(B).decision()).isEqualTo(Decision.GRANTED);
  }

  @Test
  void withNothingUnclaimedRedistributionChangesNothing() {
    List<Requisition> full = List.of(
        requisition(A, 40_000).wantsUnclaimedFunds(true).build(),
        requisition(B, 30_000).wantsUnclaimedFunds(true).build(),
        requisition(C, 15_000).build(), requisition(D, 10_000).build(),
        requisition(E, 5_000).build());
    RequisitionPotAllocation pot = RoundAllocation.builder(ROUND)
        .requisitions(PotId.MUNICIPALITIES, KEY, full).build().requisitionPot(PotId.MUNICIPALITIES);
    assertThat(pot.redistributed()).isEqualTo(Amount.zero());
    assertThat(pot.redistribution()).isEmpty();
    assertThat(english(pot.grantOf(A))).contains(
        "Asked for a share of unclaimed funds, but there were none to share.");
  }

  @Test
  void aKeyOfExplicitAmountsMustAddUpToTheBudget() {
    DistributionKey annex = DistributionKey.byAmounts("Bilaga 2 (exempel)",
        Map.of(A, Amount.ofKronor(60_000), B, Amount.ofKronor(40_000)));
    RequisitionPotAllocation pot = RoundAllocation.builder(ROUND)
        .requisitions(PotId.MUNICIPALITIES, annex, List.of(requisition(A, 60_000).build()))
        .build().requisitionPot(PotId.MUNICIPALITIES);
    assertThat(pot.grantOf(A).keyedAmount()).contains(Amount.ofKronor(60_000));
    assertThat(annex).isInstanceOf(DistributionKey.ByAmounts.class);

    DistributionKey shortBy = DistributionKey.byAmounts("Bilaga 2 (exempel)",
        Map.of(A, Amount.ofKronor(60_000), B, Amount.parse("39999.99")));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> shortBy.keyedAmounts(ROUND.pot(PotId.MUNICIPALITIES)))
        .withMessage("DistributionKey amounts add up to 99999.99 kr, but pot municipalities has a "
            + "budget of 100000.00 kr: short by 0.01 kr");
    DistributionKey overBy = DistributionKey.byAmounts("Bilaga 2 (exempel)",
        Map.of(A, Amount.ofKronor(70_000), B, Amount.ofKronor(40_000)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> overBy.keyedAmounts(ROUND.pot(PotId.MUNICIPALITIES)))
        .withMessage("DistributionKey amounts add up to 110000.00 kr, but pot municipalities has a "
            + "budget of 100000.00 kr: over by 10000.00 kr");
  }

  @Test
  void rejectsARequisitionAboveItsKeyedAmount() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RoundAllocation.builder(ROUND).requisitions(PotId.MUNICIPALITIES, KEY,
            List.of(requisition(E, 5_001).build())))
        .withMessage("Requisition of 2584 Kiruna in pot municipalities: 'amount' 5001.00 kr is more than its "
            + "keyed amount 5000.00 kr");
  }

  @Test
  void rejectsARecipientOutsideTheKeyAndTwoRequisitions() {
    Municipality lund = ReferenceData.municipality("1281");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RoundAllocation.builder(ROUND).requisitions(PotId.MUNICIPALITIES, KEY,
            List.of(requisition(lund, 1).build())))
        .withMessage("Requisition of 1281 Lund in pot municipalities: the recipient is not in the "
            + "distribution key");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RoundAllocation.builder(ROUND).requisitions(PotId.MUNICIPALITIES, KEY,
            List.of(requisition(A, 1).build(), requisition(A, 2).build())))
        .withMessage("Requisition of 0180 Stockholm in pot municipalities: the recipient "
            + "requisitioned twice");
  }

  @Test
  void rejectsAKeyNamingARecipientThePotDoesNotServe() {
    DistributionKey wrong = DistributionKey.byWeights("x",
        Weights.<Recipient>builder().put(ReferenceData.region("01"), 1).build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> wrong.keyedAmounts(ROUND.pot(PotId.MUNICIPALITIES)))
        .withMessage("DistributionKey names 01 Region Stockholm, a REGION, but pot municipalities "
            + "serves [MUNICIPALITY]");
  }

  @Test
  void rejectsBadRequisitions() {
    assertThatIllegalArgumentException().isThrownBy(() -> requisition(A, 0).build())
        .withMessage("Requisition of 0180 Stockholm: 'amount' must be above zero");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> requisition(A, 1).maximumExtra(Amount.ofKronor(1)).build())
        .withMessage("Requisition of 0180 Stockholm: 'maximumExtra' is given, but "
            + "'wantsUnclaimedFunds' is false");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> requisition(A, 1).wantsUnclaimedFunds(true).maximumExtra(Amount.zero()).build())
        .withMessage("Requisition of 0180 Stockholm: 'maximumExtra' must be above zero; to take no "
            + "extra, do not opt in");
  }

  @Test
  void rejectsBadKeys() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DistributionKey.byWeights(" ", KEY.weights()))
        .withMessage("DistributionKey 'basis' must not be blank");
    assertThat(KEY.covers(A)).isTrue();
    assertThat(KEY.covers(ReferenceData.municipality("1281"))).isFalse();
    assertThat(KEY).hasToString("DistributionKey[Folkmängd (exempel), 5 recipients, weights]")
        .isEqualTo(DistributionKey.byWeights("Folkmängd (exempel)", KEY.weights()))
        .hasSameHashCodeAs(DistributionKey.byWeights("Folkmängd (exempel)", KEY.weights()))
        .isNotEqualTo(DistributionKey.byWeights("Annan", KEY.weights()));
  }
}
