package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.deadline.Deadline;
import se.utvecklingsmedel.decision.ClaimReason;
import se.utvecklingsmedel.decision.Decision;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.followup.ClaimKind;
import se.utvecklingsmedel.grant.AllocationComparison;
import se.utvecklingsmedel.grant.ApplicationRules;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Priority;
import se.utvecklingsmedel.grant.RedistributionCandidate;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.published.PublishedReports;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.recipient.County;
import se.utvecklingsmedel.recipient.CountyAdministrativeBoard;
import se.utvecklingsmedel.recipient.CountyCode;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.MunicipalityCode;
import se.utvecklingsmedel.recipient.NationalCentre;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.OrganisationNumber;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.recipient.Region;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.published.RoundComparison;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.statistics.Share;
import se.utvecklingsmedel.support.CompetenceSupport;
import se.utvecklingsmedel.support.CountyBoardSurvey;
import se.utvecklingsmedel.vocabulary.CompetenceNeed;
import se.utvecklingsmedel.vocabulary.CompetenceSupportTheme;
import se.utvecklingsmedel.vocabulary.OtherMethod;

/** Every public value type of core, written and read back through the strict mapper. */
class EveryValueTypeTest {

  /** A fresh mapper, with a fresh module, for every test: as each application builds its own. */
  private final JsonMapper mapper = GrantJson.mapper();

  static Stream<Arguments> values() {
    Weights<Recipient> weights = Fixtures.key().weights();
    Allocation<Recipient> capped = Apportionment.capped(Amount.ofKronor(1000), weights,
        Map.of(ReferenceData.municipality("0180"), Amount.ofKronor(100)));
    var followUp = Fixtures.followUp();
    return Stream.of(
        of(Amount.class, Amount.parse("1234.56")),
        of(AmountChange.class, AmountChange.of(Amount.ofOre(5), Amount.ofOre(3))),
        of(Share.class, Share.of(81, 100)),
        of(MunicipalityCode.class, MunicipalityCode.of("0180")),
        of(CountyCode.class, CountyCode.of("09")),
        of(OrganisationNumber.class, OrganisationNumber.of("802000-1239")),
        of(County.class, ReferenceData.county("25")),
        of(Municipality.class, ReferenceData.municipality("2584")),
        of(Region.class, ReferenceData.region("09")),
        of(CountyAdministrativeBoard.class, ReferenceData.countyAdministrativeBoard("12")),
        of(NationalCentre.class, ReferenceData.nationalCentre()),
        of(NonProfitOrganisation.class, Fixtures.SHELTER),
        of(Recipient.class, ReferenceData.region("01")),
        of(OtherMethod.class, OtherMethod.of("Dialogmodellen")),
        of(Decision.class, Decision.PARTIALLY_GRANTED),
        of(Pot.class, Fixtures.ROUND.pot(PotId.STIMULUS_FUNDS)),
        of(RoundCatalogue.class, RoundCatalogue.builtIn()),
        of(Priority.class, Priority.of(2, "direct support")),
        of(RequisitionRules.class, RequisitionRules.defaults()),
        of(ApplicationRules.class, ApplicationRules.defaults()),
        of(RedistributionCandidate.class, new RedistributionCandidate(ReferenceData.municipality("0180"),
            975_000, Amount.ofKronor(10), Amount.ofKronor(5), Optional.of(Amount.ofKronor(1)))),
        of(Weights.class, weights),
        of(Allocation.class, Apportionment.largestRemainder(Amount.ofOre(9), weights)),
        of(Allocation.class, Apportionment.baseAndProportional(Amount.ofKronor(9), Amount.ofKronor(1),
            weights)),
        of(Allocation.class, capped),
        of(AllocationComparison.class, Fixtures.allocation().compare(Fixtures.allocation())),
        of(Claim.class, new Claim(Fixtures.SHELTER, PotId.NON_PROFITS, ClaimKind.RECOVERY,
            Amount.ofKronor(7), Optional.of(LocalDate.of(2017, 4, 30)), new ClaimReason.RecoveryWithoutReport(new Deadline(
            LocalDate.of(2017, 3, 31), LocalDate.of(2017, 3, 31))))),
        of(CompetenceSupport.class, CompetenceSupport.of(CompetenceSupportTheme.WEB_COURSE, 277, 185)),
        of(CountyBoardSurvey.class, CountyBoardSurvey.of(21, Map.of(CompetenceNeed.BASIC_KNOWLEDGE, 20))),
        of(RoundComparison.class, RoundComparison.of(PublishedStatistics.of(RoundStatistics.of(followUp), "Computed"),
            PublishedReports.statistics2018())),
        of(PublishedStatistics.class, PublishedReports.statistics2018()),
        of(PotId.class, PotId.STIMULUS_FUNDS),
        of(DistributionKey.ByWeights.class, Fixtures.key()),
        of(DistributionKey.ByAmounts.class, DistributionKey.byAmounts("Bilaga 2 (exempel)",
            Map.of(ReferenceData.municipality("0180"), Amount.ofKronor(10)))));
  }

