package se.utvecklingsmedel.followup;

import java.util.Set;
import org.immutables.value.Value;
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
 * <p>Built with {@link #builder()}; a set of an enum's terms is in the enum's order, methods in
 * the order first added.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AreaWorkDef {

  AreaWorkDef() {
  }

  /**
   * Returns the interventions.
   *
   * @return the interventions, empty if none
   */
  public abstract Set<Intervention> interventions();

  /**
   * Returns the methods used in this work.
   *
   * @return the methods, empty if none
   */
  public abstract Set<Method> methods();

  /**
   * Returns the assessment instruments used in this work.
   *
   * @return the instruments, empty if none
   */
  public abstract Set<AssessmentInstrument> instruments();

  /**
   * Returns the especially vulnerable groups this work served.
   *
   * @return the groups, empty if none
   */
  public abstract Set<VulnerableGroup> vulnerableGroups();

  /**
   * Returns the partners of this work.
   *
   * @return the partners, empty if none
   */
  public abstract Set<CollaborationPartner> partners();

  /**
   * Returns the training taken part in for this work.
   *
   * @return the training, empty if none
   */
  public abstract Set<Training> training();

  /**
   * Returns the parts of health and dental care this work was aimed at.
   *
   * @return the care settings, empty if none
   */
  public abstract Set<CareSetting> careSettings();
}
