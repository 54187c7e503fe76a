/**
 * Strict, exact JSON for the core types. Work in progress: the Jackson module arrives with the
 * io-json issue; core never depends on Jackson.
 */
package se.utvecklingsmedel.json;
