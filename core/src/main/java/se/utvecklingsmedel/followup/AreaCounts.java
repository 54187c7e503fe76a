package se.utvecklingsmedel.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CareSetting;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.Intervention;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * How many recipients of a category named each intervention, method, instrument, group, partner,
 * training, care setting and combination of terms ({@link TermCombination}) within one area
 * (<i>insatserna inom ett område</i>), as the 2016 account counts them: "I 78 av kommunerna …
 * enskilda stödsamtal, 56 kommuner".
 *
 * <p>Checks: every count is zero or more; {@link CategoryStatistics} checks further that none
 * exceeds the recipients naming the area, nor the category's own count of the same method,
 * instrument, group, partner or training. As computed, each map lists the most named term first,
 * ties by Swedish label. Built with {@link #builder()}; a kind not set is empty.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AreaCounts {

  private final ImmutableMap<Intervention, Integer> interventions;
  private final ImmutableMap<Method, Integer> methods;
  private final ImmutableMap<AssessmentInstrument, Integer> instruments;
  private final ImmutableMap<VulnerableGroup, Integer> vulnerableGroups;
  private final ImmutableMap<CollaborationPartner, Integer> partners;
  private final ImmutableMap<Training, Integer> training;
  private final ImmutableMap<CareSetting, Integer> careSettings;
  private final ImmutableMap<TermCombination, Integer> combinations;

  private AreaCounts(Builder b) {
    this.interventions = ImmutableMap.copyOf(b.interventions);
    this.methods = ImmutableMap.copyOf(b.methods);
    this.instruments = ImmutableMap.copyOf(b.instruments);
    this.vulnerableGroups = ImmutableMap.copyOf(b.vulnerableGroups);
    this.partners = ImmutableMap.copyOf(b.partners);
    this.training = ImmutableMap.copyOf(b.training);
    this.careSettings = ImmutableMap.copyOf(b.careSettings);
    this.combinations = ImmutableMap.copyOf(b.combinations);
  }

  /**
   * Returns a new builder, every kind empty.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
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

  /**
   * Returns recipients per kind of training.
   *
   * @return the counts
   */
  public ImmutableMap<Training, Integer> training() {
    return training;
  }

  /**
   * Returns recipients per care setting.
   *
   * @return the counts
   */
  public ImmutableMap<CareSetting, Integer> careSettings() {
    return careSettings;
  }

  /**
   * Returns recipients per combination of terms named within this area's work ({@link
   * TermCombination}): "66 stycken, har använt någon särskild metod".
   *
   * @return the counts
   */
  public ImmutableMap<TermCombination, Integer> combinations() {
    return combinations;
  }

  /** Every count, named by its kind and the term's Swedish label, for the checks. */
  Stream<Map.Entry<String, Integer>> all() {
    return Stream.of(counts("interventions", interventions), counts("methods", methods),
        counts("instruments", instruments), counts("vulnerableGroups", vulnerableGroups),
        counts("partners", partners), counts("training", training),
        counts("careSettings", careSettings), counts("combinations", combinations))
        .flatMap(s -> s);
  }

  /** The report-level terms (methods, instruments, groups, partners, training) with their counts. */
  Stream<Map.Entry<Object, Integer>> terms() {
    return Stream.of(methods, instruments, vulnerableGroups, partners, training)
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
        && vulnerableGroups.equals(other.vulnerableGroups) && partners.equals(other.partners)
        && training.equals(other.training) && careSettings.equals(other.careSettings)
        && combinations.equals(other.combinations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(interventions, methods, instruments, vulnerableGroups, partners, training,
        careSettings, combinations);
  }

  @Override
  public String toString() {
    return "AreaCounts{interventions=" + interventions + ", methods=" + methods + ", instruments="
        + instruments + ", vulnerableGroups=" + vulnerableGroups + ", partners=" + partners
        + ", training=" + training + ", careSettings=" + careSettings + ", combinations="
        + combinations + "}";
  }

  /**
   * Builds {@link AreaCounts}. Each setter replaces that kind's counts, kept in the order given.
   * Not thread-safe: use it at once, do not share or store it.
   */
  public static final class Builder {
    private ImmutableMap<Intervention, Integer> interventions = ImmutableMap.of();
    private ImmutableMap<Method, Integer> methods = ImmutableMap.of();
    private ImmutableMap<AssessmentInstrument, Integer> instruments = ImmutableMap.of();
    private ImmutableMap<VulnerableGroup, Integer> vulnerableGroups = ImmutableMap.of();
    private ImmutableMap<CollaborationPartner, Integer> partners = ImmutableMap.of();
    private ImmutableMap<Training, Integer> training = ImmutableMap.of();
    private ImmutableMap<CareSetting, Integer> careSettings = ImmutableMap.of();
    private ImmutableMap<TermCombination, Integer> combinations = ImmutableMap.of();

    private Builder() {
    }

    private static <K> ImmutableMap<K, Integer> copy(Map<? extends K, Integer> counts,
        String name) {
      requireNonNull(counts, () -> "AreaCounts.Builder '" + name + "' must not be null");
      ImmutableMap.Builder<K, Integer> copy = ImmutableMap.builder();
      counts.forEach((term, count) -> {
        requireNonNull(term, () -> "AreaCounts.Builder '" + name + "' must not hold a null term");
        requireNonNull(count, () -> "AreaCounts.Builder '" + name + "' must not hold a null count");
        checkArgument(count >= 0, "AreaCounts '%s' of %s must not be negative, but was %s", name,
            ((SwedishLabelled) term).label(), count);
        copy.put(term, count);
      });
      return copy.build();
    }

    /**
     * Sets recipients per intervention.
     *
     * @param interventions the counts, each zero or more
     * @return this builder
     * @throws NullPointerException if the map, a term or a count is null
     * @throws IllegalArgumentException if a count is negative
     */
    public Builder interventions(Map<Intervention, Integer> interventions) {
      this.interventions = copy(interventions, "interventions");
      return this;
    }

    /**
     * Sets recipients per method.
     *
     * @param methods the counts, each zero or more
     * @return this builder
     * @throws NullPointerException if the map, a term or a count is null
     * @throws IllegalArgumentException if a count is negative
     */
    public Builder methods(Map<? extends Method, Integer> methods) {
      this.methods = copy(methods, "methods");
      return this;
    }

    /**
     * Sets recipients per instrument.
     *
     * @param instruments the counts, each zero or more
     * @return this builder
     * @throws NullPointerException if the map, a term or a count is null
     * @throws IllegalArgumentException if a count is negative
     */
    public Builder instruments(Map<AssessmentInstrument, Integer> instruments) {
      this.instruments = copy(instruments, "instruments");
      return this;
    }

    /**
     * Sets recipients per especially vulnerable group.
     *
     * @param vulnerableGroups the counts, each zero or more
     * @return this builder
     * @throws NullPointerException if the map, a term or a count is null
     * @throws IllegalArgumentException if a count is negative
     */
    public Builder vulnerableGroups(Map<VulnerableGroup, Integer> vulnerableGroups) {
      this.vulnerableGroups = copy(vulnerableGroups, "vulnerableGroups");
      return this;
    }

    /**
     * Sets recipients per partner.
     *
     * @param partners the counts, each zero or more
     * @return this builder
     * @throws NullPointerException if the map, a term or a count is null
     * @throws IllegalArgumentException if a count is negative
     */
    public Builder partners(Map<CollaborationPartner, Integer> partners) {
      this.partners = copy(partners, "partners");
      return this;
    }

    /**
     * Sets recipients per kind of training.
     *
     * @param training the counts, each zero or more
     * @return this builder
     * @throws NullPointerException if the map, a term or a count is null
     * @throws IllegalArgumentException if a count is negative
     */
    public Builder training(Map<Training, Integer> training) {
      this.training = copy(training, "training");
      return this;
    }

    /**
     * Sets recipients per care setting.
     *
     * @param careSettings the counts, each zero or more
     * @return this builder
     * @throws NullPointerException if the map, a term or a count is null
     * @throws IllegalArgumentException if a count is negative
     */
    public Builder careSettings(Map<CareSetting, Integer> careSettings) {
      this.careSettings = copy(careSettings, "careSettings");
      return this;
    }

    /**
     * Sets recipients per combination of terms.
     *
     * @param combinations the counts, each zero or more
     * @return this builder
     * @throws NullPointerException if the map, a term or a count is null
     * @throws IllegalArgumentException if a count is negative
     */
    public Builder combinations(Map<TermCombination, Integer> combinations) {
      this.combinations = copy(combinations, "combinations");
      return this;
    }

    /**
     * Builds the counts.
     *
     * @return the counts
     */
    public AreaCounts build() {
      return new AreaCounts(this);
    }
  }
}
