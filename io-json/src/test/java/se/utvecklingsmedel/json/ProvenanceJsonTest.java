package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.grant.ApplicationRules;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.grant.UnclaimedFundsEligibility;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.statistics.RoundStatistics;

/**
 * An allocation's illustration and its decisions' dates in JSON (issue 28): written, read back
 * equal, and a stated grant's dates and mark compared like every stated figure.
 */
class ProvenanceJsonTest {

  private static final String NOTE = "Påhittade belopp för ett exempel.";

  private static RoundAllocation allocation(boolean illustrative) {
    RoundAllocation.Builder builder = RoundAllocation.builder(RoundCatalogue.round2016());
    if (illustrative) {
      builder.illustrative(NOTE);
    }
    return builder.requisitions(PotId.MUNICIPALITIES, Fixtures.key(), Fixtures.requisitions(),
            RequisitionRules.defaults().withEligibility(UnclaimedFundsEligibility.ANY_REQUISITION)
                .withRedistributionDecided(LocalDate.of(2016, 9, 15)))
        .applications(PotId.NON_PROFITS, Fixtures.applications(),
            ApplicationRules.defaults().withDecided(LocalDate.of(2016, 4, 15)))
        .buildPartial();
  }

  @Test
  void anIllustrativeAllocationWithDatesReadsBackEqual() {
    RoundAllocation allocation = allocation(true);
    String json = GrantJson.write(allocation);
    JsonNode tree = GrantJson.tree(allocation);
    assertThat(tree.get("illustration").asText()).isEqualTo(NOTE);
    JsonNode stockholm = tree.get("pots").get(0).get("result").get("grants").get(0);
    assertThat(stockholm.get("decided").asText()).isEqualTo("2016-03-01");
    assertThat(stockholm.get("redistributionDecided").asText()).isEqualTo("2016-09-15");
    assertThat(stockholm.get("illustrative").asBoolean()).isTrue();
    assertThat(tree.get("pots").get(0).get("rules").get("redistributionDecided").asText())
        .isEqualTo("2016-09-15");
    assertThat(tree.get("pots").get(1).get("rules").get("decided").asText())
        .isEqualTo("2016-04-15");
    assertThat(GrantJson.read(json, RoundAllocation.class)).isEqualTo(allocation);
    assertThat(GrantJsonSchema.of(RoundAllocation.class).validate(tree)).isEmpty();
  }

  /**
   * A decision dated before what it decides is named where the pot's rules state it: the
   * redistribution before a requisition, the applications' decision before an application.
   */
  @Test
  void aDecisionDateBeforeWhatItDecidesIsNamedInTheRules() {
    decidedTooEarly("2016-09-15", "2016-02-01", "$.pots[0].rules.redistributionDecided",
        "is before the requisition of");
    decidedTooEarly("2016-04-15", "2016-01-15", "$.pots[1].rules.decided",
        "is before the application of");
  }

  private static void decidedTooEarly(String day, String earlier, String path, String rule) {
    String json = GrantJson.write(allocation(false)).replace(day, earlier);
    assertThatThrownBy(() -> GrantJson.read(json, RoundAllocation.class))
        .isInstanceOfSatisfying(GrantJsonException.class, e -> {
          assertThat(e.path()).isEqualTo(path);
          assertThat(e.value()).isEqualTo("\"" + earlier + "\"");
          assertThat(e.rule()).contains(rule);
        });
  }

  @Test
  void realDataSaysNothingOfAnIllustration() {
    JsonNode tree = GrantJson.tree(allocation(false));
    assertThat(tree.has("illustration")).isFalse();
    assertThat(tree.get("pots").get(0).get("result").get("grants").get(0).has("illustrative"))
        .isFalse();
  }

  @Test
  void aStatedMarkOrDateMustBeTheOneTheInputsGive() {
    ObjectNode tree = (ObjectNode) GrantJson.tree(allocation(true));
    ObjectNode grant = (ObjectNode) tree.get("pots").get(0).get("result").get("grants").get(0);
    grant.put("decided", "2016-03-02");
    assertThatThrownBy(() -> GrantJson.read(tree.toString(), RoundAllocation.class))
        .isInstanceOfSatisfying(GrantJsonException.class, e -> assertThat(e.path())
            .isEqualTo("$.pots[0].result.grants[0].decided"));
    grant.put("decided", "2016-03-01");
    tree.remove("illustration"); // the grants still say they are illustrative
    assertThatThrownBy(() -> GrantJson.read(tree.toString(), RoundAllocation.class))
        .isInstanceOfSatisfying(GrantJsonException.class, e -> assertThat(e.path())
            .isEqualTo("$.pots[0].result.grants[0].illustrative"));
  }

  @Test
  void anIllustrationIsFreeTextWithItsRules() {
    ObjectNode tree = (ObjectNode) GrantJson.tree(allocation(true));
    tree.put("illustration", " ");
    assertThatThrownBy(() -> GrantJson.read(tree.toString(), RoundAllocation.class))
        .isInstanceOfSatisfying(GrantJsonException.class, e -> assertThat(e.path())
            .isEqualTo("$.illustration"));
    tree.put("illustration", "x".repeat(1_001));
    assertThatThrownBy(() -> GrantJson.read(tree.toString(), RoundAllocation.class))
        .isInstanceOfSatisfying(GrantJsonException.class, e -> assertThat(e.path())
            .isEqualTo("$.illustration"));
  }

