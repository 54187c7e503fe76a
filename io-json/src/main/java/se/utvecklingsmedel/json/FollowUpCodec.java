package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import se.utvecklingsmedel.followup.CategoryStatistics;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.followup.ClaimKind;
import se.utvecklingsmedel.followup.CompetenceSupport;
import se.utvecklingsmedel.followup.CountyBoardSurvey;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.followup.PublishedFigures;
import se.utvecklingsmedel.followup.PublishedStatistics;
import se.utvecklingsmedel.followup.RoundComparison;
import se.utvecklingsmedel.followup.RoundStatistics;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.CompetenceNeed;
import se.utvecklingsmedel.vocabulary.CompetenceSupportTheme;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.RegionalActivityArea;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.UnusedFundsReason;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * Follow-up reports and statistics in JSON. Areas are written by name; which list a name belongs
 * to follows from the recipient's category (municipal, regional or development areas).
 */
final class FollowUpCodec {

  private FollowUpCodec() {
  }

  static Function<Node, ActivityArea> area(RecipientCategory category) {
    switch (category) {
      case MUNICIPALITY:
        return n -> n.enumValue(MunicipalActivityArea.class);
      case REGION:
        return n -> n.enumValue(RegionalActivityArea.class);
      case NON_PROFIT_ORGANISATION:
        return n -> n.enumValue(DevelopmentArea.class);
      default:
        return n -> {
          throw n.error("names an area, but a " + category + " reports on no areas");
        };
    }
  }

  private static JsonNode names(Collection<?> values) {
    return Node.array(values.stream().map(v -> v instanceof Method ? ValueCodec.method((Method) v)
        : Json.toNode(v)).toList());
  }

  static JsonNode report(FollowUpReport r) {
    return Node.object("recipient", ValueCodec.recipient(r.recipient()), "potId", r.potId(),
        "granted", r.granted(), "used", r.used(), "submitted", r.submitted(),
        "complete", r.complete(), "hadActivity", r.hadActivity(),
        "areas", names(r.areas()), "instruments", names(r.instruments()),
        "methods", names(r.methods()), "vulnerableGroups", names(r.vulnerableGroups()),
        "partners", names(r.partners()),
        "coordinatingFunctionFinanced", r.coordinatingFunctionFinanced(),
        "training", names(r.training()),
        "outcomes", outcomes(r.outcomes()),
        "reasonsForUnusedFunds", names(r.reasonsForUnusedFunds()),
        "usedOutsidePurpose", r.usedOutsidePurpose());
  }

  private static JsonNode outcomes(Map<ActivityArea, Outcome> outcomes) {
    var node = Json.FACTORY.objectNode();
    outcomes.forEach((area, outcome) -> node.set(((Enum<?>) area).name(), Json.toNode(outcome)));
    return node;
  }

  static FollowUpReport report(Node node) {
    Recipient recipient = ValueCodec.recipient(node.field("recipient"));
    Function<Node, ActivityArea> area = area(recipient.category());
    FollowUpReport.Builder builder = FollowUpReport.builder().recipient(recipient)
        .potId(node.field("potId").potId())
        .granted(node.field("granted").amount())
        .used(node.field("used").amount())
        .submitted(node.field("submitted").date());
    node.optionalField("complete").ifPresent(n -> builder.complete(n.bool()));
    node.optionalField("hadActivity").ifPresent(n -> builder.hadActivity(n.bool()));
    node.optionalField("areas").ifPresent(n -> builder.addAllAreas(n.distinctList(area)));
    node.optionalField("instruments").ifPresent(n ->
        builder.addAllInstruments(n.distinctList(i -> i.enumValue(AssessmentInstrument.class))));
    node.optionalField("methods").ifPresent(n -> builder.addAllMethods(n.distinctList(ValueCodec::method)));
    node.optionalField("vulnerableGroups").ifPresent(n ->
        builder.addAllVulnerableGroups(n.distinctList(g -> g.enumValue(VulnerableGroup.class))));
    node.optionalField("partners").ifPresent(n ->
        builder.addAllPartners(n.distinctList(p -> p.enumValue(CollaborationPartner.class))));
    node.optionalField("coordinatingFunctionFinanced").ifPresent(n ->
        builder.coordinatingFunctionFinanced(n.bool()));
    node.optionalField("training").ifPresent(n ->
        builder.addAllTraining(n.distinctList(t -> t.enumValue(Training.class))));
    node.optionalField("outcomes").ifPresent(n -> {
      n.object();
      n.json().fieldNames().forEachRemaining(name -> {
        Node outcome = n.field(name);
        builder.putOutcome(area.apply(new Node(Json.toNode(name), outcome.path())),
            outcome.enumValue(Outcome.class));
      });
      n.done();
    });
    node.optionalField("reasonsForUnusedFunds").ifPresent(n ->
        builder.addAllReasonsForUnusedFunds(n.distinctList(r -> r.enumValue(UnusedFundsReason.class))));
    node.optionalField("usedOutsidePurpose").ifPresent(n -> builder.usedOutsidePurpose(n.amount()));
    node.done();
    return node.build(builder::build);
  }

