/**
 * The programme's follow-up (<i>återrapportering och uppföljning</i>): each recipient's report,
 * what it must repay or may be claimed back, and its settlement status. The annual statistics
 * counted from a follow-up are in {@code se.utvecklingsmedel.statistics}.
 *
 * <p>Only grants are followed up: administration money assigned for a mission is counted apart and
 * never claimed.
 */
@GrantStyle
package se.utvecklingsmedel.followup;

import se.utvecklingsmedel.GrantStyle;
