package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.OrganisationNumber;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;

/**
 * Errors in a document of over a megabyte (issue 18): each names the innermost path of the
 * offending value — for a cross-field rule, the field that breaks it — and no message exceeds 1 000
 * characters, whatever the size of what surrounds it.
 */
class LargeDocumentErrorsTest {

  private static String document;

  /** Every municipality requisitions its keyed amount; 2 000 non-profits apply. */
  @BeforeAll
  static void build() {
    Weights.Builder<Recipient> weights = Weights.builder();
    List<Requisition> requisitions = new ArrayList<>();
    for (Municipality m : ReferenceData.municipalities()) {
      weights.put(m, 1);
    }
    DistributionKey.ByWeights key = DistributionKey.byWeights("Lika delar (exempel)", weights.build());
    for (Municipality m : ReferenceData.municipalities()) {
      requisitions.add(Requisition.builder().recipient(m).amount(key.allocation(
          Fixtures.ROUND.pot(PotId.MUNICIPALITIES)).amountOf(m)).date(LocalDate.of(2016, 3, 1))
          .build());
    }
    List<Application> applications = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      NonProfitOrganisation applicant = NonProfitOrganisation.of(
          OrganisationNumber.withCheckDigit(String.format("802%06d", i)), "Förening nummer " + i);
      applications.add(Application.builder().applicant(applicant).amount(Amount.ofKronor(5_000 + i))
          .addDevelopmentArea(DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN)
          .date(LocalDate.of(2016, 2, 1)).build());
    }
    document = GrantJson.write(RoundAllocation.builder(Fixtures.ROUND)
        .requisitions(PotId.MUNICIPALITIES, key, requisitions)
        .applications(PotId.NON_PROFITS, applications).buildPartial());
    assertThat(document.length()).isGreaterThan(1_000_000);
  }

  private static ObjectNode tree() throws Exception {
    return (ObjectNode) GrantJson.mapper().readTree(document);
  }

  private static GrantJsonException rejected(JsonNode tree) {
    GrantJsonException e = catchThrowableOfType(GrantJsonException.class,
        () -> GrantJson.read(tree.toString(), RoundAllocation.class));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(1_000);
    return e;
  }

  private static int index(JsonNode pots, String id) {
    for (int i = 0; i < pots.size(); i++) {
      if (pots.get(i).get("potId").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }

  @Test
  void oneBadAmountDeepInsideIsNamedAtItsPath() throws Exception {
    ObjectNode tree = tree();
    int pot = index(tree.get("pots"), "non-profits");
    ((ObjectNode) tree.get("pots").get(pot).get("applications").get(1_234)).put("amount", "12.345");
    GrantJsonException e = rejected(tree);
    assertThat(e.path()).isEqualTo("$.pots[" + pot + "].applications[1234].amount");
    assertThat(e.value()).isEqualTo("\"12.345\"");
  }

  @Test
  void aRequisitionAboveItsKeyIsNamedAtItsAmount() throws Exception {
    ObjectNode tree = tree();
    int pot = index(tree.get("pots"), "municipalities");
    ((ObjectNode) tree.get("pots").get(pot).get("requisitions").get(200)).put("amount",
        "90000000.00");
    GrantJsonException e = rejected(tree);
    assertThat(e.path()).isEqualTo("$.pots[" + pot + "].requisitions[200].amount");
    assertThat(e.rule()).contains("more than its keyed amount");
  }

  @Test
  void anApplicationOutsideTheWindowIsNamedAtItsDate() throws Exception {
    ObjectNode tree = tree();
    int pot = index(tree.get("pots"), "non-profits");
    ((ObjectNode) tree.get("pots").get(pot).get("applications").get(1_999)).put("date",
        "2015-12-31");
    GrantJsonException e = rejected(tree);
    assertThat(e.path()).isEqualTo("$.pots[" + pot + "].applications[1999].date");
  }

  @Test
  void aBrokenRuleOfTheWholeDocumentIsCutShort() throws Exception {
    ObjectNode tree = tree();
    ((ObjectNode) tree.get("pots").get(0)).put("potId", "no-such-pot");
    GrantJsonException e = rejected(tree);
    assertThat(e.path()).startsWith("$.pots[0]");
    assertThat(e.value()).hasSizeLessThanOrEqualTo(200);
  }

  @Test
  void aHugeUnknownKeyGivesAShortMessage() throws Exception {
    ObjectNode tree = tree();
    ((ObjectNode) tree.get("pots").get(0)).put("x".repeat(20_000), "y".repeat(100_000));
    GrantJsonException e = rejected(tree);
    // The path is cut as the message cuts it (it held all 20 000 characters of the key before).
    assertThat(e.path()).startsWith("$.pots[0]." + "x".repeat(100)).endsWith("…")
        .hasSizeLessThanOrEqualTo(250);
    assertThat(e.getMessage()).contains("…");
  }
}
