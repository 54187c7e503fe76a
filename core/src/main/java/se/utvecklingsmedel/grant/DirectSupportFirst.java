package se.utvecklingsmedel.grant;

import java.util.EnumSet;
import java.util.Set;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;

/** The default {@link PriorityRule}: see {@link PriorityRule#DIRECT_SUPPORT_FIRST}. */
final class DirectSupportFirst implements PriorityRule {

  private static final Set<DevelopmentArea> DIRECT_SUPPORT = EnumSet.of(
      DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN,
      DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS,
      DevelopmentArea.WORK_WITH_CHILDREN,
      DevelopmentArea.REACHING_PERPETRATORS,
      DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING);

  @Override
  public Priority priorityOf(Application application) {
    boolean direct = application.developmentAreas().stream().anyMatch(DIRECT_SUPPORT::contains);
    boolean missing = !application.similarSupportExists();
    if (direct) {
      return missing
          ? new Priority(1, "improves direct support to individuals where such support is missing")
          : new Priority(2, "improves direct support to individuals where similar support exists");
    }
    return missing
        ? new Priority(3, "other development work where similar support is missing")
        : new Priority(4, "other development work where similar support exists");
  }

  @Override
  public String toString() {
    return "PriorityRule.DIRECT_SUPPORT_FIRST";
  }
}
