/**
 * utvecklingsmedel: exact models and calculations for Sweden's state development funds against
 * intimate-partner violence.
 *
 * <p>Packages: {@code money} (exact kronor), {@code allocation} (the allocation engine),
 * {@code recipient} (who receives), {@code vocabulary} (the programme's terms), {@code round} (grant
 * rounds and their pots).
 */
package se.utvecklingsmedel;
