package se.utvecklingsmedel.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;
import java.util.LinkedHashMap;
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
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.RegionalActivityArea;
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
 * without activity names no areas or outcomes and has used nothing (seed
 * 004 counts such reports apart: "22 stycken inte någon verksamhet"); reasons for unused funds are
 * given only when something is unused; use outside the grant's purpose is part of what was used.
 * Rules that need the grant and the round (the granted amount, the dates) are applied by
 * {@link FollowUp}. Spending more than granted is allowed (it is the recipient's own
 * money): {@link #unused()} is then zero and {@link #overspent()} flags it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FollowUpReport {

  FollowUpReport() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
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
   * must not name the area {@link MunicipalActivityArea#QUALITY_MANAGEMENT_SYSTEM}, and only a
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
      checkArgument(fits(category, area),
          "FollowUpReport of %s: area '%s' is not an area of a %s", recipient(), area.label(),
          category.label().toLowerCase(Locale.ROOT));
    }
    work().forEach((area, work) -> {
      checkArgument(areas().contains(area),
          "FollowUpReport of %s: 'work' is given for '%s', which the report's areas do not name",
          recipient(), area.label());
      checkWithin(area, "methods", work.methods(), methods());
      checkWithin(area, "instruments", work.instruments(), instruments());
      checkWithin(area, "vulnerableGroups", work.vulnerableGroups(), vulnerableGroups());
      checkWithin(area, "partners", work.partners(), partners());
      checkWithin(area, "training", work.training(), training());
    });
    for (ActivityArea area : outcomes().keySet()) {
      checkArgument(areas().contains(area),
          "FollowUpReport of %s: an outcome is given for '%s', which the report does not name",
          recipient(), area.label());
    }
    if (qualitySystemAlreadyCovers()) {
      checkArgument(category == RecipientCategory.MUNICIPALITY,
          "FollowUpReport of %s: 'qualitySystemAlreadyCovers' is a municipality's answer, not a %s's",
          recipient(), category.label().toLowerCase(Locale.ROOT));
      checkArgument(!areas().contains(MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM),
          "FollowUpReport of %s: 'qualitySystemAlreadyCovers' says the management system needed no "
              + "work, but the areas name '%s'", recipient(),
          MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM.label());
    }
    checkArgument(hadActivity() || areas().isEmpty(),
        "FollowUpReport of %s: a report without activity must name no areas", recipient());
    checkArgument(!usedOutsidePurpose().isGreaterThan(used()),
        "FollowUpReport of %s: 'usedOutsidePurpose' %s kr is more than 'used' %s kr", recipient(),
        usedOutsidePurpose(), used());
    checkArgument(hadActivity() || used().signum() == 0,
        "FollowUpReport of %s: a report without activity must have used nothing, but 'used' is %s kr",
        recipient(), used());
    checkArgument(reasonsForUnusedFunds().isEmpty() || unused().signum() > 0,
        "FollowUpReport of %s: 'reasonsForUnusedFunds' are given, but nothing is unused (%s kr used "
            + "of %s kr granted)", recipient(), used(), granted());
  }

  private <T> void checkWithin(ActivityArea area, String field, Set<T> inArea, Set<T> inReport) {
    for (T term : inArea) {
      checkArgument(inReport.contains(term),
          "FollowUpReport of %s: 'work' in '%s' names '%s', which '%s' does not", recipient(),
          area.label(), term instanceof SwedishLabelled l ? l.label() : term, field);
    }
  }

  private static boolean fits(RecipientCategory category, ActivityArea area) {
    switch (category) {
      case MUNICIPALITY:
        return area instanceof MunicipalActivityArea;
      case REGION:
        return area instanceof RegionalActivityArea;
      case NON_PROFIT_ORGANISATION:
        return area instanceof DevelopmentArea;
      default:
        return false;
    }
  }

  /**
   * Builds a {@link FollowUpReport}; {@link #build()} runs every check. Not thread-safe: use it at
   * once, do not share or store it.
   */
  public static final class Builder {
    private final ImmutableFollowUpReport.Builder delegate = ImmutableFollowUpReport.generatedBuilder();
    /** The work per area, kept here so that putting an area again replaces its work. */
    private final Map<ActivityArea, AreaWork> work = new LinkedHashMap<>();
    /** The outcomes, kept here for the same reason. */
    private final Map<ActivityArea, Outcome> outcomes = new LinkedHashMap<>();

    Builder() {
    }

    /**
     * Copies every attribute of {@code instance} into this builder: attributes are replaced, absent
     * optional ones leave a value already set, and list elements and map entries are added.
     *
     * @param instance the value to copy
     * @return this builder
     */
    public Builder from(FollowUpReport instance) {
      requireNonNull(instance, "FollowUpReport.Builder \'instance\' must not be null");
      delegate.from(instance);
      work.putAll(instance.work());
      delegate.work(work);
      outcomes.putAll(instance.outcomes());
      delegate.outcomes(outcomes);
      return this;
    }

    /**
     * Sets {@link FollowUpReport#recipient() recipient}: who reports.
     *
     * @param recipient who reports
     * @return this builder
     */
    public Builder recipient(Recipient recipient) {
      requireNonNull(recipient, "FollowUpReport.Builder 'recipient' must not be null");
      delegate.recipient(recipient);
      return this;
    }

    /**
     * Sets {@link FollowUpReport#potId() potId}: the pot the grant came from.
     *
     * @param potId the pot the grant came from
     * @return this builder
     */
    public Builder potId(PotId potId) {
      requireNonNull(potId, "FollowUpReport.Builder 'potId' must not be null");
      delegate.potId(potId);
      return this;
    }

    /**
     * Sets {@link FollowUpReport#granted() granted}: the amount granted, as the report states it.
     *
     * @param granted the amount granted, as the report states it
     * @return this builder
     */
    public Builder granted(Amount granted) {
      requireNonNull(granted, "FollowUpReport.Builder 'granted' must not be null");
      delegate.granted(granted);
      return this;
    }

    /**
     * Sets {@link FollowUpReport#used() used}: the amount used (<i>förbrukat</i>) by the end of the
     * use period.
     *
     * @param used the amount used (<i>förbrukat</i>) by the end of the use period
     * @return this builder
     */
    public Builder used(Amount used) {
      requireNonNull(used, "FollowUpReport.Builder 'used' must not be null");
      delegate.used(used);
      return this;
    }

    /**
     * Sets {@link FollowUpReport#submitted() submitted}: the day the report was submitted.
     *
     * @param submitted the day the report was submitted
     * @return this builder
     */
    public Builder submitted(LocalDate submitted) {
      requireNonNull(submitted, "FollowUpReport.Builder 'submitted' must not be null");
      delegate.submitted(submitted);
      return this;
    }

    /**
     * Sets {@link FollowUpReport#complete() complete}: whether the report is complete (<i>komplett
     * redovisning</i>).
     *
     * @param complete whether the report is complete (<i>komplett redovisning</i>)
     * @return this builder
     */
    public Builder complete(boolean complete) {
      delegate.complete(complete);
      return this;
    }

    /**
     * Sets {@link FollowUpReport#hadActivity() hadActivity}: whether there was any activity
     * financed by the grant.
     *
     * @param hadActivity whether there was any activity financed by the grant
     * @return this builder
     */
    public Builder hadActivity(boolean hadActivity) {
      delegate.hadActivity(hadActivity);
      return this;
    }

    /**
     * Adds one element to {@link FollowUpReport#areas() areas}: the areas worked in.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addArea(ActivityArea element) {
      requireNonNull(element, "FollowUpReport.Builder \'element\' of \'areas\' must not be null");
      delegate.addArea(element);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link FollowUpReport#areas() areas}: the areas worked in.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addAreas(ActivityArea... elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'areas' must not be null");
      delegate.addAreas(elements);
      return this;
    }

    /**
     * Replaces {@link FollowUpReport#areas() areas} with {@code elements}: the areas worked in.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder areas(Iterable<? extends ActivityArea> elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'areas' must not be null");
      delegate.areas(elements);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link FollowUpReport#areas() areas}: the areas worked in.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addAllAreas(Iterable<? extends ActivityArea> elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'areas' must not be null");
      delegate.addAllAreas(elements);
      return this;
    }

    /**
     * Adds one element to {@link FollowUpReport#instruments() instruments}: the assessment
     * instruments used.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addInstrument(AssessmentInstrument element) {
      requireNonNull(element, "FollowUpReport.Builder \'element\' of \'instruments\' must not be null");
      delegate.addInstrument(element);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link FollowUpReport#instruments() instruments}: the
     * assessment instruments used.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addInstruments(AssessmentInstrument... elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'instruments' must not be null");
      delegate.addInstruments(elements);
      return this;
    }

    /**
     * Replaces {@link FollowUpReport#instruments() instruments} with {@code elements}: the
     * assessment instruments used.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder instruments(Iterable<AssessmentInstrument> elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'instruments' must not be null");
      delegate.instruments(elements);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link FollowUpReport#instruments() instruments}: the
     * assessment instruments used.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addAllInstruments(Iterable<AssessmentInstrument> elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'instruments' must not be null");
      delegate.addAllInstruments(elements);
      return this;
    }

    /**
     * Adds one element to {@link FollowUpReport#methods() methods}: the methods and programmes
     * used.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addMethod(Method element) {
      requireNonNull(element, "FollowUpReport.Builder \'element\' of \'methods\' must not be null");
      delegate.addMethod(element);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link FollowUpReport#methods() methods}: the methods and
     * programmes used.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addMethods(Method... elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'methods' must not be null");
      delegate.addMethods(elements);
      return this;
    }

    /**
     * Replaces {@link FollowUpReport#methods() methods} with {@code elements}: the methods and
     * programmes used.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder methods(Iterable<? extends Method> elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'methods' must not be null");
      delegate.methods(elements);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link FollowUpReport#methods() methods}: the methods and
     * programmes used.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addAllMethods(Iterable<? extends Method> elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'methods' must not be null");
      delegate.addAllMethods(elements);
      return this;
    }

    /**
     * Adds one element to {@link FollowUpReport#vulnerableGroups() vulnerableGroups}: the
     * especially vulnerable groups served.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addVulnerableGroup(VulnerableGroup element) {
      requireNonNull(element, "FollowUpReport.Builder \'element\' of \'vulnerableGroups\' must not be null");
      delegate.addVulnerableGroup(element);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link FollowUpReport#vulnerableGroups() vulnerableGroups}:
     * the especially vulnerable groups served.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addVulnerableGroups(VulnerableGroup... elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'vulnerableGroups' must not be null");
      delegate.addVulnerableGroups(elements);
      return this;
    }

    /**
     * Replaces {@link FollowUpReport#vulnerableGroups() vulnerableGroups} with {@code elements}:
     * the especially vulnerable groups served.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder vulnerableGroups(Iterable<VulnerableGroup> elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'vulnerableGroups' must not be null");
      delegate.vulnerableGroups(elements);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link FollowUpReport#vulnerableGroups() vulnerableGroups}:
     * the especially vulnerable groups served.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addAllVulnerableGroups(Iterable<VulnerableGroup> elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'vulnerableGroups' must not be null");
      delegate.addAllVulnerableGroups(elements);
      return this;
    }

    /**
     * Adds one element to {@link FollowUpReport#partners() partners}: the collaboration partners.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addPartner(CollaborationPartner element) {
      requireNonNull(element, "FollowUpReport.Builder \'element\' of \'partners\' must not be null");
      delegate.addPartner(element);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link FollowUpReport#partners() partners}: the
     * collaboration partners.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addPartners(CollaborationPartner... elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'partners' must not be null");
      delegate.addPartners(elements);
      return this;
    }

    /**
     * Replaces {@link FollowUpReport#partners() partners} with {@code elements}: the collaboration
     * partners.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder partners(Iterable<CollaborationPartner> elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'partners' must not be null");
      delegate.partners(elements);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link FollowUpReport#partners() partners}: the
     * collaboration partners.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addAllPartners(Iterable<CollaborationPartner> elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'partners' must not be null");
      delegate.addAllPartners(elements);
      return this;
    }

    /**
     * Sets {@link FollowUpReport#coordinatingFunctionFinanced() coordinatingFunctionFinanced}:
     * whether the grant financed a coordinating function (<i>samordningsfunktion</i>).
     *
     * @param coordinatingFunctionFinanced whether the grant financed a coordinating function
     *     (<i>samordningsfunktion</i>)
     * @return this builder
     */
    public Builder coordinatingFunctionFinanced(boolean coordinatingFunctionFinanced) {
      delegate.coordinatingFunctionFinanced(coordinatingFunctionFinanced);
      return this;
    }

    /**
     * Sets {@link FollowUpReport#qualitySystemAlreadyCovers() qualitySystemAlreadyCovers}: whether
     * the municipality's management system already covers the work with intimate-partner violence.
     *
     * @param qualitySystemAlreadyCovers whether the management system already covers the work
     * @return this builder
     */
    public Builder qualitySystemAlreadyCovers(boolean qualitySystemAlreadyCovers) {
      delegate.qualitySystemAlreadyCovers(qualitySystemAlreadyCovers);
      return this;
    }

    /**
     * Adds one element to {@link FollowUpReport#training() training}: the competence-support
     * training taken part in.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addTraining(Training element) {
      requireNonNull(element, "FollowUpReport.Builder \'element\' of \'training\' must not be null");
      delegate.addTraining(element);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link FollowUpReport#training() training}: the competence-
     * support training taken part in.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addTraining(Training... elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'training' must not be null");
      delegate.addTraining(elements);
      return this;
    }

    /**
     * Replaces {@link FollowUpReport#training() training} with {@code elements}: the competence-
     * support training taken part in.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder training(Iterable<Training> elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'training' must not be null");
      delegate.training(elements);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link FollowUpReport#training() training}: the competence-
     * support training taken part in.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addAllTraining(Iterable<Training> elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'training' must not be null");
      delegate.addAllTraining(elements);
      return this;
    }

    /**
     * Puts one entry into {@link FollowUpReport#outcomes() outcomes}: the recipient's own
     * assessment of the results per area.
     *
     * @param key the key
     * @param value its value
     * @return this builder
     */
    public Builder putOutcome(ActivityArea key, Outcome value) {
      requireNonNull(key, "FollowUpReport.Builder \'key\' of \'outcomes\' must not be null");
      requireNonNull(value, "FollowUpReport.Builder \'value\' of \'outcomes\' must not be null");
      outcomes.put(key, value);
      delegate.outcomes(outcomes);
      return this;
    }

    /**
     * Replaces {@link FollowUpReport#outcomes() outcomes} with {@code entries}: the recipient's own
     * assessment of the results per area.
     *
     * @param entries the entries
     * @return this builder
     */
    public Builder outcomes(Map<? extends ActivityArea, ? extends Outcome> entries) {
      requireNonNull(entries, "FollowUpReport.Builder 'outcomes' must not be null");
      outcomes.clear();
      putOutcomes(entries);
      return this;
    }

    /**
     * Puts every entry of {@code entries} into {@link FollowUpReport#outcomes() outcomes}: the
     * recipient's own assessment of the results per area.
     *
     * @param entries the entries
     * @return this builder
     */
    public Builder putAllOutcomes(Map<? extends ActivityArea, ? extends Outcome> entries) {
      requireNonNull(entries, "FollowUpReport.Builder 'outcomes' must not be null");
      putOutcomes(entries);
      return this;
    }

    private void putOutcomes(Map<? extends ActivityArea, ? extends Outcome> entries) {
      AreaEntries.putAll(outcomes, entries, "FollowUpReport.Builder 'outcomes'");
      delegate.outcomes(outcomes);
    }

    private void putEntries(Map<? extends ActivityArea, ? extends AreaWork> entries) {
      AreaEntries.putAll(work, entries, "FollowUpReport.Builder 'work'");
      delegate.work(work);
    }

    /**
     * Puts one entry into {@link FollowUpReport#work() work}: what the recipient did within an
     * area; an area put before is replaced.
     *
     * @param key the area
     * @param value the work in that area
     * @return this builder
     */
    public Builder putWork(ActivityArea key, AreaWork value) {
      requireNonNull(key, "FollowUpReport.Builder 'key' of 'work' must not be null");
      requireNonNull(value, "FollowUpReport.Builder 'value' of 'work' must not be null");
      work.put(key, value);
      delegate.work(work);
      return this;
    }

    /**
     * Replaces {@link FollowUpReport#work() work} with {@code entries}: what the recipient did
     * within each area.
     *
     * @param entries the entries
     * @return this builder
     */
    public Builder work(Map<? extends ActivityArea, ? extends AreaWork> entries) {
      requireNonNull(entries, "FollowUpReport.Builder 'work' must not be null");
      work.clear();
      putEntries(entries);
      return this;
    }

    /**
     * Puts every entry of {@code entries} into {@link FollowUpReport#work() work}: what the
     * recipient did within each area.
     *
     * @param entries the entries
     * @return this builder
     */
    public Builder putAllWork(Map<? extends ActivityArea, ? extends AreaWork> entries) {
      requireNonNull(entries, "FollowUpReport.Builder 'work' must not be null");
      putEntries(entries);
      return this;
    }

    /**
     * Adds one element to {@link FollowUpReport#reasonsForUnusedFunds() reasonsForUnusedFunds}: the
     * reasons given for unused funds.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addReasonForUnusedFunds(UnusedFundsReason element) {
      requireNonNull(element, "FollowUpReport.Builder \'element\' of \'reasonsForUnusedFunds\' must not be null");
      delegate.addReasonsForUnusedFund(element);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link FollowUpReport#reasonsForUnusedFunds()
     * reasonsForUnusedFunds}: the reasons given for unused funds.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addReasonsForUnusedFunds(UnusedFundsReason... elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'reasonsForUnusedFunds' must not be null");
      delegate.addReasonsForUnusedFunds(elements);
      return this;
    }

    /**
     * Replaces {@link FollowUpReport#reasonsForUnusedFunds() reasonsForUnusedFunds} with {@code
     * elements}: the reasons given for unused funds.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder reasonsForUnusedFunds(Iterable<UnusedFundsReason> elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'reasonsForUnusedFunds' must not be null");
      delegate.reasonsForUnusedFunds(elements);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link FollowUpReport#reasonsForUnusedFunds()
     * reasonsForUnusedFunds}: the reasons given for unused funds.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addAllReasonsForUnusedFunds(Iterable<UnusedFundsReason> elements) {
      requireNonNull(elements, "FollowUpReport.Builder 'reasonsForUnusedFunds' must not be null");
      delegate.addAllReasonsForUnusedFunds(elements);
      return this;
    }

    /**
     * Sets {@link FollowUpReport#usedOutsidePurpose() usedOutsidePurpose}: the part of what was
     * used that the report declares was used outside the grant's purpose.
     *
     * @param usedOutsidePurpose the part of what was used that the report declares was used outside
     *     the grant's purpose
     * @return this builder
     */
    public Builder usedOutsidePurpose(Amount usedOutsidePurpose) {
      requireNonNull(usedOutsidePurpose, "FollowUpReport.Builder 'usedOutsidePurpose' must not be null");
      delegate.usedOutsidePurpose(usedOutsidePurpose);
      return this;
    }

    /**
     * Builds the FollowUpReport, running every check.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute was not set
     * @throws IllegalArgumentException if the attributes break a rule of the type
     */
    public FollowUpReport build() {
      return delegate.build();
    }
  }
}
