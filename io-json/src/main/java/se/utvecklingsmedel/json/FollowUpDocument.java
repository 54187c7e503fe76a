package se.utvecklingsmedel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.ReportTiming;
import se.utvecklingsmedel.followup.Settlement;
import se.utvecklingsmedel.followup.SettlementStatus;
import se.utvecklingsmedel.statistics.RoundStatistics;

/**
 * A round's follow-up as one document: the allocation, the reports and the day, with the
 * settlements and statistics they give. Reading recomputes everything; stated settlements or
 * statistics must be the ones the inputs give.
 */
final class FollowUpDocument {

  static final Form<FollowUp> FOLLOW_UP = Form.streamed(FollowUpDocument::write,
      FollowUpDocument::read);

  /** A settlement, as a follow-up states it: written, and compared when read. */
  static final Form<Settlement> SETTLEMENT = Form.object(f -> {
    f.required("recipient", s -> s.grant().recipient(), ValueCodec.RECIPIENT);
    f.required("potId", s -> s.grant().potId(), Form.POT_ID);
    f.required("granted", s -> s.grant().granted(), Form.AMOUNT);
    f.required("timing", Settlement::timing, Form.of(ReportTiming.class));
    f.required("status", Settlement::status, Form.of(SettlementStatus.class));
    f.defaulted("illustrative", s -> s.grant().illustrative(), Form.BOOLEAN, false, b -> { });
    f.required("claims", Settlement::claims, FollowUpCodec.CLAIM.list());
    return f.build(() -> {
      throw new UnsupportedOperationException("a settlement is stated, never read alone");
    });
  });

  private static final Form<java.util.Collection<Settlement>> SETTLEMENTS = SETTLEMENT.list();

  private FollowUpDocument() {
  }

  private static void write(JsonGenerator json, FollowUp followUp) throws IOException {
    json.writeStartObject();
    json.writeFieldName("allocation");
    GrantCodec.ROUND_ALLOCATION.write(json, followUp.allocation());
    json.writeFieldName("reports");
    FollowUpCodec.REPORT.stream(json, followUp.settlements().stream()
        .flatMap(s -> s.report().stream()).toList());
    json.writeFieldName("asOf");
    Form.DATE.write(json, followUp.asOf());
    json.writeFieldName("settlements");
    SETTLEMENT.stream(json, followUp.settlements());
    json.writeFieldName("statistics");
    FollowUpCodec.STATISTICS.write(json, RoundStatistics.of(followUp));
    json.writeEndObject();
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
    settlements.ifPresent(stated -> SETTLEMENTS.compare(stated, followUp.settlements(), rule));
    statistics.ifPresent(stated -> FollowUpCodec.STATISTICS.compare(stated,
        RoundStatistics.of(followUp), rule));
    return followUp;
  }
}
