/**
 * Grant rounds (<i>bidragsomgångar</i>): a year's pots, budgets, legal basis and dates, the
 * built-in 2016 round, and a catalogue of rounds by year.
 */
@GrantStyle
package se.utvecklingsmedel.round;

import se.utvecklingsmedel.GrantStyle;
