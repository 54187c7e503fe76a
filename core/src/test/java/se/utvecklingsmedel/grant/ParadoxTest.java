package se.utvecklingsmedel.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;

/**
 * The paradox report on hand-computed cases: the Alabama paradox (weights 6, 6 and 2; a budget of
 * 10 öre gives 4, 4 and 2, of 11 öre 5, 5 and 1), the population paradox (weights 1, 8 and 9 to 1, 8
 * and 8 over 10 öre: 1, 4, 5 to 0, 5, 5, though the first's share rose from 1/18 to 1/17), and one
 * case for each cause the sharing of unclaimed funds adds.
 */
class ParadoxTest {

  private static final Municipality STOCKHOLM = ReferenceData.municipality("0180");
  private static final Municipality UPPSALA = ReferenceData.municipality("0380");
  private static final Municipality KIRUNA = ReferenceData.municipality("2584");
  private static final LocalDate DAY = LocalDate.of(2016, 3, 1);

  private static GrantRound round(Amount budget) {
    GrantRound base = RoundCatalogue.round2016();
    List<Pot> pots = new ArrayList<>();
    for (Pot pot : base.pots()) {
      pots.add(pot.id().equals(PotId.MUNICIPALITIES) ? Pot.builder().from(pot).budget(budget)
          .build() : pot);
    }
    return GrantRound.builder().from(base).pots(pots).build();
  }

  private static DistributionKey key(long stockholm, long uppsala, long kiruna) {
    return DistributionKey.byWeights("nyckel", Weights.<Recipient>builder().put(STOCKHOLM, stockholm)
        .put(UPPSALA, uppsala).put(KIRUNA, kiruna).build());
  }

  /** Everyone requisitions its whole keyed amount, and nobody asks for more. */
  private static RoundAllocation everyoneTakesItsShare(long budgetOre, DistributionKey key) {
    GrantRound round = round(Amount.ofOre(budgetOre));
    List<Requisition> requisitions = new ArrayList<>();
    key.keyedAmounts(round.pot(PotId.MUNICIPALITIES)).forEach((r, amount) -> {
      if (amount.signum() > 0) {
        requisitions.add(Requisition.builder().recipient(r).amount(amount).date(DAY).build());
      }
    });
    return RoundAllocation.builder(round).requisitions(PotId.MUNICIPALITIES, key, requisitions)
        .buildPartial();
  }

  @Test
  void theAlabamaParadoxIsReported() {
    RoundAllocation ten = everyoneTakesItsShare(10, key(6, 6, 2));
    RoundAllocation eleven = everyoneTakesItsShare(11, key(6, 6, 2));
    assertThat(ten.pot(PotId.MUNICIPALITIES).grantOf(KIRUNA).granted()).isEqualTo(Amount.ofOre(2));
    List<Paradox> paradoxes = ten.compare(eleven).paradoxes();
    assertThat(paradoxes).singleElement().satisfies(p -> {
      assertThat(p.recipient()).isEqualTo(KIRUNA);
      assertThat(p.amount()).isEqualTo(AmountChange.of(Amount.ofOre(2), Amount.ofOre(1)));
      assertThat(p.expectedRise()).isTrue();
      assertThat(p.move()).isEqualTo(Amount.ofOre(1));
      assertThat(p.cause()).isEqualTo(ParadoxCause.ROUNDING);
      assertThat(p.text(Language.SWEDISH)).isEqualTo("Kiruna fick 0,01 kr mindre av "
          + "utvecklingsmedel till kommuner (0,02 kr → 0,01 kr), fast budgeten ökade (0,10 kr → "
          + "0,11 kr) och dess andel av fördelningsnyckelns vikter var densamma. Orsak: "
          + "avrundningen av sista öret i fördelningsnyckeln (största rest).");
      assertThat(p.text(Language.ENGLISH)).isEqualTo("2584 Kiruna got 0.01 kr less from pot "
          + "municipalities (0.02 kr → 0.01 kr), though the budget rose (0.10 kr → 0.11 kr) and "
          + "its share of the key's weights was the same. Cause: the key's rounding of the last "
          + "öre (largest remainder).");
    });
    // The other way, the budget falls and Kiruna gains: the same paradox, expected to fall.
    assertThat(eleven.compare(ten).paradoxes()).singleElement()
        .satisfies(p -> assertThat(p.expectedRise()).isFalse());
  }

  @Test
  void thePopulationParadoxIsReported() {
    RoundAllocation before = everyoneTakesItsShare(10, key(1, 8, 9));
    RoundAllocation after = everyoneTakesItsShare(10, key(1, 8, 8));
    assertThat(before.compare(after).paradoxes()).singleElement().satisfies(p -> {
      assertThat(p.recipient()).isEqualTo(STOCKHOLM); // its share rose from 1/18 to 1/17
      assertThat(p.amount()).isEqualTo(AmountChange.of(Amount.ofOre(1), Amount.zero()));
      assertThat(p.cause()).isEqualTo(ParadoxCause.ROUNDING);
      assertThat(p.text(Language.SWEDISH)).contains("fast budgeten var densamma (0,10 kr) och dess "
          + "andel av fördelningsnyckelns vikter ökade.");
    });
  }

