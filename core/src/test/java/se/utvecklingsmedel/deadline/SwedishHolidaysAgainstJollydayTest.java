package se.utvecklingsmedel.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sweden's holidays as core computes them from the law, against jollyday's maintained data as an
 * independent oracle (jollyday is a test dependency only), on every day from 2005 to 2200.
 */
class SwedishHolidaysAgainstJollydayTest {

  private static final HolidayManager JOLLYDAY = HolidayManager.getInstance(
      ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.SWEDEN));

  private static boolean oracle(LocalDate day) {
    return JOLLYDAY.isHoliday(day) || day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY;
  }

  @Test
  void agreesWithJollydayOnEveryDayFrom2005To2200() {
    List<LocalDate> disagreements = new ArrayList<>();
    int holidays = 0;
    for (LocalDate day = LocalDate.of(2005, 1, 1); day.getYear() <= 2200; day = day.plusDays(1)) {
      boolean computed = HolidayCalendar.sweden().isHoliday(day);
      holidays += computed ? 1 : 0;
      if (computed != oracle(day)) {
        disagreements.add(day);
      }
    }
    assertThat(disagreements).isEmpty();
    // 196 years of Sundays and about 16 other days a year: the loop really ran.
    assertThat(holidays).isGreaterThan(196 * 60);
  }

  @Test
  void easterByTheComputusOnKnownYears() {
    assertThat(SwedishHolidayCalendar.easterSunday(2016)).isEqualTo(LocalDate.of(2016, 3, 27));
    assertThat(SwedishHolidayCalendar.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
    assertThat(SwedishHolidayCalendar.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    assertThat(SwedishHolidayCalendar.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
  }

  @Test
  void beforeTheNationalDayWhitMondayWasAHoliday() {
    HolidayCalendar sweden = HolidayCalendar.sweden();
    assertThat(sweden.isHoliday(LocalDate.of(2004, 5, 31))).isTrue();   // annandag pingst
    assertThat(sweden.isHoliday(LocalDate.of(2004, 6, 7))).isFalse();   // a Monday in June
    assertThat(sweden.isHoliday(LocalDate.of(2004, 6, 4))).isFalse();   // not yet nationaldagen
    assertThat(sweden.isHoliday(LocalDate.of(2005, 6, 6))).isTrue();
    assertThat(sweden.isHoliday(LocalDate.of(2005, 5, 16))).isFalse();  // Whit Monday 2005
  }

  @Test
  void theLawOf1989AnswersFromItsFirstDay() {
    assertThat(HolidayCalendar.sweden().isHoliday(LocalDate.of(1990, 1, 1))).isTrue();
    assertThat(HolidayCalendar.sweden().isHoliday(LocalDate.of(1990, 1, 2))).isFalse();
    assertThat(HolidayCalendar.sweden()).hasToString("HolidayCalendar.sweden()");
  }

  @Test
  void yearsBeforeTheLawOf1989AreRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HolidayCalendar.sweden().isHoliday(LocalDate.of(1989, 12, 24)))
        .withMessage("HolidayCalendar.sweden(): 1989-12-24 is before 1990, when lagen (1989:253) "
            + "om allmänna helgdagar took effect; supply a HolidayCalendar for earlier years");
  }
}
