package se.utvecklingsmedel.followup;

import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.utvecklingsmedel.grant.ApplicationPotAllocation;
import se.utvecklingsmedel.grant.AssignmentPotAllocation;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CareSetting;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.Intervention;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.UnusedFundsReason;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * Tallies one category's figures from a follow-up, in three steps: the money of the pots, the reports
 * of the settlements, and the terms named in the analysed reports. Not thread-safe; used once.
 */
final class CategoryTally {

  private final RecipientCategory category;
  private final Set<Recipient> requisitioning = new HashSet<>();
  private final Set<Recipient> applying = new HashSet<>();
  private final Set<Recipient> granted = new HashSet<>();
  private final Set<Recipient> assigned = new HashSet<>();
  private Amount requisitioned = Amount.zero();
  private Amount applied = Amount.zero();
  private Amount redistributed = Amount.zero();
  private Amount grantedAmount = Amount.zero();
  private Amount assignedAmount = Amount.zero();

  private Amount used = Amount.zero();
  private Amount unused = Amount.zero();
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
  private final Map<ActivityArea, Terms<Outcome>> outcomes = new HashMap<>();
  private final Map<ActivityArea, WorkTerms> work = new HashMap<>();
  private final Set<Recipient> coordinating = new HashSet<>();
  private final Set<Recipient> risk = new HashSet<>();
  private final Set<Recipient> qualitySystemCovering = new HashSet<>();

  private CategoryTally(RecipientCategory category) {
    this.category = category;
  }

  static CategoryStatistics of(FollowUp followUp, RecipientCategory category) {
    CategoryTally tally = new CategoryTally(category);
    followUp.allocation().pots().values().forEach(tally::addPot);
    boolean beforeDeadline = followUp.allocation().round().reportDeadline()
        .map(d -> !followUp.asOf().isAfter(followUp.deadlines().effective(d))).orElse(false);
    followUp.settlements().stream().filter(s -> s.grant().recipient().category() == category)
        .forEach(s -> tally.addSettlement(s, beforeDeadline));
    return tally.build();
  }

  /** Step 1: the money, by the kind of pot. */
  private void addPot(PotAllocation pot) {
    for (RecipientGrant grant : pot.grants().values()) {
      if (grant.recipient().category() != category) {
        continue;
      }
      if (pot instanceof AssignmentPotAllocation) {
        assigned.add(grant.recipient());
        assignedAmount = assignedAmount.plus(grant.granted());
        continue;
      }
      if (pot instanceof RequisitionPotAllocation && grant.granted().signum() > 0) {
        requisitioning.add(grant.recipient());
        requisitioned = requisitioned.plus(grant.granted().minus(grant.redistributed()));
      }
      if (pot instanceof ApplicationPotAllocation) {
        applying.add(grant.recipient());
        applied = applied.plus(grant.requested());
      }
      if (grant.granted().signum() > 0) {
        granted.add(grant.recipient());
      }
      redistributed = redistributed.plus(grant.redistributed());
      grantedAmount = grantedAmount.plus(grant.granted());
    }
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
    used = used.plus(report.usedOfGrant());
    unused = unused.plus(report.unused());
    usedNothing += report.used().signum() == 0 ? 1 : 0;
    notAllUsed += report.unused().signum() > 0 ? 1 : 0;
    reasons.nameAll(report.reasonsForUnusedFunds(), report.recipient());
    if (settlement.timing() == ReportTiming.LATE) {
      late++;
    } else if (!report.hadActivity()) {
      inTime++;
      withoutActivity++;
    } else {
      inTime++;
      if (report.complete()) {
        analysed++;
        addTerms(report);
      }
    }
  }

  /** Step 3: the terms an analysed report names, each counted once per recipient. */
  private void addTerms(FollowUpReport report) {
    Recipient recipient = report.recipient();
    areas.nameAll(report.areas(), recipient);
    instruments.nameAll(report.instruments(), recipient);
    methods.nameAll(report.methods(), recipient);
    groups.nameAll(report.vulnerableGroups(), recipient);
    partners.nameAll(report.partners(), recipient);
    training.nameAll(report.training(), recipient);
    report.work().forEach((area, w) -> work.computeIfAbsent(area, a -> new WorkTerms())
        .name(w, recipient));
    report.outcomes().forEach((area, outcome) ->
        outcomes.computeIfAbsent(area, a -> new Terms<>()).name(outcome, recipient));
    if (report.coordinatingFunctionFinanced()) {
      coordinating.add(recipient);
    }
    if (report.instruments().stream().anyMatch(AssessmentInstrument::isRiskAssessment)) {
      risk.add(recipient);
    }
    if (report.qualitySystemAlreadyCovers()) {
      qualitySystemCovering.add(recipient);
    }
  }

