package se.utvecklingsmedel.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.deadline.Deadlines;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.published.RoundComparison;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.statistics.Figure;
import se.utvecklingsmedel.statistics.Share;

/**
 * The programme's rounds 2016–2022 as the sources state them (issue 29): each fact with its
 * source, every unknown left unknown, and a round built only when its facts are complete.
 */
class ProgrammeTest {

  private static final Programme PROGRAMME = Programme.builtIn();

  private static RoundFacts facts(String id) {
    return PROGRAMME.facts(RoundId.parse(id));
  }

  @Test
  void everyRoundOfTheProgrammeWithItsSources() {
    assertThat(PROGRAMME.rounds()).extracting(r -> r.id().toString())
        .containsExactly("2016:1", "2017:1", "2018:1", "2019:1", "2019:2", "2020:1", "2021:1",
            "2021:2", "2022:1", "2022:2");
    assertThat(PROGRAMME.inYear(2019)).extracting(RoundFacts::id)
        .containsExactly(RoundId.of(2019, 1), RoundId.of(2019, 2));
    assertThat(PROGRAMME.rounds()).flatMap(RoundFacts::facts).allSatisfy(fact -> {
      assertThat(fact.source().title()).isNotBlank();
      assertThat(fact.source().publisher()).isIn("Socialstyrelsen", "Regeringen");
      assertThat(fact.source().date()).isNotBlank();
    });
    assertThat(PROGRAMME.sources().get("S4"))
        .hasToString("Regeringen, Uppdrag att fördela utvecklingsmedel och ge kompetensstöd för "
            + "arbete mot våld i nära relationer m.m. (regeringsbeslut I:5, S2020/01591/SOF "
            + "(delvis)) (2020-03-12)");
    assertThatIllegalArgumentException().isThrownBy(() -> facts("2023:1"))
        .withMessageStartingWith("Programme has no round 2023:1; it has [2016:1, 2017:1");
  }

  /** The catalogue's 2016 facts are exactly the built-in 2016 round. */
  @Test
  void the2016FactsAreTheBuiltInRound() {
    assertThat(facts("2016:1").missing()).isEmpty();
    assertThat(facts("2016:1").round()).isEqualTo(RoundCatalogue.round2016());
    assertThat(PROGRAMME.catalogue().rounds()).extracting(GrantRound::id)
        .containsExactly(RoundId.of(2016, 1), RoundId.of(2020, 1));
  }

  /** 2017 and 2018 existed under the 2016–2018 commission; no source gives their amounts. */
  @Test
  void aRoundWithUnknownFactsIsListedButNotBuilt() {
    RoundFacts round2017 = facts("2017:1");
    assertThat(round2017.pots()).isEmpty();
    assertThat(round2017.missing()).containsExactly("pots", "usePeriod");
    assertThatIllegalArgumentException().isThrownBy(round2017::round)
        .withMessage("Round 2017:1 cannot be allocated: the sources do not give its pots, "
            + "usePeriod. Supply them: Programme.builtIn().facts(RoundId.parse(\"2017:1\"))"
            + ".builder() has every known fact; set the rest (a pot without a known budget with "
            + "pots().get(i).withBudget(amount)) and build().");
    assertThat(facts("2019:1").budgetTotal()).contains(Amount.ofKronor(50_000_000));
    assertThat(facts("2019:1").closed()).contains(LocalDate.of(2019, 6, 1));
  }

