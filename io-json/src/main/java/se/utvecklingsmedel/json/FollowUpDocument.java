package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.Settlement;
import se.utvecklingsmedel.statistics.RoundStatistics;

/**
 * A round's follow-up as one document: the allocation, the reports and the day, with the
 * settlements and statistics they give. Reading recomputes everything; stated settlements or
 * statistics must be the ones the inputs give.
 */
final class FollowUpDocument {

  static final Form<FollowUp> FOLLOW_UP = new Form<>(FollowUpDocument::write,
      FollowUpDocument::read);

  static final Form<Settlement> SETTLEMENT = new Form<>(s -> Json.FACTORY.objectNode()
      .<ObjectNode>set("recipient", ValueCodec.RECIPIENT.write(s.grant().recipient()))
      .put("potId", s.grant().potId().toString())
      .<ObjectNode>set("granted", Form.AMOUNT.write(s.grant().granted()))
      .put("timing", s.timing().name())
      .put("status", s.status().name())
      .set("claims", FollowUpCodec.CLAIM.list().write(s.claims())), null);

  private FollowUpDocument() {
  }

  private static JsonNode write(FollowUp followUp) {
    var node = Json.FACTORY.objectNode();
    node.set("allocation", GrantCodec.ROUND_ALLOCATION.write(followUp.allocation()));
    node.set("reports", FollowUpCodec.REPORT.list().write(followUp.settlements().stream()
        .flatMap(s -> s.report().stream()).toList()));
    node.set("asOf", Form.DATE.write(followUp.asOf()));
    node.set("settlements", SETTLEMENT.list().write(followUp.settlements()));
    return node.set("statistics", FollowUpCodec.STATISTICS.write(RoundStatistics.of(followUp)));
  }

  private static FollowUp read(Node node) {
    var allocation = GrantCodec.ROUND_ALLOCATION.read(node.field("allocation"));
    Node reportsNode = node.field("reports");
    var reports = reportsNode.list(FollowUpCodec.REPORT::read);
    var asOf = node.field("asOf").date();
    var settlements = node.optionalField("settlements");
    var statistics = node.optionalField("statistics");
    node.done();
    // A rule one report breaks is reported at that report: core names its place, reports[i].
    FollowUp followUp = node.build(() -> FollowUp.of(allocation, reports, asOf));
    String rule = "the stated figures do not follow from the allocation, reports and day";
    settlements.ifPresent(stated -> stated.mustEqual(SETTLEMENT.list().write(
        followUp.settlements()), rule));
    statistics.ifPresent(stated -> stated.mustEqual(FollowUpCodec.STATISTICS.write(
        RoundStatistics.of(followUp)), rule));
    return followUp;
  }
}
