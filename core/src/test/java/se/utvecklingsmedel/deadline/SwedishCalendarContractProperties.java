package se.utvecklingsmedel.deadline;

import se.utvecklingsmedel.testkit.HolidayCalendarContract;

/** Sweden's calendar keeps the kit's calendar contract (issue 14). */
class SwedishCalendarContractProperties implements HolidayCalendarContract {

  @Override
  public HolidayCalendar calendar() {
    return HolidayCalendar.sweden();
  }
}
