package se.utvecklingsmedel.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.statistics.Figure;
import se.utvecklingsmedel.statistics.Share;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * The catalogue read afresh (not the memoized built-in), fact by fact, and its rules for a
 * malformed catalogue: every fact read is the one its line states.
 */
class ProgrammeCatalogueTest {

  private static final Programme FRESH = Programme.read("programme.tsv");

  @Test
  void aFreshReadIsTheBuiltInProgramme() {
    assertThat(FRESH.rounds()).isEqualTo(Programme.builtIn().rounds());
    assertThat(FRESH).hasToString("Programme [2016:1, 2017:1, 2018:1, 2019:1, 2019:2, 2020:1, "
        + "2021:1, 2021:2, 2022:1, 2022:2]");
    assertThat(FRESH.sources()).containsKeys("A2016", "S1", "S13").hasSize(10);
  }

  @Test
  void every2016FactAsItsLineStatesIt() {
    RoundFacts facts = FRESH.facts(RoundId.of(2016, 1));
    assertThat(facts.legalBasis()).contains(RoundCatalogue.LEGAL_BASIS_2016);
    assertThat(facts.decision()).contains(new GovernmentDecision(LocalDate.of(2016, 1, 28),
        Optional.of("II:3"), List.of("S2011/11337/FST", "S2016/00633/FST (delvis)")));
    assertThat(facts.pots()).hasSize(6);
    assertThat(facts.pots().get(3)).satisfies(pot -> {
      assertThat(pot.id()).isEqualTo(PotId.STIMULUS_FUNDS);
      assertThat(pot.categories()).containsExactlyInAnyOrder(
          RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD, RecipientCategory.NATIONAL_CENTRE);
      assertThat(pot.budget()).contains(Amount.ofKronor(5_000_000));
      assertThat(pot.kind()).isEqualTo(BudgetKind.FIXED);
    });
    assertThat(facts.usePeriod()).contains(LocalDateRange.ofClosed(LocalDate.of(2016, 1, 1),
        LocalDate.of(2016, 12, 31)));
    assertThat(facts.governmentReportDeadlines()).containsExactly(LocalDate.of(2017, 9, 30),
        LocalDate.of(2018, 9, 30), LocalDate.of(2019, 9, 30));
    assertThat(facts.requisitionDeadline()).isEmpty();
    assertThat(facts.round()).isEqualTo(RoundCatalogue.round2016());
    assertThat(facts.published()).hasValueSatisfying(p -> {
      assertThat(p.year()).isEqualTo(2016);
      assertThat(p.source()).isEqualTo("Socialstyrelsen, Kvalitetsutveckling av arbetet mot våld "
          + "i nära relationer – En slutredovisning av kompetensstödet och utvecklingsmedlen "
          + "2016–2018");
      assertThat(p.categories().get(RecipientCategory.MUNICIPALITY).get(Figure.SHARE_USED))
          .contains(Share.of(81, 100));
    });
    assertThat(facts.facts()).first().satisfies(f -> {
      assertThat(f.name()).isEqualTo("legalBasis");
      assertThat(f.source().id()).isEqualTo("A2016");
    });
    assertThat(facts).hasToString("RoundFacts 2016:1: " + facts.facts().size()
        + " facts; missing []");
  }

  @Test
  void theLaterRoundsFactsAsTheirLinesStateThem() {
    RoundFacts round2019 = FRESH.facts(RoundId.of(2019, 2));
    assertThat(round2019.requisitionDeadline()).contains(LocalDate.of(2019, 10, 1));
    assertThat(round2019.applicationPeriod()).contains(LocalDateRange.ofClosed(
        LocalDate.of(2019, 6, 27), LocalDate.of(2019, 10, 1)));
    assertThat(round2019.decision()).isEmpty();
    assertThat(round2019.legalBasis()).isEmpty();
    assertThat(round2019.unclaimedFunds()).isPresent();
    RoundFacts round2021 = FRESH.facts(RoundId.of(2021, 1));
    assertThat(round2021.decision()).hasValueSatisfying(d -> {
      assertThat(d.number()).isEmpty();
      assertThat(d.caseNumbers()).containsExactly("S2020/01591");
    });
    assertThat(round2021.pots().get(1).budget()).contains(Amount.ofKronor(25_000_000));
    // A top-up is a round of its own, listed on the round it adds to.
    assertThat(round2021.topUps().get(0).earmark()).isEmpty();
    assertThat(round2021.topUps().get(0).round()).isEqualTo(RoundId.of(2021, 2));
    assertThat(round2021.topUps().get(0).topsUp()).isEqualTo(RoundId.of(2021, 1));
    assertThat(round2021.topUps().get(0).source().id()).isEqualTo("S9");
    assertThat(FRESH.facts(RoundId.of(2021, 2)).topUpOf()).contains(RoundId.of(2021, 1));
    assertThat(FRESH.facts(RoundId.of(2021, 2)).budgetTotal()).contains(Amount.ofKronor(
        21_000_000));
    RoundFacts round2022 = FRESH.facts(RoundId.of(2022, 1));
    assertThat(round2022.pots().get(0).budget()).isEmpty();
    assertThat(round2022.topUps().get(0).amount()).isEqualTo(Amount.ofKronor(60_000_000));
    assertThat(round2022.topUps().get(0).earmark()).hasValueSatisfying(e ->
        assertThat(e).startsWith("Ungefär hälften"));
    assertThat(FRESH.facts(RoundId.of(2022, 2)).earmark())
        .isEqualTo(round2022.topUps().get(0).earmark());
    assertThat(FRESH.facts(RoundId.of(2018, 1)).published()).hasValueSatisfying(p -> assertThat(
        p.categories().get(RecipientCategory.MUNICIPALITY).get(Figure.REQUISITIONING))
        .contains(273));
    assertThat(FRESH.facts(RoundId.of(2019, 1)).budgetTotal()).contains(Amount.ofKronor(
        50_000_000));
    assertThat(FRESH.facts(RoundId.of(2020, 1)).round().pot(PotId.NON_PROFITS).budget())
        .isEqualTo(Amount.ofKronor(8_000_000));
    // The round's builder carries the report deadline, the scope and the condition it knows.
    GrantRound built = round2019.builder().legalBasis("x").build();
    assertThat(built.reportDeadline()).contains(LocalDate.of(2020, 3, 31));
    assertThat(built.scope()).hasSize(4);
    assertThat(round2022.builder().legalBasis("x").addPots(round2022.pots().get(0)
        .withBudget(Amount.ofKronor(1))).build().condition()).isPresent();
  }

