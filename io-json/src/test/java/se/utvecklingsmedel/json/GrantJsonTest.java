package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.decision.Wording;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;

class GrantJsonTest {

  @Test
  void the2016RoundRoundTrips() {
    String json = GrantJson.write(Fixtures.ROUND);
    assertThat(json).contains("\"budget\" : \"50000000.00\"").contains("\"year\" : 2016")
        .contains("\"method\" : \"REQUISITION\"").contains("\"start\" : \"2016-01-01\"");
    assertThat(GrantJson.read(json, GrantRound.class)).isEqualTo(Fixtures.ROUND);
  }

  @Test
  void everyDocumentRoundTrips() {
    assertThat(GrantJson.read(GrantJson.write(Fixtures.key()), DistributionKey.class))
        .isEqualTo(Fixtures.key());
    Requisition requisition = Fixtures.requisitions().get(0);
    assertThat(GrantJson.read(GrantJson.write(requisition), Requisition.class)).isEqualTo(requisition);
    Application application = Fixtures.applications().get(0);
    assertThat(GrantJson.read(GrantJson.write(application), Application.class)).isEqualTo(application);
    RoundAllocation allocation = Fixtures.allocation();
    assertThat(GrantJson.read(GrantJson.write(allocation), RoundAllocation.class)).isEqualTo(allocation);
    FollowUpReport report = Fixtures.report();
    assertThat(GrantJson.read(GrantJson.write(report), FollowUpReport.class)).isEqualTo(report);
    FollowUp followUp = Fixtures.followUp();
    FollowUp again = GrantJson.read(GrantJson.write(followUp), FollowUp.class);
    assertThat(again.settlements()).isEqualTo(followUp.settlements());
    assertThat(again).isEqualTo(followUp).hasSameHashCodeAs(followUp);
    assertThat(RoundStatistics.of(again)).isEqualTo(RoundStatistics.of(followUp));
    RoundStatistics statistics = RoundStatistics.of(followUp);
    assertThat(GrantJson.read(GrantJson.write(statistics), RoundStatistics.class)).isEqualTo(statistics);
  }

  @Test
  void theModuleWorksOnAnyMapper() throws Exception {
    JsonMapper plain = JsonMapper.builder().findAndAddModules().build();
    Recipient kiruna = ReferenceData.municipality("2584");
    String json = plain.writeValueAsString(kiruna);
    assertThat(json).isEqualTo("{\"type\":\"municipality\",\"code\":\"2584\",\"name\":\"Kiruna\"}");
    assertThat(plain.readValue(json, Recipient.class)).isEqualTo(kiruna);
    assertThat(plain.readValue("\"12.50\"", Amount.class)).isEqualTo(Amount.ofOre(1250));
    GrantJsonException e = (GrantJsonException) org.assertj.core.api.Assertions.catchThrowable(
        () -> plain.readValue("{\"r\": [{\"type\": \"national-centre\"}, {\"type\": "
            + "\"municipality\", \"code\": \"9999\"}]}",
            Holder.class)).getCause();
    assertThat(e.path()).isEqualTo("$.r[1].code");
  }

  /** A user's own document holding recipients. */
  static final class Holder {
    public List<Recipient> r;
  }

  @Test
  void aStatedResultMustFollowFromTheInputs() {
    ObjectNode tree = (ObjectNode) GrantJson.tree(Fixtures.allocation());
    ObjectNode grant = (ObjectNode) tree.get("pots").get(0).get("result").get("grants").get(2);
    grant.put("granted", "1.00");
    assertThatThrownBy(() -> GrantJson.read(tree.toString(), RoundAllocation.class))
        .isInstanceOf(GrantJsonException.class)
        .hasMessageStartingWith("At $.pots[0].result.grants[2].granted: the stated result does not "
            + "follow from the inputs: recomputing gives \"");
  }

  @Test
  void aCustomPolicyHasNoJsonForm() {
    RoundAllocation custom = RoundAllocation.builder(Fixtures.ROUND).requisitions(PotId.MUNICIPALITIES,
        Fixtures.key(), Fixtures.requisitions(), RequisitionRules.defaults().withRedistribution(
            new se.utvecklingsmedel.grant.RedistributionPolicy() {
              @Override
              public long weight(se.utvecklingsmedel.grant.RedistributionCandidate candidate) {
                return 1;
              }

              @Override
              public Wording description() {
                return Wording.same("my own rule");
              }
            })).buildPartial();
    assertThatThrownBy(() -> GrantJson.write(custom)).isInstanceOf(GrantJsonException.class)
        .hasMessageContaining("a custom RedistributionPolicy (my own rule) has no JSON form");
  }

