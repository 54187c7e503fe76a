/**
 * Decisions as data (<i>beslutsskäl</i>): every step that sets an amount — keyed by the
 * distribution key, requisitioned, refused as late, redistributed, granted in priority order,
 * repaid, recovered — as a typed {@link se.utvecklingsmedel.decision.Reason} with its parameters,
 * and one renderer per {@link se.utvecklingsmedel.decision.Language}, Swedish the default, in the
 * terms of the published sources and the law ("Beviljat belopp", "rekvirerat", "ej förbrukade
 * medel", "återbetalning", "återkrav").
 *
 * <p>A system can ask "which grants were reduced by the cap?" by the reasons' types and fields,
 * without parsing a sentence; the sentences are rendered from the data, on demand.
 */
package se.utvecklingsmedel.decision;
