package se.utvecklingsmedel.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinesTest {

  private static final Deadlines SWEDISH = Deadlines.swedish();

  @ParameterizedTest(name = "{0} ({2}) moves to {1}")
  @CsvSource({
      "2016-06-24, 2016-06-27, Midsommarafton (Friday) -> Monday",
      "2019-06-21, 2019-06-24, Midsommarafton 2019",
      "2020-06-19, 2020-06-22, Midsommarafton 2020",
      "2016-03-28, 2016-03-29, Annandag påsk",
      "2016-03-25, 2016-03-29, Långfredag through Easter",
      "2017-04-14, 2017-04-18, Långfredag 2017",
      "2019-04-22, 2019-04-23, Annandag påsk 2019",
      "2024-04-01, 2024-04-02, Annandag påsk 2024",
      "2016-12-31, 2017-01-02, Nyårsafton on a Saturday, then Nyårsdagen on Sunday",
      "2018-12-31, 2019-01-02, Nyårsafton on a Monday, then Nyårsdagen",
      "2018-12-24, 2018-12-27, Julafton, Juldagen and Annandag jul",
      "2018-05-10, 2018-05-11, Kristi himmelfärdsdag",
      "2018-11-03, 2018-11-05, Alla helgons dag (Saturday)",
      "2019-06-06, 2019-06-07, Sveriges nationaldag",
      "2017-01-06, 2017-01-09, Trettondedag jul (Friday)",
      "2017-05-01, 2017-05-02, Första maj",
      "2017-03-31, 2017-03-31, an ordinary Friday",
      "2017-04-01, 2017-04-03, an ordinary Saturday",
      "2017-04-02, 2017-04-03, an ordinary Sunday",
  })
  void aDeadlineOnAHolidayOrEveMovesToTheNextWeekday(LocalDate deadline, LocalDate effective,
      String why) {
    assertThat(SWEDISH.effective(deadline)).as(why).isEqualTo(effective);
  }

  @Test
  void inTimeIsJudgedAgainstTheMovedDeadline() {
    LocalDate midsummerEve = LocalDate.of(2016, 6, 24);
    assertThat(SWEDISH.isInTime(LocalDate.of(2016, 6, 27), midsummerEve)).isTrue();
    assertThat(SWEDISH.isInTime(LocalDate.of(2016, 6, 24), midsummerEve)).isTrue();
    assertThat(SWEDISH.isInTime(LocalDate.of(2016, 6, 28), midsummerEve)).isFalse();
  }

  @Test
  void workingDays() {
    assertThat(SWEDISH.isWorkingDay(LocalDate.of(2016, 6, 23))).isTrue();
    assertThat(SWEDISH.isWorkingDay(LocalDate.of(2016, 6, 24))).isFalse();
    assertThat(HolidayCalendar.sweden().isHoliday(LocalDate.of(2016, 12, 24))).isTrue();
    assertThat(HolidayCalendar.sweden().isHoliday(LocalDate.of(2016, 12, 23))).isFalse();
    assertThat(HolidayCalendar.sweden()).hasToString("HolidayCalendar.sweden()");
  }

  @Test
  void theCalendarIsReplaceable() {
    // A calendar where every 15th is a holiday; weekends still count.
    Deadlines custom = Deadlines.of(date -> date.getDayOfMonth() == 15);
    assertThat(custom.effective(LocalDate.of(2016, 6, 24))).isEqualTo(LocalDate.of(2016, 6, 24));
    assertThat(custom.effective(LocalDate.of(2016, 3, 15))).isEqualTo(LocalDate.of(2016, 3, 16));
    assertThat(custom.effective(LocalDate.of(2016, 10, 15))).isEqualTo(LocalDate.of(2016, 10, 17));
    assertThat(custom.calendar().isHoliday(LocalDate.of(2016, 1, 15))).isTrue();
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> SWEDISH.effective(null))
        .withMessage("Deadlines 'deadline' must not be null");
    assertThatNullPointerException().isThrownBy(() -> SWEDISH.isInTime(null, LocalDate.of(2016, 1, 1)))
        .withMessage("Deadlines 'done' must not be null");
    assertThatNullPointerException().isThrownBy(() -> Deadlines.of(null))
        .withMessage("Deadlines 'calendar' must not be null");
    assertThatNullPointerException().isThrownBy(() -> HolidayCalendar.sweden().isHoliday(null))
        .withMessage("HolidayCalendar 'date' must not be null");
  }

  @Test
  void aCalendarWithoutWorkingDaysFailsInsteadOfHanging() {
    HolidayCalendar everyDay = new HolidayCalendar() {
      @Override
      public boolean isHoliday(LocalDate date) {
        return true;
      }

      @Override
      public String toString() {
        return "every day a holiday";
      }
    };
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Deadlines.of(everyDay).effective(LocalDate.of(2016, 6, 24)))
        .withMessage("Deadlines: the calendar \"every day a holiday\" has no working day within a "
            + "year from the deadline 2016-06-24");
    // Holidays for almost a year: the first working day after them still answers.
    HolidayCalendar almostAYear = date -> date.isBefore(LocalDate.of(2017, 6, 20));
    assertThat(Deadlines.of(almostAYear).effective(LocalDate.of(2016, 6, 24)))
        .isEqualTo(LocalDate.of(2017, 6, 20));
  }

  @Test
  void theLastDateThereIsAndDatesBeforeTheCalendarAreRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Deadlines.of(date -> date.equals(LocalDate.MAX))
            .effective(LocalDate.MAX))
        .withMessage("Deadlines 'deadline' +999999999-12-31 falls on no working day before "
            + "+999999999-12-31, the last date there is");
    assertThat(Deadlines.of(date -> false).effective(LocalDate.MAX)).isEqualTo(LocalDate.MAX);
    // 1989-12-31 is a Sunday: the Swedish calendar is still asked, and rejects it.
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Deadlines.swedish().effective(LocalDate.of(1989, 12, 31)))
        .withMessageStartingWith("HolidayCalendar.sweden(): 1989-12-31 is before 1990");
    assertThat(Deadlines.swedish().effective(LocalDate.of(1990, 1, 1)))
        .isEqualTo(LocalDate.of(1990, 1, 2));
  }
}
