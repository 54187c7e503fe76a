package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;

/**
 * The rules a requisition pot is handed out by: what happens to late requisitions, and how unclaimed
 * funds are shared.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param late the policy for requisitions after the deadline
 * @param redistribution how unclaimed funds are shared among those that asked for more
 */
public record RequisitionRules(LateRequisitionPolicy late, RedistributionPolicy redistribution) {

  /**
   * Validates the rules.
   *
   * @param late the late policy
   * @param redistribution the redistribution policy
   */
  public RequisitionRules {
    requireNonNull(late, "RequisitionRules 'late' must not be null");
    requireNonNull(redistribution, "RequisitionRules 'redistribution' must not be null");
  }

  /**
   * Returns the default rules (team decision): late requisitions refused, unclaimed funds shared in
   * proportion to the distribution key.
   *
   * @return the defaults
   */
  public static RequisitionRules defaults() {
    return new RequisitionRules(LateRequisitionPolicy.REJECT,
        StandardRedistributionPolicy.PROPORTIONAL_TO_KEY);
  }

  /**
   * Returns these rules with another late policy.
   *
   * @param policy the late policy
   * @return the new rules
   */
  public RequisitionRules withLate(LateRequisitionPolicy policy) {
    return new RequisitionRules(policy, redistribution);
  }

  /**
   * Returns these rules with another redistribution policy.
   *
   * @param policy the redistribution policy
   * @return the new rules
   */
  public RequisitionRules withRedistribution(RedistributionPolicy policy) {
    return new RequisitionRules(late, policy);
  }
}
