package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;
import se.utvecklingsmedel.decision.Wording;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;

/**
 * The built-in ways of ranking applications (<i>prioriteringsordning</i>), as
 * {@link StandardRedistributionPolicy} is for redistribution: a {@link PriorityRule} strategy per
 * constant.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StandardPriorityRule implements PriorityRule {
  /**
   * Direct support first, and first of all where such support is missing (the default).
   *
   * <p>The 2016 account: "Utgångspunkten var att medlen skulle bidra till att utveckla sådan
   * verksamhet som förbättrade det direkta stödet till den enskilda individen, med företräde för
   * verksamhet i områden där sådan saknades." Rank 1: work that improves direct support to
   * individuals where similar support is missing; rank 2: such work where similar support exists;
   * rank 3: other work where similar support is missing; rank 4: other work where it exists. Direct
   * support to individuals means the development areas of support for abused women, for especially
   * vulnerable groups, for children, for reaching perpetrators, and against prostitution and
   * trafficking; quality development of one's own work and universal prevention are not (team
   * decision, reading the 2016 account). An application with no development area (county boards,
   * NCK) counts as other work.
   */
  DIRECT_SUPPORT_FIRST {
    @Override
    public Priority priorityOf(Application application) {
      requireNonNull(application, "StandardPriorityRule 'application' must not be null");
      boolean direct = application.developmentAreas().stream().anyMatch(DIRECT_SUPPORT::contains);
      boolean missing = !application.similarSupportExists();
      // The four priorities are values, made once (their wordings were checked per application).
      return PRIORITIES[(direct ? 0 : 2) + (missing ? 0 : 1)];
    }
  };

  private static final Set<DevelopmentArea> DIRECT_SUPPORT = EnumSet.of(
      DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN,
      DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS,
      DevelopmentArea.WORK_WITH_CHILDREN,
      DevelopmentArea.REACHING_PERPETRATORS,
      DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING);

  /** The priorities of {@link #DIRECT_SUPPORT_FIRST}, rank 1 to 4. */
  private static final Priority[] PRIORITIES = {
      Priority.of(1, new Wording("förbättrar det direkta stödet till den enskilda där sådant "
          + "stöd saknas", "improves direct support to individuals where such support is "
          + "missing")),
      Priority.of(2, new Wording("förbättrar det direkta stödet till den enskilda där "
          + "liknande stöd finns", "improves direct support to individuals where similar "
          + "support exists")),
      Priority.of(3, new Wording("annat utvecklingsarbete där liknande stöd saknas",
          "other development work where similar support is missing")),
      Priority.of(4, new Wording("annat utvecklingsarbete där liknande stöd finns",
          "other development work where similar support exists"))};
}
