/**
 * Figures as a published source states them (<i>publicerade uppgifter</i>): a category's figures
 * with every unpublished one unknown ({@link se.utvecklingsmedel.published.PublishedFigures}), a
 * source's figures for a year ({@link se.utvecklingsmedel.published.PublishedStatistics}), two of
 * these compared where both are known ({@link se.utvecklingsmedel.published.RoundComparison}), and
 * the catalogue of the published figures of 2016 and 2018 ({@link
 * se.utvecklingsmedel.published.PublishedReports}).
 */
@GrantStyle
package se.utvecklingsmedel.published;

import se.utvecklingsmedel.GrantStyle;
