package se.utvecklingsmedel.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.LinkedHashMultimap;
import com.google.common.collect.SetMultimap;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.round.DistributionMethod;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * A round's statistics for the annual report (<i>årlig redovisning</i>), per recipient category.
 *
 * <p>Seed 004 is one such report. The result is a function of the allocation, the reports and the
 * day: it does not depend on the order the reports were given in, and adding a report never lowers a
 * count of reports received or analysed. See {@link CategoryStatistics} for the definitions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundStatistics {

  private final int year;
  private final ImmutableMap<RecipientCategory, CategoryStatistics> categories;

  private RoundStatistics(int year, ImmutableMap<RecipientCategory, CategoryStatistics> categories) {
    this.year = year;
    this.categories = categories;
  }

  /**
   * Returns statistics of given figures, e.g. another year's published figures to compare a computed
   * round with.
   *
   * @param year the year of the round
   * @param categories each category's statistics, keyed by its own category
   * @return the statistics
   * @throws IllegalArgumentException if a key is not its statistics' category
   */
  public static RoundStatistics of(int year, Map<RecipientCategory, CategoryStatistics> categories) {
    requireNonNull(categories, "RoundStatistics 'categories' must not be null");
    categories.forEach((category, statistics) -> checkArgument(statistics.category() == category,
        "RoundStatistics %s: statistics of %s are filed under %s", year, statistics.category(),
        category));
    Map<RecipientCategory, CategoryStatistics> ordered = new EnumMap<>(RecipientCategory.class);
    ordered.putAll(categories);
    return new RoundStatistics(year, ImmutableMap.copyOf(ordered));
  }

  static RoundStatistics of(FollowUp followUp) {
    Map<RecipientCategory, CategoryStatistics> categories = new EnumMap<>(RecipientCategory.class);
    for (RecipientCategory category : RecipientCategory.values()) {
      boolean present = followUp.allocation().pots().values().stream()
          .anyMatch(p -> p.pot().serves(category));
      if (present) {
        categories.put(category, category(followUp, category));
      }
    }
    return new RoundStatistics(followUp.allocation().round().year(), ImmutableMap.copyOf(categories));
  }

  private static CategoryStatistics category(FollowUp followUp, RecipientCategory category) {
    Set<Recipient> requisitioning = new HashSet<>();
    Set<Recipient> applying = new HashSet<>();
    Set<Recipient> granted = new HashSet<>();
    Amount requisitioned = Amount.zero();
    Amount applied = Amount.zero();
    Amount redistributed = Amount.zero();
    Amount grantedAmount = Amount.zero();
    for (PotAllocation pot : followUp.allocation().pots().values()) {
      for (RecipientGrant grant : pot.grants().values()) {
        if (grant.recipient().category() != category) {
          continue;
        }
        DistributionMethod method = pot.pot().method();
        if (method == DistributionMethod.REQUISITION && grant.granted().isPositive()) {
          requisitioning.add(grant.recipient());
          requisitioned = requisitioned.plus(grant.granted().minus(grant.redistributed()));
        }
        if (method == DistributionMethod.APPLICATION) {
          applying.add(grant.recipient());
          applied = applied.plus(grant.requested());
        }
        if (grant.granted().isPositive()) {
          granted.add(grant.recipient());
        }
        redistributed = redistributed.plus(grant.redistributed());
        grantedAmount = grantedAmount.plus(grant.granted());
      }
    }

    Amount used = Amount.zero();
    Amount unused = Amount.zero();
    Amount grantedReported = Amount.zero();
    int usedNothing = 0;
    int notAllUsed = 0;
    int inTime = 0;
    int late = 0;
    int missing = 0;
    int withoutActivity = 0;
    int analysed = 0;
    SetMultimap<Object, Recipient> named = LinkedHashMultimap.create();
    SetMultimap<Object, Recipient> reasons = LinkedHashMultimap.create();
    Map<ActivityArea, SetMultimap<Outcome, Recipient>> outcomes = new java.util.HashMap<>();
    Set<Recipient> coordinating = new HashSet<>();
    Set<Recipient> risk = new HashSet<>();
    for (Settlement settlement : followUp.settlements()) {
      if (settlement.grant().recipient().category() != category) {
        continue;
      }
      if (settlement.report().isEmpty()) {
        missing++;
        continue;
      }
      FollowUpReport report = settlement.report().get();
      Recipient recipient = report.recipient();
      used = used.plus(report.usedOfGrant());
      unused = unused.plus(report.unused());
      grantedReported = grantedReported.plus(report.granted());
      usedNothing += report.used().isZero() ? 1 : 0;
      notAllUsed += report.unused().isPositive() ? 1 : 0;
      report.reasonsForUnusedFunds().forEach(r -> reasons.put(r, recipient));
      boolean onTime = settlement.inTime().orElseThrow();
      if (!onTime) {
        late++;
        continue;
      }
      inTime++;
      if (!report.hadActivity()) {
        withoutActivity++;
        continue;
      }
      if (!report.complete()) {
        continue;
      }
      analysed++;
      report.areas().forEach(a -> named.put(a, recipient));
      report.instruments().forEach(i -> named.put(i, recipient));
      report.methods().forEach(m -> named.put(m, recipient));
      report.vulnerableGroups().forEach(g -> named.put(g, recipient));
      report.partners().forEach(p -> named.put(p, recipient));
      report.training().forEach(t -> named.put(t, recipient));
      report.outcomes().forEach((area, outcome) -> outcomes
          .computeIfAbsent(area, a -> LinkedHashMultimap.create()).put(outcome, recipient));
      if (report.coordinatingFunctionFinanced()) {
        coordinating.add(recipient);
      }
      if (report.instruments().stream().anyMatch(i -> i.isRiskAssessment())) {
        risk.add(recipient);
      }
    }

    ImmutableMap.Builder<ActivityArea, ImmutableMap<Outcome, Integer>> outcomeCounts =
        ImmutableMap.builder();
    outcomes.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(
            SwedishLabelled::label)))
        .forEach(e -> outcomeCounts.put(e.getKey(), counts(e.getValue(), Outcome.class)));

    return CategoryStatistics.builder()
        .category(category)
        .requisitioning(requisitioning.size())
        .applying(applying.size())
        .granted(granted.size())
        .requisitionedAmount(requisitioned)
        .appliedAmount(applied)
        .redistributedAmount(redistributed)
        .grantedAmount(grantedAmount)
        .usedAmount(used)
        .unusedAmount(unused)
        .usedNothing(usedNothing)
        .notAllUsed(notAllUsed)
        .shareUsed(grantedReported.isPositive() ? Optional.of(Share.of(used, grantedReported))
            : Optional.empty())
        .reportsInTime(inTime)
        .reportsLate(late)
        .reportsMissing(missing)
        .reportsWithoutActivity(withoutActivity)
        .reportsAnalysed(analysed)
        .areas(counts(named, ActivityArea.class))
        .instruments(counts(named, se.utvecklingsmedel.vocabulary.AssessmentInstrument.class))
        .methods(counts(named, se.utvecklingsmedel.vocabulary.Method.class))
        .vulnerableGroups(counts(named, se.utvecklingsmedel.vocabulary.VulnerableGroup.class))
        .partners(counts(named, se.utvecklingsmedel.vocabulary.CollaborationPartner.class))
        .training(counts(named, se.utvecklingsmedel.vocabulary.Training.class))
        .reasonsForUnusedFunds(counts(reasons, se.utvecklingsmedel.vocabulary.UnusedFundsReason.class))
        .coordinatingFunctions(coordinating.size())
        .usingRiskAssessment(risk.size())
        .outcomes(outcomeCounts.build())
        .build();
  }

  /** Counts distinct recipients per term of one type: most named first, ties by label. */
  private static <K, T> ImmutableMap<T, Integer> counts(SetMultimap<K, Recipient> named,
      Class<T> type) {
    Function<Object, String> label = o -> o instanceof SwedishLabelled
        ? ((SwedishLabelled) o).label()
        : ((se.utvecklingsmedel.vocabulary.Method) o).label();
    ImmutableMap.Builder<T, Integer> counts = ImmutableMap.builder();
    named.keySet().stream().filter(type::isInstance)
        .sorted(Comparator.<K>comparingInt(k -> -named.get(k).size()).thenComparing(label::apply))
        .forEach(k -> counts.put(type.cast(k), named.get(k).size()));
    return counts.build();
  }

  /**
   * Returns the year of the round.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the statistics of every category that has an allocated pot.
   *
   * @return the categories, in category order
   */
  public ImmutableMap<RecipientCategory, CategoryStatistics> categories() {
    return categories;
  }

  /**
   * Returns one category's statistics.
   *
   * @param category the category
   * @return its statistics
   * @throws IllegalArgumentException if no allocated pot serves the category
   */
  public CategoryStatistics of(RecipientCategory category) {
    CategoryStatistics statistics = categories.get(category);
    checkArgument(statistics != null, "RoundStatistics %s: no allocated pot serves %s", year, category);
    return statistics;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RoundStatistics && ((RoundStatistics) obj).year == year
        && ((RoundStatistics) obj).categories.equals(categories);
  }

  @Override
  public int hashCode() {
    return year * 31 + categories.hashCode();
  }

  @Override
  public String toString() {
    return "RoundStatistics " + year + " " + categories.keySet();
  }
}
