package se.utvecklingsmedel.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;

/** What-if: the 2016 municipalities pot under two keys. */
class ComparisonTest {

  private static final Municipality A = ReferenceData.municipality("0180");
  private static final Municipality B = ReferenceData.municipality("1480");
  private static final Municipality C = ReferenceData.municipality("2584");

  private static RoundAllocation allocate(long a, long b, long c) {
    DistributionKey key = DistributionKey.byWeights("vikter",
        Weights.<Recipient>builder().put(A, a).put(B, b).put(C, c).build());
    List<Requisition> requisitions = List.of(
        Requisition.builder().recipient(A).amount(Amount.ofKronor(1_000)).date(LocalDate.of(2016, 3, 1))
            .build());
    return RoundAllocation.builder(RoundCatalogue.round2016())
        .requisitions(PotId.MUNICIPALITIES, key, requisitions).buildPartial();
  }

  @Test
  void showsWhoGainsAndWhoLoses() {
    RoundAllocation before = allocate(1, 1, 1);
    RoundAllocation after = allocate(1, 1, 1);
    assertThat(before.compare(after).gainers()).isEmpty();
    assertThat(before.compare(after).losers()).isEmpty();
    assertThat(before.compare(after).recipients().get(A).isUnchanged()).isTrue();

    // Only A requisitions 1 000 kr either way; what changes is nothing for A, and the pot returns the
    // same. Now let B requisition too under a key that gives B more.
    DistributionKey key = DistributionKey.byWeights("vikter",
        Weights.<Recipient>builder().put(A, 1).put(B, 4).put(C, 5).build());
    RoundAllocation more = RoundAllocation.builder(RoundCatalogue.round2016())
        .requisitions(PotId.MUNICIPALITIES, key, List.of(
            Requisition.builder().recipient(A).amount(Amount.ofKronor(500)).date(LocalDate.of(2016, 3, 1))
                .build(),
            Requisition.builder().recipient(B).amount(Amount.ofKronor(2_000)).date(LocalDate.of(2016, 3, 1))
                .build()))
        .buildPartial();
    AllocationComparison comparison = before.compare(more);
    assertThat(comparison.gainers()).containsExactly(B);
    assertThat(comparison.losers()).containsExactly(A);
    assertThat(comparison.recipients().get(A))
        .isEqualTo(AmountChange.of(Amount.ofKronor(1_000), Amount.ofKronor(500)));
    assertThat(comparison.recipients().get(A).loss()).isEqualTo(Amount.ofKronor(500));
    assertThat(comparison.recipients().get(B).gain()).isEqualTo(Amount.ofKronor(2_000));
    AllocationComparison.PotChange pot = comparison.pots().get(PotId.MUNICIPALITIES);
    assertThat(comparison.pot(PotId.MUNICIPALITIES)).isSameAs(pot);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> comparison.pot(PotId.REGIONS))
        .withMessage("AllocationComparison has no pot 'regions'; it has [municipalities]");
    assertThat(pot.granted().gain()).isEqualTo(Amount.ofKronor(1_500));
    assertThat(pot.returned().loss()).isEqualTo(Amount.ofKronor(1_500));
    assertThat(pot.budget().isUnchanged()).isTrue();
    assertThat(comparison).hasToString("AllocationComparison: 1 gain, 1 lose, [PotChange[potId="
        + "municipalities, budget=0.00, redistributed=0.00, granted=+1500.00, returned=-1500.00]]");
    assertThat(comparison).isEqualTo(before.compare(more)).hasSameHashCodeAs(before.compare(more));
  }

  @Test
  void aPotInOnlyOneAllocationCountsAsZeroInTheOther() {
    RoundAllocation none = RoundAllocation.builder(RoundCatalogue.round2016())
        .applications(PotId.NON_PROFITS, List.of()).buildPartial();
    AllocationComparison comparison = none.compare(allocate(1, 1, 1));
    assertThat(comparison.pots().get(PotId.MUNICIPALITIES).budget().gain())
        .isEqualTo(Amount.ofKronor(50_000_000));
    assertThat(comparison.gainers()).containsExactly(A);
    assertThat(allocate(1, 1, 1).totalGrantedTo(C)).isEqualTo(Amount.zero());
    assertThat(none.totalGrantedTo(A)).isEqualTo(Amount.zero());
  }

  @Test
  void amountChangeSigns() {
    assertThat(AmountChange.of(Amount.ofOre(100), Amount.ofOre(350))).hasToString("+2.50");
    assertThat(AmountChange.of(Amount.ofOre(350), Amount.ofOre(100))).hasToString("-2.50");
    assertThat(AmountChange.of(Amount.ofOre(5), Amount.ofOre(5))).hasToString("0.00");
    assertThat(AmountChange.of(Amount.ofOre(5), Amount.ofOre(5)).gain()).isEqualTo(Amount.zero());
  }
}
