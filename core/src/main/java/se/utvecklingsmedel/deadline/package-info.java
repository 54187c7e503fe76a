/**
 * Deadlines as Swedish law computes them: lagen (1930:173) om beräkning av lagstadgad tid, with a
 * replaceable {@link se.utvecklingsmedel.deadline.HolidayCalendar} (default: jollyday's Sweden).
 */
package se.utvecklingsmedel.deadline;
