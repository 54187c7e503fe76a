/**
 * Allocation workflows: turning a round's pots into decided amounts per recipient — distribution
 * keys, requisitions and the redistribution of unclaimed funds, applications with their assessment
 * and grant policies, and what-if comparison of two allocations.
 *
 * <p>Start at {@link se.utvecklingsmedel.grant.RoundAllocation#builder}. Each pot's result is one
 * of three kinds — {@link se.utvecklingsmedel.grant.RequisitionPotAllocation},
 * {@link se.utvecklingsmedel.grant.ApplicationPotAllocation} and
 * {@link se.utvecklingsmedel.grant.AssignmentPotAllocation} — and a key is
 * {@link se.utvecklingsmedel.grant.DistributionKey.ByWeights} or
 * {@link se.utvecklingsmedel.grant.DistributionKey.ByAmounts}. Unclaimed funds are shared only
 * among recipients that requisitioned their whole keyed amount, unless the round's rules say
 * otherwise ({@link se.utvecklingsmedel.grant.UnclaimedFundsEligibility}).
 */
@GrantStyle
package se.utvecklingsmedel.grant;

import se.utvecklingsmedel.GrantStyle;