  @Test
  void statisticsOfAnIllustrationSaySo() {
    FollowUp followUp = FollowUp.of(allocation(true), java.util.List.of(),
        LocalDate.of(2017, 9, 30));
    RoundStatistics statistics = RoundStatistics.of(followUp);
    assertThat(statistics.illustration()).contains(NOTE);
    JsonNode tree = GrantJson.tree(statistics);
    assertThat(tree.fieldNames().next()).isEqualTo("illustration");
    assertThat(GrantJsonSchema.of(RoundStatistics.class).validate(tree)).isEmpty();
    assertThat(GrantJson.read(GrantJson.write(statistics), RoundStatistics.class))
        .isEqualTo(statistics);
    assertThat(GrantJson.read(GrantJson.write(followUp), FollowUp.class)).isEqualTo(followUp);
    JsonNode settlements = GrantJson.tree(followUp).get("settlements");
    assertThat(settlements).isNotEmpty().allSatisfy(s -> assertThat(s.get("illustrative")
        .asBoolean()).isTrue());
    assertThat(GrantJsonSchema.of(FollowUp.class).validate(GrantJson.tree(followUp))).isEmpty();
  }

  /** Issue 29: a round's place, decision and ceilings in JSON, read back equal and valid. */
  @Test
  void aRoundOfTheProgrammeInJson() {
    se.utvecklingsmedel.round.GrantRound round2021 = se.utvecklingsmedel.round.Programme.builtIn()
        .facts(se.utvecklingsmedel.round.RoundId.parse("2021:1")).builder()
        .usePeriod(org.threeten.extra.LocalDateRange.ofClosed(LocalDate.of(2021, 1, 1),
            LocalDate.of(2021, 12, 31)))
        .unspentCeiling(se.utvecklingsmedel.round.UnspentCeiling.OTHER_USE_IN_COMMISSION).build();
    JsonNode tree = GrantJson.tree(round2021);
    assertThat(tree.get("unspentCeiling").asText()).isEqualTo("OTHER_USE_IN_COMMISSION");
    assertThat(tree.get("decision").get("date").asText()).isEqualTo("2021-03-18");
    assertThat(tree.get("pots").get(1).get("budgetKind").asText()).isEqualTo("CEILING");
    assertThat(tree.get("pots").get(0).has("budgetKind")).isFalse();
    assertThat(tree.has("place")).isFalse();
    assertThat(GrantJsonSchema.of(se.utvecklingsmedel.round.GrantRound.class).validate(tree))
        .isEmpty();
    assertThat(GrantJson.read(GrantJson.write(round2021), se.utvecklingsmedel.round.GrantRound
        .class)).isEqualTo(round2021);
    se.utvecklingsmedel.round.GrantRound second = se.utvecklingsmedel.round.GrantRound.builder()
        .from(round2021).place(2).build();
    assertThat(GrantJson.tree(second).get("place").asInt()).isEqualTo(2);
    assertThat(GrantJson.read(GrantJson.write(second), se.utvecklingsmedel.round.GrantRound.class)
        .id()).hasToString("2021:2");
  }

  /** A catalogue document: several rounds a year, each by its id; the same id twice is refused. */
  @Test
  void aCatalogueWithTwoRoundsOfAYear() {
    se.utvecklingsmedel.round.GrantRound first = se.utvecklingsmedel.round.Programme.builtIn()
        .facts(se.utvecklingsmedel.round.RoundId.parse("2021:1")).builder()
        .usePeriod(org.threeten.extra.LocalDateRange.ofClosed(LocalDate.of(2021, 1, 1),
            LocalDate.of(2021, 12, 31)))
        .unspentCeiling(se.utvecklingsmedel.round.UnspentCeiling.LAPSES).build();
    // The second round of the year is a top-up of the first, earmarked.
    se.utvecklingsmedel.round.GrantRound second = se.utvecklingsmedel.round.GrantRound.builder()
        .from(first).place(2).topUpOf(first.id()).earmark("Skyddat boende").build();
    assertThat(GrantJson.tree(second).get("topUpOf").asText()).isEqualTo("2021:1");
    se.utvecklingsmedel.round.RoundCatalogue catalogue = se.utvecklingsmedel.round.RoundCatalogue
        .of(first, second);
    String json = GrantJson.write(catalogue);
    assertThat(GrantJson.read(json, se.utvecklingsmedel.round.RoundCatalogue.class)
        .inYear(2021)).containsExactly(first, second);
    assertThat(GrantJsonSchema.of(se.utvecklingsmedel.round.RoundCatalogue.class)
        .validate(GrantJson.tree(catalogue))).isEmpty();
    String twice = GrantJson.write(se.utvecklingsmedel.round.RoundCatalogue.of(first,
        se.utvecklingsmedel.round.GrantRound.builder().from(first).place(2).build()))
        .replace("\"place\" : 2,", "");
    assertThatThrownBy(() -> GrantJson.read(twice, se.utvecklingsmedel.round.RoundCatalogue.class))
        .isInstanceOfSatisfying(GrantJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$");
          assertThat(e.getMessage()).contains("two rounds for the year 2021 in place 1");
        });
  }
}
