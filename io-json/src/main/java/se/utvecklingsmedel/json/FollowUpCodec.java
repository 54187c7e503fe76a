package se.utvecklingsmedel.json;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.utvecklingsmedel.statistics.AreaCounts;
import se.utvecklingsmedel.statistics.TermCombination;
import se.utvecklingsmedel.statistics.TermCounts;
import se.utvecklingsmedel.followup.AreaWork;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.statistics.Figure;
import se.utvecklingsmedel.statistics.Funds;
import se.utvecklingsmedel.statistics.Reporting;
import se.utvecklingsmedel.statistics.Utilisation;
import se.utvecklingsmedel.statistics.WorkCounts;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.followup.ClaimKind;
import se.utvecklingsmedel.support.CompetenceSupport;
import se.utvecklingsmedel.support.CountyBoardSurvey;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.published.PublishedFigures;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.published.RoundComparison;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CareSetting;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.CompetenceNeed;
import se.utvecklingsmedel.vocabulary.CompetenceSupportTheme;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.Intervention;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.RegionalActivityArea;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.UnusedFundsReason;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * Follow-up reports and statistics in JSON. Areas are written by name; which list a name belongs
 * to follows from the recipient's category (municipal, regional or development areas).
 */
final class FollowUpCodec {

  // Forms made once (each report made its own).
  private static final Form<Collection<Intervention>> INTERVENTIONS =
      Form.setOf(Intervention.class);
  private static final Form<Collection<Method>> METHODS = ValueCodec.METHOD.set();
  private static final Form<Collection<AssessmentInstrument>> INSTRUMENTS =
      Form.setOf(AssessmentInstrument.class);
  private static final Form<Collection<VulnerableGroup>> GROUPS =
      Form.setOf(VulnerableGroup.class);
  private static final Form<Collection<CollaborationPartner>> PARTNERS =
      Form.setOf(CollaborationPartner.class);
  private static final Form<Collection<Training>> TRAINING = Form.setOf(Training.class);
  private static final Form<Collection<CareSetting>> CARE_SETTINGS =
      Form.setOf(CareSetting.class);
  private static final Form<Collection<UnusedFundsReason>> UNUSED_FUNDS_REASONS =
      Form.setOf(UnusedFundsReason.class);

  /** One area's work in a report; every set may be left out, and is then empty. */
  static final Form<AreaWork> AREA_WORK = Form.object(f -> {
    AreaWork.Builder w = AreaWork.builder();
    f.defaulted("interventions", AreaWork::interventions, INTERVENTIONS, w::addAllInterventions);
    f.defaulted("methods", AreaWork::methods, METHODS, w::addAllMethods);
    f.defaulted("instruments", AreaWork::instruments, INSTRUMENTS, w::addAllInstruments);
    f.defaulted("vulnerableGroups", AreaWork::vulnerableGroups, GROUPS, w::addAllVulnerableGroups);
    f.defaulted("partners", AreaWork::partners, PARTNERS, w::addAllPartners);
    f.defaulted("training", AreaWork::training, TRAINING, w::addAllTraining);
    f.defaulted("careSettings", AreaWork::careSettings, CARE_SETTINGS, w::addAllCareSettings);
    return f.build(w::build);
  });

  /** Recipients per combination of terms. */
  private static final Form<TermCounts<TermCombination>> COMBINATIONS =
      counts(Form.of(TermCombination.class));

  /** One area's counts in the statistics; every map may be left out, and is then empty. */
  static final Form<AreaCounts> AREA_COUNTS = Form.object(f -> {
    AreaCounts.Builder c = AreaCounts.builder();
    f.defaulted("interventions", AreaCounts::interventions, counts(Form.of(Intervention.class)),
        c::interventions);
    f.defaulted("methods", AreaCounts::methods, counts(ValueCodec.METHOD), c::methods);
    f.defaulted("instruments", AreaCounts::instruments,
        counts(Form.of(AssessmentInstrument.class)), c::instruments);
    f.defaulted("vulnerableGroups", AreaCounts::vulnerableGroups,
        counts(Form.of(VulnerableGroup.class)), c::vulnerableGroups);
    f.defaulted("partners", AreaCounts::partners, counts(Form.of(CollaborationPartner.class)),
        c::partners);
    f.defaulted("training", AreaCounts::training, counts(Form.of(Training.class)), c::training);
    f.defaulted("careSettings", AreaCounts::careSettings, counts(Form.of(CareSetting.class)),
        c::careSettings);
    f.defaulted("combinations", AreaCounts::combinations, COMBINATIONS, c::combinations);
    return f.build(c::build);
  });

