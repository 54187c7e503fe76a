package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.CertificateLine;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.decision.AwardReason;
import se.utvecklingsmedel.decision.ClaimReason;
import se.utvecklingsmedel.deadline.Deadline;
import se.utvecklingsmedel.decision.Reason;
import se.utvecklingsmedel.decision.Wording;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.followup.ClaimKind;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;

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

  /** Each of the four kinds of a claim's reason reads back with its figures, and needs them. */
  @Test
  void everyKindOfClaimReasonReadsBackWithItsFigures() throws Exception {
    ObjectMapper mapper = GrantJson.mapper();
    Deadline deadline = new Deadline(LocalDate.of(2017, 3, 31), LocalDate.of(2017, 3, 31));
    Amount ten = Amount.ofKronor(10);
    List<Claim> claims = List.of(
        new Claim(Fixtures.SHELTER, PotId.NON_PROFITS, ClaimKind.REPAYMENT, ten,
            Optional.of(LocalDate.of(2017, 6, 30)), new ClaimReason.Repayment(ten, ten)),
        new Claim(Fixtures.SHELTER, PotId.NON_PROFITS, ClaimKind.RECOVERY, ten,
            Optional.empty(), new ClaimReason.RecoveryWithoutReport(deadline)),
        new Claim(Fixtures.SHELTER, PotId.NON_PROFITS, ClaimKind.RECOVERY, ten,
            Optional.empty(), new ClaimReason.RecoveryIncompleteReport(deadline, ten)),
        new Claim(Fixtures.SHELTER, PotId.NON_PROFITS, ClaimKind.RECOVERY, ten,
            Optional.empty(), new ClaimReason.RecoveryOutsidePurpose(ten)));
    for (Claim claim : claims) {
      String json = GrantJson.write(claim);
      assertThat(mapper.readValue(json, Claim.class)).isEqualTo(claim);
      // every figure the reason states is required
      ObjectNode reason = (ObjectNode) mapper.readTree(json).get("reason");
      for (String name : ImmutableSet.copyOf(reason.fieldNames())) {
        if (name.equals("kind")) {
          continue;
        }
        ObjectNode without = (ObjectNode) mapper.readTree(json);
        ((ObjectNode) without.get("reason")).remove(name);
        assertThatThrownBy(() -> mapper.readValue(without.toString(), Claim.class)).cause()
            .isInstanceOf(GrantJsonException.class)
            .hasMessageStartingWith("At $.reason." + name + ": is required");
      }
    }
  }

  /** Empty lists are defaults, left out when written; a document stating one still agrees. */
  @Test
  void emptyDefaultsAreLeftOutAndAStatedDefaultStillAgrees() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    String report = GrantJson.write(Fixtures.followUp().settlements().stream()
        .flatMap(s -> s.report().stream()).findFirst().orElseThrow());
    assertThat(report).doesNotContain("[ ]").doesNotContain("{ }");
    // A property the writer leaves out, stated with its default, agrees; an unknown name does not,
    // whatever its value (an empty list or object included).
    ReasonCodec.write(new Reason.NoShareAsked()); // the codec's defaults are known once it is used
    assertThat(StatedPart.firstDifference(mapper.readTree("{\"extraOre\":false,\"b\":1}"),
        mapper.readTree("{\"b\":1}"), "$")).isNull();
    assertThat(StatedPart.firstDifference(mapper.readTree("{\"a\":[],\"b\":1}"),
        mapper.readTree("{\"b\":1}"), "$")).isEqualTo("$.a");
    assertThat(StatedPart.firstDifference(mapper.readTree("{\"o\":{},\"b\":1}"),
        mapper.readTree("{\"b\":1}"), "$")).isEqualTo("$.o");
    assertThat(StatedPart.firstDifference(mapper.readTree("{\"a\":[1],\"b\":1}"),
        mapper.readTree("{\"b\":1}"), "$")).isEqualTo("$.a");
  }

  /** Every kind of reason, as a grant holds it, is one the schema describes; a misspelt one is not. */
  @Test
  void theSchemaDescribesEveryKindInAGrant() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = (ObjectNode) mapper.readTree(GrantJson.write(Fixtures.allocation()));
    ObjectNode grant = (ObjectNode) json.at("/pots/0/result/grants/0");
    List<Reason> inGrants = everyKind().subList(0, 21);
    grant.set("reasons", ReasonCodec.inGrant(inGrants));
    assertThat(grant.get("reasons")).hasSize(21);
    assertThat(GrantJsonSchema.of(RoundAllocation.class).validate(json)).isEmpty();
    ((ObjectNode) grant.get("reasons").get(0)).put("kind", "KEYED_BY_WEIGTHS");
    assertThat(GrantJsonSchema.of(RoundAllocation.class).validate(json)).isNotEmpty();
    // A claim's reason, written whole, as the schema describes it.
    ObjectNode followUp = (ObjectNode) mapper.readTree(GrantJson.write(Fixtures.followUp()));
    ObjectNode claim = (ObjectNode) followUp.findParents("reason").stream()
        .filter(n -> n.has("kind") && n.has("amount")).findFirst().orElseThrow();
    for (Reason reason : everyKind().subList(22, 26)) {
      claim.set("reason", ReasonCodec.write(reason));
      claim.put("kind", reason instanceof ClaimReason.Repayment ? "REPAYMENT" : "RECOVERY");
      assertThat(GrantJsonSchema.of(FollowUp.class).validate(followUp)).as(reason.toString())
          .isEmpty();
    }
    // And each written whole has a kind of its own.
    assertThat(everyKind().stream().map(ReasonCodec::write).map(n -> n.get("kind").asText())
        .distinct()).hasSize(everyKind().size());
  }

  private static List<Reason> everyKind() {
    Recipient a = ReferenceData.municipality("0114");
    Allocation<Recipient> split = Apportionment.largestRemainder(Amount.ofOre(9),
        Weights.<Recipient>builder().put(a, 5).put(ReferenceData.municipality("0115"), 4).build());
    CertificateLine<Recipient> line = split.certificateOf(a);
    Amount kr = Amount.ofKronor(100);
    Deadline deadline = new Deadline(LocalDate.of(2016, 4, 30), LocalDate.of(2016, 5, 2));
    Wording words = new Wording("ord", "words");
    return List.of(new Reason.KeyedByWeights(line.amount(), "key", line),
        new Reason.KeyedAsListed(kr, "key"), new Reason.NotRequisitioned(kr),
        new Reason.RefusedLate(kr, LocalDate.of(2016, 5, 3), deadline, kr),
        new Reason.Requisitioned(kr, LocalDate.of(2016, 5, 3), kr, Optional.of(deadline)),
        new Reason.NoShareAsked(), new Reason.NotEligibleForShare(Amount.ofKronor(50), kr),
        new Reason.NothingToShare(true),
        new Reason.Redistributed(line.amount(), kr, Optional.of(kr), words, 2, line),
        new Reason.GrantTotal(kr, kr, Amount.zero()), new Reason.Assigned(kr),
        new Reason.Applied(kr, LocalDate.of(2016, 2, 1),
            ImmutableSet.of(DevelopmentArea.UNIVERSAL_PREVENTION)),
        new Reason.PotDoesNotServe(PotId.NON_PROFITS, RecipientCategory.MUNICIPALITY),
        new Reason.OutsideApplicationPeriod(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 1, 1),
            LocalDate.of(2016, 2, 29)),
        new Reason.Prioritised(1, words), new AwardReason.GrantedInFull(kr),
        new AwardReason.GrantedInPart(kr), new AwardReason.PotUsedUp(),
        new AwardReason.DoesNotFit(kr, Amount.ofKronor(50)),
        new AwardReason.Proportional(false, line), new AwardReason.Stated(words),
        new Reason.Used(kr, Amount.zero(), kr), new ClaimReason.Repayment(kr, kr),
        new ClaimReason.RecoveryWithoutReport(deadline),
        new ClaimReason.RecoveryIncompleteReport(deadline, kr),
        new ClaimReason.RecoveryOutsidePurpose(kr));
  }
}
