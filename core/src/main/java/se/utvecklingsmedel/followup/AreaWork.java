package se.utvecklingsmedel.followup;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.Intervention;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * What a recipient did within one activity area (<i>insatserna inom ett område</i>): the
 * interventions, and the methods, instruments, groups and partners of that work.
 *
 * <p>Source: seed 004 counts these per area, not per report: "I 78 av kommunerna … insatser för
 * personer som utövar våld … enskilda stödsamtal, 56 kommuner … Alternativ till våld, vilket
 * förekommit i 45 kommuner"; the groups of the non-profits' "Insatser för särskilt utsatta grupper"
 * ("våldsutsatta kvinnor med utländsk bakgrund … i nio av organisationerna"). A report's
 * {@linkplain FollowUpReport#work() work per area} is therefore held beside its report-level sets,
 * which include every term named in an area.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param interventions the interventions
 * @param methods the methods used in this work
 * @param instruments the assessment instruments used in this work
 * @param groups the especially vulnerable groups this work served
 * @param partners the partners of this work
 */
public record AreaWork(ImmutableSet<Intervention> interventions, ImmutableSet<Method> methods,
    ImmutableSet<AssessmentInstrument> instruments, ImmutableSet<VulnerableGroup> groups,
    ImmutableSet<CollaborationPartner> partners) {

  /**
   * Creates the work of one area.
   *
   * @param interventions the interventions
   * @param methods the methods used in this work
   * @param instruments the assessment instruments used in this work
   * @param groups the especially vulnerable groups this work served
   * @param partners the partners of this work
   * @throws NullPointerException if any argument is null
   */
  public AreaWork {
    requireNonNull(interventions, "AreaWork 'interventions' must not be null");
    requireNonNull(methods, "AreaWork 'methods' must not be null");
    requireNonNull(instruments, "AreaWork 'instruments' must not be null");
    requireNonNull(groups, "AreaWork 'groups' must not be null");
    requireNonNull(partners, "AreaWork 'partners' must not be null");
  }

  /**
   * Returns a new builder, with every set empty.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AreaWork}. Not thread-safe: use it at once, do not share or store it.
   */
  public static final class Builder {
    private final List<Intervention> interventions = new ArrayList<>();
    private final List<Method> methods = new ArrayList<>();
    private final List<AssessmentInstrument> instruments = new ArrayList<>();
    private final List<VulnerableGroup> groups = new ArrayList<>();
    private final List<CollaborationPartner> partners = new ArrayList<>();

    private Builder() {
    }

    private static <T> void add(List<T> to, String name, Iterable<? extends T> elements) {
      requireNonNull(elements, "AreaWork.Builder '" + name + "' must not be null");
      for (T element : elements) {
        to.add(requireNonNull(element, "AreaWork.Builder '" + name + "' must not hold null"));
      }
    }

    /**
     * Adds interventions.
     *
     * @param interventions the interventions
     * @return this builder
     */
    public Builder addInterventions(Intervention... interventions) {
      add(this.interventions, "interventions", Arrays.asList(requireNonNull(interventions,
          "AreaWork.Builder 'interventions' must not be null")));
      return this;
    }

    /**
     * Adds methods used in this work.
     *
     * @param methods the methods
     * @return this builder
     */
    public Builder addMethods(Method... methods) {
      add(this.methods, "methods", Arrays.asList(requireNonNull(methods,
          "AreaWork.Builder 'methods' must not be null")));
      return this;
    }

    /**
     * Adds assessment instruments used in this work.
     *
     * @param instruments the instruments
     * @return this builder
     */
    public Builder addInstruments(AssessmentInstrument... instruments) {
      add(this.instruments, "instruments", Arrays.asList(requireNonNull(instruments,
          "AreaWork.Builder 'instruments' must not be null")));
      return this;
    }

    /**
     * Adds especially vulnerable groups this work served.
     *
     * @param groups the groups
     * @return this builder
     */
    public Builder addGroups(VulnerableGroup... groups) {
      add(this.groups, "groups", Arrays.asList(requireNonNull(groups,
          "AreaWork.Builder 'groups' must not be null")));
      return this;
    }

    /**
     * Adds partners of this work.
     *
     * @param partners the partners
     * @return this builder
     */
    public Builder addPartners(CollaborationPartner... partners) {
      add(this.partners, "partners", Arrays.asList(requireNonNull(partners,
          "AreaWork.Builder 'partners' must not be null")));
      return this;
    }

    /**
     * Adds everything another area's work holds.
     *
     * @param work the work
     * @return this builder
     */
    public Builder addAll(AreaWork work) {
      requireNonNull(work, "AreaWork.Builder 'work' must not be null");
      interventions.addAll(work.interventions());
      methods.addAll(work.methods());
      instruments.addAll(work.instruments());
      groups.addAll(work.groups());
      partners.addAll(work.partners());
      return this;
    }

    /**
     * Builds the work.
     *
     * @return the work, each set in the order first added
     */
    public AreaWork build() {
      return new AreaWork(ImmutableSet.copyOf(interventions), ImmutableSet.copyOf(methods),
          ImmutableSet.copyOf(instruments), ImmutableSet.copyOf(groups),
          ImmutableSet.copyOf(partners));
    }
  }

  /**
   * Returns whether this work names nothing.
   *
   * @return true if every set is empty
   */
  public boolean isEmpty() {
    return interventions.isEmpty() && methods.isEmpty() && instruments.isEmpty()
        && groups.isEmpty() && partners.isEmpty();
  }
}
