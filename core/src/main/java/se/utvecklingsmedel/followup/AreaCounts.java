package se.utvecklingsmedel.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.Intervention;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * How many recipients of a category named each intervention, method, instrument, group and partner
 * within one area (<i>insatserna inom ett område</i>), as seed 004 counts them: "I 78 av kommunerna
 * … enskilda stödsamtal, 56 kommuner".
 *
 * <p>Checks: every count is zero or more; {@link CategoryStatistics} checks further that none exceeds
 * the recipients naming the area, nor the category's own count of the same method, instrument, group
 * or partner. As computed, each map lists the most named term first, ties by Swedish label.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AreaCounts {

  private final ImmutableMap<Intervention, Integer> interventions;
  private final ImmutableMap<Method, Integer> methods;
  private final ImmutableMap<AssessmentInstrument, Integer> instruments;
  private final ImmutableMap<VulnerableGroup, Integer> vulnerableGroups;
  private final ImmutableMap<CollaborationPartner, Integer> partners;

  private AreaCounts(ImmutableMap<Intervention, Integer> interventions,
      ImmutableMap<Method, Integer> methods, ImmutableMap<AssessmentInstrument, Integer> instruments,
      ImmutableMap<VulnerableGroup, Integer> vulnerableGroups,
      ImmutableMap<CollaborationPartner, Integer> partners) {
    this.interventions = interventions;
    this.methods = methods;
    this.instruments = instruments;
    this.vulnerableGroups = vulnerableGroups;
    this.partners = partners;
  }

  /**
   * Creates the counts of one area.
   *
   * @param interventions recipients per intervention
   * @param methods recipients per method
   * @param instruments recipients per instrument
   * @param vulnerableGroups recipients per especially vulnerable group
   * @param partners recipients per partner
   * @return the counts, each map in the order given
   * @throws NullPointerException if a map, a term or a count is null
   * @throws IllegalArgumentException if a count is negative
   */
  public static AreaCounts of(Map<Intervention, Integer> interventions,
      Map<? extends Method, Integer> methods, Map<AssessmentInstrument, Integer> instruments,
      Map<VulnerableGroup, Integer> vulnerableGroups, Map<CollaborationPartner, Integer> partners) {
    requireNonNull(interventions, "AreaCounts 'interventions' must not be null");
    requireNonNull(methods, "AreaCounts 'methods' must not be null");
    requireNonNull(instruments, "AreaCounts 'instruments' must not be null");
    requireNonNull(vulnerableGroups, "AreaCounts 'vulnerableGroups' must not be null");
    requireNonNull(partners, "AreaCounts 'partners' must not be null");
    AreaCounts counts = new AreaCounts(copy(interventions, "interventions"),
        copy(methods, "methods"), copy(instruments, "instruments"),
        copy(vulnerableGroups, "vulnerableGroups"), copy(partners, "partners"));
    counts.all().forEach(e -> checkArgument(e.getValue() >= 0,
        "AreaCounts '%s' must not be negative, but was %s", e.getKey(), e.getValue()));
    return counts;
  }

  private static <K> ImmutableMap<K, Integer> copy(Map<? extends K, Integer> counts, String name) {
    ImmutableMap.Builder<K, Integer> copy = ImmutableMap.builder();
    counts.forEach((term, count) -> copy.put(
        requireNonNull(term, "AreaCounts '" + name + "' must not hold a null term"),
        requireNonNull(count, "AreaCounts '" + name + "' must not hold a null count")));
    return copy.build();
  }

  /**
   * Returns recipients per intervention.
   *
   * @return the counts
   */
  public ImmutableMap<Intervention, Integer> interventions() {
    return interventions;
  }

  /**
   * Returns recipients per method.
   *
   * @return the counts
   */
  public ImmutableMap<Method, Integer> methods() {
    return methods;
  }

  /**
   * Returns recipients per instrument.
   *
   * @return the counts
   */
  public ImmutableMap<AssessmentInstrument, Integer> instruments() {
    return instruments;
  }

  /**
   * Returns recipients per especially vulnerable group.
   *
   * @return the counts
   */
  public ImmutableMap<VulnerableGroup, Integer> vulnerableGroups() {
    return vulnerableGroups;
  }

  /**
   * Returns recipients per partner.
   *
   * @return the counts
   */
  public ImmutableMap<CollaborationPartner, Integer> partners() {
    return partners;
  }

  /** Every count, named by its kind and the term's Swedish label, for the checks. */
  Stream<Map.Entry<String, Integer>> all() {
    return Stream.of(counts("interventions", interventions), counts("methods", methods),
        counts("instruments", instruments), counts("vulnerableGroups", vulnerableGroups),
        counts("partners", partners)).flatMap(s -> s);
  }

  /** The report-level terms (methods, instruments, groups, partners) with their counts. */
  Stream<Map.Entry<Object, Integer>> terms() {
    return Stream.of(methods, instruments, vulnerableGroups, partners)
        .flatMap(m -> m.entrySet().stream()).map(e -> Map.entry(e.getKey(), e.getValue()));
  }

  private static Stream<Map.Entry<String, Integer>> counts(String kind, Map<?, Integer> counts) {
    return counts.entrySet().stream().map(e -> Map.entry(kind + " of "
        + ((SwedishLabelled) e.getKey()).label(), e.getValue()));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AreaCounts other && interventions.equals(other.interventions)
        && methods.equals(other.methods) && instruments.equals(other.instruments)
        && vulnerableGroups.equals(other.vulnerableGroups) && partners.equals(other.partners);
  }

  @Override
  public int hashCode() {
    return Objects.hash(interventions, methods, instruments, vulnerableGroups, partners);
  }

  @Override
  public String toString() {
    return "AreaCounts{interventions=" + interventions + ", methods=" + methods + ", instruments="
        + instruments + ", vulnerableGroups=" + vulnerableGroups + ", partners=" + partners + "}";
  }
}
