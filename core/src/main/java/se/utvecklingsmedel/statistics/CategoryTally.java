package se.utvecklingsmedel.statistics;


import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import se.utvecklingsmedel.followup.AreaWork;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.followup.ReportTiming;
import se.utvecklingsmedel.followup.Settlement;
import se.utvecklingsmedel.grant.ApplicationPotAllocation;
import se.utvecklingsmedel.grant.AssignmentPotAllocation;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CareSetting;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.Intervention;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.UnusedFundsReason;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * Tallies one category's figures from a follow-up, in three steps: the money of the pots, the
 * reports of the settlements, and the terms named in the analysed reports. Not thread-safe; used
 * once.
 */
final class CategoryTally {

  private final RecipientCategory category;
  // Recipients counted, not collected: a category is served by at most one followed-up pot and one
  // assignment pot (GrantRound), and a pot grants each recipient once, so no recipient comes twice.
  private int requisitioning;
  private int applying;
  private int granted;
  private int assigned;
  // Money summed in öre, overflow-checked, and made amounts once (an Amount per addition was a
  // tenth of the tally).
  private long requisitioned;
  private long applied;
  private long redistributed;
  private long grantedAmount;
  private long assignedAmount;

  private long used;
  private long unused;
  private int usedNothing;
  private int notAllUsed;
  private int inTime;
  private int late;
  private int missing;
  private int notYetDue;
  private int withoutActivity;
  private int analysed;

  private final Terms<ActivityArea> areas = new Terms<>();
  private final Terms<AssessmentInstrument> instruments = new Terms<>();
  private final Terms<Method> methods = new Terms<>();
  private final Terms<VulnerableGroup> groups = new Terms<>();
  private final Terms<CollaborationPartner> partners = new Terms<>();
  private final Terms<Training> training = new Terms<>();
  private final Terms<UnusedFundsReason> reasons = new Terms<>();
  private final Terms<TermCombination> combinations = new Terms<>();
  private int explaining;
  private final PerArea<Terms<Outcome>> outcomes = new PerArea<>();
  private final PerArea<WorkTerms> work = new PerArea<>();
  private int coordinating;
  private int risk;
  private int qualitySystemCovering;
  // One report per recipient: pots may not overlap in followed-up categories (GrantRound) and a pot
  // takes one report from each (FollowUp), so counting a report's terms counts its recipient's.
  private final List<FollowUpReport> reports = new ArrayList<>();
  private final List<FollowUpReport> analysedReports = new ArrayList<>();

  private CategoryTally(RecipientCategory category) {
    this.category = category;
  }

  /**
   * Tallies every category a pot of the follow-up's round serves, in one pass over the grants and
   * one over the settlements.
   */
  static Map<RecipientCategory, CategoryStatistics> of(FollowUp followUp) {
    CategoryTally[] tallies = new CategoryTally[RecipientCategory.values().length];
    for (PotAllocation pot : followUp.allocation().pots().values()) {
      for (RecipientCategory category : pot.pot().categories()) {
        if (tallies[category.ordinal()] == null) {
          tallies[category.ordinal()] = new CategoryTally(category);
        }
      }
    }
    followUp.allocation().pots().values().forEach(pot -> addPot(tallies, pot));
    boolean beforeDeadline = followUp.allocation().round().reportDeadline()
        .map(d -> !followUp.asOf().isAfter(followUp.deadlines().effective(d))).orElse(false);
    for (Settlement settlement : followUp.settlements()) {
      CategoryTally tally = tallies[settlement.grant().recipient().category().ordinal()];
      if (tally != null) {
        tally.addSettlement(settlement, beforeDeadline);
      }
    }
    Map<RecipientCategory, CategoryStatistics> categories = new EnumMap<>(RecipientCategory.class);
    for (CategoryTally tally : tallies) {
      if (tally != null) {
        categories.put(tally.category, tally.build());
      }
    }
    return categories;
  }

  /** Step 1: the money, by the kind of pot; a pot's grants go to the tally of their category. */
  private static void addPot(CategoryTally[] tallies, PotAllocation pot) {
    boolean assignment = pot instanceof AssignmentPotAllocation;
    boolean requisition = pot instanceof RequisitionPotAllocation;
    boolean application = pot instanceof ApplicationPotAllocation;
    for (RecipientGrant grant : pot.grants().values()) {
      CategoryTally tally = tallies[grant.recipient().category().ordinal()];
      if (tally != null) {
        tally.addGrant(grant, assignment, requisition, application);
      }
    }
  }

