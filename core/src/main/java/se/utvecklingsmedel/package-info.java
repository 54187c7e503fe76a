/**
 * utvecklingsmedel: exact models and calculations for Sweden's state development funds against
 * intimate-partner violence.
 *
 * <p>Packages: {@code money} (exact kronor), {@code allocation} (the allocation engine),
 * {@code recipient} (who receives), {@code vocabulary} (the programme's terms), {@code round}
 * (grant rounds, their pots and timeline), {@code grant} (keys, requisitions, applications, the
 * allocation of a round), {@code followup} (reports, claims, statistics) and {@code deadline}
 * (lagen (1930:173) and Sweden's holidays).
 */
package se.utvecklingsmedel;
