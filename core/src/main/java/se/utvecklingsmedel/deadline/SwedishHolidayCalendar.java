package se.utvecklingsmedel.deadline;

import static java.util.Objects.requireNonNull;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;

/**
 * {@link HolidayCalendar#sweden()}: jollyday's Swedish data, which lists the public holidays and
 * Midsummer Eve, Christmas Eve and New Year's Eve — exactly the days lagen (1930:173) names.
 */
final class SwedishHolidayCalendar implements HolidayCalendar {

  static final SwedishHolidayCalendar INSTANCE = new SwedishHolidayCalendar();

  /** Loaded on first use; jollyday's manager caches each year and is safe to share. */
  private static final class Manager {
    static final HolidayManager SWEDEN = HolidayManager.getInstance(
        ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.SWEDEN));
  }

  private SwedishHolidayCalendar() {
  }

  @Override
  public boolean isHoliday(LocalDate date) {
    return Manager.SWEDEN.isHoliday(requireNonNull(date, "HolidayCalendar: date must not be null"));
  }

  @Override
  public String toString() {
    return "HolidayCalendar.sweden()";
  }
}
