package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;

class ThreeSixtyGivingTest {

  private static final LocalDate AWARD = LocalDate.of(2016, 5, 31);

  @Test
  void everyGrantAboveZeroWithItsOrganisationsAndClassifications() {
    JsonNode export = ThreeSixtyGiving.export(Fixtures.allocation(), AWARD);
    JsonNode grants = export.get("grants");
    // Stockholm and Kiruna requisitioned; Göteborg did not; the shelter applied.
    assertThat(grants).hasSize(3);
    JsonNode shelter = grants.get(2);
    assertThat(shelter.get("id").asText())
        .isEqualTo("360G-utvecklingsmedel-2016-non-profits-non_profit_organisation-802000-1239");
    assertThat(shelter.get("currency").asText()).isEqualTo("SEK");
    assertThat(shelter.get("amountAwarded").decimalValue()).isEqualByComparingTo(new BigDecimal("400000.00"));
    assertThat(shelter.get("awardDate").asText()).isEqualTo("2016-05-31");
    assertThat(shelter.get("recipientOrganization").get(0).get("id").asText())
        .isEqualTo("SE-BLV-8020001239");
    assertThat(shelter.get("fundingOrganization").get(0).get("name").asText()).isEqualTo("Socialstyrelsen");
    assertThat(shelter.get("grantProgramme").get(0).get("code").asText()).isEqualTo("2016-non-profits");
    assertThat(shelter.get("classifications").findValuesAsText("code"))
        .containsExactly("NON_PROFIT_ORGANISATION", "SUPPORT_FOR_ABUSED_WOMEN");
    assertThat(shelter.has("transactions")).isFalse();
    assertThat(grants.get(0).get("recipientOrganization").get(0).get("id").asText())
        .isEqualTo("360G-utvecklingsmedel-municipality-0180");
  }

  @Test
  void repaymentsAreTheirOwnTransactionsNeverNetted() {
    FollowUp followUp = Fixtures.followUp();
    JsonNode kiruna = ThreeSixtyGiving.export(followUp, AWARD).get("grants").get(1);
    BigDecimal awarded = followUp.allocation().pot(PotId.MUNICIPALITIES)
        .grantOf(ReferenceData.municipality("2584")).granted().toBigDecimal();
    assertThat(kiruna.get("amountAwarded").decimalValue()).isEqualByComparingTo(awarded);
    JsonNode transactions = kiruna.get("transactions");
    assertThat(transactions).hasSize(2);
    assertThat(transactions.get(0).get("type").asText()).isEqualTo("award");
    assertThat(transactions.get(1).get("type").asText()).isEqualTo("repayment");
    assertThat(transactions.get(1).get("amount").decimalValue())
        .isEqualByComparingTo(awarded.subtract(new BigDecimal("600000.00")));
  }
}