  // --- statistics ------------------------------------------------------------------------------

  private static <T> JsonNode counts(Map<T, Integer> counts, Function<T, JsonNode> term) {
    return Node.array(counts.entrySet().stream()
        .map(e -> (JsonNode) Node.object("term", term.apply(e.getKey()), "recipients", e.getValue()))
        .toList());
  }

  private static <T> ImmutableMap<T, Integer> counts(Node node, Function<Node, T> term) {
    return ImmutableMap.copyOf(node.entries("term", term, "recipients", Node::count));
  }

  static JsonNode category(CategoryStatistics s) {
    Function<Object, JsonNode> name = Json::toNode;
    return Node.object("category", s.category(),
        "requisitioning", s.requisitioning(), "applying", s.applying(), "granted", s.granted(),
        "requisitionedAmount", s.requisitionedAmount(), "appliedAmount", s.appliedAmount(),
        "redistributedAmount", s.redistributedAmount(), "grantedAmount", s.grantedAmount(),
        "assigned", s.assigned(), "assignedAmount", s.assignedAmount(),
        "usedAmount", s.usedAmount(), "unusedAmount", s.unusedAmount(),
        "usedNothing", s.usedNothing(), "notAllUsed", s.notAllUsed(),
        "shareUsed", s.shareUsed().map(ValueCodec::share),
        "reportsInTime", s.reportsInTime(), "reportsLate", s.reportsLate(),
        "reportsMissing", s.reportsMissing(), "reportsNotYetDue", s.reportsNotYetDue(),
        "reportsWithoutActivity", s.reportsWithoutActivity(),
        "reportsAnalysed", s.reportsAnalysed(),
        "areas", counts(s.areas(), name::apply), "instruments", counts(s.instruments(), name::apply),
        "methods", counts(s.methods(), ValueCodec::method),
        "vulnerableGroups", counts(s.vulnerableGroups(), name::apply),
        "partners", counts(s.partners(), name::apply), "training", counts(s.training(), name::apply),
        "reasonsForUnusedFunds", counts(s.reasonsForUnusedFunds(), name::apply),
        "coordinatingFunctions", s.coordinatingFunctions(),
        "usingRiskAssessment", s.usingRiskAssessment(),
        "outcomes", Node.array(s.outcomes().entrySet().stream()
            .map(e -> (JsonNode) Node.object("area", Json.toNode(e.getKey()),
                "counts", counts(e.getValue(), name::apply)))
            .toList()));
  }

