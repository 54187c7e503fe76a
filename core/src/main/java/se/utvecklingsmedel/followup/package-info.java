/**
 * The programme's follow-up (<i>återrapportering och uppföljning</i>): each recipient's report, what
 * it must repay or may be claimed back, its settlement status, and the annual statistics.
 */
@GrantStyle
package se.utvecklingsmedel.followup;

import se.utvecklingsmedel.GrantStyle;
