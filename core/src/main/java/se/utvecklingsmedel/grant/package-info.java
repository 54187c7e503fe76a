/**
 * Allocation workflows: turning a round's pots into decided amounts per recipient — distribution
 * keys, requisitions and the redistribution of unclaimed funds, applications with their assessment
 * and grant policies, and what-if comparison of two allocations.
 *
 * <p>Start at {@link se.utvecklingsmedel.grant.RoundAllocation#builder}.
 */
@GrantStyle
package se.utvecklingsmedel.grant;

import se.utvecklingsmedel.GrantStyle;