  static final Form<FollowUpReport> REPORT = Form.object(f -> {
    Recipient recipient = f.required("recipient", FollowUpReport::recipient, ValueCodec.RECIPIENT);
    AreaForms area = AreaForms.of(recipient.category());
    FollowUpReport.Builder b = FollowUpReport.builder().recipient(recipient)
        .potId(f.required("potId", FollowUpReport::potId, Form.POT_ID))
        .granted(f.required("granted", FollowUpReport::granted, Form.AMOUNT))
        .used(f.required("used", FollowUpReport::used, Form.AMOUNT))
        .submitted(f.required("submitted", FollowUpReport::submitted, Form.DATE));
    f.defaulted("complete", FollowUpReport::complete, Form.BOOLEAN, true, b::complete);
    f.defaulted("hadActivity", FollowUpReport::hadActivity, Form.BOOLEAN, true, b::hadActivity);
    f.defaulted("areas", FollowUpReport::areas, area.set, b::addAllAreas);
    f.defaulted("instruments", FollowUpReport::instruments, INSTRUMENTS, b::addAllInstruments);
    f.defaulted("methods", FollowUpReport::methods, METHODS, b::addAllMethods);
    f.defaulted("vulnerableGroups", FollowUpReport::vulnerableGroups, GROUPS,
        b::addAllVulnerableGroups);
    f.defaulted("partners", FollowUpReport::partners, PARTNERS, b::addAllPartners);
    f.defaulted("coordinatingFunctionFinanced", FollowUpReport::coordinatingFunctionFinanced,
        Form.BOOLEAN, false, b::coordinatingFunctionFinanced);
    f.defaulted("qualitySystemAlreadyCovers", FollowUpReport::qualitySystemAlreadyCovers,
        Form.BOOLEAN, false, b::qualitySystemAlreadyCovers);
    f.defaulted("training", FollowUpReport::training, TRAINING, b::addAllTraining);
    f.defaulted("outcomes", FollowUpReport::outcomes, area.outcomes, b::outcomes);
    f.defaulted("work", r -> ImmutableMap.copyOf(r.work()), area.work, b::work);
    f.defaulted("reasonsForUnusedFunds", FollowUpReport::reasonsForUnusedFunds,
        UNUSED_FUNDS_REASONS, b::addAllReasonsForUnusedFunds);
    f.defaulted("usedOutsidePurpose", FollowUpReport::usedOutsidePurpose, Form.AMOUNT,
        Amount.zero(), b::usedOutsidePurpose);
    return f.build(b::build);
  });

