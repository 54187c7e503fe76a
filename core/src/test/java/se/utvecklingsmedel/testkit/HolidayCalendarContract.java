package se.utvecklingsmedel.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.utvecklingsmedel.deadline.Deadlines;
import se.utvecklingsmedel.deadline.HolidayCalendar;

/**
 * The obligations of a holiday calendar, checked on generated days: implement this in a test class
 * and return your calendar from {@link #calendar()}; override {@link #days()} to the range it answers
 * for. The calendar's own obligations: it is a function of the day (the same answer every time);
 * it leaves a working day in every fortnight, so that a deadline can always move (checked before any
 * deadline is moved, so a calendar answering "holiday" for every day fails rather than hangs); and,
 * unless {@link #followsSwedishLaw()} says otherwise, it names the holidays lagen (1989:253) fixes by
 * date and the three eves lagen (1930:173) treats alike. Then, what {@code Deadlines} does with it:
 * a moved deadline lands on the next working day and stays there.
 */
public interface HolidayCalendarContract {

  /**
   * Returns the calendar under test.
   *
   * @return the calendar
   */
  HolidayCalendar calendar();

  /**
   * Returns the days the properties run on: by default 1990 to 2100.
   *
   * @return the days
   */
  @Provide
  default Arbitrary<LocalDate> days() {
    return Generators.dates();
  }

  /**
   * Returns whether the calendar is meant to follow Swedish law, so that its fixed-date holidays
   * are checked; a fixed test calendar returns false.
   *
   * @return true by default
   */
  default boolean followsSwedishLaw() {
    return true;
  }

  /**
   * Every fortnight has a working day under the calendar, so a deadline can move.
   *
   * @param day a generated day
   */
  @Property
  default void everyFortnightHasAWorkingDay(@ForAll("days") LocalDate day) {
    boolean any = false;
    for (LocalDate d = day; d.isBefore(day.plusDays(14)) && !any; d = d.plusDays(1)) {
      any = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
          && !calendar().isHoliday(d);
    }
    assertThat(any).as("the fortnight from %s has a working day", day).isTrue();
  }

  /**
   * The holidays Swedish law fixes by date are holidays: nyårsdagen, trettondedag jul, första maj,
   * nationaldagen (from 2005), julafton, juldagen, annandag jul and nyårsafton.
   *
   * @param year a generated year
   */
  @Property(tries = 50)
  default void theFixedSwedishHolidaysAreHolidays(@ForAll("years") int year) {
    Assume.that(followsSwedishLaw());
    List<LocalDate> fixed = new ArrayList<>(List.of(LocalDate.of(year, 1, 1),
        LocalDate.of(year, 1, 6), LocalDate.of(year, 5, 1), LocalDate.of(year, 12, 24),
        LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26), LocalDate.of(year, 12, 31)));
    if (year >= 2005) {
      fixed.add(LocalDate.of(year, 6, 6));
    }
    for (LocalDate d : fixed) {
      assertThat(calendar().isHoliday(d)).as("%s is a holiday by Swedish law", d).isTrue();
    }
  }

  /**
   * Returns the years the fixed-date check runs on: 1990 to 2100.
   *
   * @return the years
   */
  @Provide
  default Arbitrary<Integer> years() {
    return Arbitraries.integers().between(1990, 2100);
  }

  /**
   * The calendar answers the same for the same day.
   *
   * @param day a generated day
   */
  @Property
  default void theSameDayGetsTheSameAnswer(@ForAll("days") LocalDate day) {
    assertThat(calendar().isHoliday(day)).as("isHoliday(%s) asked twice", day)
        .isEqualTo(calendar().isHoliday(day));
  }

  /**
   * A deadline moved under the calendar lands on a working day, not before the deadline, and moving
   * it again leaves it there.
   *
   * @param day a generated deadline
   */
  @Property
  default void aMovedDeadlineLandsOnTheNextWorkingDay(@ForAll("days") LocalDate day) {
    everyFortnightHasAWorkingDay(day);
    Deadlines deadlines = Deadlines.of(calendar());
    LocalDate effective = deadlines.effective(day);
    assertThat(effective).as("the deadline %s moves forward, never back", day)
        .isAfterOrEqualTo(day);
    assertThat(deadlines.isWorkingDay(effective)).as("%s, the deadline %s moved, is a working day",
        effective, day).isTrue();
    assertThat(effective.getDayOfWeek()).as("a Saturday or Sunday is never a deadline")
        .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(deadlines.effective(effective)).as("moving %s again leaves it", effective)
        .isEqualTo(effective);
    for (LocalDate d = day; d.isBefore(effective); d = d.plusDays(1)) {
      assertThat(deadlines.isWorkingDay(d)).as("%s, skipped on the way from %s, is not a working day",
          d, day).isFalse();
    }
  }
}
