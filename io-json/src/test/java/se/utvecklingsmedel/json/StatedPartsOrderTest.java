package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.followup.FollowUp;

/**
 * A follow-up's stated settlements and statistics are compared as they come from the parser; what
 * the reader reports must still be what reading the whole document first reported: a malformed
 * document or an unknown property anywhere before a stated difference, the first difference in
 * settlements before one in statistics, whatever order the document states them in. Each case
 * was checked against the reader that read the whole document first.
 */
class StatedPartsOrderTest {

  private static final String DIFFERS = "the stated figures do not follow from the allocation, "
      + "reports and day";

  /** The fixture's follow-up with its first settlement's status forged. */
  private static ObjectNode forged() {
    ObjectNode document = (ObjectNode) GrantJson.tree(Fixtures.followUp());
    ObjectNode settlement = (ObjectNode) document.get("settlements").get(0);
    settlement.put("status", settlement.get("status").asText().equals("SETTLED")
        ? "REPAYMENT_DUE" : "SETTLED");
    return document;
  }

  private static GrantJsonException read(String json) {
    return catchThrowableOfType(GrantJsonException.class,
        () -> GrantJson.read(json, FollowUp.class));
  }

  @Test
  void aForgedSettlementAloneIsReportedWhereItDiffers() {
    GrantJsonException e = read(forged().toString());
    assertThat(e.path()).isEqualTo("$.settlements[0].status");
    assertThat(e.rule()).startsWith(DIFFERS);
  }

  @Test
  void anUnknownPropertyAfterADifferenceIsReportedFirst() {
    ObjectNode document = forged();
    document.put("remarks", "none");
    GrantJsonException e = read(document.toString());
    assertThat(e.path()).isEqualTo("$.remarks");
    assertThat(e.rule()).startsWith("is not a known property here");
  }

  @Test
  void aDuplicateKeyAfterADifferenceIsReportedFirst() {
    String json = forged().toString();
    int statistics = json.indexOf("\"statistics\"");
    String after = json.substring(statistics)
        .replaceFirst("\"year\":(\\d+)", "\"year\":$1,\"year\":$1");
    GrantJsonException e = read(json.substring(0, statistics) + after);
    assertThat(e.path()).isEqualTo("$.statistics.year");
    assertThat(e.rule()).startsWith("is a duplicate key");
  }

  @Test
  void aDifferenceInSettlementsComesBeforeOneInStatisticsWhateverTheirOrder() {
    ObjectNode document = forged();
    ((ObjectNode) document.get("statistics")).put("year", 1999);
    assertThat(read(document.toString()).path()).isEqualTo("$.settlements[0].status");
    ObjectNode reordered = document.objectNode();
    reordered.set("allocation", document.get("allocation"));
    reordered.set("reports", document.get("reports"));
    reordered.set("asOf", document.get("asOf"));
    reordered.set("statistics", document.get("statistics"));
    reordered.set("settlements", document.get("settlements"));
    GrantJsonException e = read(reordered.toString());
    assertThat(e.path()).isEqualTo("$.settlements[0].status");
    assertThat(e.rule()).startsWith(DIFFERS);
  }

  @Test
  void aNullStatedPartIsRefusedWhereItStandsBeforeAnyComparison() {
    ObjectNode document = forged();
    document.putNull("statistics");
    GrantJsonException e = read(document.toString());
    assertThat(e.path()).isEqualTo("$.statistics");
    assertThat(e.rule()).doesNotStartWith(DIFFERS);
  }

  /**
   * A stated property under a misspelt name is named beside the one it leaves out (a new user's
   * "xclaims" read as claims left out, with no word of the name given); a property of the object
   * whose name is close to the one left out is not taken for a misspelling.
   */
  @Test
  void aMisspeltStatedPropertyIsNamedWhereItBelongs() {
    ObjectNode document = (ObjectNode) GrantJson.tree(Fixtures.followUp());
    ObjectNode settlement = (ObjectNode) document.get("settlements").get(0);
    settlement.set("xclaims", settlement.remove("claims"));
    GrantJsonException e = read(document.toString());
    assertThat(e.path()).isEqualTo("$.settlements[0].claims");
    assertThat(e.rule()).startsWith(DIFFERS
        + " (the object has 'xclaims', which is not a property here): recomputing gives [");

    ObjectNode withoutUsed = (ObjectNode) GrantJson.tree(Fixtures.followUp());
    ObjectNode category = (ObjectNode) withoutUsed.get("statistics").get("categories").get(0);
    assertThat(category.has("unusedAmount")).isTrue();
    category.remove("usedAmount");
    GrantJsonException left = read(withoutUsed.toString());
    assertThat(left.path()).isEqualTo("$.statistics.categories[0].usedAmount");
    assertThat(left.rule()).startsWith(DIFFERS + ": recomputing gives ");
  }

  /**
   * Reading, not comparing: a required property left out is not said to be misspelt as a property
   * the object has by right ("unusedAmount" beside a missing "usedAmount"); a true misspelling
   * still is.
   */
  @Test
  void aPropertyOfTheFormIsNotTakenForAMisspellingWhenReading() {
    ObjectNode statistics = (ObjectNode) GrantJson.tree(
        se.utvecklingsmedel.statistics.RoundStatistics.of(Fixtures.followUp()));
    ObjectNode category = (ObjectNode) statistics.get("categories").get(0);
    category.remove("usedAmount");
    GrantJsonException left = catchThrowableOfType(GrantJsonException.class, () -> GrantJson.read(
        statistics.toString(), se.utvecklingsmedel.statistics.RoundStatistics.class));
    assertThat(left.path()).isEqualTo("$.categories[0].usedAmount");
    assertThat(left.rule()).isEqualTo("is required");
    category.put("usedAmounx", "1.00");
    GrantJsonException misspelt = catchThrowableOfType(GrantJsonException.class,
        () -> GrantJson.read(statistics.toString(),
            se.utvecklingsmedel.statistics.RoundStatistics.class));
    assertThat(misspelt.rule())
        .isEqualTo("is required (the object has 'usedAmounx', which is not a property here)");
  }
}
