package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;

/**
 * The rules an application pot is handed out by: how applications are ranked, and how the pot is
 * shared among them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param priority how applications are ranked
 * @param policy how the pot is handed out
 */
public record ApplicationRules(PriorityRule priority, GrantPolicy policy) {

  /**
   * Validates the rules.
   *
   * @param priority the priority rule
   * @param policy the grant policy
   */
  public ApplicationRules {
    requireNonNull(priority, "ApplicationRules 'priority' must not be null");
    requireNonNull(policy, "ApplicationRules 'policy' must not be null");
  }

  /**
   * Returns the default rules (team decision, after the 2016 account): direct support first,
   * granted in priority order in full while the pot lasts, the last one in part.
   *
   * @return the defaults
   */
  public static ApplicationRules defaults() {
    return new ApplicationRules(StandardPriorityRule.DIRECT_SUPPORT_FIRST,
        StandardGrantPolicy.PRIORITY_ORDER_LAST_PARTIAL);
  }

  /**
   * Returns these rules with another priority rule.
   *
   * @param priority the priority rule
   * @return the new rules
   */
  public ApplicationRules withPriority(PriorityRule priority) {
    return new ApplicationRules(priority, policy);
  }

  /**
   * Returns these rules with another grant policy.
   *
   * @param policy the grant policy
   * @return the new rules
   */
  public ApplicationRules withPolicy(GrantPolicy policy) {
    return new ApplicationRules(priority, policy);
  }
}
