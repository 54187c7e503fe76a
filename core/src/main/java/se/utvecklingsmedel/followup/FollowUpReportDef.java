package se.utvecklingsmedel.followup;

import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.UnusedFundsReason;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * A recipient's follow-up report on one grant (<i>återrapportering</i>): what it used by the end of
 * the use period, and what it did with the money.
 *
 * <p>Source: the 2016 account, which is Socialstyrelsen's summary of these reports: amounts used
 * (<i>förbrukat</i>), whether there was any activity, the activity areas, instruments, methods,
 * especially vulnerable groups, collaboration partners, coordinating functions, training, the
 * recipient's own assessment of its results, and why funds were left unused.
 *
 * <p>Checks on a report alone: the areas are of the recipient's category — municipal activity areas
 * for a municipality, regional for a region, development areas for a non-profit, none for a county
 * board or NCK — and a report that names another kind is rejected; outcomes are given only for
 * areas the report names; work is given only for areas the report names, and every method,
 * instrument, group and partner named in an area's work is named by the report too; a report
 * without activity names no areas or outcomes and has used nothing (the
 * 2016 account counts such reports apart: "22 stycken inte någon verksamhet"); reasons for unused funds are
 * given only when something is unused; use outside the grant's purpose is part of what was used.
 * Rules that need the grant and the round (the granted amount, the dates) are applied by
 * {@link FollowUp}. Spending more than granted is allowed (it is the recipient's own
 * money): {@link #unused()} is then zero and {@link #overspent()} flags it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class FollowUpReportDef {

  FollowUpReportDef() {
  }

  /**
   * Returns who reports.
   *
   * @return the recipient
   */
  public abstract Recipient recipient();

  /**
   * Returns the pot the grant came from.
   *
   * @return the pot id
   */
  public abstract PotId potId();

  /**
   * Returns the amount granted, as the report states it.
   *
   * @return the grant
   */
  public abstract Amount granted();

  /**
   * Returns the amount used (<i>förbrukat</i>) by the end of the use period.
   *
   * @return the amount used
   */
  public abstract Amount used();

  /**
   * Returns the day the report was submitted.
   *
   * @return the submission date
   */
  public abstract LocalDate submitted();

  /**
   * Returns whether the report is complete (<i>komplett redovisning</i>).
   *
   * @return true by default
   */
  @Value.Default
  public boolean complete() {
    return true;
  }

  /**
   * Returns whether there was any activity financed by the grant.
   *
   * @return true by default
   */
  @Value.Default
  public boolean hadActivity() {
    return true;
  }

  /**
   * Returns the areas worked in.
   *
   * @return the activity or development areas, of the recipient's category
   */
  public abstract Set<ActivityArea> areas();

  /**
   * Returns the assessment instruments used.
   *
   * @return the instruments
   */
  public abstract Set<AssessmentInstrument> instruments();

  /**
   * Returns the methods and programmes used.
   *
   * @return the methods
   */
  public abstract Set<Method> methods();

  /**
   * Returns the especially vulnerable groups served.
   *
   * @return the groups
   */
  public abstract Set<VulnerableGroup> vulnerableGroups();

  /**
   * Returns the collaboration partners.
   *
   * @return the partners
   */
  public abstract Set<CollaborationPartner> partners();

  /**
   * Returns whether the grant financed a coordinating function (<i>samordningsfunktion</i>).
   *
   * @return false by default
   */
  @Value.Default
  public boolean coordinatingFunctionFinanced() {
    return false;
  }

  /**
   * Returns whether the recipient did not work on its management system for systematic quality
   * work because the system already covers the work with intimate-partner violence.
   *
   * <p>Source: the 2016 account — "Av de kommuner som inte arbetade med det systematiska
   * kvalitetsarbetet redovisar 53 stycken att kommunens ledningssystem för systematiskt
   * kvalitetsarbete redan omfattar arbetet med våld i nära relationer." Hence a report saying so
   * must not name the area {@link se.utvecklingsmedel.vocabulary.MunicipalActivityArea#QUALITY_MANAGEMENT_SYSTEM}, and only a
   * municipality says so.
   *
   * @return false by default
   */
  @Value.Default
  public boolean qualitySystemAlreadyCovers() {
    return false;
  }

  /**
   * Returns the competence-support training taken part in.
   *
   * @return the kinds of training
   */
  public abstract Set<Training> training();

  /**
   * Returns the recipient's own assessment of the results per area.
   *
   * @return the outcome of each area assessed
   */
  public abstract Map<ActivityArea, Outcome> outcomes();

  /**
   * Returns what the recipient did within each area it names, where it says (the 2016 account
   * counts interventions, methods, instruments, groups and partners per area). Every method,
   * instrument, group and partner named in an area is named by the report too.
   *
   * @return the work per area; areas without an entry say nothing more
   */
  public abstract Map<ActivityArea, AreaWork> work();

  /**
   * Returns the reasons given for unused funds.
   *
   * @return the reasons
   */
  public abstract Set<UnusedFundsReason> reasonsForUnusedFunds();

  /**
   * Returns the part of what was used that the report declares was used outside the grant's
   * purpose.
   *
   * @return that amount, zero by default
   */
  @Value.Default
  public Amount usedOutsidePurpose() {
    return Amount.zero();
  }

  /**
   * Returns what was left unused: {@code granted - used}, or zero if the recipient spent more.
   *
   * @return the unused funds (<i>ej förbrukade medel</i>)
   */
  public Amount unused() {
    return granted().minusOrZero(used());
  }

  /**
   * Returns the part of the grant that was used: what was used, at most the grant.
   *
   * @return {@code min(used, granted)}
   */
  public Amount usedOfGrant() {
    return used().min(granted());
  }

  /**
   * Returns whether the recipient reports spending more than it was granted.
   *
   * @return true if {@code used > granted}
   */
  public boolean overspent() {
    return used().isGreaterThan(granted());
  }

  @Value.Check
  void check() {
    RecipientCategory category = recipient().category();
    for (ActivityArea area : areas()) {
      checkRule(category.reportsIn(area), FollowUpReport.class, recipient(), "areas",
          "FollowUpReport of %s: area '%s' is not an area of a %s", recipient(), area.label(),
          category.label().toLowerCase(Locale.ROOT));
    }
    work().forEach((area, work) -> {
      checkRule(areas().contains(area), FollowUpReport.class, recipient(), "work",
          "FollowUpReport of %s: 'work' is given for '%s', which the report's areas do not name",
          recipient(), area.label());
      checkWithin(area, "methods", work.methods(), methods());
      checkWithin(area, "instruments", work.instruments(), instruments());
      checkWithin(area, "vulnerableGroups", work.vulnerableGroups(), vulnerableGroups());
      checkWithin(area, "partners", work.partners(), partners());
      checkWithin(area, "training", work.training(), training());
    });
    for (ActivityArea area : outcomes().keySet()) {
      checkRule(areas().contains(area), FollowUpReport.class, recipient(), "outcomes",
          "FollowUpReport of %s: an outcome is given for '%s', which the report does not name",
          recipient(), area.label());
    }
    if (qualitySystemAlreadyCovers()) {
      checkRule(category == RecipientCategory.MUNICIPALITY, FollowUpReport.class, recipient(), "qualitySystemAlreadyCovers",
          "FollowUpReport of %s: 'qualitySystemAlreadyCovers' is a municipality's answer, not a %s's",
          recipient(), category.label().toLowerCase(Locale.ROOT));
      checkRule(!areas().contains(MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM), FollowUpReport.class, recipient(), "qualitySystemAlreadyCovers",
          "FollowUpReport of %s: 'qualitySystemAlreadyCovers' says the management system needed no "
              + "work, but the areas name '%s'", recipient(),
          MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM.label());
    }
    checkRule(hadActivity() || areas().isEmpty(), FollowUpReport.class, recipient(), "areas",
        "FollowUpReport of %s: a report without activity must name no areas", recipient());
    checkRule(!usedOutsidePurpose().isGreaterThan(used()), FollowUpReport.class, recipient(), "usedOutsidePurpose",
        "FollowUpReport of %s: 'usedOutsidePurpose' %s kr is more than 'used' %s kr", recipient(),
        usedOutsidePurpose(), used());
    checkRule(hadActivity() || used().signum() == 0, FollowUpReport.class, recipient(), "used",
        "FollowUpReport of %s: a report without activity must have used nothing, but 'used' is %s kr",
        recipient(), used());
    checkRule(reasonsForUnusedFunds().isEmpty() || unused().signum() > 0, FollowUpReport.class, recipient(), "reasonsForUnusedFunds",
        "FollowUpReport of %s: 'reasonsForUnusedFunds' are given, but nothing is unused (%s kr used "
            + "of %s kr granted)", recipient(), used(), granted());
  }

  private <T> void checkWithin(ActivityArea area, String field, Set<T> inArea, Set<T> inReport) {
    for (T term : inArea) {
      checkRule(inReport.contains(term), FollowUpReport.class, recipient(), "work",
          "FollowUpReport of %s: 'work' in '%s' names '%s', which '%s' does not", recipient(),
          area.label(), term instanceof SwedishLabelled l ? l.label() : term, field);
    }
  }

}
