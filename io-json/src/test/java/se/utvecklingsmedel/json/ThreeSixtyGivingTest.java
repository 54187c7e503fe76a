package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.grant.ApplicationRules;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.grant.UnclaimedFundsEligibility;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;

class ThreeSixtyGivingTest {

  private static final LocalDate SHARED = LocalDate.of(2016, 9, 15);
  private static final LocalDate DECIDED = LocalDate.of(2016, 4, 15);

  /** Both requisitions share in the unclaimed funds, though neither claimed its whole amount. */
  private static final RequisitionRules SHARING = RequisitionRules.defaults()
      .withEligibility(UnclaimedFundsEligibility.ANY_REQUISITION);

  /** The fixtures' allocation, with the dates of its decisions. */
  static RoundAllocation dated(RoundAllocation.Builder builder) {
    return builder.requisitions(PotId.MUNICIPALITIES, Fixtures.key(), Fixtures.requisitions(),
            SHARING.withRedistributionDecided(SHARED))
        .applications(PotId.NON_PROFITS, Fixtures.applications(),
            ApplicationRules.defaults().withDecided(DECIDED))
        .buildPartial();
  }

  private static RoundAllocation dated() {
    return dated(RoundAllocation.builder(RoundCatalogue.round2016()));
  }

  /** The transactions that award money. */
  private static JsonNode awards(JsonNode transactions) {
    com.fasterxml.jackson.databind.node.ArrayNode awards = Json.FACTORY.arrayNode();
    transactions.forEach(t -> {
      if (t.get("type").asText().equals("award")) {
        awards.add(t);
      }
    });
    return awards;
  }

  @Test
  void everyGrantAboveZeroWithItsOrganisationsAndClassifications() {
    JsonNode export = ThreeSixtyGiving.export(dated());
    JsonNode grants = export.get("grants");
    // Stockholm and Kiruna requisitioned; Göteborg did not; the shelter applied.
    assertThat(grants).hasSize(3);
    JsonNode shelter = grants.get(2);
    assertThat(shelter.get("id").asText())
        .isEqualTo("360G-utvecklingsmedel-2016-non-profits-non_profit_organisation-802000-1239");
    assertThat(shelter.get("currency").asText()).isEqualTo("SEK");
    assertThat(shelter.get("amountAwarded").decimalValue()).isEqualByComparingTo(new BigDecimal("400000.00"));
    assertThat(shelter.get("awardDate").asText()).isEqualTo("2016-04-15");
    assertThat(shelter.get("title").asText()).isEqualTo(
        "Utvecklingsmedel till ideella föreningar och stiftelser 2016 – " + Fixtures.SHELTER
            .swedishLabel());
    assertThat(export.has("illustration")).isFalse();
    assertThat(shelter.get("recipientOrganization").get(0).get("id").asText())
        .isEqualTo("SE-BLV-8020001239");
    assertThat(shelter.get("fundingOrganization").get(0).get("name").asText()).isEqualTo("Socialstyrelsen");
    assertThat(shelter.get("grantProgramme").get(0).get("code").asText()).isEqualTo("2016-non-profits");
    assertThat(shelter.get("classifications").findValuesAsText("code"))
        .containsExactly("NON_PROFIT_ORGANISATION", "SUPPORT_FOR_ABUSED_WOMEN");
    // Every ledger entry of the grant: awarded, then paid out (issue 30).
    assertThat(shelter.get("transactions").findValuesAsText("type"))
        .containsExactly("award", "paid-out");
    // Stockholm's requisition on its own date, its share of unclaimed funds on the later decision's.
    assertThat(grants.get(0).get("transactions").findValuesAsText("kind")).containsExactly(
        "SET_ASIDE", "GRANTED_BY_KEY", "PAID_OUT", "UNCLAIMED_RETURNED", "REDISTRIBUTED",
        "PAID_OUT");
    JsonNode stockholm = awards(grants.get(0).get("transactions"));
    // Its amount awarded is final on the later decision: that is its award date.
    assertThat(grants.get(0).get("awardDate").asText()).isEqualTo("2016-09-15");
    assertThat(stockholm).hasSize(2);
    assertThat(stockholm.get(0).get("date").asText()).isEqualTo("2016-03-01");
    assertThat(stockholm.get(0).get("amount").decimalValue())
        .isEqualByComparingTo(new BigDecimal("20000000.00"));
    assertThat(stockholm.get(1).get("date").asText()).isEqualTo("2016-09-15");
    assertThat(stockholm.get(0).get("amount").decimalValue()
        .add(stockholm.get(1).get("amount").decimalValue()))
        .isEqualByComparingTo(grants.get(0).get("amountAwarded").decimalValue());
    assertThat(grants.get(0).get("recipientOrganization").get(0).get("id").asText())
        .isEqualTo("360G-utvecklingsmedel-municipality-0180");
  }