  @Test
  void noParadoxWithoutAMoveAgainstTheExpectation() {
    RoundAllocation ten = everyoneTakesItsShare(10, key(6, 6, 2));
    assertThat(ten.compare(ten).paradoxes()).isEmpty();
    assertThat(ten.compare(everyoneTakesItsShare(1_000, key(6, 6, 2))).paradoxes()).isEmpty();
  }

  /** Kiruna leaves its 10 % unclaimed; the others take their shares and may ask for more. */
  private static RoundAllocation sharing(long budgetKronor, boolean stockholmAsks,
      boolean stockholmCapped) {
    GrantRound round = round(Amount.ofKronor(budgetKronor));
    DistributionKey key = key(800, 100, 100);
    var keyed = key.keyedAmounts(round.pot(PotId.MUNICIPALITIES));
    Requisition.Builder stockholm = Requisition.builder().recipient(STOCKHOLM)
        .amount(keyed.get(STOCKHOLM)).date(DAY).wantsUnclaimedFunds(stockholmAsks);
    if (stockholmCapped) {
      stockholm.maximumExtra(Amount.ofKronor(1_000));
    }
    return RoundAllocation.builder(round).requisitions(PotId.MUNICIPALITIES, key, List.of(
        stockholm.build(), Requisition.builder().recipient(UPPSALA).amount(keyed.get(UPPSALA))
            .date(DAY).wantsUnclaimedFunds(true).build())).buildPartial();
  }

  @Test
  void eachCauseTheSharingOfUnclaimedFundsAdds() {
    RoundAllocation before = sharing(1_000_000, true, false);
    assertThat(before.compare(sharing(1_000_010, false, false)).paradoxes()).singleElement()
        .satisfies(p -> {
          assertThat(p.recipient()).isEqualTo(STOCKHOLM);
          assertThat(p.cause()).isEqualTo(ParadoxCause.ELIGIBILITY);
          assertThat(p.redistributed().isLoss()).isTrue();
        });
    assertThat(before.compare(sharing(1_000_010, true, true)).paradoxes()).singleElement()
        .satisfies(p -> assertThat(p.cause()).isEqualTo(ParadoxCause.CAP));
    // Kiruna takes its share after: nothing is left to share, though the budget rose.
    GrantRound round = round(Amount.ofKronor(1_000_010));
    DistributionKey key = key(800, 100, 100);
    List<Requisition> all = new ArrayList<>();
    key.keyedAmounts(round.pot(PotId.MUNICIPALITIES)).forEach((r, amount) -> all.add(
        Requisition.builder().recipient(r).amount(amount).date(DAY).wantsUnclaimedFunds(true)
            .build()));
    RoundAllocation after = RoundAllocation.builder(round)
        .requisitions(PotId.MUNICIPALITIES, key, all).buildPartial();
    assertThat(before.compare(after).paradoxes()).extracting(Paradox::recipient, Paradox::cause)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(STOCKHOLM, ParadoxCause.REDISTRIBUTION),
            org.assertj.core.groups.Tuple.tuple(UPPSALA, ParadoxCause.REDISTRIBUTION));
  }

  @Test
  void aParadoxMustBeAMoveAgainstTheExpectationWhosePartsAddUp() {
    AmountChange budget = AmountChange.of(Amount.ofOre(10), Amount.ofOre(11));
    AmountChange fell = AmountChange.of(Amount.ofOre(2), Amount.ofOre(1));
    AmountChange none = AmountChange.of(Amount.zero(), Amount.zero());
    AmountChange fellBudget = AmountChange.of(Amount.ofOre(11), Amount.ofOre(10));
    AmountChange rose = AmountChange.of(Amount.ofOre(1), Amount.ofOre(2));
    assertThatIllegalArgumentException().isThrownBy(() -> new Paradox(PotId.MUNICIPALITIES,
            "Utvecklingsmedel till kommuner", KIRUNA, "Kiruna kommun", fellBudget, fell, 0, false,
            fell, none, ParadoxCause.ROUNDING))
        .withMessage("Paradox of 2584 Kiruna: the amount -0.01 "
            + "is no move against the expected fall");
    assertThat(new Paradox(PotId.MUNICIPALITIES, "Utvecklingsmedel till kommuner", KIRUNA,
        "Kiruna kommun", fellBudget, rose, 0, false, rose, none, ParadoxCause.ROUNDING).move())
        .isEqualTo(Amount.ofOre(1));
    assertThatIllegalArgumentException().isThrownBy(() -> new Paradox(PotId.MUNICIPALITIES,
            "Utvecklingsmedel till kommuner", KIRUNA, "Kiruna kommun", budget, fell, 0, false,
            fell, none, ParadoxCause.ROUNDING))
        .withMessageContaining("a fall is not what a budget");
    assertThatIllegalArgumentException().isThrownBy(() -> new Paradox(PotId.MUNICIPALITIES,
            "Utvecklingsmedel till kommuner", KIRUNA, "Kiruna kommun", budget, fell, 2, true,
            fell, none, ParadoxCause.ROUNDING))
        .withMessageContaining("'shareMove' must be 1, 0 or -1");
    assertThatIllegalArgumentException().isThrownBy(() -> new Paradox(PotId.MUNICIPALITIES,
            "Utvecklingsmedel till kommuner", KIRUNA, "Kiruna kommun", budget, fell, 0, true, none,
            none, ParadoxCause.ROUNDING))
        .withMessageContaining("do not add up");
  }
}