  private static Arguments of(Class<?> type, Object value) {
    return Arguments.of(type.getSimpleName(), type, value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void roundTrips(String name, Class<?> type, Object value) throws Exception {
    String json = mapper.writeValueAsString(value);
    assertThat(mapper.readValue(json, type)).isEqualTo(value);
  }

  /** Nested objects too: every object in the document is read strictly, wherever it stands. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void anUnknownFieldAnywhereIsRejected(String name, Class<?> type, Object value) throws Exception {
    JsonNode tree = mapper.valueToTree(value);
    List<ObjectNode> objects = new ArrayList<>();
    collect(tree, objects);
    for (ObjectNode object : objects) {
      object.put("unexpectedField", 1);
      assertThatThrownBy(() -> mapper.treeToValue(tree, type)).as("%s with an unknown field in %s",
          name, object).hasMessageContaining("unexpectedField");
      object.remove("unexpectedField");
    }
    assertThat(mapper.treeToValue(tree, type)).isEqualTo(value);
  }

  private static void collect(JsonNode node, List<ObjectNode> objects) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
    }
    node.forEach(child -> collect(child, objects));
  }

  @Test
  void computedPartsAreWrittenOnTheirOwn() throws Exception {
    var pot = Fixtures.allocation().pot(PotId.NON_PROFITS);
    assertThat(mapper.valueToTree(pot).get("result").get("granted").asText()).isEqualTo("400000.00");
    assertThat(mapper.valueToTree(pot.grantOf(Fixtures.SHELTER)).get("decision").asText())
        .isEqualTo("GRANTED");
    assertThat(mapper.valueToTree(Fixtures.followUp().settlements().get(0)).get("status").asText())
        .isEqualTo("GRANTED");
  }

  @Test
  void identifiersAreStrings() throws Exception {
    assertThat(mapper.writeValueAsString(MunicipalityCode.of("0180"))).isEqualTo("\"0180\"");
    assertThat(mapper.writeValueAsString(OrganisationNumber.of("8020001239"))).isEqualTo("\"802000-1239\"");
  }

  @Test
  void aStatedEngineResultMustFollow() {
    var tree = (com.fasterxml.jackson.databind.node.ObjectNode) GrantJson.tree(
        Apportionment.largestRemainder(Amount.ofOre(9), Fixtures.key().weights()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("result").get("amounts").get(0))
        .put("amount", "0.09");
    Throwable thrown = catchThrowable(() -> mapper.treeToValue(tree, Allocation.class));
    GrantJsonException e = thrown instanceof GrantJsonException ? (GrantJsonException) thrown
        : (GrantJsonException) thrown.getCause();
    assertThat(e.path()).isEqualTo("$.result.amounts[0].amount");
  }

  @Test
  void aRecipientSubtypeIsChecked() {
    Throwable thrown = catchThrowable(() -> mapper.readValue("{\"type\":\"national-centre\"}",
        Municipality.class));
    assertThat(thrown).hasMessageContaining("must be a Municipality, but is NCK");
  }

  @Test
  void engineAllocationsWithOtherKeysHaveNoJsonForm() {
    Allocation<String> strings = Apportionment.largestRemainder(Amount.ofOre(9),
        Weights.<String>builder().put("a", 1).build());
    assertThat(catchThrowable(() -> GrantJson.write(strings)))
        .hasMessageContaining("an Allocation has a JSON form only when its keys are recipients");
    assertThat(List.of()).isEmpty();
  }
}
