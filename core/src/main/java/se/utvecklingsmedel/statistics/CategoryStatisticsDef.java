package se.utvecklingsmedel.statistics;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.immutables.value.Value;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.RuleViolation;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;
import se.utvecklingsmedel.vocabulary.Training;
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
 * <p>The figures come in four concepts, each a value of its own: the grants ({@link Funds}), what
 * was used of them ({@link Utilisation}), how the recipients reported ({@link Reporting}) and what
 * the analysed reports name ({@link WorkCounts}). Each concept's Javadoc gives its definitions; the
 * rules between them are this class's. A figure keeps one name everywhere: its accessor, its JSON
 * property, the {@link Figure} that publishes it and the messages of the rules below.
 *
 * <p>Checks, so that figures from elsewhere are held only when they can be true: every
 * count is at least zero; the reports add up, {@code reportsInTime + reportsLate + reportsMissing +
 * reportsNotYetDue = granted} (a category has one followed-up pot per round, so grants and
 * recipients are the same count); {@code usedNothing ≤ notAllUsed ≤} the reports received; {@code
 * reportsWithoutActivity + reportsAnalysed ≤ reportsInTime}; {@code reportsWithoutActivity ≤
 * usedNothing} (a report without activity used nothing); areas only of the category's kind ({@link
 * RecipientCategory#reportsIn}); {@code requisitioning ≤ granted ≤
 * requisitioning + applying}; every count per term, coordinating functions and risk assessments at
 * most the reports analysed (combinations of terms too), each area's counts at most the recipients
 * naming the area and at most the category's own count of the same term, every count of reasons at most {@code
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
   * Returns the grants, in recipients and money.
   *
   * @return the grants
   */
  public abstract Funds funds();

  /**
   * Returns what was used of the grants, over the reports received.
   *
   * @return the use of the grants
   */
  public abstract Utilisation utilisation();

  /**
   * Returns how the recipients reported.
   *
   * @return the reporting
   */
  public abstract Reporting reporting();

  /**
   * Returns what the analysed reports name.
   *
   * @return the work
   */
  public abstract WorkCounts work();

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
    Funds f = funds();
    Utilisation u = utilisation();
    Reporting r = reporting();
    WorkCounts w = work();
    atLeastZero("requisitioning", f.requisitioning());
    atLeastZero("applying", f.applying());
    atLeastZero("granted", f.granted());
    atLeastZero("assigned", f.assigned());
    atLeastZero("usedNothing", u.usedNothing());
    atLeastZero("notAllUsed", u.notAllUsed());
    atLeastZero("reportsInTime", r.reportsInTime());
    atLeastZero("reportsLate", r.reportsLate());
    atLeastZero("reportsMissing", r.reportsMissing());
    atLeastZero("reportsNotYetDue", r.reportsNotYetDue());
    atLeastZero("reportsWithoutActivity", r.reportsWithoutActivity());
    atLeastZero("reportsAnalysed", r.reportsAnalysed());
    atLeastZero("coordinatingFunctions", w.coordinatingFunctions());
    atLeastZero("usingRiskAssessment", w.usingRiskAssessment());
    atLeastZero("qualitySystemAlreadyCovering", w.qualitySystemAlreadyCovering());
    u.explainingUnusedFunds().ifPresent(n -> atLeastZero("explainingUnusedFunds", n));
    atMost("requisitioning", f.requisitioning(), "granted", f.granted());
    atMost("granted", f.granted(), "requisitioning + applying",
        (long) f.requisitioning() + f.applying());
  }

  private void checkReports() {
    Funds f = funds();
    Utilisation u = utilisation();
    Reporting r = reporting();
    WorkCounts w = work();
    long followedUp = (long) r.reportsInTime() + r.reportsLate() + r.reportsMissing()
        + r.reportsNotYetDue();
    rule(followedUp == f.granted(), "reportsInTime", () -> "reportsInTime + reportsLate + "
        + "reportsMissing + reportsNotYetDue (" + followedUp + ") must equal 'granted' ("
        + f.granted() + ")");
    atMost("usedNothing", u.usedNothing(), "notAllUsed", u.notAllUsed());
    long received = (long) r.reportsInTime() + r.reportsLate();
    atMost("notAllUsed", u.notAllUsed(), "reportsInTime + reportsLate", received);
    atMost("reportsWithoutActivity + reportsAnalysed",
        (long) r.reportsWithoutActivity() + r.reportsAnalysed(), "reportsInTime",
        r.reportsInTime());
    atMost("coordinatingFunctions", w.coordinatingFunctions(), "reportsAnalysed",
        r.reportsAnalysed());
    u.explainingUnusedFunds().ifPresent(n -> atMost("explainingUnusedFunds", n, "notAllUsed",
        u.notAllUsed()));
    atMost("usingRiskAssessment", w.usingRiskAssessment(), "reportsAnalysed",
        r.reportsAnalysed());
    atMost("qualitySystemAlreadyCovering", w.qualitySystemAlreadyCovering(), "reportsAnalysed",
        r.reportsAnalysed());
    // A report without activity has used nothing (FollowUpReport's rule).
    atMost("reportsWithoutActivity", r.reportsWithoutActivity(), "usedNothing", u.usedNothing());
  }

  private void checkAmounts() {
    Funds f = funds();
    Utilisation u = utilisation();
    Reporting r = reporting();
    zeroWithout("grantedAmount", f.grantedAmount(), "granted", f.granted());
    rule(f.granted() == 0 || f.grantedAmount().signum() > 0, "grantedAmount",
        () -> "'grantedAmount' must be above zero when 'granted' (" + f.granted() + ") is");
    zeroWithout("requisitionedAmount", f.requisitionedAmount(), "requisitioning",
        f.requisitioning());
    zeroWithout("redistributedAmount", f.redistributedAmount(), "requisitioning",
        f.requisitioning());
    zeroWithout("appliedAmount", f.appliedAmount(), "applying", f.applying());
    zeroWithout("assignedAmount", f.assignedAmount(), "assigned", f.assigned());
    long received = (long) r.reportsInTime() + r.reportsLate();
    rule(received == 0 || u.usedNothing() < received || u.usedAmount().signum() == 0, "usedAmount",
        () -> "'usedAmount' (" + u.usedAmount() + ") must be zero when every report received ("
            + received + ") used nothing");
    rule(received > 0 || u.usedAmount().plus(u.unusedAmount()).signum() == 0, "usedAmount",
        () -> "usedAmount + unusedAmount must be zero when no report was received");
    Amount reported = u.usedAmount().plus(u.unusedAmount());
    rule(!reported.isGreaterThan(f.grantedAmount()), "usedAmount", () -> "usedAmount + unusedAmount ("
        + reported + ") must be at most 'grantedAmount' (" + f.grantedAmount() + ")");
    Amount requisitionedAndRedistributed = f.requisitionedAmount().plus(f.redistributedAmount());
    rule(!requisitionedAndRedistributed.isGreaterThan(f.grantedAmount()), "requisitionedAmount",
        () -> "requisitionedAmount + redistributedAmount (" + requisitionedAndRedistributed
            + ") must be at most 'grantedAmount' (" + f.grantedAmount() + ")");
    rule(!f.grantedAmount().isGreaterThan(requisitionedAndRedistributed.plus(f.appliedAmount())),
        "grantedAmount", () -> "'grantedAmount' (" + f.grantedAmount() + ") must be at most "
            + "requisitionedAmount + redistributedAmount + appliedAmount");
    rule(u.unusedAmount().signum() > 0 == (u.notAllUsed() > 0), "unusedAmount",
        () -> "'unusedAmount' (" + u.unusedAmount() + ") must be above zero exactly when "
            + "'notAllUsed' (" + u.notAllUsed() + ") is");
    rule(u.shareUsed().isPresent() == reported.signum() > 0, "shareUsed",
        () -> "'shareUsed' must be given exactly when usedAmount + unusedAmount is above zero");
    u.shareUsed().ifPresent(share -> rule(share.equals(Share.of(u.usedAmount(), reported)),
        "shareUsed", () -> "'shareUsed' " + share + " must be usedAmount / (usedAmount + "
            + "unusedAmount) = " + Share.of(u.usedAmount(), reported)));
  }

  private void checkTerms() {
    Utilisation u = utilisation();
    Reporting r = reporting();
    WorkCounts w = work();
    // Areas only of this category's kind (a municipality's areas are MunicipalActivityArea).
    areasOfTheCategory("areas", w.areas().keySet());
    areasOfTheCategory("outcomes", w.outcomes().keySet());
    areasOfTheCategory("work", w.byArea().keySet());
    termCounts("areas", w.areas(), r.reportsAnalysed());
    termCounts("instruments", w.instruments(), r.reportsAnalysed());
    termCounts("methods", w.methods(), r.reportsAnalysed());
    termCounts("vulnerableGroups", w.vulnerableGroups(), r.reportsAnalysed());
    termCounts("partners", w.partners(), r.reportsAnalysed());
    termCounts("training", w.training(), r.reportsAnalysed());
    termCounts("reasonsForUnusedFunds", u.reasonsForUnusedFunds(), u.notAllUsed());
    // Stated: every reason is some explaining recipient's.
    u.explainingUnusedFunds().ifPresent(n -> termCounts("reasonsForUnusedFunds",
        u.reasonsForUnusedFunds(), n));
    termCounts("combinations", w.combinations(), r.reportsAnalysed());
    w.byArea().forEach((area, counts) -> {
      int inArea = w.areas().count(area);
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
    w.outcomes().forEach((area, counts) -> {
      long total = counts.total();
      int naming = w.areas().count(area);
      // Outcomes only for an area someone names: at most the recipients naming it. The names
      // are made only for a message.
      if (total > Math.min(r.reportsAnalysed(), naming) || counts.values().stream()
          .anyMatch(n -> n < 0 || n > r.reportsAnalysed())) {
        termCounts("outcomes of " + area.label(), counts, r.reportsAnalysed());
        atMost("the outcomes of " + area.label(), total, "reportsAnalysed", r.reportsAnalysed());
        atMost("the outcomes of " + area.label(), total, "areas of " + area.label(), naming);
      }
    });
    combinationsAgree(() -> "combinations", w.combinations(), w.instruments(), w.methods(),
        w.vulnerableGroups(), w.partners());
    w.byArea().forEach((area, counts) -> combinationsAgree(
        () -> "work in " + area.label() + ": combinations",
        counts.combinations(), counts.instruments(), counts.methods(), counts.vulnerableGroups(),
        counts.partners()));
    if (!w.combinations().isEmpty()) { // an area's combination is some of the category's
      w.byArea().forEach((area, counts) -> counts.combinations().forEach((combination, n) -> {
        int most = w.combinations().count(combination);
        if (n > most) {
          atMost("work in " + area.label() + ": combinations of " + combination.label(), n,
              "combinations of " + combination.label(), most);
        }
      }));
    }
  }

  /**
   * Combinations, when stated, within what the counts of their terms allow (one left out counts 0).
   */
  private void combinationsAgree(Supplier<String> field, TermCounts<TermCombination> combinations,
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
        rule(false, pathOf(field.get()), "'" + field.get() + " of " + combination.label() + "' (" + count + ") must be from "
            + bounds[0] + " to " + bounds[1] + ", as the counts of its terms allow");
      }
    }
  }

  private void atMostCombination(Supplier<String> field,
      TermCounts<TermCombination> combinations, TermCombination part, TermCombination whole) {
    if (combinations.count(part) > combinations.count(whole)) { // names made for the message only
      atMost(field.get() + " of " + part.label(), combinations.count(part),
          field.get() + " of " + whole.label(), combinations.count(whole));
    }
  }

  /** The category's own count of a method, instrument, group, partner or training. */
  private int categoryCount(Object term) {
    WorkCounts w = work();
    Map<?, Integer> counts = term instanceof Method ? w.methods()
        : term instanceof AssessmentInstrument ? w.instruments()
        : term instanceof VulnerableGroup ? w.vulnerableGroups()
        : term instanceof Training ? w.training() : w.partners();
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

  /** An amount of recipients counted as none: "'appliedAmount' (5.00) must be zero when …". */
  private void zeroWithout(String field, Amount amount, String count, int recipients) {
    rule(amount.signum() == 0 || recipients > 0, field, () -> "'" + field + "' (" + amount
        + ") must be zero when '" + count + "' is 0");
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
