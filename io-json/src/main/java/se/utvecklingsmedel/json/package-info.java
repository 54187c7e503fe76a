/**
 * Strict, exact JSON for the core types: {@link se.utvecklingsmedel.json.GrantJson} for documents,
 * {@link se.utvecklingsmedel.json.GrantJsonModule} for a Jackson mapper of your own. Core never
 * depends on Jackson.
 */
package se.utvecklingsmedel.json;
