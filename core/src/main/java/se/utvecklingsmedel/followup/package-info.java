/**
 * The programme's follow-up (<i>återrapportering och uppföljning</i>): each recipient's report,
 * what it must repay or may be claimed back, its settlement status, and the annual statistics.
 *
 * <p>Only grants are followed up: administration money assigned for a mission is counted apart and
 * never claimed. Figures a source publishes only in part are held as
 * {@link se.utvecklingsmedel.followup.PublishedStatistics}, with every unpublished figure unknown.
 */
@GrantStyle
package se.utvecklingsmedel.followup;

import se.utvecklingsmedel.GrantStyle;
