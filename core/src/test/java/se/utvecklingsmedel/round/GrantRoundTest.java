package se.utvecklingsmedel.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;

class GrantRoundTest {

  private static final GrantRound ROUND_2016 = RoundCatalogue.round2016();
  private static final Pot MUNICIPALITIES = Pot.builder()
      .id(PotId.MUNICIPALITIES).label("Utvecklingsmedel till kommuner")
      .addCategory(RecipientCategory.MUNICIPALITY)
      .budget(Amount.ofKronor(50_000_000)).method(DistributionMethod.REQUISITION).build();

  @Test
  void the2016RoundAsSeed004StatesIt() {
    assertThat(ROUND_2016.year()).isEqualTo(2016);
    assertThat(ROUND_2016.legalBasis())
        .isEqualTo("Regeringsbeslut 2016-01-28 nr II:3, S2011/11337/FST, S2016/00633/FST (delvis)");
    assertThat(ROUND_2016.pots()).extracting(Pot::id).containsExactly(PotId.MUNICIPALITIES, PotId.REGIONS,
        PotId.NON_PROFITS, PotId.STIMULUS_FUNDS, PotId.ADMINISTRATION_NCK, PotId.ADMINISTRATION_COUNTY_BOARDS);
    assertThat(ROUND_2016.pot(PotId.MUNICIPALITIES).budget()).isEqualTo(Amount.ofKronor(50_000_000));
    assertThat(ROUND_2016.pot(PotId.MUNICIPALITIES).method()).isEqualTo(DistributionMethod.REQUISITION);
    assertThat(ROUND_2016.pot(PotId.REGIONS).budget()).isEqualTo(Amount.ofKronor(20_000_000));
    assertThat(ROUND_2016.pot(PotId.REGIONS).categories()).containsExactly(RecipientCategory.REGION);
    assertThat(ROUND_2016.pot(PotId.NON_PROFITS).budget()).isEqualTo(Amount.ofKronor(15_000_000));
    assertThat(ROUND_2016.pot(PotId.NON_PROFITS).method()).isEqualTo(DistributionMethod.APPLICATION);
    assertThat(ROUND_2016.pot(PotId.STIMULUS_FUNDS).budget()).isEqualTo(Amount.ofKronor(5_000_000));
    assertThat(ROUND_2016.pot(PotId.STIMULUS_FUNDS).categories()).containsExactly(
        RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD, RecipientCategory.NATIONAL_CENTRE);
    assertThat(ROUND_2016.pot(PotId.ADMINISTRATION_NCK).budget()).isEqualTo(Amount.ofKronor(500_000));
    assertThat(ROUND_2016.pot(PotId.ADMINISTRATION_COUNTY_BOARDS).budget())
        .isEqualTo(Amount.ofKronor(15_000_000));
    assertThat(ROUND_2016.totalBudget()).isEqualTo(Amount.parse("105 500 000,00 kr"));
    assertThat(ROUND_2016.usePeriod())
        .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)));
    assertThat(ROUND_2016.requisitionDeadline()).isEmpty();
    assertThat(ROUND_2016.reportDeadline()).isEmpty();
    assertThat(ROUND_2016.repaymentDeadline()).isEmpty();
    assertThat(ROUND_2016.potsFor(RecipientCategory.NATIONAL_CENTRE)).extracting(Pot::id)
        .containsExactly(PotId.STIMULUS_FUNDS, PotId.ADMINISTRATION_NCK);
    assertThat(ROUND_2016.pot(PotId.STIMULUS_FUNDS).serves(RecipientCategory.MUNICIPALITY)).isFalse();
    assertThat(RoundCatalogue.round2016()).isEqualTo(ROUND_2016).hasSameHashCodeAs(ROUND_2016);
  }

  @Test
  void aRoundForAnotherYearWithItsDates() {
    GrantRound round = GrantRound.builder().year(2018).legalBasis("Regeringsbeslut (exempel)")
        .addPot(MUNICIPALITIES)
        .requisitionDeadline(LocalDate.of(2018, 5, 31))
        .reportDeadline(LocalDate.of(2019, 3, 31))
        .repaymentDeadline(LocalDate.of(2019, 3, 31))
        .build();
    assertThat(round.usePeriod().getStart()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(round.usePeriod().getEndInclusive()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(round.requisitionDeadline()).contains(LocalDate.of(2018, 5, 31));
    // Copying a round copies its use period too: changing only the year is caught, not passed on.
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GrantRound.builder().from(round).year(2019).build())
        .withMessage("GrantRound 2019: 'usePeriod' must start in 2019, but starts 2018-01-01");
  }

  @Test
  void rejectsAnUnknownPot() {
    assertThatIllegalArgumentException().isThrownBy(() -> ROUND_2016.pot(PotId.of("roads")))
        .withMessage("GrantRound 2016 has no pot 'roads'; it has [municipalities, regions, "
            + "non-profits, stimulus-funds, administration-nck, administration-county-boards]");
  }

  @Test
  void rejectsOverlappingPots() {
    Pot more = Pot.builder().from(MUNICIPALITIES).id(PotId.of("more-municipalities")).build();
    assertThatIllegalArgumentException().isThrownBy(() -> base().addPots(MUNICIPALITIES, more).build())
        .withMessage("GrantRound 2018: pots 'municipalities' and 'more-municipalities' overlap: both "
            + "hand out followed-up grants to MUNICIPALITY");
    // A requisition pot and an application pot for one category would split its statistics.
    Pot applied = Pot.builder().from(MUNICIPALITIES).id(PotId.of("municipal-projects"))
        .method(DistributionMethod.APPLICATION).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> base().addPots(MUNICIPALITIES, applied).build())
        .withMessage("GrantRound 2018: pots 'municipalities' and 'municipal-projects' overlap: both "
            + "hand out followed-up grants to MUNICIPALITY");
  }

  @Test
  void rejectsAPotIdUsedTwice() {
    Pot same = Pot.builder().from(MUNICIPALITIES).method(DistributionMethod.APPLICATION).build();
    assertThatIllegalArgumentException().isThrownBy(() -> base().addPots(MUNICIPALITIES, same).build())
        .withMessage("GrantRound 2018: pot id 'municipalities' is used twice")
        .isInstanceOfSatisfying(se.utvecklingsmedel.vocabulary.RuleViolation.class,
            v -> org.assertj.core.api.Assertions.assertThat(v.path()).isEqualTo("pots[1].id"));
  }

  @Test
  void rejectsDatesOutOfOrder() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> base().addPot(MUNICIPALITIES).requisitionDeadline(LocalDate.of(2019, 1, 1)).build())
        .withMessage("GrantRound 2018: 'requisitionDeadline' 2019-01-01 must not be after the use "
            + "period ends 2018-12-31");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> base().addPot(MUNICIPALITIES).reportDeadline(LocalDate.of(2018, 12, 31)).build())
        .withMessage("GrantRound 2018: 'reportDeadline' 2018-12-31 must be after the use period ends "
            + "2018-12-31");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> base().addPot(MUNICIPALITIES).repaymentDeadline(LocalDate.of(2018, 6, 1)).build())
        .withMessage("GrantRound 2018: 'repaymentDeadline' 2018-06-01 must be after the use period "
            + "ends 2018-12-31");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> base().addPot(MUNICIPALITIES).usePeriod(
            LocalDateRange.ofClosed(LocalDate.of(2017, 7, 1), LocalDate.of(2018, 6, 30))).build())
        .withMessage("GrantRound 2018: 'usePeriod' must start in 2018, but starts 2017-07-01");
  }

  @Test
  void rejectsABadYearLegalBasisOrNoPots() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GrantRound.builder().year(1999).legalBasis("x").addPot(MUNICIPALITIES).build())
        .withMessage("GrantRound 'year' must be from 2000 to 2100, but was 1999");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GrantRound.builder().year(2018).legalBasis(" ").addPot(MUNICIPALITIES).build())
        .withMessage("GrantRound 2018: 'legalBasis' must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> base().build())
        .withMessage("GrantRound 2018: 'pots' must have at least one pot");
    assertThatIllegalStateException().isThrownBy(() -> GrantRound.builder().year(2018).build())
        .withMessageContaining("legalBasis");
  }

  @Test
  void rejectsBudgetsBeyondTheRange() {
    Pot huge = Pot.builder().from(MUNICIPALITIES).budget(Amount.ofOre(Long.MAX_VALUE)).build();
    Pot other = Pot.builder().from(huge).id(PotId.REGIONS).addCategory(RecipientCategory.REGION)
        .categories(java.util.Set.of(RecipientCategory.REGION)).build();
    assertThatIllegalArgumentException().isThrownBy(() -> base().addPots(huge, other).build())
        .withMessage("GrantRound 2018: the pots' budgets add up beyond the range of an Amount")
        .isInstanceOfSatisfying(se.utvecklingsmedel.vocabulary.RuleViolation.class,
            v -> org.assertj.core.api.Assertions.assertThat(v.path()).isEqualTo("pots[1].budget"));
  }

  @Test
  void labelAndLegalBasisAreKeptInNfcSoThatTwoSpellingsAreOneValue() {
    String decomposed = "Medel till l\u00e4nsstyrelserna, sma\u030Aorter";
    String composed = "Medel till l\u00e4nsstyrelserna, sm\u00e5orter";
    Pot pot = Pot.builder().from(MUNICIPALITIES).label(decomposed).build();
    assertThat(pot.label()).isEqualTo(composed);
    assertThat(pot).isEqualTo(Pot.builder().from(MUNICIPALITIES).label(composed).build());
    GrantRound round = base().legalBasis(decomposed).addPot(MUNICIPALITIES).build();
    assertThat(round.legalBasis()).isEqualTo(composed);
    assertThat(round.pots()).containsExactly(MUNICIPALITIES);
  }

  @Test
  void potChecks() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Pot.builder().from(MUNICIPALITIES).id(PotId.of("Kommuner")).build())
        .withMessage("PotId 'Kommuner' must be a lower-case slug of at most 64 characters, such as "
            + "'stimulus-funds'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Pot.builder().from(MUNICIPALITIES).budget(Amount.zero()).build())
        .withMessage("Pot municipalities: 'budget' must be above zero, but was 0.00 kr");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Pot.builder().from(MUNICIPALITIES).label("").build())
        .withMessage("Pot municipalities: 'label' must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Pot.builder().from(MUNICIPALITIES).categories(java.util.Set.of()).build())
        .withMessage("Pot municipalities: 'categories' must name at least one");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Pot.builder().from(MUNICIPALITIES)
            .addCategory(RecipientCategory.NON_PROFIT_ORGANISATION).build())
        .withMessage("Pot municipalities: a requisition pot can only serve municipalities and "
            + "regions, but serves [MUNICIPALITY, NON_PROFIT_ORGANISATION]");
    assertThatIllegalStateException()
        .isThrownBy(() -> Pot.builder().id(PotId.of("x")).label("x").addCategory(RecipientCategory.REGION)
            .method(DistributionMethod.REQUISITION).build())
        .withMessageContaining("budget");
  }

  private static GrantRound.Builder base() {
    return GrantRound.builder().year(2018).legalBasis("Regeringsbeslut (exempel)");
  }
}
