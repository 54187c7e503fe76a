package se.utvecklingsmedel.deadline;

import java.time.LocalDate;

/**
 * Which days, besides Saturdays and Sundays, a deadline cannot fall on (<i>helgdagskalender</i>).
 *
 * <p>Lagen (1930:173) om beräkning av lagstadgad tid, 2 §: a deadline that falls on a Saturday,
 * Sunday or other public holiday (<i>allmän helgdag</i>), Midsummer Eve, Christmas Eve or New
 * Year's Eve moves to the next weekday. This interface answers the holiday part; {@link Deadlines}
 * applies the rule. The default, {@link #sweden()}, computes Sweden's public holidays from lagen
 * (1989:253) om allmänna helgdagar and adds those three eves, with Easter by the Gregorian
 * computus; the test suite checks it against jollyday's maintained data on every day from 2005 to
 * 2200. Supply your own implementation to test a fixed calendar or to follow a change in the law.
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
   * Returns Sweden's calendar: the public holidays of lagen (1989:253) om allmänna helgdagar (with
   * nationaldagen from 2005 and annandag pingst before) and Midsummer Eve, Christmas Eve and New
   * Year's Eve, computed; it answers for dates from 1990, when that law took effect, and rejects
   * earlier ones with {@link IllegalArgumentException}.
   *
   * @return the Swedish calendar
   */
  static HolidayCalendar sweden() {
    return SwedishHolidayCalendar.INSTANCE;
  }
}
