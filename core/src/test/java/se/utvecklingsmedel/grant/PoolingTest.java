package se.utvecklingsmedel.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.decision.Reason;
import se.utvecklingsmedel.ledger.EntryKind;
import se.utvecklingsmedel.ledger.Ledger;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.recipient.Region;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.Programme;
import se.utvecklingsmedel.round.RoundId;
import se.utvecklingsmedel.round.Sharing;
import se.utvecklingsmedel.round.UnclaimedFundsPool;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * Unclaimed funds pooled across pots, on the 2020 round of the catalogue (the decision of 12 March
 * 2020: unclaimed funds "får fördelas" to the municipalities and regions that asked): 75 MSEK
 * keyed 60/40 to Stockholm and Kiruna, 31,5 MSEK keyed 50/50 to the regions of Stockholm and
 * Norrbotten. Kiruna requisitions nothing; Stockholm takes its 45 MSEK; the two regions take
 * theirs and ask for more, Norrbotten at most 1 MSEK more. Every figure is worked out by hand.
 */
class PoolingTest {

  private static final GrantRound ROUND_2020 = Programme.builtIn().catalogue()
      .round(RoundId.of(2020, 1));
  private static final Municipality STOCKHOLM = ReferenceData.municipality("0180");
  private static final Municipality KIRUNA = ReferenceData.municipality("2584");
  private static final Region STOCKHOLMS_LAN = ReferenceData.region("01");
  private static final Region NORRBOTTEN = ReferenceData.region("25");
  private static final LocalDate DAY = LocalDate.of(2020, 5, 4);
  private static final LocalDate SHARED = LocalDate.of(2020, 10, 1);
  private static final DistributionKey MUNICIPAL = DistributionKey.byWeights("Folkmängd",
      Weights.<Recipient>builder().put(STOCKHOLM, 60).put(KIRUNA, 40).build());
  private static final DistributionKey REGIONAL = DistributionKey.byWeights("Folkmängd",
      Weights.<Recipient>builder().put(STOCKHOLMS_LAN, 50).put(NORRBOTTEN, 50).build());

  private static RoundAllocation allocation(RequisitionRules rules) {
    return RoundAllocation.builder(ROUND_2020)
        .requisitions(PotId.MUNICIPALITIES, MUNICIPAL, List.of(Requisition.builder()
            .recipient(STOCKHOLM).amount(Amount.ofKronor(45_000_000)).date(DAY).build()), rules)
        .requisitions(PotId.REGIONS, REGIONAL, List.of(
            Requisition.builder().recipient(STOCKHOLMS_LAN).amount(Amount.ofKronor(15_750_000))
                .date(DAY).wantsUnclaimedFunds(true).build(),
            Requisition.builder().recipient(NORRBOTTEN).amount(Amount.ofKronor(15_750_000))
                .date(DAY).wantsUnclaimedFunds(true).maximumExtra(Amount.ofKronor(1_000_000))
                .build()), rules)
        .buildPartial();
  }

  @Test
  void theCatalogueStatesThe2020PoolAsData() {
    assertThat(ROUND_2020.unclaimedFundsPools()).containsExactly(UnclaimedFundsPool.of(
        Sharing.MAY, PotId.MUNICIPALITIES, PotId.REGIONS));
    assertThat(Programme.builtIn().facts(RoundId.parse("2019:2")).unclaimedFundsPools())
        .containsExactly(UnclaimedFundsPool.of(Sharing.SHALL, PotId.MUNICIPALITIES));
    assertThat(ROUND_2020.unclaimedFundsPool(PotId.NON_PROFITS)).isEqualTo(
        UnclaimedFundsPool.of(Sharing.SHALL, PotId.NON_PROFITS)); // asked of any pot: its own
  }

  @Test
  void mayBeSharedAcrossPotsAndIsWhenTheDecisionToShareIsRecorded() {
    RoundAllocation allocation = allocation(RequisitionRules.defaults()
        .withRedistributionDecided(SHARED));
    RequisitionPotAllocation municipalities = allocation.requisitionPot(PotId.MUNICIPALITIES);
    RequisitionPotAllocation regions = allocation.requisitionPot(PotId.REGIONS);
    // Kiruna's 30 MSEK go to the regions: Norrbotten at most 1 MSEK, Stockholms län the rest.
    assertThat(municipalities.unclaimed()).isEqualTo(Amount.ofKronor(30_000_000));
    assertThat(regions.grantOf(NORRBOTTEN).redistributed()).isEqualTo(Amount.ofKronor(1_000_000));
    assertThat(regions.grantOf(STOCKHOLMS_LAN).redistributed())
        .isEqualTo(Amount.ofKronor(29_000_000));
    assertThat(regions.redistributed()).isEqualTo(Amount.ofKronor(30_000_000));
    assertThat(municipalities.transferredOut()).isEqualTo(Amount.ofKronor(30_000_000));
    assertThat(regions.transferredIn()).isEqualTo(Amount.ofKronor(30_000_000));
    assertThat(regions.granted()).isEqualTo(Amount.ofKronor(61_500_000)); // above its budget
    assertThat(municipalities.returned()).isEqualTo(Amount.zero());
    assertThat(municipalities.redistribution()).isEqualTo(regions.redistribution());
    assertThat(regions.grantOf(NORRBOTTEN).redistributionDecided()).contains(SHARED);
    // The ledger moves the money between the pots through the appropriation, and reconciles.
    Ledger ledger = Ledger.of(allocation);
    assertThat(ledger.forPot(PotId.MUNICIPALITIES).total(EntryKind.TRANSFERRED_OUT))
        .isEqualTo(Amount.ofKronor(30_000_000));
    assertThat(ledger.forPot(PotId.REGIONS).total(EntryKind.TRANSFERRED_IN))
        .isEqualTo(Amount.ofKronor(30_000_000));
    assertThat(ledger.forPot(PotId.REGIONS).balance(se.utvecklingsmedel.ledger.Account.STATE))
        .isEqualTo(Amount.ofKronor(61_500_000));
    assertThat(ledger.balance(se.utvecklingsmedel.ledger.Account.STATE))
        .isEqualTo(Amount.ofKronor(106_500_000));
  }