  @Test
  void factsAreValuesEqualByTheirIdAndFacts() {
    new EqualsTester()
        .addEqualityGroup(FRESH.facts(RoundId.of(2016, 1)), Programme.builtIn()
            .facts(RoundId.of(2016, 1)))
        .addEqualityGroup(FRESH.facts(RoundId.of(2017, 1)))
        .addEqualityGroup(FRESH.facts(RoundId.of(2018, 1)))
        .testEquals();
  }

  @Test
  void aMalformedCatalogueIsRefusedByItsRule() {
    assertThatIllegalArgumentException().isThrownBy(() -> Programme.read("bad-fact.tsv"))
        .isInstanceOf(RuleViolation.class)
        .withMessage("Programme: round 2020:1 has an unknown fact 'colour'");
    assertThatIllegalArgumentException().isThrownBy(() -> Programme.read("bad-source.tsv"))
        .withMessage("Programme: round 2020:1 cites the source 'Y', which the catalogue does not "
            + "list");
    assertThatIllegalArgumentException().isThrownBy(() -> Programme.read("bad-line.tsv"))
        .withMessage("Programme: the line '2020:1\\u0009legalBasis\\u0009Beslut' is not a round, a fact, a "
            + "value and a source");
    assertThatIllegalArgumentException().isThrownBy(() -> Programme.read("bad-figure.tsv"))
        .withMessage("Programme: no figure 'colour'");
    assertThatIllegalArgumentException().isThrownBy(() -> Programme.read("missing.tsv"))
        .withMessage("Programme: the catalogue missing.tsv is missing");
  }

  @Test
  void aRoundsPlaceDecisionAndWindowAtTheirBounds() {
    GrantRound round = RoundCatalogue.round2016();
    assertThat(GrantRound.builder().from(round).place(9).build().id()).hasToString("2016:9");
    assertThatIllegalArgumentException().isThrownBy(() -> GrantRound.builder().from(round)
        .place(10).build()).withMessage("GrantRound 2016: 'place' must be from 1 to 9, but was 10");
    assertThatIllegalArgumentException().isThrownBy(() -> GrantRound.builder().from(round)
        .decision(new GovernmentDecision(LocalDate.of(2017, 1, 1), Optional.empty(), List.of()))
        .build()).withMessage("GrantRound 2016: 'decision' date 2017-01-01 must not be after the "
            + "use period ends 2016-12-31")
        .satisfies(e -> assertThat(((RuleViolation) e).path()).isEqualTo("decision.date"));
    GrantRound laterCall = GrantRound.builder().from(round).applicationPeriod(
        LocalDateRange.ofClosed(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 4, 1))).build();
    assertThat(laterCall.window().getStart()).isEqualTo(LocalDate.of(2016, 1, 1));
    RoundCatalogue catalogue = RoundCatalogue.of(round);
    assertThat(catalogue.find(RoundId.of(2016, 1))).containsSame(round);
    assertThat(catalogue.hashCode()).isEqualTo(RoundCatalogue.of(round).hashCode())
        .isNotEqualTo(RoundCatalogue.builtIn().hashCode());
    assertThat(new GovernmentDecision(LocalDate.of(2021, 3, 18), Optional.empty(),
        List.of("S2020/01591"))).hasToString("Regeringsbeslut 2021-03-18, S2020/01591");
  }
}