  /**
   * 2019's second round: 30 MSEK to the municipalities, a call on 27 June and a requisition
   * deadline on 1 October 2019, the report "senast den 31 mars året efter", a wider scope; its
   * decision is not in the sources, so a user supplies it in one builder call.
   */
  @Test
  void theSecondRoundOf2019() {
    RoundFacts facts = facts("2019:2");
    assertThat(facts.pots()).singleElement().satisfies(pot -> {
      assertThat(pot.budget()).contains(Amount.ofKronor(30_000_000));
      assertThat(pot.categories()).containsExactly(RecipientCategory.MUNICIPALITY);
    });
    assertThat(facts.reportDeadline()).hasValueSatisfying(d -> {
      assertThat(d.swedish()).isEqualTo("31 mars året efter");
      assertThat(d.in(2019)).isEqualTo(LocalDate.of(2020, 3, 31));
    });
    assertThat(facts.scope()).hasValueSatisfying(s -> assertThat(s).contains("könsstympning"));
    assertThat(facts.scopeTerms()).containsExactlyInAnyOrder(ScopeTerm.INTIMATE_PARTNER_VIOLENCE,
        ScopeTerm.SEXUAL_VIOLENCE, ScopeTerm.FEMALE_GENITAL_MUTILATION, ScopeTerm.PROSTITUTION);
    assertThat(facts.missing()).containsExactly("legalBasis", "usePeriod");
    GrantRound round = facts.builder().legalBasis("Socialstyrelsens beslut 2019 (användarens)")
        .usePeriod(LocalDateRange.ofClosed(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)))
        .build();
    assertThat(round.id()).isEqualTo(RoundId.of(2019, 2));
    assertThat(round.requisitionDeadline()).contains(LocalDate.of(2019, 10, 1));
    assertThat(round.reportDeadline()).contains(LocalDate.of(2020, 3, 31));
    assertThat(round.applicationPeriod()).contains(LocalDateRange.ofClosed(
        LocalDate.of(2019, 6, 27), LocalDate.of(2019, 10, 1)));
  }

  /** A relative date is moved by lagen (1930:173) like any other: 31 March 2019 is a Sunday. */
  @Test
  void aRelativeDeadlineIsMovedLikeAnAbsoluteOne() {
    YearRelativeDate report = YearRelativeDate.parse("03-31+1");
    assertThat(report).isEqualTo(new YearRelativeDate(MonthDay.of(3, 31), 1)).hasToString("03-31+1");
    assertThat(Deadlines.swedish().effective(report.in(2018))).isEqualTo(LocalDate.of(2019, 4, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> YearRelativeDate.parse("31 mars"))
        .withMessageContaining("such as 03-31+1");
    assertThatIllegalArgumentException().isThrownBy(() -> new YearRelativeDate(MonthDay.of(3, 31),
        3)).withMessage("YearRelativeDate 'yearsAfter' must be from 0 to 2, but was 3");
  }

  /** 2020 is complete in the sources: it builds, with unclaimed funds pooled across categories. */
  @Test
  void the2020RoundBuildsFromItsFacts() {
    RoundFacts facts = facts("2020:1");
    GrantRound round = facts.round();
    assertThat(round.decision()).hasValueSatisfying(d -> assertThat(d)
        .hasToString("Regeringsbeslut 2020-03-12 nr I:5, S2020/01591/SOF (delvis)"));
    assertThat(round.totalBudget()).isEqualTo(Amount.ofKronor(114_500_000));
    assertThat(round.pot(PotId.REGIONS).budget()).isEqualTo(Amount.ofKronor(31_500_000));
    assertThat(facts.unclaimedFunds()).hasValueSatisfying(u -> assertThat(u)
        .contains("kommuner och regioner"));
  }

  /** 2021: a fixed sum beside ceilings ("högst"), and a later top-up whose split is unknown. */
  @Test
  void ceilingsAndTopUpsIn2021And2022() {
    RoundFacts round2021 = facts("2021:1");
    assertThat(round2021.pots()).extracting(RoundFacts.PotFacts::kind)
        .containsExactly(BudgetKind.FIXED, BudgetKind.CEILING, BudgetKind.CEILING);
    assertThat(round2021.topUps()).singleElement().satisfies(t -> {
      assertThat(t.amount()).isEqualTo(Amount.ofKronor(21_000_000));
      assertThat(t.source().id()).isEqualTo("S9");
    });
    // No source states what happens to an unspent ceiling: it is missing until a user states it.
    assertThat(round2021.missing()).containsExactly("usePeriod", "unspentCeiling",
        "unclaimedFunds");
    GrantRound built = round2021.builder().usePeriod(LocalDateRange.ofClosed(
        LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)))
        .unspentCeiling(UnspentCeiling.LAPSES).build();
    assertThat(built.unspentCeiling()).contains(UnspentCeiling.LAPSES);
    assertThat(built.pot(PotId.REGIONS).budgetKind()).isEqualTo(BudgetKind.CEILING);
    assertThat(built.scope()).containsExactlyInAnyOrder(ScopeTerm.INTIMATE_PARTNER_VIOLENCE,
        ScopeTerm.HONOUR_RELATED_VIOLENCE);
    assertThat(BudgetKind.CEILING.label()).isEqualTo("Högst");
    RoundFacts round2022 = facts("2022:1");
    assertThat(round2022.applicationPeriod()).contains(LocalDateRange.ofClosed(
        LocalDate.of(2021, 10, 18), LocalDate.of(2021, 12, 21)));
    assertThat(round2022.condition()).hasValueSatisfying(c -> assertThat(c).contains("riksdagen"));
    assertThat(round2022.missing()).containsExactly("legalBasis", "budget of non-profits",
        "usePeriod");
    assertThat(round2022.topUps()).singleElement().satisfies(t -> assertThat(t.earmark())
        .hasValueSatisfying(e -> assertThat(e).contains("osäker")));
    assertThatIllegalArgumentException().isThrownBy(() -> round2021.pots().get(0)
        .withBudget(Amount.ofKronor(1))).withMessage("Pot municipalities: the sources give the "
            + "budget 70000000.00 kr, not 1.00 kr");
  }

  /**
   * A top-up is a decision of its own: 2021's 21 MSEK, whose split no source gives, is round 2021:2
   * adding to 2021:1; a user supplies what is missing and allocates it like any round. The 2022
   * top-up carries its earmark.
   */
  @Test
  void aTopUpIsARoundOfItsOwnThatCanBeAllocated() {
    RoundFacts topUp = facts("2021:2");
    assertThat(topUp.topUpOf()).contains(RoundId.of(2021, 1));
    assertThat(topUp.missing()).containsExactly("legalBasis", "pots", "usePeriod");
    assertThatIllegalArgumentException().isThrownBy(topUp::round).withMessageStartingWith(
        "Round 2021:2 cannot be allocated: the sources do not give its legalBasis, pots, "
            + "usePeriod.");
    GrantRound round = topUp.builder().legalBasis("Tillskott 2021 (pressmeddelande juni 2021)")
        .addPots(Pot.builder().id(PotId.MUNICIPALITIES).label("Tillskott till kommuner")
            .addCategories(RecipientCategory.MUNICIPALITY).budget(topUp.budgetTotal().orElseThrow())
            .method(DistributionMethod.REQUISITION).build())
        .usePeriod(LocalDateRange.ofClosed(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31)))
        .build();
    assertThat(round.id()).isEqualTo(RoundId.of(2021, 2));
    assertThat(round.topUpOf()).contains(RoundId.of(2021, 1));
    assertThat(facts("2022:2").builder().legalBasis("x").usePeriod(LocalDateRange.ofClosed(
            LocalDate.of(2022, 6, 1), LocalDate.of(2022, 12, 31)))
        .addPots(Pot.builder().id(PotId.MUNICIPALITIES).label("Skyddat boende")
            .addCategories(RecipientCategory.MUNICIPALITY).budget(Amount.ofKronor(30_000_000))
            .method(DistributionMethod.REQUISITION).build()).build().earmark())
        .hasValueSatisfying(e -> assertThat(e).contains("skyddade boenden"));
    assertThatIllegalArgumentException().isThrownBy(() -> GrantRound.builder().from(round)
            .topUpOf(RoundId.of(2020, 1)).build())
        .withMessage("GrantRound 2021:2: 'topUpOf' 2020:1 must be an earlier round of the same "
            + "year");
  }

  /**
   * The final report on 2016–2018: "Antalet kommuner som har rekvirerat medel har ökat från 246
   * kommuner 2016 till 273 kommuner 2018. Även andelen använda medel hos kommuner har ökat från 81
   * till 92 procent." Both rounds' partial statistics come from the catalogue.
   */
  @Test
  void from2016To2018AsTheFinalReportStatesIt() {
    RoundComparison comparison = RoundComparison.of(facts("2016:1").published().orElseThrow(),
        facts("2018:1").published().orElseThrow());
    RoundComparison.CategoryChange municipalities = comparison.categories()
        .get(RecipientCategory.MUNICIPALITY);
    assertThat(municipalities.before(Figure.REQUISITIONING)).contains(246);
    assertThat(municipalities.after(Figure.REQUISITIONING)).contains(273);
    assertThat(municipalities.before(Figure.SHARE_USED)).contains(Share.of(81, 100));
    assertThat(municipalities.after(Figure.SHARE_USED)).contains(Share.of(92, 100));
    assertThat(municipalities.before(Figure.GRANTED)).isEmpty(); // not published: unknown
    assertThat(facts("2017:1").published()).isEmpty();
  }

  /**
   * 2022: the non-profits applied on condition that parliament grants the money. Until the
   * condition is recorded as met the grants are decided, but nothing is paid out or followed up.
   */
  @Test
  void aConditionalBudgetPaysNothingUntilTheConditionIsMet() {
    RoundFacts facts = facts("2022:1");
    GrantRound round = facts.builder().legalBasis("Regeringens beslut 2022 (användarens)")
        .usePeriod(LocalDateRange.ofClosed(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)))
        .addPots(facts.pots().get(0).withBudget(Amount.ofKronor(1_000_000)))
        .build();
    assertThat(round.condition()).hasValueSatisfying(c -> assertThat(c.isMet()).isFalse());
    se.utvecklingsmedel.recipient.NonProfitOrganisation shelter = se.utvecklingsmedel.recipient
        .NonProfitOrganisation.of("802000-1239", "Kvinnojouren");
    java.util.List<se.utvecklingsmedel.grant.Application> applications = java.util.List.of(
        se.utvecklingsmedel.grant.Application.builder().applicant(shelter)
            .amount(Amount.ofKronor(100_000))
            .addDevelopmentArea(se.utvecklingsmedel.vocabulary.DevelopmentArea
                .SUPPORT_FOR_ABUSED_WOMEN)
            .date(LocalDate.of(2021, 12, 1)).build());
    se.utvecklingsmedel.grant.RoundAllocation decided = se.utvecklingsmedel.grant.RoundAllocation
        .builder(round).applications(PotId.NON_PROFITS, applications).build();
    assertThat(decided.pot(PotId.NON_PROFITS).granted()).isEqualTo(Amount.ofKronor(100_000));
    assertThat(decided.payable()).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> se.utvecklingsmedel.followup.FollowUp
            .of(decided, java.util.List.of(), LocalDate.of(2023, 6, 1)))
        .withMessageStartingWith("FollowUp of 2022:1: the round's money rests on a condition not "
            + "recorded as met (Ansökan om medel till ideella föreningar och stiftelser gjordes "
            + "under förutsättning att riksdagen beviljar medlen.)");
    GrantRound met = GrantRound.builder().from(round)
        .condition(round.condition().orElseThrow().metOn(LocalDate.of(2021, 12, 22))).build();
    se.utvecklingsmedel.grant.RoundAllocation paid = se.utvecklingsmedel.grant.RoundAllocation
        .builder(met).applications(PotId.NON_PROFITS, applications).build();
    assertThat(paid.payable()).isTrue();
    assertThat(se.utvecklingsmedel.followup.FollowUp.of(paid, java.util.List.of(),
        LocalDate.of(2023, 6, 1)).settlements()).hasSize(1);
    assertThat(RoundCatalogue.round2016().condition()).isEmpty();
  }
}
