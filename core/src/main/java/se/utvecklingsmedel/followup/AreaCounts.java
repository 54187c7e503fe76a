package se.utvecklingsmedel.followup;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.stream.Stream;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.Intervention;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * How many recipients of a category named each intervention, method, instrument, group and partner
 * within one area (<i>insatserna inom ett område</i>), as seed 004 counts them: "I 78 av kommunerna
 * … enskilda stödsamtal, 56 kommuner".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param interventions recipients per intervention
 * @param methods recipients per method
 * @param instruments recipients per instrument
 * @param groups recipients per especially vulnerable group
 * @param partners recipients per partner
 */
public record AreaCounts(ImmutableMap<Intervention, Integer> interventions,
    ImmutableMap<Method, Integer> methods, ImmutableMap<AssessmentInstrument, Integer> instruments,
    ImmutableMap<VulnerableGroup, Integer> groups,
    ImmutableMap<CollaborationPartner, Integer> partners) {

  /**
   * Creates the counts of one area.
   *
   * @param interventions recipients per intervention
   * @param methods recipients per method
   * @param instruments recipients per instrument
   * @param groups recipients per especially vulnerable group
   * @param partners recipients per partner
   * @throws NullPointerException if any argument is null
   */
  public AreaCounts {
    requireNonNull(interventions, "AreaCounts 'interventions' must not be null");
    requireNonNull(methods, "AreaCounts 'methods' must not be null");
    requireNonNull(instruments, "AreaCounts 'instruments' must not be null");
    requireNonNull(groups, "AreaCounts 'groups' must not be null");
    requireNonNull(partners, "AreaCounts 'partners' must not be null");
  }

  /** Every count, named by its kind and term, for the checks of {@link CategoryStatistics}. */
  Stream<Map.Entry<String, Integer>> all() {
    return Stream.of(counts("interventions", interventions), counts("methods", methods),
        counts("instruments", instruments), counts("groups", groups), counts("partners", partners))
        .flatMap(s -> s);
  }

  private static Stream<Map.Entry<String, Integer>> counts(String kind, Map<?, Integer> counts) {
    return counts.entrySet().stream().map(e -> Map.entry(kind + " " + e.getKey(), e.getValue()));
  }
}
