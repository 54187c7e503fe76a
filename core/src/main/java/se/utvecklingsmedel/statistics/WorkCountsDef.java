package se.utvecklingsmedel.statistics;

import java.util.Map;
import org.immutables.value.Value;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * What a category's analysed reports name (<i>verksamhet</i>): how many recipients named each area,
 * instrument, method, group, partner, training and combination of terms, the outcomes they assessed
 * and the work within each area. Every count is of distinct recipients among the analysed reports,
 * not of mentions, in the order of {@link TermCounts}. One concept of {@link CategoryStatistics},
 * which checks it with the category's other figures; built alone, it is checked for nulls only.
 *
 * <p>Source: the 2016 account — "I 178 kommuner har utvecklingsmedel använts till …", "86 kommuner
 * har arbetat med FREDA kortfrågor", "40 organisationer har samarbetat med någon annan aktör".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class WorkCountsDef {

  WorkCountsDef() {
  }

  /**
   * Returns recipients per area, in {@link TermCounts} order.
   *
   * @return recipients per area, in {@link TermCounts} order
   */
  @Value.Default
  public TermCounts<ActivityArea> areas() {
    return TermCounts.of();
  }

  /**
   * Returns recipients per instrument, in {@link TermCounts} order.
   *
   * @return recipients per instrument, in {@link TermCounts} order
   */
  @Value.Default
  public TermCounts<AssessmentInstrument> instruments() {
    return TermCounts.of();
  }

  /**
   * Returns recipients per method, in {@link TermCounts} order.
   *
   * @return recipients per method, in {@link TermCounts} order
   */
  @Value.Default
  public TermCounts<Method> methods() {
    return TermCounts.of();
  }

  /**
   * Returns recipients per especially vulnerable group, in {@link TermCounts} order.
   *
   * @return recipients per especially vulnerable group, in {@link TermCounts} order
   */
  @Value.Default
  public TermCounts<VulnerableGroup> vulnerableGroups() {
    return TermCounts.of();
  }

  /**
   * Returns recipients per collaboration partner, in {@link TermCounts} order.
   *
   * @return recipients per collaboration partner, in {@link TermCounts} order
   */
  @Value.Default
  public TermCounts<CollaborationPartner> partners() {
    return TermCounts.of();
  }

  /**
   * Returns recipients per kind of training, in {@link TermCounts} order.
   *
   * @return recipients per kind of training, in {@link TermCounts} order
   */
  @Value.Default
  public TermCounts<Training> training() {
    return TermCounts.of();
  }

  /**
   * Returns analysed recipients per combination of terms named in their reports (not within one
   * area: see {@link AreaCounts#combinations()}), in the enum's order: "40 organisationer har
   * samarbetat med någon annan aktör".
   *
   * @return analysed recipients per combination of terms
   */
  @Value.Default
  public TermCounts<TermCombination> combinations() {
    return TermCounts.of();
  }

  /**
   * Returns recipients that financed a coordinating function.
   *
   * @return recipients that financed a coordinating function
   */
  public abstract int coordinatingFunctions();

  /**
   * Returns per area, how many recipients assessed each outcome.
   *
   * @return per area, how many recipients assessed each outcome
   */
  public abstract Map<ActivityArea, TermCounts<Outcome>> outcomes();

  /**
   * Returns per area, how many analysed recipients named each intervention, method, instrument,
   * group and partner within that area's work ({@link se.utvecklingsmedel.followup.FollowUpReport#work()}).
   *
   * @return per area, the counts of its work; areas no report says more about are left out (in
   *     JSON, {@code "work"})
   */
  public abstract Map<ActivityArea, AreaCounts> byArea();

  /**
   * Returns analysed recipients that used a risk-assessment instrument.
   *
   * @return analysed recipients that used a risk-assessment instrument
   */
  public abstract int usingRiskAssessment();

  /**
   * Returns analysed recipients that did not work on their management system because it already
   * covered the work with intimate-partner violence ({@link
   * se.utvecklingsmedel.followup.FollowUpReport#qualitySystemAlreadyCovers()}).
   *
   * @return analysed recipients whose management system already covered the work
   */
  public abstract int qualitySystemAlreadyCovering();
}