  private void addGrant(RecipientGrant grant, boolean assignment, boolean requisition,
      boolean application) {
    long granted = grant.granted().toOre();
    if (assignment) {
      assigned++;
      assignedAmount = Math.addExact(assignedAmount, granted);
      return;
    }
    long redistributedToIt = grant.redistributed().toOre();
    if (requisition && granted > 0) {
      requisitioning++;
      requisitioned = Math.addExact(requisitioned, granted - redistributedToIt);
    }
    if (application) {
      applying++;
      applied = Math.addExact(applied, grant.requested().toOre());
    }
    if (granted > 0) {
      this.granted++;
    }
    redistributed = Math.addExact(redistributed, redistributedToIt);
    grantedAmount = Math.addExact(grantedAmount, granted);
  }

  /** Step 2: one followed-up grant's report, or its absence. */
  private void addSettlement(Settlement settlement, boolean beforeDeadline) {
    Optional<FollowUpReport> received = settlement.report();
    if (received.isEmpty()) {
      if (beforeDeadline) {
        notYetDue++;
      } else {
        missing++;
      }
      return;
    }
    FollowUpReport report = received.get();
    used = Math.addExact(used, report.usedOfGrant().toOre());
    unused = Math.addExact(unused, report.unused().toOre());
    usedNothing += report.used().signum() == 0 ? 1 : 0;
    notAllUsed += report.unused().signum() > 0 ? 1 : 0;
    reports.add(report);
    if (settlement.timing() == ReportTiming.LATE) {
      late++;
    } else if (!report.hadActivity()) {
      inTime++;
      withoutActivity++;
    } else {
      inTime++;
      if (report.complete()) {
        analysed++;
        analysedReports.add(report);
      }
    }
  }

  /** Step 3: the terms one recipient's analysed report names, each counted once. */
  private void addTerms(FollowUpReport report) {
    areas.countOnce(report.areas());
    methods.countOnce(report.methods());
    training.countOnce(report.training());
    countWithCombinations(instruments, groups, partners, combinations, report.instruments(),
        !report.methods().isEmpty(), report.vulnerableGroups(), report.partners());
    if (!report.work().isEmpty()) {
      report.work().forEach((area, w) -> work.get(area, WorkTerms::new).count(w));
    }
    if (!report.outcomes().isEmpty()) {
      report.outcomes().forEach((area, outcome) -> outcomes.get(area, Terms::new).add(outcome));
    }
    boolean assessesRisk = false;
    if (!report.instruments().isEmpty()) {
      for (AssessmentInstrument instrument : report.instruments()) {
        assessesRisk |= instrument.isRiskAssessment();
      }
    }
    coordinating += report.coordinatingFunctionFinanced() ? 1 : 0;
    risk += assessesRisk ? 1 : 0;
    qualitySystemCovering += report.qualitySystemAlreadyCovers() ? 1 : 0;
  }

  /**
   * Counts a recipient's instruments, groups and partners, and each combination its terms make
   * ({@link TermCombination#matches}), once, in one pass over each set (matching each combination
   * on its own read the sets seven times).
   */
  private static void countWithCombinations(Terms<AssessmentInstrument> instruments,
      Terms<VulnerableGroup> groups, Terms<CollaborationPartner> partners,
      Terms<TermCombination> combinations, Set<AssessmentInstrument> named, boolean anyMethod,
      Set<VulnerableGroup> namedGroups, Set<CollaborationPartner> namedPartners) {
    boolean freda = false;
    if (!named.isEmpty()) {
      for (AssessmentInstrument instrument : named) {
        instruments.add(instrument);
        freda |= instrument.isFreda();
      }
    }
    boolean otherActor = false;
    int policeSocialServicesShelters = 0;
    if (!namedPartners.isEmpty()) {
      for (CollaborationPartner partner : namedPartners) {
        partners.add(partner);
        otherActor |= TermCombination.isOtherActor(partner);
        policeSocialServicesShelters += TermCombination.isPoliceSocialServicesOrShelter(partner)
            ? 1 : 0;
      }
    }
    groups.countOnce(namedGroups);
    if (anyMethod) {
      combinations.add(TermCombination.ANY_METHOD);
    }
    if (anyMethod || !named.isEmpty()) {
      combinations.add(TermCombination.ANY_INSTRUMENT_OR_METHOD);
    }
    if (freda) {
      combinations.add(TermCombination.FREDA);
    }
    if (!namedGroups.isEmpty()) {
      combinations.add(TermCombination.ANY_VULNERABLE_GROUP);
    }
    if (!namedPartners.isEmpty()) {
      combinations.add(TermCombination.ANY_PARTNER);
    }
    if (otherActor) {
      combinations.add(TermCombination.OTHER_ACTORS);
    }
    if (policeSocialServicesShelters == 3) {
      combinations.add(TermCombination.SOCIAL_SERVICES_POLICE_AND_SHELTERS);
    }
  }

