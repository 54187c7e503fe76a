package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.Settlement;

/**
 * A round's follow-up as one document: the allocation, the reports and the day, with the settlements
 * and statistics they give. Reading recomputes everything; stated settlements or statistics must be
 * the ones the inputs give.
 */
final class FollowUpDocument {

  private FollowUpDocument() {
  }

  static JsonNode write(FollowUp followUp) {
    return Node.object("allocation", GrantCodec.roundAllocation(followUp.allocation()),
        "reports", Node.array(followUp.settlements().stream()
            .flatMap(s -> s.report().stream()).map(FollowUpCodec::report).toList()),
        "asOf", followUp.asOf(),
        "settlements", Node.array(followUp.settlements().stream().map(FollowUpDocument::settlement)
            .toList()),
        "statistics", FollowUpCodec.statistics(followUp.statistics()));
  }

  static JsonNode settlement(Settlement s) {
    return Node.object("recipient", ValueCodec.recipient(s.grant().recipient()),
        "potId", s.grant().potId(), "granted", s.grant().granted(),
        "timing", s.timing(), "status", s.status(),
        "claims", Node.array(s.claims().stream().map(FollowUpCodec::claim).toList()));
  }

  static FollowUp read(Node node) {
    var allocation = GrantCodec.roundAllocation(node.field("allocation"));
    var reports = node.field("reports").list(FollowUpCodec::report);
    var asOf = node.field("asOf").date();
    var settlements = node.optionalField("settlements");
    var statistics = node.optionalField("statistics");
    node.done();
    FollowUp followUp = node.build(() -> FollowUp.of(allocation, reports, asOf));
    settlements.ifPresent(stated -> check(stated, Node.array(followUp.settlements().stream()
        .map(FollowUpDocument::settlement).toList())));
    statistics.ifPresent(stated -> check(stated, FollowUpCodec.statistics(followUp.statistics())));
    return followUp;
  }

  private static void check(Node stated, JsonNode computed) {
    String difference = GrantCodec.firstDifference(stated.json(), computed, stated.path());
    if (difference != null) {
      throw new GrantJsonException(difference, null,
          "the stated figures do not follow from the allocation, reports and day", null);
    }
  }
}
