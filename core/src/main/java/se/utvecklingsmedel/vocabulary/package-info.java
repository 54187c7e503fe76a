/**
 * The programme's vocabulary: the terms the follow-up reports and the annual report use, each an
 * enum with its Swedish {@link se.utvecklingsmedel.vocabulary.SwedishLabelled#label() label} as the
 * published sources write it.
 */
package se.utvecklingsmedel.vocabulary;
