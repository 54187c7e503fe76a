package se.utvecklingsmedel.json;

import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.round.BudgetKind;
import se.utvecklingsmedel.round.Condition;
import se.utvecklingsmedel.round.DistributionMethod;
import se.utvecklingsmedel.round.GovernmentDecision;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundId;
import se.utvecklingsmedel.round.UnspentCeiling;
import se.utvecklingsmedel.round.ScopeTerm;
import se.utvecklingsmedel.round.Sharing;
import se.utvecklingsmedel.round.UnclaimedFundsPool;
import se.utvecklingsmedel.vocabulary.RuleViolation;
import java.util.LinkedHashSet;
import java.util.Set;

/** Grant rounds and pots in JSON; date ranges as {@code {"start": …, "end": …}}, both inclusive. */
final class RoundCodec {

  static final Form<Pot> POT = Form.object(f -> {
    Pot.Builder builder = Pot.builder()
        .id(f.required("id", Pot::id, Form.POT_ID))
        .label(f.required("label", Pot::label, Form.STRING))
        .addAllCategories(f.required("categories", Pot::categories,
            Form.setOf(RecipientCategory.class)))
        .budget(f.required("budget", Pot::budget, Form.AMOUNT));
    f.defaulted("budgetKind", Pot::budgetKind, Form.of(BudgetKind.class), BudgetKind.FIXED,
        builder::budgetKind);
    builder.method(f.required("method", Pot::method, Form.of(DistributionMethod.class)));
    return f.build(builder::build);
  });

  static final Form<LocalDateRange> RANGE = new Form<>(range -> Json.FACTORY.objectNode()
      .put("start", range.getStart().toString()).put("end", range.getEndInclusive().toString()),
      node -> {
        var start = Form.DATE.read(node.field("start"));
        var end = Form.DATE.read(node.field("end"));
        node.done();
        if (end.isBefore(start)) {
          throw node.error("'end' must not be before 'start'");
        }
        return LocalDateRange.ofClosed(start, end);
      });

  /** The decision a round rests on: {"date", "number", "caseNumbers"}. */
  static final Form<GovernmentDecision> DECISION = Form.object(f -> {
    var date = f.required("date", GovernmentDecision::date, Form.DATE);
    var number = f.optional("number", GovernmentDecision::number, Form.STRING);
    var cases = f.defaulted("caseNumbers", GovernmentDecision::caseNumbers, Form.STRING.list())
        .orElse(java.util.List.of());
    return f.build(() -> new GovernmentDecision(date, number, java.util.List.copyOf(cases)));
  });

  /** A condition the round's money rests on: {"words", "met"}. */
  static final Form<Condition> CONDITION = Form.object(f -> {
    var words = f.required("words", Condition::words, Form.STRING);
    var met = f.optional("met", Condition::met, Form.DATE);
    return f.build(() -> new Condition(words, met));
  });

  /** A round's id as text, {@code 2021:1}. */
  static final Form<RoundId> ROUND_ID = Form.textual(RoundId::toString, node -> {
    String value = node.string();
    return node.build(() -> RoundId.parse(value));
  });

  /** Requisition pots whose unclaimed funds are shared together: {"pots", "sharing"}. */
  static final Form<UnclaimedFundsPool> POOL = Form.object(f -> {
    var pots = f.required("pots", UnclaimedFundsPool::pots, Form.POT_ID.list());
    var sharing = f.required("sharing", UnclaimedFundsPool::sharing, Form.of(Sharing.class));
    return f.build(() -> {
      Set<PotId> distinct = new LinkedHashSet<>(pots);
      RuleViolation.checkRule(distinct.size() == pots.size(), UnclaimedFundsPool.class, "",
          "pots", "UnclaimedFundsPool 'pots' names a pot twice: %s", pots);
      return new UnclaimedFundsPool(distinct, sharing);
    });
  });

  static final Form<GrantRound> ROUND = Form.object(f -> {
    GrantRound.Builder builder = GrantRound.builder()
        .year(f.required("year", GrantRound::year, Form.INT));
    f.defaulted("place", GrantRound::place, Form.INT, 1, builder::place);
    f.optional("decision", GrantRound::decision, DECISION, builder::decision);
    builder.legalBasis(f.required("legalBasis", GrantRound::legalBasis, Form.STRING))
        .addAllPots(f.required("pots", GrantRound::pots, POT.list()));
    f.optional("applicationPeriod", GrantRound::applicationPeriod, RANGE,
        builder::applicationPeriod);
    f.optional("requisitionDeadline", GrantRound::requisitionDeadline, Form.DATE,
        builder::requisitionDeadline);
    f.defaulted("usePeriod", GrantRound::usePeriod, RANGE, builder::usePeriod);
    f.optional("reportDeadline", GrantRound::reportDeadline, Form.DATE, builder::reportDeadline);
    f.optional("repaymentDeadline", GrantRound::repaymentDeadline, Form.DATE,
        builder::repaymentDeadline);
    f.optional("minimumClaim", GrantRound::minimumClaim, Form.AMOUNT, builder::minimumClaim);
    f.defaulted("governmentReportDeadlines", GrantRound::governmentReportDeadlines,
        Form.DATE.list(), builder::addAllGovernmentReportDeadlines);
    f.defaulted("scope", GrantRound::scope, Form.setOf(ScopeTerm.class), builder::addAllScope);
    f.optional("condition", GrantRound::condition, CONDITION, builder::condition);
    f.defaulted("unclaimedFundsPools", GrantRound::unclaimedFundsPools, POOL.list(),
        builder::addAllUnclaimedFundsPools);
    f.optional("topUpOf", GrantRound::topUpOf, ROUND_ID, builder::topUpOf);
    f.optional("earmark", GrantRound::earmark, Form.STRING, builder::earmark);
    f.optional("unspentCeiling", GrantRound::unspentCeiling, Form.of(UnspentCeiling.class),
        builder::unspentCeiling);
    return f.build(builder::build);
  });

  static final Form<RoundCatalogue> CATALOGUE = Form.object(f -> {
    var rounds = f.required("rounds", RoundCatalogue::rounds, ROUND.list());
    return f.build(() -> RoundCatalogue.of(rounds));
  });

  private RoundCodec() {
  }
}
