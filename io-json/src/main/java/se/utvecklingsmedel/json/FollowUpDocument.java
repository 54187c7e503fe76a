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

  /**
   * Reads the inputs, then compares stated settlements and statistics as they come, when they come
   * after the inputs (as written): the comparison reads them from the parser, with no copy. What
   * the reader reports is what reading the whole object first reported: a difference is held
   * until the rest of the document is read, and a follow-up the inputs cannot make is made again,
   * after, to report its rule at its place.
   */
  private static FollowUp read(Node node) {
    var allocation = GrantCodec.ROUND_ALLOCATION.read(node.field("allocation"));
    Node reportsNode = node.field("reports");
    var reports = reportsNode.list(FollowUpCodec.REPORT::read);
    var asOf = node.field("asOf").date();
    FollowUp computed = made(() -> FollowUp.of(allocation, reports, asOf));
    String rule = "the stated figures do not follow from the allocation, reports and day";
    RuntimeException held = null;
    var settlements = node.optionalField("settlements");
    if (computed != null && settlements.isPresent()) {
      held = difference(() -> SETTLEMENTS.compare(settlements.get(), computed.settlements(), rule));
    }
    var statistics = node.optionalField("statistics");
    if (computed != null && held == null && statistics.isPresent()) {
      held = difference(() -> FollowUpCodec.STATISTICS.compare(statistics.get(),
          RoundStatistics.of(computed), rule));
    }
    node.done();
    if (held != null) {
      throw held;
    }
    // A rule one report breaks is reported at that report: core names its place, reports[i].
    return computed != null ? computed : node.build(() -> FollowUp.of(allocation, reports, asOf));
  }

  /**
   * The follow-up, or null if making it fails: it is made again once the document is read, so that
   * what it throws comes where it came before.
   */
  private static FollowUp made(java.util.function.Supplier<FollowUp> factory) {
    try {
      return factory.get();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * What comparing a stated part throws, held until the document is read; a malformed document
   * (and a document read again in another order) is reported at once, as it comes.
   */
  private static RuntimeException difference(Runnable comparison) {
    try {
      comparison.run();
      return null;
    } catch (GrantJsonException e) {
      if (e.isMalformed()) {
        throw e;
      }
      return e;
    } catch (ObjectReader.Reordered | java.io.UncheckedIOException e) {
      throw e; // read again in the document's order; a token the parser refuses
    } catch (RuntimeException e) {
      return e;
    }
  }
}