  private CategoryStatistics build() {
    for (FollowUpReport report : reports) {
      reasons.countOnce(report.reasonsForUnusedFunds());
      explaining += report.reasonsForUnusedFunds().isEmpty() ? 0 : 1;
    }
    analysedReports.forEach(this::addTerms);
    return CategoryStatistics.builder()
        .category(category)
        .funds(Funds.builder()
            .requisitioning(requisitioning).applying(applying).granted(granted)
            .requisitionedAmount(Amount.ofOre(requisitioned)).appliedAmount(Amount.ofOre(applied))
            .redistributedAmount(Amount.ofOre(redistributed))
            .grantedAmount(Amount.ofOre(grantedAmount))
            .assigned(assigned).assignedAmount(Amount.ofOre(assignedAmount)).build())
        .utilisation(Utilisation.builder()
            .usedAmount(Amount.ofOre(used)).unusedAmount(Amount.ofOre(unused))
            .usedNothing(usedNothing).notAllUsed(notAllUsed)
            .reasonsForUnusedFunds(reasons.counts())
            .explainingUnusedFunds(explaining).build())
        .reporting(Reporting.builder()
            .reportsInTime(inTime).reportsLate(late).reportsMissing(missing)
            .reportsNotYetDue(notYetDue).reportsWithoutActivity(withoutActivity)
            .reportsAnalysed(analysed).build())
        .work(WorkCounts.builder()
            .areas(areas.counts())
            .instruments(instruments.counts())
            .methods(methods.counts())
            .vulnerableGroups(groups.counts())
            .partners(partners.counts())
            .training(training.counts())
            .combinations(combinations.counts())
            .coordinatingFunctions(coordinating)
            .usingRiskAssessment(risk)
            .qualitySystemAlreadyCovering(qualitySystemCovering)
            .outcomes(outcomeCounts())
            .byArea(workCounts()).build())
        .build();
  }

  private ImmutableMap<ActivityArea, TermCounts<Outcome>> outcomeCounts() {
    ImmutableMap.Builder<ActivityArea, TermCounts<Outcome>> counts = ImmutableMap.builder();
    outcomes.forEachByLabel((area, terms) -> counts.put(area, terms.counts()));
    return counts.buildOrThrow();
  }

  private ImmutableMap<ActivityArea, AreaCounts> workCounts() {
    ImmutableMap.Builder<ActivityArea, AreaCounts> counts = ImmutableMap.builder();
    work.forEachByLabel((area, terms) -> counts.put(area, terms.counts()));
    return counts.buildOrThrow();
  }

  /**
   * A tally per activity area, kept by ordinal: a category's areas are the constants of one enum
   * (a report names only areas its category reports in), so no area is hashed per report. Any
   * other area (none, today) is kept in a map.
   */
  private static final class PerArea<V> {
    private Class<?> type;
    private Object[] byOrdinal;
    private final Map<ActivityArea, V> others = new HashMap<>();

    V get(ActivityArea area, Supplier<V> create) {
      Enum<?> constant = (Enum<?>) area;
      if (type == null) {
        type = constant.getDeclaringClass();
        byOrdinal = new Object[CONSTANTS.get(type).length];
      }
      if (constant.getDeclaringClass() != type) {
        return others.computeIfAbsent(area, a -> create.get());
      }
      @SuppressWarnings("unchecked") // only Vs are put
      V value = (V) byOrdinal[constant.ordinal()];
      if (value == null) {
        value = create.get();
        byOrdinal[constant.ordinal()] = value;
      }
      return value;
    }

