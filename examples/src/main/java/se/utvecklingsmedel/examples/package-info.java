/**
 * Runnable examples of the library, each a {@code main} class with a README section.
 */
package se.utvecklingsmedel.examples;