  @Test
  void mayFundsNotSharedByADecisionGoBackToTheState() {
    RoundAllocation allocation = allocation(RequisitionRules.defaults());
    RequisitionPotAllocation municipalities = allocation.requisitionPot(PotId.MUNICIPALITIES);
    RequisitionPotAllocation regions = allocation.requisitionPot(PotId.REGIONS);
    assertThat(regions.redistributed()).isEqualTo(Amount.zero());
    assertThat(municipalities.returned()).isEqualTo(Amount.ofKronor(30_000_000));
    assertThat(municipalities.transferredOut()).isEqualTo(Amount.zero());
    assertThat(regions.grantOf(NORRBOTTEN).reasons()).contains(
        new Reason.NotShared(Amount.ofKronor(30_000_000)));
    assertThat(regions.grantOf(NORRBOTTEN).decisionText(Language.SWEDISH)).contains(
        "Enligt regeringens beslut får medel som inte har rekvirerats fördelas, men "
            + "Socialstyrelsen har inte beslutat att fördela dem (30 000 000,00 kr); de återgår "
            + "därför till staten.");
  }

  @Test
  void aPoolIsSharedByOneDecision() {
    RoundAllocation.Builder builder = RoundAllocation.builder(ROUND_2020)
        .requisitions(PotId.MUNICIPALITIES, MUNICIPAL, List.of(), RequisitionRules.defaults()
            .withRedistributionDecided(SHARED))
        .requisitions(PotId.REGIONS, REGIONAL, List.of(), RequisitionRules.defaults());
    assertThatIllegalArgumentException().isThrownBy(builder::buildPartial)
        .isInstanceOf(RuleViolation.class).withMessage("RequisitionRules of pots "
            + "[municipalities, regions]: one decision shares their pool of unclaimed funds, but "
            + "they give it different dates (municipalities: 2020-10-01, regions: none)");
  }

  @Test
  void aPoolIsSharedByOnePolicyAndWhole() {
    RequisitionRules shared = RequisitionRules.defaults().withRedistributionDecided(SHARED);
    RoundAllocation.Builder mixed = RoundAllocation.builder(ROUND_2020)
        .requisitions(PotId.MUNICIPALITIES, MUNICIPAL, List.of(), shared.withRedistribution(
            StandardRedistributionPolicy.EQUAL_SHARES))
        .requisitions(PotId.REGIONS, REGIONAL, List.of(), shared);
    assertThatIllegalArgumentException().isThrownBy(mixed::buildPartial)
        .withMessageStartingWith("RequisitionRules of pots [municipalities, regions]: one "
            + "redistribution policy shares their pool of unclaimed funds, but they give "
            + "different ones (municipalities: ");
    RoundAllocation.Builder half = RoundAllocation.builder(ROUND_2020)
        .requisitions(PotId.MUNICIPALITIES, MUNICIPAL, List.of(), shared);
    assertThatIllegalArgumentException().isThrownBy(half::buildPartial)
        .withMessage("RoundAllocation 2020: pots [municipalities, regions] share their unclaimed "
            + "funds (får fördelas), but [regions] is not added; add every pot of the pool, or "
            + "study one pot in a round without the pool");
  }

  @Test
  void aPoolNamesRequisitionPotsOfTheRoundEachOnce() {
    GrantRound.Builder base = GrantRound.builder().from(ROUND_2020);
    assertThatIllegalArgumentException().isThrownBy(() -> GrantRound.builder().from(ROUND_2020)
            .addUnclaimedFundsPools(UnclaimedFundsPool.of(Sharing.SHALL, PotId.of("housing")))
            .build())
        .withMessageContaining("names pot 'housing', which the round does not have");
    assertThatIllegalArgumentException().isThrownBy(() -> GrantRound.builder().from(ROUND_2020)
            .addUnclaimedFundsPools(UnclaimedFundsPool.of(Sharing.SHALL, PotId.NON_PROFITS))
            .build())
        .withMessageContaining("is handed out by APPLICATION: only requisition pots leave funds "
            + "unclaimed");
    assertThatIllegalArgumentException().isThrownBy(() -> base
            .addUnclaimedFundsPools(UnclaimedFundsPool.of(Sharing.SHALL, PotId.MUNICIPALITIES))
            .build())
        .withMessage("GrantRound 2020: pot 'municipalities' is in two unclaimed-funds pools");
    assertThatIllegalArgumentException().isThrownBy(() -> UnclaimedFundsPool.of(Sharing.MAY))
        .withMessage("UnclaimedFundsPool 'pots' must name at least one pot");
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> UnclaimedFundsPool.of(Sharing.MAY, PotId.REGIONS, null))
        .withMessage("UnclaimedFundsPool 'pots' must not hold null");
    assertThat(Pot.class).isNotNull();
  }
}