    /** Each area's tally, in the order of the areas' labels (the published order). */
    void forEachByLabel(BiConsumer<ActivityArea, V> action) {
      List<ActivityArea> areas = new ArrayList<>(others.keySet());
      if (byOrdinal != null) {
        for (int i = 0; i < byOrdinal.length; i++) {
          if (byOrdinal[i] != null) {
            areas.add((ActivityArea) CONSTANTS.get(type)[i]);
          }
        }
      }
      areas.sort(Comparator.comparing(ActivityArea::label));
      for (ActivityArea area : areas) {
        Enum<?> constant = (Enum<?>) area;
        @SuppressWarnings("unchecked") // only Vs are put
        V value = constant.getDeclaringClass() == type
            ? (V) byOrdinal[constant.ordinal()] : others.get(area);
        action.accept(area, value);
      }
    }
  }

  /** Each enum's constants, shared (Class.getEnumConstants copies them per call). */
  private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
    @Override
    protected Object[] computeValue(Class<?> type) {
      return type.getEnumConstants();
    }
  };

  /** The terms named within one area's work. */
  private static final class WorkTerms {
    private final Terms<Intervention> interventions = new Terms<>();
    private final Terms<Method> methods = new Terms<>();
    private final Terms<AssessmentInstrument> instruments = new Terms<>();
    private final Terms<VulnerableGroup> groups = new Terms<>();
    private final Terms<CollaborationPartner> partners = new Terms<>();
    private final Terms<Training> training = new Terms<>();
    private final Terms<CareSetting> careSettings = new Terms<>();
    private final Terms<TermCombination> combinations = new Terms<>();

    void count(AreaWork work) {
      interventions.countOnce(work.interventions());
      methods.countOnce(work.methods());
      countWithCombinations(instruments, groups, partners, combinations, work.instruments(),
          !work.methods().isEmpty(), work.vulnerableGroups(), work.partners());
      training.countOnce(work.training());
      careSettings.countOnce(work.careSettings());
    }

    AreaCounts counts() {
      return AreaCounts.builder().interventions(interventions.counts())
          .methods(methods.counts())
          .instruments(instruments.counts())
          .vulnerableGroups(groups.counts())
          .partners(partners.counts())
          .training(training.counts())
          .careSettings(careSettings.counts())
          .combinations(combinations.counts()).build();
    }
  }

  /**
   * How many recipients named each term of one kind. Counted from one recipient's sources at a
   * time, so a term is counted once per recipient (a count per term, not a set of the
   * recipients that named it).
   */
  private static final class Terms<T extends SwedishLabelled> {
    // The terms of one enum, the kind a category names, are counted by ordinal; any other term
    // (a term of another enum, a method named in words) in a map (hash look-ups were
    // most of counting).
    private Class<?> enumType;
    private Object[] constants;
    private int[] byOrdinal;
    private final Map<T, int[]> named = new HashMap<>();

    /** Counts a set of terms one recipient named. */
    void countOnce(Collection<? extends T> terms) {
      if (terms.isEmpty()) {
        return; // most kinds of term: no iterator made
      }
      // forEach reaches the set inside a read-only view without a second iterator
      terms.forEach(this::add);
    }

    void add(T term) {
      if (term.getClass() == enumType) {
        byOrdinal[((Enum<?>) term).ordinal()]++;
        return;
      }
      if (enumType == null && term.getClass().isEnum()) {
        enumType = term.getClass();
        constants = CONSTANTS.get(enumType);
        byOrdinal = new int[constants.length];
        byOrdinal[((Enum<?>) term).ordinal()]++;
        return;
      }
      int[] count = named.get(term);
      if (count == null) {
        named.put(term, new int[] {1});
      } else {
        count[0]++;
      }
    }

    /** Counts per term, in {@link TermCounts}' order. */
    TermCounts<T> counts() {
      List<Map.Entry<T, Integer>> entries = new ArrayList<>(named.size() + 8);
      if (byOrdinal != null) {
        for (int i = 0; i < byOrdinal.length; i++) {
          if (byOrdinal[i] > 0) {
            @SuppressWarnings("unchecked") // a constant of the enum some term of type T was of
            T term = (T) constants[i];
            entries.add(Map.entry(term, byOrdinal[i]));
          }
        }
      }
      named.forEach((term, count) -> entries.add(Map.entry(term, count[0])));
      return TermCounts.sorted(entries);
    }
  }
}
