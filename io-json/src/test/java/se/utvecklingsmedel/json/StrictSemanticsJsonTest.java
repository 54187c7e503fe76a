package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.statistics.Figure;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.grant.RoundAllocation;

/** The JSON reader holds the domain's rules exactly as core does, and names where (issue 10). */
class StrictSemanticsJsonTest {

  private static ObjectNode statistics() {
    return (ObjectNode) GrantJson.tree(RoundStatistics.of(Fixtures.followUp()));
  }

  private static GrantJsonException rejected(ObjectNode document, Class<?> type) {
    GrantJsonException e = catchThrowableOfType(GrantJsonException.class,
        () -> GrantJson.read(document.toString(), type));
    assertThat(e).as("%s should be rejected", document).isNotNull();
    return e;
  }

  @Test
  void negativeCountsAreRejectedAtTheirField() {
    ObjectNode document = statistics();
    ((ObjectNode) document.get("categories").get(0)).put("requisitioning", -7);
    GrantJsonException e = rejected(document, RoundStatistics.class);
    assertThat(e.path()).isEqualTo("$.categories[0].requisitioning");
    assertThat(e.rule()).isEqualTo("must be a count, zero or more");

    document = statistics();
    ((ObjectNode) document.get("categories").get(0)).put("reportsLate", -1);
    assertThat(rejected(document, RoundStatistics.class).path())
        .isEqualTo("$.categories[0].reportsLate");
  }

  @Test
  void countsThatCannotBeTrueAreRejectedNamingTheRule() {
    ObjectNode document = statistics();
    ObjectNode category = (ObjectNode) document.get("categories").get(0);
    category.put("usedNothing", 17).put("notAllUsed", 17);
    GrantJsonException e = rejected(document, RoundStatistics.class);
    assertThat(e.path()).isEqualTo("$.categories[0].notAllUsed");
    assertThat(e.rule()).contains("'notAllUsed' (17) must be at most 'reportsInTime + reportsLate'");
  }

  /**
   * A rule across figures is named at the figure core's rule violation names, not at the category:
   * core carries the place as data, io-json reads no message.
   */
  @Test
  void aRuleAcrossFiguresIsNamedAtItsFirstFigure() {
    ObjectNode document = statistics();
    ObjectNode category = (ObjectNode) document.get("categories").get(0);
    category.put("usedAmount", "999999999.00");
    GrantJsonException e = rejected(document, RoundStatistics.class);
    assertThat(e.path()).isEqualTo("$.categories[0].usedAmount");
    assertThat(e.rule()).contains("usedAmount + unusedAmount (");

    document = statistics();
    ((ObjectNode) document.get("categories").get(0)).put("reportsInTime", 0);
    assertThat(rejected(document, RoundStatistics.class).path())
        .isEqualTo("$.categories[0].reportsInTime");
  }

  @Test
  void combinationsAndExplainedUnusedFundsAreReadAndChecked() {
    ObjectNode document = statistics();
    ObjectNode category = (ObjectNode) document.get("categories").get(0);
    int analysed = category.get("reportsAnalysed").intValue();
    // The computed statistics state their combinations; read back, they are the same, and an
    // explicit 0 for the explained unused funds is read as the default and left out when written.
    assertThat(category.get("combinations")).isNotEmpty();
    CategoryStatistics computed = GrantJson.read(document.toString(), RoundStatistics.class)
        .categories().values().iterator().next();
    assertThat(computed.work().combinations()).isNotEmpty();
    // Computed, the recipients that explained unused funds are always stated (0 too); left out of a
    // document, they are not stated: unknown, not zero.
    assertThat(computed.utilisation().explainingUnusedFunds()).isPresent();
    assertThat(category.has("explainingUnusedFunds")).isTrue();
    category.remove("explainingUnusedFunds");
    assertThat(GrantJson.read(document.toString(), RoundStatistics.class).categories().values()
        .iterator().next().utilisation().explainingUnusedFunds()).isEmpty();

    ObjectNode first = (ObjectNode) category.get("combinations").get(0);
    first.put("recipients", analysed + 1);
    GrantJsonException tooMany = rejected(document, RoundStatistics.class);
    // Core names the property the rule concerns (a RuleViolation's path), the rule names the term.
    assertThat(tooMany.path()).isEqualTo("$.categories[0].combinations");
    assertThat(tooMany.rule()).contains("(" + (analysed + 1) + ") must be at most " + analysed);

    first.put("recipients", 1).put("term", "ANY_THING");
    assertThat(rejected(document, RoundStatistics.class).path())
        .isEqualTo("$.categories[0].combinations[0].term");
  }