  /** A category's statistics: one flat object, its properties in the order the four concepts
   * interleave them (as written since the first release). */
  static final Form<CategoryStatistics> CATEGORY = Form.object(f -> {
    RecipientCategory category = f.required("category", CategoryStatistics::category,
        Form.of(RecipientCategory.class));
    Form<ActivityArea> area = area(category);
    Funds.Builder funds = Funds.builder()
        .requisitioning(f.required("requisitioning", s -> s.funds().requisitioning(), Form.COUNT))
        .applying(f.required("applying", s -> s.funds().applying(), Form.COUNT))
        .granted(f.required("granted", s -> s.funds().granted(), Form.COUNT))
        .requisitionedAmount(f.required("requisitionedAmount",
            s -> s.funds().requisitionedAmount(), Form.AMOUNT))
        .appliedAmount(f.required("appliedAmount", s -> s.funds().appliedAmount(), Form.AMOUNT))
        .redistributedAmount(f.required("redistributedAmount",
            s -> s.funds().redistributedAmount(), Form.AMOUNT))
        .grantedAmount(f.required("grantedAmount", s -> s.funds().grantedAmount(), Form.AMOUNT))
        .assigned(f.required("assigned", s -> s.funds().assigned(), Form.COUNT))
        .assignedAmount(f.required("assignedAmount", s -> s.funds().assignedAmount(),
            Form.AMOUNT));
    Utilisation.Builder utilisation = Utilisation.builder()
        .usedAmount(f.required("usedAmount", s -> s.utilisation().usedAmount(), Form.AMOUNT))
        .unusedAmount(f.required("unusedAmount", s -> s.utilisation().unusedAmount(),
            Form.AMOUNT))
        .usedNothing(f.required("usedNothing", s -> s.utilisation().usedNothing(), Form.COUNT))
        .notAllUsed(f.required("notAllUsed", s -> s.utilisation().notAllUsed(), Form.COUNT))
        .shareUsed(f.optional("shareUsed", s -> s.utilisation().shareUsed(), ValueCodec.SHARE));
    Reporting.Builder reporting = Reporting.builder()
        .reportsInTime(f.required("reportsInTime", s -> s.reporting().reportsInTime(), Form.COUNT))
        .reportsLate(f.required("reportsLate", s -> s.reporting().reportsLate(), Form.COUNT))
        .reportsMissing(f.required("reportsMissing", s -> s.reporting().reportsMissing(),
            Form.COUNT))
        .reportsNotYetDue(f.required("reportsNotYetDue", s -> s.reporting().reportsNotYetDue(),
            Form.COUNT))
        .reportsWithoutActivity(f.required("reportsWithoutActivity",
            s -> s.reporting().reportsWithoutActivity(), Form.COUNT))
        .reportsAnalysed(f.required("reportsAnalysed", s -> s.reporting().reportsAnalysed(),
            Form.COUNT));
    WorkCounts.Builder work = WorkCounts.builder()
        .areas(f.required("areas", s -> s.work().areas(), counts(area)))
        .instruments(f.required("instruments", s -> s.work().instruments(),
            counts(Form.of(AssessmentInstrument.class))))
        .methods(f.required("methods", s -> s.work().methods(), counts(ValueCodec.METHOD)))
        .vulnerableGroups(f.required("vulnerableGroups", s -> s.work().vulnerableGroups(),
            counts(Form.of(VulnerableGroup.class))))
        .partners(f.required("partners", s -> s.work().partners(),
            counts(Form.of(CollaborationPartner.class))))
        .training(f.required("training", s -> s.work().training(),
            counts(Form.of(Training.class))));
    utilisation.reasonsForUnusedFunds(f.required("reasonsForUnusedFunds",
        s -> s.utilisation().reasonsForUnusedFunds(), counts(Form.of(UnusedFundsReason.class))));
    work.coordinatingFunctions(f.required("coordinatingFunctions",
            s -> s.work().coordinatingFunctions(), Form.COUNT))
        .usingRiskAssessment(f.required("usingRiskAssessment",
            s -> s.work().usingRiskAssessment(), Form.COUNT))
        .qualitySystemAlreadyCovering(f.required("qualitySystemAlreadyCovering",
            s -> s.work().qualitySystemAlreadyCovering(), Form.COUNT))
        .outcomes(f.required("outcomes", s -> s.work().outcomes(),
            area.entries("area", "counts", counts(Form.of(Outcome.class)))));
    f.optional("explainingUnusedFunds", s -> Form.boxed(s.utilisation().explainingUnusedFunds()),
        Form.COUNT, utilisation::explainingUnusedFunds);
    f.defaulted("combinations", s -> s.work().combinations(), COMBINATIONS, work::combinations);
    f.defaulted("work", s -> s.work().byArea(), area.entries("area", "counts", AREA_COUNTS),
        work::byArea);
    return f.build(() -> CategoryStatistics.builder().category(category).funds(funds.build())
        .utilisation(utilisation.build()).reporting(reporting.build()).work(work.build()).build());
  });

  static final Form<RoundStatistics> STATISTICS = Form.object(f -> {
    var illustration = f.optional("illustration", RoundStatistics::illustration, Form.STRING);
    int year = f.required("year", RoundStatistics::year, Form.INT);
    var categories = f.required("categories", RoundStatistics::categories,
        byCategory(CATEGORY, CategoryStatistics::category));
    return f.build(() -> illustration.map(RoundStatistics.of(year, categories)::withIllustration)
        .orElseGet(() -> RoundStatistics.of(year, categories)));
  });

