package se.utvecklingsmedel.statistics;

import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.immutables.value.Value;
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
 * instrument, group, partner or training. Each kind is a {@link TermCounts}, in its order. Built with {@link #builder()}; a kind not set is empty.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AreaCountsDef {

  AreaCountsDef() {
  }

  /**
   * Returns recipients per interventions, in {@link TermCounts} order.
   *
   * @return the counts, empty if not set
   */
  @Value.Default
  public TermCounts<Intervention> interventions() {
    return TermCounts.of();
  }

  /**
   * Returns recipients per methods used in this area's work, in {@link TermCounts} order.
   *
   * @return the counts, empty if not set
   */
  @Value.Default
  public TermCounts<Method> methods() {
    return TermCounts.of();
  }

  /**
   * Returns recipients per assessment instruments, in {@link TermCounts} order.
   *
   * @return the counts, empty if not set
   */
  @Value.Default
  public TermCounts<AssessmentInstrument> instruments() {
    return TermCounts.of();
  }

  /**
   * Returns recipients per especially vulnerable groups served, in {@link TermCounts} order.
   *
   * @return the counts, empty if not set
   */
  @Value.Default
  public TermCounts<VulnerableGroup> vulnerableGroups() {
    return TermCounts.of();
  }

  /**
   * Returns recipients per collaboration partners, in {@link TermCounts} order.
   *
   * @return the counts, empty if not set
   */
  @Value.Default
  public TermCounts<CollaborationPartner> partners() {
    return TermCounts.of();
  }

  /**
   * Returns recipients per kinds of training, in {@link TermCounts} order.
   *
   * @return the counts, empty if not set
   */
  @Value.Default
  public TermCounts<Training> training() {
    return TermCounts.of();
  }

  /**
   * Returns recipients per parts of health and dental care the work was aimed at, in {@link TermCounts} order.
   *
   * @return the counts, empty if not set
   */
  @Value.Default
  public TermCounts<CareSetting> careSettings() {
    return TermCounts.of();
  }

  /**
   * Returns recipients per combinations of terms ({@link TermCombination}) named within the area, in {@link TermCounts} order.
   *
   * @return the counts, empty if not set
   */
  @Value.Default
  public TermCounts<TermCombination> combinations() {
    return TermCounts.of();
  }

  /** Each kind of count by the name a message gives it, such as "methods". */
  ImmutableMap<String, TermCounts<? extends SwedishLabelled>> kinds() {
    return ImmutableMap.of("interventions", interventions(), "methods", methods(), "instruments",
        instruments(), "vulnerableGroups", vulnerableGroups(), "partners", partners(), "training",
        training(), "careSettings", careSettings(), "combinations", combinations());
  }

  /** The kinds a category also counts: methods, instruments, groups, partners and training. */
  List<TermCounts<? extends SwedishLabelled>> categoryKinds() {
    return List.of(methods(), instruments(), vulnerableGroups(), partners(), training());
  }

  @Value.Check
  void check() {
    kinds().forEach((kind, counts) -> counts.forEach((term, count) -> {
      if (count < 0) {
        checkRule(false, AreaCounts.class, "", kind,
            "AreaCounts '%s' of %s must not be negative, but was %s", kind,
            term.label(), count);
      }
    }));
  }
}
