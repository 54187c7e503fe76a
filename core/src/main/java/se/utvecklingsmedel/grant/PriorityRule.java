package se.utvecklingsmedel.grant;

/**
 * How applications are ranked before a pot is handed out.
 *
 * <p>The built-in rules are the constants of {@link StandardPriorityRule}; the default,
 * {@link StandardPriorityRule#DIRECT_SUPPORT_FIRST}, follows the 2016 account. Users may plug in
 * their own. Applications of equal rank are ordered by applicant, so ties never depend on input
 * order.
 *
 * <p>Implementations must be stateless and thread-safe.
 */
@FunctionalInterface
public interface PriorityRule {

  /**
   * Returns an application's priority.
   *
   * @param application the application
   * @return its priority
   */
  Priority priorityOf(Application application);
}