  @Test
  void rejectsATypeItDoesNotRead() {
    assertThatThrownBy(() -> GrantJson.read("{}", String.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("GrantJson reads [");
  }

  @Test
  void writesRecipientsOfEveryType() {
    JsonNode board = GrantJson.tree(ReferenceData.countyAdministrativeBoard("01"));
    assertThat(board.toString()).isEqualTo("{\"type\":\"county-administrative-board\",\"county\":\"01\","
        + "\"name\":\"Länsstyrelsen i Stockholms län\"}");
    assertThat(GrantJson.tree(ReferenceData.nationalCentre()).toString())
        .isEqualTo("{\"type\":\"national-centre\"}");
    assertThat(GrantJson.tree(Fixtures.SHELTER).toString()).isEqualTo("{\"type\":"
        + "\"non-profit-organisation\",\"organisationNumber\":\"802000-1239\",\"name\":\"Kvinnojouren\"}");
    // A region's name depends on the day (a landsting until 2019): its county names it.
    assertThat(GrantJson.tree(ReferenceData.region("09")).toString())
        .isEqualTo("{\"type\":\"region\",\"county\":\"09\"}");
    assertThat(GrantJson.write(ReferenceData.region("01"))).doesNotContain("name");
    // A document written when regions carried their name still reads, with the name checked.
    assertThat(GrantJson.read("{\"recipient\":{\"type\":\"region\",\"county\":\"01\","
        + "\"name\":\"Region Stockholm\"},\"amount\":\"1.00\",\"date\":\"2016-03-01\"}",
        se.utvecklingsmedel.grant.Requisition.class).recipient())
        .isEqualTo(ReferenceData.region("01"));
  }

  /** A stated result naming a region by its old name still compares; a wrong name does not. */
  @Test
  void aStatedRegionMayCarryItsNameAndItMustBeItsOwn() {
    se.utvecklingsmedel.grant.RoundAllocation allocation = se.utvecklingsmedel.grant.RoundAllocation
        .builder(se.utvecklingsmedel.round.RoundCatalogue.round2016())
        .requisitions(se.utvecklingsmedel.round.PotId.REGIONS,
            se.utvecklingsmedel.grant.DistributionKey.byAmounts("nyckel", java.util.Map.of(
                ReferenceData.region("01"), se.utvecklingsmedel.money.Amount.ofKronor(20_000_000))),
            java.util.List.of())
        .buildPartial();
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode) GrantJson.tree(allocation);
    com.fasterxml.jackson.databind.node.ObjectNode stated =
        (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("pots").get(0).get("result")
            .get("grants").get(0).get("recipient");
    assertThat(stated.has("name")).isFalse();
    stated.put("name", "Region Stockholm");
    assertThat(GrantJson.read(tree.toString(), se.utvecklingsmedel.grant.RoundAllocation.class))
        .isEqualTo(allocation);
    stated.put("name", "Region Skåne");
    assertThatThrownBy(() -> GrantJson.read(tree.toString(),
        se.utvecklingsmedel.grant.RoundAllocation.class))
        .isInstanceOfSatisfying(GrantJsonException.class, e -> assertThat(e.path())
            .isEqualTo("$.pots[0].result.grants[0].recipient.name"));
  }

  @Test
  void pathsFromPointers() {
    assertThat(GrantJsonModule.path(com.fasterxml.jackson.core.JsonPointer.compile("/pots/2/budget")))
        .isEqualTo("$.pots[2].budget");
    assertThat(GrantJsonModule.path(com.fasterxml.jackson.core.JsonPointer.empty())).isEqualTo("$");
  }

  /** A part with no JSON form says so, without Jackson's advice to disable a feature (issue 18). */
  @Test
  void aPartWithNoJsonFormSaysWhatToWriteInstead() {
    var line = Fixtures.key().allocation(Fixtures.ROUND.pot(se.utvecklingsmedel.round.PotId.MUNICIPALITIES))
        .certificate().get(0);
    assertThatThrownBy(() -> GrantJson.write(line)).isInstanceOf(GrantJsonException.class)
        .hasMessageContaining("a CertificateLine has no JSON form")
        .hasMessageNotContaining("FAIL_ON_EMPTY_BEANS");
  }
}
