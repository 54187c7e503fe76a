package se.utvecklingsmedel.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.utvecklingsmedel.deadline.Deadlines;
import se.utvecklingsmedel.deadline.HolidayCalendar;

/**
 * The obligations of a holiday calendar, checked on generated days: implement this in a test class
 * and return your calendar from {@link #calendar()}; override {@link #days()} to the range it answers
 * for. The properties: a calendar is a function of the day (the same answer every time); a deadline
 * moved by lagen (1930:173) under it lands on a working day, never before the deadline, and stays
 * put when already on one; and moving twice moves no further.
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
    return Generators.dates().filter(d -> d.getYear() >= 1990);
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
