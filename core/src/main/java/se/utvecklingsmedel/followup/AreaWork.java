package se.utvecklingsmedel.followup;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CareSetting;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.Intervention;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * What a recipient did within one activity area (<i>insatserna inom ett område</i>): the
 * interventions, and the methods, instruments, groups, partners, training and care settings of that
 * work.
 *
 * <p>Source: the 2016 account counts these per area, not per report: "I 78 av kommunerna … insatser
 * för personer som utövar våld … enskilda stödsamtal, 56 kommuner … Alternativ till våld, vilket
 * förekommit i 45 kommuner"; the groups of the non-profits' "Insatser för särskilt utsatta grupper"
 * ("våldsutsatta kvinnor med utländsk bakgrund … i nio av organisationerna"); training in one
 * method within an area ("28 kommuner har skickat medarbetare på utbildning i Alternativ till våld.
 * I 15 kommuner har medarbetare utbildats i Motiverande samtal", in the work with perpetrators,
 * beside 100 in the training area); and the parts of care the regions' quality work was aimed at
 * ("akutsjukvården (16 landsting) som primärvården (15 landsting)"). A report's {@linkplain
 * FollowUpReport#work() work per area} is therefore held beside its report-level sets, which must
 * include every method, instrument, group, partner and training named in an area (care settings are
 * named only per area).
 *
 * <p>Built with {@link #builder()}; each set keeps the order its terms were first added.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AreaWork {

  private final ImmutableSet<Intervention> interventions;
  private final ImmutableSet<Method> methods;
  private final ImmutableSet<AssessmentInstrument> instruments;
  private final ImmutableSet<VulnerableGroup> vulnerableGroups;
  private final ImmutableSet<CollaborationPartner> partners;
  private final ImmutableSet<Training> training;
  private final ImmutableSet<CareSetting> careSettings;

  private AreaWork(Builder b) {
    this.interventions = copy(b.interventions);
    this.methods = copy(b.methods);
    this.instruments = copy(b.instruments);
    this.vulnerableGroups = copy(b.vulnerableGroups);
    this.partners = copy(b.partners);
    this.training = copy(b.training);
    this.careSettings = copy(b.careSettings);
  }

  private static <T> ImmutableSet<T> copy(Set<T> set) {
    return set == null ? ImmutableSet.of() : ImmutableSet.copyOf(set);
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
   * Returns the interventions.
   *
   * @return the interventions, in the order added
   */
  public ImmutableSet<Intervention> interventions() {
    return interventions;
  }

  /**
   * Returns the methods used in this work.
   *
   * @return the methods, in the order added
   */
  public ImmutableSet<Method> methods() {
    return methods;
  }

  /**
   * Returns the assessment instruments used in this work.
   *
   * @return the instruments, in the order added
   */
  public ImmutableSet<AssessmentInstrument> instruments() {
    return instruments;
  }

  /**
   * Returns the especially vulnerable groups this work served.
   *
   * @return the groups, in the order added
   */
  public ImmutableSet<VulnerableGroup> vulnerableGroups() {
    return vulnerableGroups;
  }

  /**
   * Returns the partners of this work.
   *
   * @return the partners, in the order added
   */
  public ImmutableSet<CollaborationPartner> partners() {
    return partners;
  }

  /**
   * Returns the training taken part in for this work.
   *
   * @return the training, in the order added
   */
  public ImmutableSet<Training> training() {
    return training;
  }

  /**
   * Returns the parts of health and dental care this work was aimed at.
   *
   * @return the care settings, in the order added
   */
  public ImmutableSet<CareSetting> careSettings() {
    return careSettings;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AreaWork other && interventions.equals(other.interventions)
        && methods.equals(other.methods) && instruments.equals(other.instruments)
        && vulnerableGroups.equals(other.vulnerableGroups) && partners.equals(other.partners)
        && training.equals(other.training) && careSettings.equals(other.careSettings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(interventions, methods, instruments, vulnerableGroups, partners, training,
        careSettings);
  }

  @Override
  public String toString() {
    return "AreaWork{interventions=" + interventions + ", methods=" + methods + ", instruments="
        + instruments + ", vulnerableGroups=" + vulnerableGroups + ", partners=" + partners
        + ", training=" + training + ", careSettings=" + careSettings + "}";
  }

  /**
   * Builds an {@link AreaWork}. Not thread-safe: use it at once, do not share or store it.
   */
  public static final class Builder {
    // Each set is made on its first add (most areas name few kinds of term).
    private Set<Intervention> interventions;
    private Set<Method> methods;
    private Set<AssessmentInstrument> instruments;
    private Set<VulnerableGroup> vulnerableGroups;
    private Set<CollaborationPartner> partners;
    private Set<Training> training;
    private Set<CareSetting> careSettings;

    private Builder() {
    }

    private static <T> Set<T> add(Set<T> to, String name, Iterable<? extends T> elements) {
      requireNonNull(elements, () -> "AreaWork.Builder '" + name + "' must not be null");
      List<T> checked = new ArrayList<>(); // all or nothing: a null adds none of the others
      for (T element : elements) {
        checked.add(requireNonNull(element,
            () -> "AreaWork.Builder '" + name + "' must not hold null"));
      }
      if (checked.isEmpty()) {
        return to;
      }
      Set<T> set = to != null ? to : new LinkedHashSet<>();
      set.addAll(checked);
      return set;
    }

    private static <T> Iterable<T> array(T[] elements, String name) {
      return Arrays.asList(requireNonNull(elements,
          () -> "AreaWork.Builder '" + name + "' must not be null"));
    }

    /**
     * Adds interventions.
     *
     * @param interventions the interventions
     * @return this builder
     */
    public Builder addInterventions(Intervention... interventions) {
      this.interventions =
          add(this.interventions, "interventions", array(interventions, "interventions"));
      return this;
    }

    /**
     * Adds each of {@code interventions}.
     *
     * @param interventions the interventions
     * @return this builder
     */
    public Builder addAllInterventions(Iterable<? extends Intervention> interventions) {
      this.interventions = add(this.interventions, "interventions", interventions);
      return this;
    }

    /**
     * Adds methods used in this work.
     *
     * @param methods the methods
     * @return this builder
     */
    public Builder addMethods(Method... methods) {
      this.methods = add(this.methods, "methods", array(methods, "methods"));
      return this;
    }

    /**
     * Adds each of {@code methods}.
     *
     * @param methods the methods
     * @return this builder
     */
    public Builder addAllMethods(Iterable<? extends Method> methods) {
      this.methods = add(this.methods, "methods", methods);
      return this;
    }

    /**
     * Adds assessment instruments used in this work.
     *
     * @param instruments the instruments
     * @return this builder
     */
    public Builder addInstruments(AssessmentInstrument... instruments) {
      this.instruments = add(this.instruments, "instruments", array(instruments, "instruments"));
      return this;
    }

    /**
     * Adds each of {@code instruments}.
     *
     * @param instruments the instruments
     * @return this builder
     */
    public Builder addAllInstruments(Iterable<? extends AssessmentInstrument> instruments) {
      this.instruments = add(this.instruments, "instruments", instruments);
      return this;
    }

    /**
     * Adds especially vulnerable groups this work served.
     *
     * @param vulnerableGroups the groups
     * @return this builder
     */
    public Builder addVulnerableGroups(VulnerableGroup... vulnerableGroups) {
      this.vulnerableGroups = add(this.vulnerableGroups, "vulnerableGroups",
          array(vulnerableGroups, "vulnerableGroups"));
      return this;
    }

    /**
     * Adds each of {@code vulnerableGroups}.
     *
     * @param vulnerableGroups the groups
     * @return this builder
     */
    public Builder addAllVulnerableGroups(Iterable<? extends VulnerableGroup> vulnerableGroups) {
      this.vulnerableGroups = add(this.vulnerableGroups, "vulnerableGroups", vulnerableGroups);
      return this;
    }

    /**
     * Adds partners of this work.
     *
     * @param partners the partners
     * @return this builder
     */
    public Builder addPartners(CollaborationPartner... partners) {
      this.partners = add(this.partners, "partners", array(partners, "partners"));
      return this;
    }

    /**
     * Adds each of {@code partners}.
     *
     * @param partners the partners
     * @return this builder
     */
    public Builder addAllPartners(Iterable<? extends CollaborationPartner> partners) {
      this.partners = add(this.partners, "partners", partners);
      return this;
    }

    /**
     * Adds training taken part in for this work.
     *
     * @param training the training
     * @return this builder
     */
    public Builder addTraining(Training... training) {
      this.training = add(this.training, "training", array(training, "training"));
      return this;
    }

    /**
     * Adds each of {@code training}.
     *
     * @param training the training
     * @return this builder
     */
    public Builder addAllTraining(Iterable<? extends Training> training) {
      this.training = add(this.training, "training", training);
      return this;
    }

    /**
     * Adds parts of health and dental care this work was aimed at.
     *
     * @param careSettings the care settings
     * @return this builder
     */
    public Builder addCareSettings(CareSetting... careSettings) {
      this.careSettings =
          add(this.careSettings, "careSettings", array(careSettings, "careSettings"));
      return this;
    }

    /**
     * Adds each of {@code careSettings}.
     *
     * @param careSettings the care settings
     * @return this builder
     */
    public Builder addAllCareSettings(Iterable<? extends CareSetting> careSettings) {
      this.careSettings = add(this.careSettings, "careSettings", careSettings);
      return this;
    }

    /**
     * Adds everything another area's work holds.
     *
     * @param work the work
     * @return this builder
     */
    public Builder from(AreaWork work) {
      requireNonNull(work, "AreaWork.Builder 'work' must not be null");
      interventions = add(interventions, "interventions", work.interventions());
      methods = add(methods, "methods", work.methods());
      instruments = add(instruments, "instruments", work.instruments());
      vulnerableGroups = add(vulnerableGroups, "vulnerableGroups", work.vulnerableGroups());
      partners = add(partners, "partners", work.partners());
      training = add(training, "training", work.training());
      careSettings = add(careSettings, "careSettings", work.careSettings());
      return this;
    }

    /**
     * Builds the work.
     *
     * @return the work
     */
    public AreaWork build() {
      return new AreaWork(this);
    }
  }
}
