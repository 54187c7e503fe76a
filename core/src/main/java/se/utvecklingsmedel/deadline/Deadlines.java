package se.utvecklingsmedel.deadline;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When a deadline really falls (<i>beräkning av lagstadgad tid</i>).
 *
 * <p>Lagen (1930:173) om beräkning av lagstadgad tid, 2 §: "Om tiden för vidtagande av en åtgärd …
 * utgår på lördag, söndag eller annan allmän helgdag, midsommarafton, julafton eller nyårsafton,
 * får åtgärden vidtas nästa vardag." So a deadline on such a day moves to the next weekday that is
 * not one either, and something done by the moved deadline is in time.
 *
 * <pre>{@code
 * Deadlines deadlines = Deadlines.swedish();
 * deadlines.effective(LocalDate.of(2016, 6, 24));   // Midsummer Eve, a Friday -> 2016-06-27
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Deadlines {

  private static final Deadlines SWEDISH = new Deadlines(HolidayCalendar.sweden());

  private final HolidayCalendar calendar;

  private Deadlines(HolidayCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * Returns the rule with Sweden's calendar.
   *
   * @return the Swedish deadline rule
   */
  public static Deadlines swedish() {
    return SWEDISH;
  }

  /**
   * Returns the rule with another holiday calendar.
   *
   * @param calendar the calendar
   * @return the deadline rule
   */
  public static Deadlines of(HolidayCalendar calendar) {
    return new Deadlines(requireNonNull(calendar, "Deadlines 'calendar' must not be null"));
  }

  /**
   * Returns the calendar.
   *
   * @return the holiday calendar
   */
  public HolidayCalendar calendar() {
    return calendar;
  }

  /**
   * Returns whether a date is a weekday that is no holiday (<i>vardag</i>).
   *
   * @param date the date
   * @return true if a deadline may fall on it
   */
  public boolean isWorkingDay(LocalDate date) {
    requireNonNull(date, "Deadlines 'date' must not be null");
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !calendar.isHoliday(date);
  }

  /**
   * Returns the day a deadline really falls on: the deadline itself if it is a working day, else
   * the next working day.
   *
   * @param deadline the deadline as set
   * @return the effective deadline, never earlier
   */
  public LocalDate effective(LocalDate deadline) {
    LocalDate day = requireNonNull(deadline, "Deadlines 'deadline' must not be null");
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * Returns whether something done on a date meets a deadline, judged against the moved deadline.
   *
   * @param done the day it was done
   * @param deadline the deadline as set
   * @return true if {@code done} is no later than {@link #effective(LocalDate) effective(deadline)}
   */
  public boolean isInTime(LocalDate done, LocalDate deadline) {
    requireNonNull(done, "Deadlines 'done' must not be null");
    return !done.isAfter(effective(deadline));
  }

  /** Deadline rules are equal when their calendars are. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Deadlines other && calendar.equals(other.calendar);
  }

  @Override
  public int hashCode() {
    return calendar.hashCode();
  }

  @Override
  public String toString() {
    return "Deadlines[" + calendar + "]";
  }
}