  /** Every figure but the category may be left out: it is then not published. */
  static final Form<PublishedFigures> FIGURES = Form.object(f -> {
    var category = f.required("category", PublishedFigures::category,
        Form.of(RecipientCategory.class));
    Map<Figure<?>, Object> given = new LinkedHashMap<>();
    for (Figure<?> figure : Figure.values()) {
      read(f, figure).ifPresent(value -> given.put(figure, value));
    }
    return f.build(() -> {
      PublishedFigures figures = PublishedFigures.of(category);
      for (Map.Entry<Figure<?>, Object> figure : given.entrySet()) {
        figures = with(figures, figure.getKey(), figure.getValue());
      }
      return figures;
    });
  });

  static final Form<PublishedStatistics> PUBLISHED = Form.object(f -> {
    int year = f.required("year", PublishedStatistics::year, Form.INT);
    String source = f.required("source", PublishedStatistics::source, Form.STRING);
    var categories = f.required("categories", PublishedStatistics::categories,
        byCategory(FIGURES, PublishedFigures::category));
    return f.build(() -> PublishedStatistics.of(year, source, categories));
  });

  static final Form<Claim> CLAIM = Form.object(f -> {
    var recipient = f.required("recipient", Claim::recipient, ValueCodec.RECIPIENT);
    var potId = f.required("potId", Claim::potId, Form.POT_ID);
    var kind = f.required("kind", Claim::kind, Form.of(ClaimKind.class));
    var amount = f.required("amount", Claim::amount, Form.AMOUNT);
    var due = f.optional("due", Claim::due, Form.DATE);
    var reason = f.required("reason", Claim::reason, ReasonCodec.CLAIM_REASON);
    return f.build(() -> new Claim(recipient, potId, kind, amount, due, reason));
  });

  static final Form<CompetenceSupport> COMPETENCE_SUPPORT = Form.object(f -> {
    var theme = f.required("theme", CompetenceSupport::theme, Form.of(CompetenceSupportTheme.class));
    int offered = f.required("offered", CompetenceSupport::offered, Form.INT);
    int tookPart = f.required("tookPart", CompetenceSupport::tookPart, Form.INT);
    return f.build(() -> CompetenceSupport.of(theme, offered, tookPart));
  });

  static final Form<CountyBoardSurvey> SURVEY = Form.object(f -> {
    int respondents = f.required("respondents", CountyBoardSurvey::respondents, Form.INT);
    var needs = f.required("boardsSeeingNeed", CountyBoardSurvey::boardsSeeingNeed,
        counts(Form.of(CompetenceNeed.class), "need", "boards", Form.INT));
    return f.build(() -> CountyBoardSurvey.of(respondents, needs));
  });

  static final Form<RoundComparison> ROUND_COMPARISON = PUBLISHED.beforeAfter(
      RoundComparison::before, RoundComparison::after, RoundComparison::of);

  @SuppressWarnings("unchecked") // a figure of type T is read and written in T's form
  private static <T> Form<T> formOf(Figure<T> figure) {
    return (Form<T>) (figure.type() == Integer.class ? Form.COUNT
        : figure.type() == Amount.class ? Form.AMOUNT : ValueCodec.SHARE);
  }

  private static <T> Optional<T> read(Fields<PublishedFigures> f, Figure<T> figure) {
    return f.optional(figure.name(), p -> p.get(figure), formOf(figure));
  }

  private static <T> PublishedFigures with(PublishedFigures figures, Figure<T> figure,
      Object value) {
    return figures.with(figure, figure.type().cast(value));
  }

  private FollowUpCodec() {
  }

