/**
 * The programme's annual statistics (<i>statistik över utvecklingsmedlen</i>): what each category
 * of recipient was granted and used, how it reported, and what its work named, counted from the
 * follow-up ({@link
 * se.utvecklingsmedel.statistics.RoundStatistics#of(se.utvecklingsmedel.followup.FollowUp)}) or
 * given from elsewhere and checked; counts per term ({@link se.utvecklingsmedel.statistics.TermCounts}) and shares
 * ({@link se.utvecklingsmedel.statistics.Share}).
 */
@GrantStyle
package se.utvecklingsmedel.statistics;

import se.utvecklingsmedel.GrantStyle;