  private CategoryStatistics build() {
    Amount reported = used.plus(unused);
    return CategoryStatistics.builder()
        .category(category)
        .requisitioning(requisitioning.size()).applying(applying.size()).granted(granted.size())
        .requisitionedAmount(requisitioned).appliedAmount(applied)
        .redistributedAmount(redistributed).grantedAmount(grantedAmount)
        .assigned(assigned.size()).assignedAmount(assignedAmount)
        .usedAmount(used).unusedAmount(unused).usedNothing(usedNothing).notAllUsed(notAllUsed)
        .shareUsed(reported.signum() > 0 ? Optional.of(Share.of(used, reported)) : Optional.empty())
        .reportsInTime(inTime).reportsLate(late).reportsMissing(missing)
        .reportsNotYetDue(notYetDue).reportsWithoutActivity(withoutActivity)
        .reportsAnalysed(analysed)
        .areas(areas.counts(ActivityArea::label))
        .instruments(instruments.counts(AssessmentInstrument::label))
        .methods(methods.counts(Method::label))
        .vulnerableGroups(groups.counts(VulnerableGroup::label))
        .partners(partners.counts(CollaborationPartner::label))
        .training(training.counts(Training::label))
        .reasonsForUnusedFunds(reasons.counts(UnusedFundsReason::label))
        .coordinatingFunctions(coordinating.size())
        .usingRiskAssessment(risk.size())
        .qualitySystemAlreadyCovering(qualitySystemCovering.size())
        .outcomes(outcomeCounts())
        .work(workCounts())
        .build();
  }

  private ImmutableMap<ActivityArea, ImmutableMap<Outcome, Integer>> outcomeCounts() {
    ImmutableMap.Builder<ActivityArea, ImmutableMap<Outcome, Integer>> counts =
        ImmutableMap.builder();
    outcomes.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(ActivityArea::label)))
        .forEach(e -> counts.put(e.getKey(), e.getValue().counts(Outcome::label)));
    return counts.build();
  }

  private ImmutableMap<ActivityArea, AreaCounts> workCounts() {
    ImmutableMap.Builder<ActivityArea, AreaCounts> counts = ImmutableMap.builder();
    work.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(ActivityArea::label)))
        .forEach(e -> counts.put(e.getKey(), e.getValue().counts()));
    return counts.build();
  }

  /** The terms named within one area's work. */
  private static final class WorkTerms {
    private final Terms<Intervention> interventions = new Terms<>();
    private final Terms<Method> methods = new Terms<>();
    private final Terms<AssessmentInstrument> instruments = new Terms<>();
    private final Terms<VulnerableGroup> groups = new Terms<>();
    private final Terms<CollaborationPartner> partners = new Terms<>();
    private final Terms<Training> training = new Terms<>();
    private final Terms<CareSetting> careSettings = new Terms<>();

    void name(AreaWork work, Recipient recipient) {
      interventions.nameAll(work.interventions(), recipient);
      methods.nameAll(work.methods(), recipient);
      instruments.nameAll(work.instruments(), recipient);
      groups.nameAll(work.vulnerableGroups(), recipient);
      partners.nameAll(work.partners(), recipient);
      training.nameAll(work.training(), recipient);
      careSettings.nameAll(work.careSettings(), recipient);
    }

    AreaCounts counts() {
      return AreaCounts.builder().interventions(interventions.counts(Intervention::label))
          .methods(methods.counts(Method::label))
          .instruments(instruments.counts(AssessmentInstrument::label))
          .vulnerableGroups(groups.counts(VulnerableGroup::label))
          .partners(partners.counts(CollaborationPartner::label))
          .training(training.counts(Training::label))
          .careSettings(careSettings.counts(CareSetting::label)).build();
    }
  }

  /** The distinct recipients that named each term of one kind. */
  private static final class Terms<T> {
    private final Map<T, Set<Recipient>> named = new HashMap<>();

    void name(T term, Recipient recipient) {
      named.computeIfAbsent(term, t -> new HashSet<>()).add(recipient);
    }

    void nameAll(Iterable<? extends T> terms, Recipient recipient) {
      for (T term : terms) {
        name(term, recipient);
      }
    }

    /** Counts per term: most named first, ties by label. */
    ImmutableMap<T, Integer> counts(Function<? super T, String> label) {
      ImmutableMap.Builder<T, Integer> counts = ImmutableMap.builderWithExpectedSize(named.size());
      named.entrySet().stream()
          .sorted(Comparator.<Map.Entry<T, Set<Recipient>>>comparingInt(e -> -e.getValue().size())
              .thenComparing(e -> label.apply(e.getKey())))
          .forEach(e -> counts.put(e.getKey(), e.getValue().size()));
      return counts.build();
    }
  }
}
