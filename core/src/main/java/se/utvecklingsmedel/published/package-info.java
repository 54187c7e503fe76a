/**
 * Figures as a published source states them (<i>publicerade uppgifter</i>): a category's figures
 * with every unpublished one unknown ({@link se.utvecklingsmedel.published.PublishedFigures}), a
 * source's figures for a year ({@link se.utvecklingsmedel.published.PublishedStatistics}), figures
 * held as published ({@link se.utvecklingsmedel.support.HeldFigure}), and the catalogue of the
 * published 2016 figures ({@link se.utvecklingsmedel.published.PublishedReports}).
 */
@GrantStyle
package se.utvecklingsmedel.published;

import se.utvecklingsmedel.GrantStyle;
