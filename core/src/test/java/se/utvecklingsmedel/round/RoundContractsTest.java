package se.utvecklingsmedel.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableSortedSet;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;

/** The round's year bounds and the pot id's order and form. */
class RoundContractsTest {

  private static GrantRound.Builder round(int year) {
    return GrantRound.builder().year(year).legalBasis("Regeringsbeslut (exempel)")
        .addPot(Pot.builder().id(PotId.MUNICIPALITIES).label("Kommuner")
            .addCategory(RecipientCategory.MUNICIPALITY).budget(Amount.ofKronor(1))
            .method(DistributionMethod.REQUISITION).build());
  }

  @Test
  void aRoundIsFrom2000To2100() {
    assertThat(round(2000).build().year()).isEqualTo(2000);
    assertThat(round(2100).build().year()).isEqualTo(2100);
    assertThatIllegalArgumentException().isThrownBy(() -> round(1999).build())
        .withMessage("GrantRound 'year' must be from 2000 to 2100, but was 1999");
    assertThatIllegalArgumentException().isThrownBy(() -> round(2101).build())
        .withMessage("GrantRound 'year' must be from 2000 to 2100, but was 2101");
  }

  @Test
  void potIdsAreSlugsInTheirOwnOrder() {
    assertThat(ImmutableSortedSet.of(PotId.REGIONS, PotId.MUNICIPALITIES, PotId.NON_PROFITS))
        .containsExactly(PotId.MUNICIPALITIES, PotId.NON_PROFITS, PotId.REGIONS);
    assertThat(PotId.of("a").compareTo(PotId.of("b"))).isNegative();
    assertThat(PotId.of("b").compareTo(PotId.of("a"))).isPositive();
    assertThat(PotId.of("a-1")).isEqualTo(PotId.of("a-1")).hasToString("a-1");
    String longest = "a".repeat(64);
    assertThat(PotId.of(longest).value()).hasSize(64);
    assertThatIllegalArgumentException().isThrownBy(() -> PotId.of(longest + "a"))
        .withMessage("PotId '" + longest + "…' must be a lower-case slug of at most 64 characters, "
            + "such as 'stimulus-funds'");
    for (String bad : new String[] {"", "-a", "a-", "a--b", "A", "a b", "å"}) {
      assertThatIllegalArgumentException().isThrownBy(() -> PotId.of(bad));
    }
  }

  /** The round prints its use period as the seed states it, first and last day. */
  @Test
  void theRoundPrintsItsUsePeriodAsClosedDates() {
    assertThat(RoundCatalogue.round2016().toString()).startsWith("GrantRound 2016 (")
        .contains("use period 2016-01-01 – 2016-12-31, 6 pots, 105500000.00 kr")
        .doesNotContain("2017-01-01");
  }
}
