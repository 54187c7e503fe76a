package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules an application pot is handed out by: how applications are ranked, and how the pot is
 * shared among them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param priority how applications are ranked
 * @param policy how the pot is handed out
 * @param decided the day the pot's applications were decided, on or after the last application's
 *     date; empty if not given, when no grant says when it was decided
 */
public record ApplicationRules(PriorityRule priority, GrantPolicy policy,
    Optional<LocalDate> decided) {

  /**
   * Validates the rules.
   *
   * @param priority the priority rule
   * @param policy the grant policy
   * @param decided the day the applications were decided, or empty
   */
  public ApplicationRules {
    requireNonNull(priority, "ApplicationRules 'priority' must not be null");
    requireNonNull(policy, "ApplicationRules 'policy' must not be null");
    requireNonNull(decided, "ApplicationRules 'decided' must not be null");
  }

  /**
   * Rules with no decision date.
   *
   * @param priority the priority rule
   * @param policy the grant policy
   */
  public ApplicationRules(PriorityRule priority, GrantPolicy policy) {
    this(priority, policy, Optional.empty());
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
    return new ApplicationRules(priority, policy, decided);
  }

  /**
   * Returns these rules with another grant policy.
   *
   * @param policy the grant policy
   * @return the new rules
   */
  public ApplicationRules withPolicy(GrantPolicy policy) {
    return new ApplicationRules(priority, policy, decided);
  }

  /**
   * Returns these rules with the day the pot's applications were decided: each grant says it was
   * decided then ({@link RecipientGrant#decided()}).
   *
   * @param decided the decision date, on or after the last application's date
   * @return the new rules
   */
  public ApplicationRules withDecided(LocalDate decided) {
    return new ApplicationRules(priority, policy, Optional.of(requireNonNull(decided,
        "ApplicationRules 'decided' must not be null")));
  }
}
