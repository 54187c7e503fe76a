package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.grant.ApplicationRules;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.ledger.Ledger;
import se.utvecklingsmedel.round.PotId;

/** A ledger is written as JSON its schema accepts, and never read. */
class LedgerJsonTest {

  static Ledger ledger() {
    RoundAllocation allocation = RoundAllocation.builder(Fixtures.ROUND)
        .requisitions(PotId.MUNICIPALITIES, Fixtures.key(), Fixtures.requisitions(),
            RequisitionRules.defaults().withRedistributionDecided(LocalDate.of(2016, 9, 15)))
        .applications(PotId.NON_PROFITS, Fixtures.applications(),
            ApplicationRules.defaults().withDecided(LocalDate.of(2016, 4, 15)))
        .buildPartial();
    return Ledger.of(FollowUp.of(allocation, List.of(Fixtures.report()), LocalDate.of(2017, 6, 1)));
  }

  @Test
  void aLedgerIsWrittenAsItsSchemaSays() {
    Ledger ledger = ledger();
    JsonNode json = GrantJson.tree(ledger);
    assertThat(json.get("round").asText()).isEqualTo("2016:1");
    assertThat(json.get("entries")).hasSize(ledger.entries().size());
    assertThat(json.get("entries").get(0).toString()).isEqualTo("{\"date\":\"2016-01-28\","
        + "\"potId\":\"municipalities\",\"kind\":\"BUDGET_SET\",\"from\":\"STATE\",\"to\":\"POOL\","
        + "\"amount\":\"50000000.00\",\"source\":\"Regeringsbeslut 2016-01-28 nr II:3, "
        + "S2011/11337/FST, S2016/00633/FST (delvis)\"}");
    assertThat(json.get("accounts").get(0).toString())
        .isEqualTo("{\"account\":\"STATE\",\"credited\":\"" + ledger.credited(
            se.utvecklingsmedel.ledger.Account.STATE) + "\",\"debited\":\"" + ledger.debited(
            se.utvecklingsmedel.ledger.Account.STATE) + "\"}");
    // A recipient's part is written too, though its share of the pot's pool has no balance.
    JsonNode kiruna = GrantJson.tree(ledger.forRecipient(
        se.utvecklingsmedel.recipient.ReferenceData.municipality("2584")));
    assertThat(GrantJsonSchema.of(Ledger.class).validate(kiruna)).isEmpty();
    assertThat(GrantJsonSchema.of(Ledger.class).validate(json)).isEmpty();
    assertThat(GrantJsonSchema.of(Ledger.class).id())
        .isEqualTo("https://schemas.utvecklingsmedel.se/ledger.schema.json");
  }

  @Test
  void theSchemaRejectsAnEntryOfNoKind() {
    JsonNode json = GrantJson.tree(ledger());
    ((ObjectNode) json.get("entries").get(0)).put("kind", "PAID");
    assertThat(GrantJsonSchema.of(Ledger.class).validate(json)).isNotEmpty();
  }

  @Test
  void aLedgerIsNeverRead() {
    String json = GrantJson.write(ledger());
    assertThatIllegalArgumentException().isThrownBy(() -> GrantJson.read(json, Ledger.class))
        .withMessageStartingWith("GrantJson reads [").withMessageEndingWith(", not Ledger")
        .withMessageNotContaining("Ledger,");
  }
}