  static CategoryStatistics category(Node node) {
    RecipientCategory category = node.field("category").enumValue(RecipientCategory.class);
    Function<Node, ActivityArea> area = area(category);
    CategoryStatistics.Builder b = CategoryStatistics.builder().category(category)
        .requisitioning(node.field("requisitioning").count())
        .applying(node.field("applying").count())
        .granted(node.field("granted").count())
        .requisitionedAmount(node.field("requisitionedAmount").amount())
        .appliedAmount(node.field("appliedAmount").amount())
        .redistributedAmount(node.field("redistributedAmount").amount())
        .grantedAmount(node.field("grantedAmount").amount())
        .assigned(node.field("assigned").count())
        .assignedAmount(node.field("assignedAmount").amount())
        .usedAmount(node.field("usedAmount").amount())
        .unusedAmount(node.field("unusedAmount").amount())
        .usedNothing(node.field("usedNothing").count())
        .notAllUsed(node.field("notAllUsed").count())
        .reportsInTime(node.field("reportsInTime").count())
        .reportsLate(node.field("reportsLate").count())
        .reportsMissing(node.field("reportsMissing").count())
        .reportsNotYetDue(node.field("reportsNotYetDue").count())
        .reportsWithoutActivity(node.field("reportsWithoutActivity").count())
        .reportsAnalysed(node.field("reportsAnalysed").count())
        .areas(counts(node.field("areas"), area))
        .instruments(counts(node.field("instruments"), n -> n.enumValue(AssessmentInstrument.class)))
        .methods(counts(node.field("methods"), ValueCodec::method))
        .vulnerableGroups(counts(node.field("vulnerableGroups"), n -> n.enumValue(VulnerableGroup.class)))
        .partners(counts(node.field("partners"), n -> n.enumValue(CollaborationPartner.class)))
        .training(counts(node.field("training"), n -> n.enumValue(Training.class)))
        .reasonsForUnusedFunds(counts(node.field("reasonsForUnusedFunds"),
            n -> n.enumValue(UnusedFundsReason.class)))
        .coordinatingFunctions(node.field("coordinatingFunctions").count())
        .usingRiskAssessment(node.field("usingRiskAssessment").count());
    node.optionalField("shareUsed").ifPresent(n -> b.shareUsed(ValueCodec.share(n)));
    Map<ActivityArea, ImmutableMap<Outcome, Integer>> outcomes = new LinkedHashMap<>();
    node.field("outcomes").list(entry -> {
      ActivityArea key = area.apply(entry.field("area"));
      outcomes.put(key, counts(entry.field("counts"), n -> n.enumValue(Outcome.class)));
      entry.done();
      return key;
    });
    b.outcomes(outcomes);
    node.done();
    return node.build(b::build);
  }

  static JsonNode statistics(RoundStatistics statistics) {
    return Node.object("year", statistics.year(), "categories",
        Node.array(statistics.categories().values().stream().map(FollowUpCodec::category).toList()));
  }

  static RoundStatistics statistics(Node node) {
    int year = node.field("year").smallInteger();
    Map<RecipientCategory, CategoryStatistics> categories = byCategory(node.field("categories"),
        FollowUpCodec::category, CategoryStatistics::category);
    node.done();
    return node.build(() -> RoundStatistics.of(year, categories));
  }

  /** A list of one entry per category; a category listed twice is rejected at its place. */
  private static <T> Map<RecipientCategory, T> byCategory(Node list, Function<Node, T> reader,
      Function<T, RecipientCategory> category) {
    Map<RecipientCategory, T> byCategory = new EnumMap<>(RecipientCategory.class);
    list.list(n -> {
      T entry = reader.apply(n);
      if (byCategory.put(category.apply(entry), entry) != null) {
        throw n.error("lists " + category.apply(entry) + " a second time");
      }
      return entry;
    });
    return byCategory;
  }

  // --- published figures -----------------------------------------------------------------------

  static JsonNode figures(PublishedFigures f) {
    return Node.object("category", f.category(), "requisitioning", f.requisitioning(),
        "applying", f.applying(), "granted", f.granted(),
        "requisitionedAmount", f.requisitionedAmount(), "grantedAmount", f.grantedAmount(),
        "usedAmount", f.usedAmount(), "unusedAmount", f.unusedAmount(),
        "assignedAmount", f.assignedAmount(), "usedNothing", f.usedNothing(),
        "notAllUsed", f.notAllUsed(), "shareUsed", f.shareUsed().map(ValueCodec::share),
        "reportsInTime", f.reportsInTime(), "reportsAnalysed", f.reportsAnalysed());
  }

