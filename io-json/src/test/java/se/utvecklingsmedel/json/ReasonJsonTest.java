package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.grant.RoundAllocation;

/** Reasons as data in JSON (issue 13): each with its kind and parameters, described by the schema. */
class ReasonJsonTest {

  @Test
  void aGrantsReasonsAreDataWithTheirKinds() throws Exception {
    RoundAllocation allocation = Fixtures.allocation();
    JsonNode json = new ObjectMapper().readTree(GrantJson.write(allocation));
    JsonNode grant = json.at("/pots/0/result/grants/0");
    assertThat(grant.has("explanation")).isFalse();
    assertThat(grant.at("/reasons/0/kind").asText()).startsWith("KEYED_");
    assertThat(grant.at("/reasons").findValuesAsText("kind")).contains("GRANT_TOTAL");
    assertThat(GrantJsonSchema.of(RoundAllocation.class).validate(json)).isEmpty();
  }

  @Test
  void aClaimsReasonReadsBackAndAWrongKindIsRejectedAtItsPath() throws Exception {
    FollowUp followUp = Fixtures.followUp();
    Claim claim = followUp.claims().get(0);
    String json = GrantJson.write(claim);
    ObjectMapper mapper = GrantJson.mapper();
    assertThat(mapper.readValue(json, Claim.class)).isEqualTo(claim);
    ObjectNode wrong = (ObjectNode) mapper.readTree(json);
    assertThat(wrong.at("/reason/kind").asText()).isEqualTo(ReasonCodec.kind(claim.reason()));
    ((ObjectNode) wrong.get("reason")).put("kind", "GRANT_TOTAL");
    assertThatThrownBy(() -> mapper.readValue(wrong.toString(), Claim.class)).cause().isInstanceOf(GrantJsonException.class)
        .hasMessageStartingWith("At $.reason.kind, value \"GRANT_TOTAL\": must be one of REPAYMENT");
  }

  /** Empty lists are defaults, left out when written; a document stating one still agrees. */
  @Test
  void emptyDefaultsAreLeftOutAndAStatedEmptyOneStillAgrees() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    String report = GrantJson.write(Fixtures.followUp().settlements().stream()
        .flatMap(s -> s.report().stream()).findFirst().orElseThrow());
    assertThat(report).doesNotContain("[ ]").doesNotContain("{ }");
    assertThat(Node.firstDifference(mapper.readTree("{\"a\":[],\"o\":{},\"b\":1}"),
        mapper.readTree("{\"b\":1}"), "$")).isNull();
    assertThat(Node.firstDifference(mapper.readTree("{\"a\":[1],\"b\":1}"),
        mapper.readTree("{\"b\":1}"), "$")).isEqualTo("$.a");
  }
}