  @Test
  void everyMessageAndRuleIsBounded() {
    GrantJsonException e = new GrantJsonException("$" + ".x".repeat(100_000), "1".repeat(100_000),
        "r".repeat(100_000), null);
    assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(1_000);
    assertThat(e.rule()).hasSize(500).endsWith("…");
    assertThat(e.value()).hasSize(200);
    // Nothing from the document or a rule breaks the message's line.
    GrantJsonException lines = new GrantJsonException("$.a\nb\u2028c", "\"10\u2028\"",
        "OrganisationNumber '80\n1' must be ten digits", null);
    assertThat(lines.getMessage()).doesNotContain("\n", "\u2028");
    assertThat(lines.path()).isEqualTo("$.a\\u000Ab\\u2028c");
    assertThat(lines.rule()).isEqualTo("OrganisationNumber '80\\u000A1' must be ten digits");
    // A legal basis of a million characters is refused briefly, at its field.
    String round = GrantJson.write(Fixtures.ROUND).replaceFirst("\"legalBasis\" : \"[^\"]*\"",
        "\"legalBasis\" : \"" + "x".repeat(1_000_000) + "\"");
    GrantJsonException huge = catchThrowableOfType(() -> GrantJson.read(round,
        se.utvecklingsmedel.round.GrantRound.class), GrantJsonException.class);
    assertThat(huge.getMessage()).hasSizeLessThanOrEqualTo(1_000).contains("at most 1000 characters");
    assertThat(huge.path()).isEqualTo("$.legalBasis");
  }