  /** Every figure but the category may be left out: it is then not published. */
  static PublishedFigures figures(Node node) {
    PublishedFigures.Builder b = PublishedFigures.builder()
        .category(node.field("category").enumValue(RecipientCategory.class));
    node.optionalField("requisitioning").ifPresent(n -> b.requisitioning(n.count()));
    node.optionalField("applying").ifPresent(n -> b.applying(n.count()));
    node.optionalField("granted").ifPresent(n -> b.granted(n.count()));
    node.optionalField("requisitionedAmount").ifPresent(n -> b.requisitionedAmount(n.amount()));
    node.optionalField("grantedAmount").ifPresent(n -> b.grantedAmount(n.amount()));
    node.optionalField("usedAmount").ifPresent(n -> b.usedAmount(n.amount()));
    node.optionalField("unusedAmount").ifPresent(n -> b.unusedAmount(n.amount()));
    node.optionalField("assignedAmount").ifPresent(n -> b.assignedAmount(n.amount()));
    node.optionalField("usedNothing").ifPresent(n -> b.usedNothing(n.count()));
    node.optionalField("notAllUsed").ifPresent(n -> b.notAllUsed(n.count()));
    node.optionalField("shareUsed").ifPresent(n -> b.shareUsed(ValueCodec.share(n)));
    node.optionalField("reportsInTime").ifPresent(n -> b.reportsInTime(n.count()));
    node.optionalField("reportsAnalysed").ifPresent(n -> b.reportsAnalysed(n.count()));
    node.done();
    return node.build(b::build);
  }

  static JsonNode published(PublishedStatistics statistics) {
    return Node.object("year", statistics.year(), "source", statistics.source(), "categories",
        Node.array(statistics.categories().values().stream().map(FollowUpCodec::figures).toList()));
  }

  static PublishedStatistics published(Node node) {
    int year = node.field("year").smallInteger();
    String source = node.field("source").string();
    Map<RecipientCategory, PublishedFigures> categories = byCategory(node.field("categories"),
        FollowUpCodec::figures, PublishedFigures::category);
    node.done();
    return node.build(() -> PublishedStatistics.of(year, source, categories));
  }

  static JsonNode claim(Claim claim) {
    return Node.object("recipient", ValueCodec.recipient(claim.recipient()), "potId", claim.potId(),
        "kind", claim.kind(), "amount", claim.amount(), "due", claim.due(), "rule", claim.rule());
  }

  static Claim claim(Node node) {
    Recipient recipient = ValueCodec.recipient(node.field("recipient"));
    PotId potId = node.field("potId").potId();
    ClaimKind kind = node.field("kind").enumValue(ClaimKind.class);
    Amount amount = node.field("amount").amount();
    var due = node.optionalField("due").map(Node::date);
    String rule = node.field("rule").string();
    node.done();
    return node.build(() -> new Claim(recipient, potId, kind, amount, due, rule));
  }

  static JsonNode competenceSupport(CompetenceSupport c) {
    return Node.object("theme", c.theme(), "offered", c.offered(), "tookPart", c.tookPart());
  }

  static CompetenceSupport competenceSupport(Node node) {
    CompetenceSupportTheme theme = node.field("theme").enumValue(CompetenceSupportTheme.class);
    int offered = node.field("offered").smallInteger();
    int tookPart = node.field("tookPart").smallInteger();
    node.done();
    return node.build(() -> CompetenceSupport.of(theme, offered, tookPart));
  }

  static JsonNode survey(CountyBoardSurvey survey) {
    return Node.object("respondents", survey.respondents(), "boardsSeeingNeed",
        Node.array(survey.boardsSeeingNeed().entrySet().stream()
            .map(e -> (JsonNode) Node.object("need", e.getKey(), "boards", e.getValue())).toList()));
  }

  static CountyBoardSurvey survey(Node node) {
    int respondents = node.field("respondents").smallInteger();
    Map<CompetenceNeed, Integer> needs = node.field("boardsSeeingNeed").entries("need",
        n -> n.enumValue(CompetenceNeed.class), "boards", Node::smallInteger);
    node.done();
    return node.build(() -> CountyBoardSurvey.of(respondents, needs));
  }

  static JsonNode roundComparison(RoundComparison c) {
    return Node.beforeAfter(c.before(), c.after(), FollowUpCodec::published);
  }

  static RoundComparison roundComparison(Node node) {
    return node.beforeAfter(FollowUpCodec::published, RoundComparison::of);
  }
}
