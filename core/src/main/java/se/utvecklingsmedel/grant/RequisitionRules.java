package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules a requisition pot is handed out by: what happens to late requisitions, how unclaimed
 * funds are shared, and who may share in them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param late the policy for requisitions after the deadline
 * @param redistribution how unclaimed funds are shared among those that asked for more
 * @param eligibility who may share in unclaimed funds
 * @param redistributionDecided the day unclaimed funds were shared (the 2016 account: "fördelades i
 *     ett senare steg"), on or after the last requisition's date; empty if not given, when no
 *     grant says when its share was decided
 */
public record RequisitionRules(LateRequisitionPolicy late, RedistributionPolicy redistribution,
    UnclaimedFundsEligibility eligibility, Optional<LocalDate> redistributionDecided) {

  /**
   * Validates the rules.
   *
   * @param late the late policy
   * @param redistribution the redistribution policy
   * @param eligibility who may share in unclaimed funds
   * @param redistributionDecided the day unclaimed funds were shared, or empty
   */
  public RequisitionRules {
    requireNonNull(late, "RequisitionRules 'late' must not be null");
    requireNonNull(redistribution, "RequisitionRules 'redistribution' must not be null");
    requireNonNull(eligibility, "RequisitionRules 'eligibility' must not be null");
    requireNonNull(redistributionDecided,
        "RequisitionRules 'redistributionDecided' must not be null");
  }

  /**
   * Rules with no date for the sharing of unclaimed funds.
   *
   * @param late the late policy
   * @param redistribution the redistribution policy
   * @param eligibility who may share in unclaimed funds
   */
  public RequisitionRules(LateRequisitionPolicy late, RedistributionPolicy redistribution,
      UnclaimedFundsEligibility eligibility) {
    this(late, redistribution, eligibility, Optional.empty());
  }

  /**
   * Returns the default rules (team decisions): late requisitions refused, unclaimed funds shared
   * in proportion to the distribution key, and only among recipients that requisitioned their whole
   * keyed amount.
   *
   * @return the defaults
   */
  public static RequisitionRules defaults() {
    return new RequisitionRules(StandardLateRequisitionPolicy.REJECT,
        StandardRedistributionPolicy.PROPORTIONAL_TO_KEY,
        UnclaimedFundsEligibility.FULL_REQUISITION_ONLY);
  }

  /**
   * Returns these rules with another late policy.
   *
   * @param late the late policy
   * @return the new rules
   */
  public RequisitionRules withLate(LateRequisitionPolicy late) {
    return new RequisitionRules(late, redistribution, eligibility, redistributionDecided);
  }

  /**
   * Returns these rules with another redistribution policy.
   *
   * @param redistribution the redistribution policy
   * @return the new rules
   */
  public RequisitionRules withRedistribution(RedistributionPolicy redistribution) {
    return new RequisitionRules(late, redistribution, eligibility, redistributionDecided);
  }

  /**
   * Returns these rules with another eligibility for unclaimed funds.
   *
   * @param eligibility who may share in unclaimed funds
   * @return the new rules
   */
  public RequisitionRules withEligibility(UnclaimedFundsEligibility eligibility) {
    return new RequisitionRules(late, redistribution, eligibility, redistributionDecided);
  }

  /**
   * Returns these rules with the day unclaimed funds were shared: each share's grant says it was
   * decided then ({@link RecipientGrant#redistributionDecided()}).
   *
   * @param redistributionDecided the day of the later decision, on or after the last requisition's date
   * @return the new rules
   */
  public RequisitionRules withRedistributionDecided(LocalDate redistributionDecided) {
    return new RequisitionRules(late, redistribution, eligibility, Optional.of(requireNonNull(
        redistributionDecided,
        "RequisitionRules 'redistributionDecided' must not be null")));
  }
}