  /** The first object below {@code node} with property {@code name}, depth first. */
  private static ObjectNode objectWith(com.fasterxml.jackson.databind.JsonNode node, String name) {
    if (node.isObject() && node.has(name)) {
      return (ObjectNode) node;
    }
    for (com.fasterxml.jackson.databind.JsonNode child : node) {
      ObjectNode found = objectWith(child, name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * A stated result may give a default explicitly, as every reader takes defaults either way; a
   * property with another name is refused whatever its value, an empty list or object included.
   */
  @Test
  void explicitDefaultsAreAcceptedAndUnknownPropertiesRefusedInStatedResults() {
    ObjectNode document = (ObjectNode) GrantJson.tree(Fixtures.allocation());
    ObjectNode certificate = objectWith(document.get("pots"), "tieBreak");
    assertThat(certificate).isNotNull();
    if (!certificate.has("extraOre")) {
      certificate.put("extraOre", false);
    }
    if (!certificate.has("capBound")) {
      certificate.put("capBound", false);
    }
    assertThat(GrantJson.read(document.toString(), RoundAllocation.class))
        .isEqualTo(Fixtures.allocation());

    certificate.putArray("unknown");
    GrantJsonException array = rejected(document, RoundAllocation.class);
    assertThat(array.path()).endsWith(".unknown");
    certificate.remove("unknown");
    ObjectNode reason = objectWith(document.get("pots"), "kind");
    reason.putObject("alsoUnknown");
    assertThat(rejected(document, RoundAllocation.class).path()).endsWith(".alsoUnknown");
  }

  /** Rules core places in a list (rule violations as data) are reported at the innermost path. */
  @Test
  void budgetsThatOverflowTogetherAndAReportInAFollowUpAreNamedWhereTheyAre() {
    ObjectNode round = (ObjectNode) GrantJson.tree(Fixtures.ROUND);
    com.fasterxml.jackson.databind.node.ArrayNode pots =
        (com.fasterxml.jackson.databind.node.ArrayNode) round.get("pots");
    ((ObjectNode) pots.get(0)).put("budget", "92233720368547758.07");
    ((ObjectNode) pots.get(1)).put("budget", "92233720368547758.07");
    GrantJsonException overflow = rejected(round, se.utvecklingsmedel.round.GrantRound.class);
    assertThat(overflow.path()).isEqualTo("$.pots[1].budget");
    assertThat(overflow.rule()).contains("the pots' budgets add up beyond the range of an Amount");

    ObjectNode followUp = (ObjectNode) GrantJson.tree(Fixtures.followUp());
    int last = followUp.get("reports").size() - 1;
    ObjectNode report = (ObjectNode) followUp.get("reports").get(last);
    report.put("granted", "1.00");
    followUp.remove("settlements");
    followUp.remove("statistics");
    GrantJsonException inReport = rejected(followUp, se.utvecklingsmedel.followup.FollowUp.class);
    assertThat(inReport.path()).startsWith("$.reports[" + last + "]");
  }

  @Test
  void freeTextIsReadByTheOneRuleAndNamesComparedComposed() {
    String nfd = "{\"recipient\":{\"type\":\"municipality\",\"code\":\"1280\",\"name\":"
        + "\"Malmo\u0308\"},\"amount\":\"1.00\",\"date\":\"2016-03-01\"}";
    assertThat(GrantJson.read(nfd, se.utvecklingsmedel.grant.Requisition.class).recipient())
        .hasToString("1280 Malmö");
    String forged = "{\"applicant\":{\"type\":\"non-profit-organisation\",\"organisationNumber\":"
        + "\"802000-1239\",\"name\":\"Jouren\\nBeslut: Avslås\"},\"amount\":\"1.00\","
        + "\"date\":\"2016-03-01\",\"developmentAreas\":[\"WORK_WITH_CHILDREN\"]}";
    GrantJsonException e = catchThrowableOfType(() -> GrantJson.read(forged,
        se.utvecklingsmedel.grant.Application.class), GrantJsonException.class);
    assertThat(e.path()).isEqualTo("$.applicant.name");
    assertThat(e.rule()).contains("must not hold a line break or other control character");
  }

  @Test
  void anAllocationLeavingOutPotsMustSaySo() {
    ObjectNode partial = (ObjectNode) GrantJson.tree(Fixtures.allocation());
    assertThat(partial.get("partial").booleanValue()).isTrue();
    assertThat(GrantJson.read(partial.toString(), RoundAllocation.class))
        .isEqualTo(Fixtures.allocation());
    // "partial": false is the default said explicitly, read as if left out (it was refused before,
    // though explicit defaults are read everywhere else): a partial allocation is refused at its pots.
    partial.put("partial", false);
    GrantJsonException notTrue = rejected(partial, RoundAllocation.class);
    assertThat(notTrue.path()).isEqualTo("$.pots");
    partial.remove("partial");
    GrantJsonException e = rejected(partial, RoundAllocation.class);
    assertThat(e.path()).isEqualTo("$.pots");
    assertThat(e.rule()).startsWith("does not list the round's pots [regions, stimulus-funds, "
        + "administration-nck, administration-county-boards]; add them, or say \"partial\": true");
    assertThat(notTrue.rule()).isEqualTo(e.rule());
  }

  @Test
  void aPotIdMustBeASlug() {
    ObjectNode document = (ObjectNode) GrantJson.tree(Fixtures.allocation());
    ((ObjectNode) document.get("pots").get(0)).put("potId", "Kommuner");
    GrantJsonException e = rejected(document, RoundAllocation.class);
    assertThat(e.path()).isEqualTo("$.pots[0].potId");
    assertThat(e.rule()).startsWith("PotId 'Kommuner' must be a lower-case slug");
  }

  @Test
  void publishedFiguresReadWithWhatIsNotPublishedLeftOut() {
    String json = "{\"year\":2018,\"source\":\"Seed 000\",\"categories\":[{\"category\":"
        + "\"MUNICIPALITY\",\"requisitioning\":273,\"shareUsed\":{\"numerator\":23,"
        + "\"denominator\":25}}]}";
    PublishedStatistics read = GrantJson.read(json, PublishedStatistics.class);
    assertThat(read.categories().values()).singleElement().satisfies(f -> {
      assertThat(f.get(Figure.REQUISITIONING)).hasValue(273);
      assertThat(f.get(Figure.GRANTED)).isEmpty();
      assertThat(f.get(Figure.GRANTED_AMOUNT)).isEmpty();
    });
    GrantJsonException e = catchThrowableOfType(GrantJsonException.class, () -> GrantJson.read(
        json.replace("273", "-273"), PublishedStatistics.class));
    assertThat(e.path()).isEqualTo("$.categories[0].requisitioning");
  }
}