  /** The areas a recipient of a category reports on: municipal, regional or development areas. */
  /** A set of a category's areas: by name of its enum's constants, without a node each. */
  @SuppressWarnings("unchecked") // a set of one kind of area is a set of areas: read only
  private static Form<Collection<ActivityArea>> areaSet(RecipientCategory category) {
    Form<ActivityArea> area = area(category);
    Function<Node, Collection<ActivityArea>> reader = switch (category) {
      case MUNICIPALITY -> n -> (Collection<ActivityArea>) (Collection<?>)
          n.distinctEnums(MunicipalActivityArea.class);
      case REGION -> n -> (Collection<ActivityArea>) (Collection<?>)
          n.distinctEnums(RegionalActivityArea.class);
      case NON_PROFIT_ORGANISATION -> n -> (Collection<ActivityArea>) (Collection<?>)
          n.distinctEnums(DevelopmentArea.class);
      default -> area.set()::read;
    };
    return new Form<>(area::array, reader);
  }

  static Form<ActivityArea> area(RecipientCategory category) {
    Function<Node, ActivityArea> reader = switch (category) {
      case MUNICIPALITY -> n -> n.enumValue(MunicipalActivityArea.class);
      case REGION -> n -> n.enumValue(RegionalActivityArea.class);
      case NON_PROFIT_ORGANISATION -> n -> n.enumValue(DevelopmentArea.class);
      default -> n -> {
        throw n.error("names an area, but a " + category + " reports on no areas");
      };
    };
    return new Form<>(a -> Json.FACTORY.textNode(((Enum<?>) a).name()), reader);
  }

  /** The forms of one category's areas in a report, made once per category. */
  private static final class AreaForms {
    private static final Map<RecipientCategory, AreaForms> BY_CATEGORY = byCategory();

    final Form<Collection<ActivityArea>> set;
    final Form<Map<ActivityArea, AreaWork>> work;
    final Form<Map<ActivityArea, Outcome>> outcomes;

    private AreaForms(Form<ActivityArea> area, Form<Collection<ActivityArea>> set) {
      this.set = set;
      work = area.entries("area", "work", AREA_WORK);
      outcomes = outcomes(area);
    }

    private static Map<RecipientCategory, AreaForms> byCategory() {
      Map<RecipientCategory, AreaForms> forms = new EnumMap<>(RecipientCategory.class);
      for (RecipientCategory category : RecipientCategory.values()) {
        forms.put(category, new AreaForms(area(category), areaSet(category)));
      }
      return forms;
    }

    static AreaForms of(RecipientCategory category) {
      return BY_CATEGORY.get(category);
    }
  }

  /** Counts of recipients per term: {@code [{"term": …, "recipients": 3}]}. */
  private static <T extends SwedishLabelled> Form<TermCounts<T>> counts(Form<T> term) {
    return counts(term, "term", "recipients", Form.COUNT);
  }

  /** Counts per term as a list of objects, each a term and its count, with their own names. */
  private static <T extends SwedishLabelled> Form<TermCounts<T>> counts(Form<T> term,
      String termName, String countName, Form<Integer> count) {
    Form<Map<T, Integer>> entries = term.entries(termName, countName, count);
    return new Form<>(entries::write, node -> TermCounts.copyOf(entries.read(node)));
  }

  /** A report's outcome per area, as an object keyed by the area's name. */
  private static Form<Map<ActivityArea, Outcome>> outcomes(Form<ActivityArea> area) {
    return new Form<>(outcomes -> {
      var node = Json.FACTORY.objectNode();
      outcomes.forEach((a, outcome) -> node.put(((Enum<?>) a).name(), outcome.name()));
      return node;
    }, n -> {
      Map<ActivityArea, Outcome> outcomes = new LinkedHashMap<>();
      for (String name : n.names()) {
        Node outcome = n.field(name);
        outcomes.put(area.read(outcome.about(name)), outcome.enumValue(Outcome.class));
      }
      n.done();
      return outcomes;
    });
  }

  /** A list of one entry per category; a category listed twice is rejected at its place. */
  private static <T> Form<Map<RecipientCategory, T>> byCategory(Form<T> entry,
      Function<T, RecipientCategory> category) {
    return new Form<>(map -> entry.array(map.values()), list -> {
      Map<RecipientCategory, T> byCategory = new EnumMap<>(RecipientCategory.class);
      list.list(n -> {
        T value = entry.read(n);
        if (byCategory.put(category.apply(value), value) != null) {
          throw n.error("lists " + category.apply(value) + " a second time");
        }
        return value;
      });
      return byCategory;
    });
  }
}
