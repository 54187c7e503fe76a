/**
 * Deadlines as Swedish law computes them: lagen (1930:173) om beräkning av lagstadgad tid, with a
 * replaceable {@link se.utvecklingsmedel.deadline.HolidayCalendar} (default: Sweden's public
 * holidays and eves, computed from lagen (1989:253) om allmänna helgdagar).
 */
package se.utvecklingsmedel.deadline;
