package se.utvecklingsmedel.grant;

/**
 * How applications are ranked before a pot is handed out.
 *
 * <p>The default, {@link #DIRECT_SUPPORT_FIRST}, follows seed 004: "Utgångspunkten var att medlen
 * skulle bidra till att utveckla sådan verksamhet som förbättrade det direkta stödet till den enskilda
 * individen, med företräde för verksamhet i områden där sådan saknades." Users may plug in their own.
 * Applications of equal rank are ordered by applicant, so ties never depend on input order.
 *
 * <p>Implementations must be stateless and thread-safe.
 */
@FunctionalInterface
public interface PriorityRule {

  /**
   * Direct support first, and first of all where such support is missing.
   *
   * <p>Rank 1: work that improves direct support to individuals where similar support is missing;
   * rank 2: such work where similar support exists; rank 3: other work where similar support is
   * missing; rank 4: other work where it exists. Direct support to individuals means the development
   * areas of support for abused women, for especially vulnerable groups, for children, for reaching
   * perpetrators, and against prostitution and trafficking; quality development of one's own work
   * and universal prevention are not (team decision, reading seed 004). An application with no
   * development area (county boards, NCK) counts as other work.
   */
  PriorityRule DIRECT_SUPPORT_FIRST = new DirectSupportFirst();

  /**
   * Returns an application's priority.
   *
   * @param application the application
   * @return its priority
   */
  Priority priorityOf(Application application);
}