  @Test
  void repaymentsAreTheirOwnTransactionsNeverNetted() {
    RoundAllocation allocation = dated();
    FollowUp followUp = FollowUp.of(allocation, java.util.List.of(FollowUpReport.builder()
        .recipient(ReferenceData.municipality("2584")).potId(PotId.MUNICIPALITIES)
        .granted(allocation.pot(PotId.MUNICIPALITIES).grantOf(ReferenceData.municipality("2584"))
            .granted())
        .used(Amount.ofKronor(600_000)).submitted(LocalDate.of(2017, 3, 1)).build()),
        LocalDate.of(2017, 9, 30));
    JsonNode kiruna = ThreeSixtyGiving.export(followUp).get("grants").get(1);
    BigDecimal awarded = followUp.allocation().pot(PotId.MUNICIPALITIES)
        .grantOf(ReferenceData.municipality("2584")).granted().toBigDecimal();
    assertThat(kiruna.get("amountAwarded").decimalValue()).isEqualByComparingTo(awarded);
    JsonNode transactions = kiruna.get("transactions");
    assertThat(transactions.findValuesAsText("type")).containsExactly("set-aside", "award",
        "paid-out", "unclaimed-returned", "award", "paid-out", "used", "repayment");
    JsonNode repayment = transactions.get(7);
    assertThat(repayment.get("amount").decimalValue())
        .isEqualByComparingTo(awarded.subtract(new BigDecimal("600000.00")));
    assertThat(repayment.get("date").asText()).isEqualTo("2017-03-01"); // raised by the report
    assertThat(repayment.get("description").asText())
        .startsWith("Ska återbetalas (ej förbrukat): Återbetalning");
  }

  @Test
  void anIllustrativeAllocationIsMarkedInEveryGrant() {
    JsonNode export = ThreeSixtyGiving.export(dated(RoundAllocation.builder(
        RoundCatalogue.round2016()).illustrative("Påhittade belopp.")));
    assertThat(export.get("illustration").asText()).isEqualTo("Påhittade belopp.");
    assertThat(export.get("grants")).hasSize(3).allSatisfy(grant -> {
      assertThat(grant.get("title").asText()).startsWith("ILLUSTRATIVT: ");
      assertThat(grant.get("description").asText()).startsWith("Påhittade belopp. ");
      // Made-up organisation numbers are never given a registry's prefix.
      assertThat(grant.get("recipientOrganization").get(0).get("id").asText())
          .startsWith("360G-utvecklingsmedel-illustrativ-").doesNotContain("SE-BLV");
    });
  }

  @Test
  void aGrantWithoutTheDateOfItsDecisionCannotBeExported() {
    RoundAllocation applicationsDated = RoundAllocation.builder(RoundCatalogue.round2016())
        .requisitions(PotId.MUNICIPALITIES, Fixtures.key(), Fixtures.requisitions(), SHARING)
        .applications(PotId.NON_PROFITS, Fixtures.applications(),
            ApplicationRules.defaults().withDecided(DECIDED)).buildPartial();
    assertThatThrownBy(() -> ThreeSixtyGiving.export(applicationsDated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ThreeSixtyGiving: the grant to 0180 Stockholm in pot municipalities has no "
            + "'redistributionDecided' date, and a 360Giving award needs the date of its decision; "
            + "give the date unclaimed funds were shared: "
            + "RequisitionRules.withRedistributionDecided");
    RoundAllocation requisitionsDated = RoundAllocation.builder(RoundCatalogue.round2016())
        .requisitions(PotId.MUNICIPALITIES, Fixtures.key(), Fixtures.requisitions(),
            SHARING.withRedistributionDecided(SHARED))
        .applications(PotId.NON_PROFITS, Fixtures.applications()).buildPartial();
    assertThatThrownBy(() -> ThreeSixtyGiving.export(requisitionsDated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ThreeSixtyGiving: the grant to " + Fixtures.SHELTER + " in pot non-profits "
            + "has no 'decided' date, and a 360Giving award needs the date of its decision; give "
            + "the pot's decision date: ApplicationRules.withDecided");
  }
}
