package se.utvecklingsmedel.deadline;

import java.time.LocalDate;

/**
 * Which days, besides Saturdays and Sundays, a deadline cannot fall on (<i>helgdagskalender</i>).
 *
 * <p>Lagen (1930:173) om beräkning av lagstadgad tid, 2 §: a deadline that falls on a Saturday,
 * Sunday or other public holiday (<i>allmän helgdag</i>), Midsummer Eve, Christmas Eve or New Year's
 * Eve moves to the next weekday. This interface answers the holiday part; {@link Deadlines} applies the
 * rule. The default, {@link #sweden()}, reads Sweden's public holidays and those three eves from the
 * maintained jollyday library rather than a hand-written table; supply your own implementation to
 * test a fixed calendar or to follow a change in the law before jollyday does.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface HolidayCalendar {

  /**
   * Returns whether a date is a public holiday or one of the eves the law treats as one.
   *
   * @param date the date
   * @return true for a holiday; Saturdays and Sundays need not be reported
   */
  boolean isHoliday(LocalDate date);

  /**
   * Returns Sweden's calendar: the public holidays of lagen (1989:253) om allmänna helgdagar and
   * Midsummer Eve, Christmas Eve and New Year's Eve, from jollyday.
   *
   * @return the Swedish calendar
   */
  static HolidayCalendar sweden() {
    return SwedishHolidayCalendar.INSTANCE;
  }
}
