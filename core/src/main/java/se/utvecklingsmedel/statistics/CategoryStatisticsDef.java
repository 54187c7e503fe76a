package se.utvecklingsmedel.statistics;


import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.immutables.value.Value;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.RuleViolation;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.UnusedFundsReason;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * One recipient category's figures for the annual report (<i>redovisning per mottagarkategori</i>).
 *
 * <p>Source: the 2016 account, whose figures these are — e.g. for municipalities: "Under 2016
 * rekvirerade 246 kommuner tillsammans 44,4 miljoner kronor … 137 kommuner fick … ytterligare … 5,6
 * miljoner kronor … inte hade förbrukat något av de rekvirerade medlen (23 kommuner) … 238 kommuner
 * skickade in återrapporteringar i tid … 22 stycken inte någon verksamhet … 216 kommuner", and "I
 * 178 kommuner har utvecklingsmedel använts till …", "86 kommuner har arbetat med FREDA
 * kortfrågor".
 *
 * <p>Definitions (team decisions where the 2016 account is silent): amounts used and unused are summed over
 * the reports received; the share used is what was used, at most the grant, over what was granted,
 * for the grants reported on; reports without activity are counted among those in time, like the
 * 2016 account's 22 of 238; a report is analysed when it came in time, is complete and had activity (the
 * 2016 account's 216); every count per area, instrument, method, group, partner or training is a count of
 * distinct recipients among the analysed reports, not of mentions, in the order of {@link TermCounts}.
 *
 * <p>Administration money assigned for a mission is not a grant (the 2016 account: "för att
 * genomföra uppdraget"): it is counted apart, in {@link #assigned()} and {@link #assignedAmount()},
 * and in none of the other figures.
 *
 * <p>Checks, so that figures from elsewhere are held only when they can be true: every
 * count is at least zero; the reports add up, {@code reportsInTime + reportsLate + reportsMissing +
 * reportsNotYetDue = granted} (a category has one followed-up pot per round, so grants and
 * recipients are the same count); {@code usedNothing ≤ notAllUsed ≤} the reports received; {@code
 * reportsWithoutActivity + reportsAnalysed ≤ reportsInTime}; {@code reportsWithoutActivity ≤
 * usedNothing} (a report without activity used nothing); areas only of the category's kind ({@link
 * RecipientCategory#reportsIn}); {@code requisitioning ≤ granted ≤
 * requisitioning + applying}; every count per term, coordinating functions and risk assessments at
 * most the reports analysed (combinations of terms too), every count of reasons at most {@code
 * notAllUsed} and, where stated, at most {@code explainingUnusedFunds}, itself at most {@code
 * notAllUsed}; in money, used
 * plus unused is at most granted, requisitioned plus redistributed at most granted, and granted at
 * most requisitioned, redistributed and applied together; unused money exists exactly when some
 * report did not use all; and the share used is {@code used / (used + unused)}, given exactly when
 * a report was received.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class CategoryStatisticsDef {

  CategoryStatisticsDef() {
  }

  /**
   * Returns the category.
   *
   * @return the category
   */
  public abstract RecipientCategory category();

  /**
   * Returns recipients with an accepted requisition.
   *
   * @return recipients with an accepted requisition
   */
  public abstract int requisitioning();

  /**
   * Returns recipients that applied.
   *
   * @return recipients that applied
   */
  public abstract int applying();

  /**
   * Returns recipients granted more than zero.
   *
   * @return recipients granted more than zero
   */
  public abstract int granted();

  /**
   * Returns the total of accepted requisitions.
   *
   * @return the total of accepted requisitions
   */
  public abstract Amount requisitionedAmount();

  /**
   * Returns the total applied for.
   *
   * @return the total applied for
   */
  public abstract Amount appliedAmount();

  /**
   * Returns the total of unclaimed funds redistributed.
   *
   * @return the total of unclaimed funds redistributed
   */
  public abstract Amount redistributedAmount();

  /**
   * Returns the total granted, administration money not included.
   *
   * @return the total granted, administration money not included
   */
  public abstract Amount grantedAmount();

  /**
   * Returns recipients assigned administration money for a mission (not a grant).
   *
   * @return recipients assigned administration money for a mission (not a grant)
   */
  public abstract int assigned();

  /**
   * Returns the administration money assigned for the mission (not a grant, not followed up).
   *
   * @return the administration money assigned for the mission (not a grant, not followed up)
   */
  public abstract Amount assignedAmount();

  /**
   * Returns the total used, at most each grant, over the reports received.
   *
   * @return the total used, at most each grant, over the reports received
   */
  public abstract Amount usedAmount();

  /**
   * Returns the total unused over the reports received.
   *
   * @return the total unused over the reports received
   */
  public abstract Amount unusedAmount();

  /**
   * Returns reports stating nothing used.
   *
   * @return reports stating nothing used
   */
  public abstract int usedNothing();

  /**
   * Returns reports stating not all used (those that used nothing included).
   *
   * @return reports stating not all used (those that used nothing included)
   */
  public abstract int notAllUsed();

  /**
   * Returns the share of granted funds used, for the grants reported on; empty if none.
   *
   * @return the share of granted funds used, for the grants reported on; empty if none
   */
  public abstract Optional<Share> shareUsed();

  /**
   * Returns reports received in time.
   *
   * @return reports received in time
   */
  public abstract int reportsInTime();

  /**
   * Returns reports received late.
   *
   * @return reports received late
   */
  public abstract int reportsLate();

  /**
   * Returns grants with no report after the deadline (or, without one, by the follow-up day).
   *
   * @return grants with no report after the deadline (or, without one, by the follow-up day)
   */
  public abstract int reportsMissing();

  /**
   * Returns grants with no report whose report deadline has not passed.
   *
   * @return grants with no report whose report deadline has not passed
   */
  public abstract int reportsNotYetDue();

  /**
   * Returns reports in time without any activity.
   *
   * @return reports in time without any activity
   */
  public abstract int reportsWithoutActivity();

  /**
   * Returns reports analysed: in time, complete and with activity.
   *
   * @return reports analysed: in time, complete and with activity
   */
  public abstract int reportsAnalysed();

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
   * Returns recipients per reason for unused funds, in {@link TermCounts} order, over all reports.
   *
   * @return recipients per reason for unused funds, in {@link TermCounts} order, over all reports
   */
  @Value.Default
  public TermCounts<UnusedFundsReason> reasonsForUnusedFunds() {
    return TermCounts.of();
  }

  /**
   * Returns recipients that gave at least one reason for funds they did not use, over all reports:
   * "Ett nittiotal kommuner har kommenterat varför de inte förbrukade hela det rekvirerade
   * beloppet" (Socialstyrelsen, account of the 2016 development funds, 30 September 2017). Always
   * given when computed; empty in figures from elsewhere that do not state it (unknown, not zero).
   *
   * @return recipients that gave a reason for unused funds, if stated
   */
  public abstract OptionalInt explainingUnusedFunds();

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
   * @return per area, the counts of its work; areas no report says more about are left out
   */
  public abstract Map<ActivityArea, AreaCounts> work();

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

  /**
   * Returns the reports received, in time or late.
   *
   * @return the reports received, in time or late
   */
  public final int reportsReceived() {
    return reportsInTime() + reportsLate();
  }

  @Value.Check
  void check() {
    checkCounts();
    checkReports();
    try {
      checkAmounts();
    } catch (ArithmeticException e) {
      RuleViolation violation = new RuleViolation(CategoryStatistics.class,
          category().toString(), "grantedAmount", "CategoryStatistics of " + category()
          + ": the amounts add up beyond the range of an Amount");
      violation.initCause(e);
      throw violation;
    }
    checkTerms();
  }

  private void checkCounts() {
    atLeastZero("requisitioning", requisitioning());
    atLeastZero("applying", applying());
    atLeastZero("granted", granted());
    atLeastZero("assigned", assigned());
    atLeastZero("usedNothing", usedNothing());
    atLeastZero("notAllUsed", notAllUsed());
    atLeastZero("reportsInTime", reportsInTime());
    atLeastZero("reportsLate", reportsLate());
    atLeastZero("reportsMissing", reportsMissing());
    atLeastZero("reportsNotYetDue", reportsNotYetDue());
    atLeastZero("reportsWithoutActivity", reportsWithoutActivity());
    atLeastZero("reportsAnalysed", reportsAnalysed());
    atLeastZero("coordinatingFunctions", coordinatingFunctions());
    atLeastZero("usingRiskAssessment", usingRiskAssessment());
    atLeastZero("qualitySystemAlreadyCovering", qualitySystemAlreadyCovering());
    explainingUnusedFunds().ifPresent(n -> atLeastZero("explainingUnusedFunds", n));
    atMost("requisitioning", requisitioning(), "granted", granted());
    atMost("granted", granted(), "requisitioning + applying",
        (long) requisitioning() + applying());
  }

  private void checkReports() {
    long followedUp = (long) reportsInTime() + reportsLate() + reportsMissing() + reportsNotYetDue();
    rule(followedUp == granted(), "reportsInTime", () -> "reportsInTime + reportsLate + reportsMissing + "
        + "reportsNotYetDue (" + followedUp + ") must equal 'granted' (" + granted() + ")");
    atMost("usedNothing", usedNothing(), "notAllUsed", notAllUsed());
    long received = (long) reportsInTime() + reportsLate();
    atMost("notAllUsed", notAllUsed(), "reportsInTime + reportsLate", received);
    atMost("reportsWithoutActivity + reportsAnalysed",
        (long) reportsWithoutActivity() + reportsAnalysed(), "reportsInTime", reportsInTime());
    atMost("coordinatingFunctions", coordinatingFunctions(), "reportsAnalysed", reportsAnalysed());
    explainingUnusedFunds().ifPresent(n -> atMost("explainingUnusedFunds", n, "notAllUsed",
        notAllUsed()));
    atMost("usingRiskAssessment", usingRiskAssessment(), "reportsAnalysed", reportsAnalysed());
    atMost("qualitySystemAlreadyCovering", qualitySystemAlreadyCovering(), "reportsAnalysed",
        reportsAnalysed());
    // A report without activity has used nothing (FollowUpReport's rule).
    atMost("reportsWithoutActivity", reportsWithoutActivity(), "usedNothing", usedNothing());
  }

  private void checkAmounts() {
    rule(grantedAmount().signum() == 0 || granted() > 0, "grantedAmount", () -> "'grantedAmount' ("
        + grantedAmount() + ") must be zero when 'granted' is 0");
    rule(granted() == 0 || grantedAmount().signum() > 0, "grantedAmount", () -> "'grantedAmount' must be above "
        + "zero when 'granted' (" + granted() + ") is");
    rule(requisitionedAmount().signum() == 0 || requisitioning() > 0, "requisitionedAmount", () -> "'requisitionedAmount' ("
        + requisitionedAmount() + ") must be zero when 'requisitioning' is 0");
    rule(redistributedAmount().signum() == 0 || requisitioning() > 0, "redistributedAmount", () -> "'redistributedAmount' ("
        + redistributedAmount() + ") must be zero when 'requisitioning' is 0");
    rule(appliedAmount().signum() == 0 || applying() > 0, "appliedAmount", () -> "'appliedAmount' ("
        + appliedAmount() + ") must be zero when 'applying' is 0");
    rule(assignedAmount().signum() == 0 || assigned() > 0, "assignedAmount", () -> "'assignedAmount' ("
        + assignedAmount() + ") must be zero when 'assigned' is 0");
    long received = (long) reportsInTime() + reportsLate();
    rule(received == 0 || usedNothing() < received || usedAmount().signum() == 0, "usedAmount",
        () -> "'usedAmount' (" + usedAmount() + ") must be zero when every report received ("
            + received + ") used nothing");
    rule(received > 0 || usedAmount().plus(unusedAmount()).signum() == 0, "usedAmount",
        () -> "usedAmount + unusedAmount must be zero when no report was received");
    Amount reported = usedAmount().plus(unusedAmount());
    rule(!reported.isGreaterThan(grantedAmount()), "usedAmount", () -> "usedAmount + unusedAmount (" + reported
        + ") must be at most 'grantedAmount' (" + grantedAmount() + ")");
    Amount requisitionedAndRedistributed = requisitionedAmount().plus(redistributedAmount());
    rule(!requisitionedAndRedistributed.isGreaterThan(grantedAmount()), "requisitionedAmount",
        () -> "requisitionedAmount + redistributedAmount (" + requisitionedAndRedistributed
            + ") must be at most 'grantedAmount' (" + grantedAmount() + ")");
    rule(!grantedAmount().isGreaterThan(requisitionedAndRedistributed.plus(appliedAmount())),
        "grantedAmount", () -> "'grantedAmount' (" + grantedAmount() + ") must be at most requisitionedAmount + "
            + "redistributedAmount + appliedAmount");
    rule(unusedAmount().signum() > 0 == (notAllUsed() > 0), "unusedAmount", () -> "'unusedAmount' ("
        + unusedAmount() + ") must be above zero exactly when 'notAllUsed' (" + notAllUsed()
        + ") is");
    rule(shareUsed().isPresent() == reported.signum() > 0, "shareUsed", () -> "'shareUsed' must be given "
        + "exactly when usedAmount + unusedAmount is above zero");
    shareUsed().ifPresent(share -> rule(share.equals(Share.of(usedAmount(), reported)), "shareUsed",
        () -> "'shareUsed' " + share + " must be usedAmount / (usedAmount + unusedAmount) = "
            + Share.of(usedAmount(), reported)));
  }

  private void checkTerms() {
    // Areas only of this category's kind (a municipality's areas are MunicipalActivityArea).
    areasOfTheCategory("areas", areas().keySet());
    areasOfTheCategory("outcomes", outcomes().keySet());
    areasOfTheCategory("work", work().keySet());
    termCounts("areas", areas(), reportsAnalysed());
    termCounts("instruments", instruments(), reportsAnalysed());
    termCounts("methods", methods(), reportsAnalysed());
    termCounts("vulnerableGroups", vulnerableGroups(), reportsAnalysed());
    termCounts("partners", partners(), reportsAnalysed());
    termCounts("training", training(), reportsAnalysed());
    termCounts("reasonsForUnusedFunds", reasonsForUnusedFunds(), notAllUsed());
    // Stated: every reason is some explaining recipient's.
    explainingUnusedFunds().ifPresent(n -> termCounts("reasonsForUnusedFunds",
        reasonsForUnusedFunds(), n));
    termCounts("combinations", combinations(), reportsAnalysed());
    work().forEach((area, counts) -> {
      int inArea = areas().count(area);
      counts.kinds().forEach((kind, kindCounts) -> kindCounts.forEach((term, count) -> {
        if (count > inArea) { // the name is made only for the message
          atMost("work in " + area.label() + ": " + kind + " of " + term.label(), count,
              "areas of " + area.label(), inArea);
        }
      }));
      for (TermCounts<? extends SwedishLabelled> kindCounts : counts.categoryKinds()) {
        kindCounts.forEach((term, count) -> {
          int most = categoryCount(term);
          if (count > most) {
            atMost("work in " + area.label() + ": " + term.label(), count,
                "the category's count of " + term.label(), most);
          }
        });
      }
    });
    outcomes().forEach((area, counts) -> {
      termCounts("outcomes of " + area.label(), counts, reportsAnalysed());
      long total = counts.values().stream().mapToLong(Integer::longValue).sum();
      atMost("the outcomes of " + area.label(), total, "reportsAnalysed", reportsAnalysed());
      // Outcomes only for an area someone names: at most the recipients naming it.
      atMost("the outcomes of " + area.label(), total, "areas of " + area.label(),
          areas().count(area));
    });
    combinationsAgree("combinations", combinations(), instruments(), methods(), vulnerableGroups(),
        partners());
    work().forEach((area, counts) -> combinationsAgree("work in " + area.label() + ": combinations",
        counts.combinations(), counts.instruments(), counts.methods(), counts.vulnerableGroups(),
        counts.partners()));
    if (!combinations().isEmpty()) { // an area's combination is some of the category's
      work().forEach((area, counts) -> counts.combinations().forEach((combination, n) ->
          atMost("work in " + area.label() + ": combinations of " + combination.label(), n,
              "combinations of " + combination.label(), combinations().count(combination))));
    }
  }

  /**
   * Combinations, when stated, within what the counts of their terms allow (one left out counts 0).
   */
  private void combinationsAgree(String field, TermCounts<TermCombination> combinations,
      Map<AssessmentInstrument, Integer> instruments, Map<Method, Integer> methods,
      Map<VulnerableGroup, Integer> groups, Map<CollaborationPartner, Integer> partners) {
    if (combinations.isEmpty()) {
      return; // not stated
    }
    // Combinations that contain others: any instrument or method, any partner.
    atMostCombination(field, combinations, TermCombination.ANY_METHOD,
        TermCombination.ANY_INSTRUMENT_OR_METHOD);
    atMostCombination(field, combinations, TermCombination.FREDA,
        TermCombination.ANY_INSTRUMENT_OR_METHOD);
    atMostCombination(field, combinations, TermCombination.OTHER_ACTORS,
        TermCombination.ANY_PARTNER);
    atMostCombination(field, combinations, TermCombination.SOCIAL_SERVICES_POLICE_AND_SHELTERS,
        TermCombination.ANY_PARTNER);
    for (TermCombination combination : TermCombination.values()) {
      long[] bounds = combination.bounds(instruments, methods, groups, partners);
      int count = combinations.count(combination);
      if (count < bounds[0] || count > bounds[1]) {
        rule(false, pathOf(field), "'" + field + " of " + combination.label() + "' (" + count + ") must be from "
            + bounds[0] + " to " + bounds[1] + ", as the counts of its terms allow");
      }
    }
  }

  private void atMostCombination(String field, TermCounts<TermCombination> combinations,
      TermCombination part, TermCombination whole) {
    atMost(field + " of " + part.label(), combinations.count(part),
        field + " of " + whole.label(), combinations.count(whole));
  }

  /** The category's own count of a method, instrument, group, partner or training. */
  private int categoryCount(Object term) {
    Map<?, Integer> counts = term instanceof Method ? methods()
        : term instanceof AssessmentInstrument ? instruments()
        : term instanceof VulnerableGroup ? vulnerableGroups()
        : term instanceof Training ? training() : partners();
    return counts.getOrDefault(term, 0);
  }

  private void termCounts(String field, Map<?, Integer> counts, int most) {
    counts.forEach((term, count) -> {
      if (count < 0 || count > most) { // the name is made only for the message
        String name = field + " of " + (term instanceof SwedishLabelled l ? l.label() : term);
        atLeastZero(name, count);
        rule(false, pathOf(name), "'" + name + "' (" + count + ") must be at most " + most);
      }
    });
  }

  private void areasOfTheCategory(String field, Iterable<ActivityArea> areas) {
    for (ActivityArea area : areas) {
      if (!category().reportsIn(area)) {
        rule(false, field, "area '" + area.label() + "' is not an area of a "
            + category().label().toLowerCase(Locale.ROOT));
      }
    }
  }

  private void atLeastZero(String field, int value) {
    if (value < 0) {
      rule(false, pathOf(field), "'" + field + "' must not be negative, but was " + value);
    }
  }

  private void atMost(String field, long value, String bound, long most) {
    if (value > most) {
      rule(false, pathOf(field), "'" + field + "' (" + value + ") must be at most '" + bound + "' (" + most + ")");
    }
  }

  private void rule(boolean ok, String path, String message) {
    rule(ok, path, () -> message);
  }

  /** A rule whose message is made only when it is broken. */
  private void rule(boolean ok, String path, Supplier<String> message) {
    if (!ok) {
      throw new RuleViolation(CategoryStatistics.class, category().toString(), path,
          "CategoryStatistics of " + category() + ": " + message.get());
    }
  }

  /** The property a figure named in a message belongs to: "methods" of "the methods of FREDA". */
  static String pathOf(String figure) {
    return figure.replaceFirst("^the ", "").replaceFirst("[^\\p{L}].*", "");
  }
}
