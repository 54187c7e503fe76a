package se.utvecklingsmedel.deadline;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import se.utvecklingsmedel.vocabulary.FreeText;
import se.utvecklingsmedel.vocabulary.RuleViolation;

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
    // The calendar is asked first, so that it rejects a date it does not cover even on a weekend.
    if (calendar.isHoliday(date)) {
      return false;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /**
   * Returns the day a deadline really falls on: the deadline itself if it is a working day, else
   * the next working day.
   *
   * @param deadline the deadline as set
   * @return the effective deadline, never earlier
   * @throws IllegalArgumentException if the calendar does not cover a date it must look at (the
   *     Swedish calendar: before 1990), if no working day follows within a year (a calendar that
   *     makes every day a holiday), or if the deadline is the last day {@link LocalDate} has
   */
  public LocalDate effective(LocalDate deadline) {
    LocalDate day = requireNonNull(deadline, "Deadlines 'deadline' must not be null");
    for (int looked = 0; !isWorkingDay(day); looked++) {
      if (looked == MOST_DAYS_LOOKED_AT) {
        throw new RuleViolation(Deadlines.class, "", "calendar", "Deadlines: the calendar " + shown(calendar)
            + " has no working day within a year from the deadline " + deadline);
      }
      if (day.equals(LocalDate.MAX)) {
        throw new RuleViolation(Deadlines.class, "", "deadline", "Deadlines 'deadline' " + deadline + " falls on no "
            + "working day before " + LocalDate.MAX + ", the last date there is");
      }
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * The most days a deadline is moved: a year and a day. No real calendar has a year without a
   * working day; a calendar that has (one that answers every day a holiday) fails instead of
   * looping for ever (team decision).
   */
  private static final int MOST_DAYS_LOOKED_AT = 366;

  /** A calendar as a message shows it: its text on one line, cut at 200 characters. */
  private static String shown(HolidayCalendar calendar) {
    String text;
    try {
      text = String.valueOf(calendar);
    } catch (RuntimeException e) {
      text = calendar.getClass().getName(); // a user's toString that fails names its class
    }
    return FreeText.shown(text);
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
