package se.utvecklingsmedel.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class DeadlinesProperties {

  private static final Deadlines SWEDISH = Deadlines.swedish();

  @Property
  void theEffectiveDeadlineIsTheFirstWorkingDayOnOrAfterIt(
      @ForAll @IntRange(min = 0, max = 365 * 30) int offset) {
    LocalDate deadline = LocalDate.of(2000, 1, 1).plusDays(offset);
    LocalDate effective = SWEDISH.effective(deadline);
    assertThat(effective).isAfterOrEqualTo(deadline).isBefore(deadline.plusDays(6));
    assertThat(SWEDISH.isWorkingDay(effective)).isTrue();
    for (LocalDate day = deadline; day.isBefore(effective); day = day.plusDays(1)) {
      assertThat(SWEDISH.isWorkingDay(day)).isFalse();
    }
    assertThat(SWEDISH.effective(effective)).isEqualTo(effective);
    assertThat(SWEDISH.isInTime(effective, deadline)).isTrue();
    assertThat(SWEDISH.isInTime(effective.plusDays(1), deadline)).isFalse();
  }
}
