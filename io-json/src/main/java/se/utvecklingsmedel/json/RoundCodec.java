package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.round.DistributionMethod;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.RoundCatalogue;

/** Grant rounds and pots in JSON; date ranges as {@code {"start": …, "end": …}}, both inclusive. */
final class RoundCodec {

  private RoundCodec() {
  }

  static JsonNode pot(Pot pot) {
    return Node.object("id", pot.id(), "label", pot.label(),
        "categories", Node.array(pot.categories().stream().map(Json::toNode).toList()),
        "budget", pot.budget(), "method", pot.method());
  }

  static Pot pot(Node node) {
    Pot.Builder builder = Pot.builder()
        .id(node.field("id").potId())
        .label(node.field("label").string())
        .addAllCategories(node.field("categories").distinctList(c -> c.enumValue(RecipientCategory.class)))
        .budget(node.field("budget").amount())
        .method(node.field("method").enumValue(DistributionMethod.class));
    node.done();
    return node.build(builder::build);
  }

  static JsonNode range(LocalDateRange range) {
    return Node.object("start", range.getStart(), "end", range.getEndInclusive());
  }

  static LocalDateRange range(Node node) {
    var start = node.field("start").date();
    var end = node.field("end").date();
    node.done();
    if (end.isBefore(start)) {
      throw node.error("'end' must not be before 'start'");
    }
    return LocalDateRange.ofClosed(start, end);
  }

  static JsonNode round(GrantRound round) {
    return Node.object("year", round.year(), "legalBasis", round.legalBasis(),
        "pots", Node.array(round.pots().stream().map(RoundCodec::pot).toList()),
        "applicationPeriod", round.applicationPeriod().map(RoundCodec::range),
        "requisitionDeadline", round.requisitionDeadline(),
        "usePeriod", range(round.usePeriod()),
        "reportDeadline", round.reportDeadline(),
        "repaymentDeadline", round.repaymentDeadline(),
        "minimumClaim", round.minimumClaim());
  }

  static GrantRound round(Node node) {
    GrantRound.Builder builder = GrantRound.builder()
        .year(node.field("year").smallInteger())
        .legalBasis(node.field("legalBasis").string())
        .addAllPots(node.field("pots").list(RoundCodec::pot));
    node.optionalField("applicationPeriod").ifPresent(n -> builder.applicationPeriod(range(n)));
    node.optionalField("requisitionDeadline").ifPresent(n -> builder.requisitionDeadline(n.date()));
    node.optionalField("usePeriod").ifPresent(n -> builder.usePeriod(range(n)));
    node.optionalField("reportDeadline").ifPresent(n -> builder.reportDeadline(n.date()));
    node.optionalField("repaymentDeadline").ifPresent(n -> builder.repaymentDeadline(n.date()));
    node.optionalField("minimumClaim").ifPresent(n -> builder.minimumClaim(n.amount()));
    node.done();
    return node.build(builder::build);
  }

  static JsonNode catalogue(RoundCatalogue catalogue) {
    return Node.object("rounds", Node.array(catalogue.rounds().stream().map(RoundCodec::round).toList()));
  }

  static RoundCatalogue catalogue(Node node) {
    var rounds = node.field("rounds").list(RoundCodec::round);
    node.done();
    return node.build(() -> RoundCatalogue.of(rounds));
  }
}
