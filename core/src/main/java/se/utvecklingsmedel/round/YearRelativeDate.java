package se.utvecklingsmedel.round;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A day given relative to a round's year (<i>relativt datum</i>), as the programme's grant pages
 * give report deadlines: "senast den 31 mars året efter" is 31 March of the year after the round's.
 * On a round it becomes an absolute date ({@link #in(int)}), judged like every deadline by lagen
 * (1930:173): a deadline on a Saturday, Sunday or public holiday moves to the next working day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param day the day of the year
 * @param yearsAfter how many years after the round's year: 0 for the same year, 1 for the next
 */
public record YearRelativeDate(MonthDay day, int yearsAfter) {

  /**
   * Validates the date: 0 to 2 years after.
   *
   * @param day the day
   * @param yearsAfter the years after
   */
  public YearRelativeDate {
    requireNonNull(day, "YearRelativeDate 'day' must not be null");
    checkRule(yearsAfter >= 0 && yearsAfter <= 2, YearRelativeDate.class, "", "yearsAfter",
        "YearRelativeDate 'yearsAfter' must be from 0 to 2, but was %s", yearsAfter);
  }

  /**
   * Reads a date as the catalogue writes it, {@code 03-31+1} (31 March the year after).
   *
   * @param text the text
   * @return the date
   * @throws IllegalArgumentException if the text is not a month, a day, a plus and a count of years
   */
  public static YearRelativeDate parse(String text) {
    requireNonNull(text, "YearRelativeDate 'text' must not be null");
    checkRule(text.matches("\\d\\d-\\d\\d\\+\\d"), YearRelativeDate.class, "", "",
        "YearRelativeDate '%s' must be a month, a day, a plus and a count of years, such as "
            + "03-31+1", text);
    return new YearRelativeDate(MonthDay.parse("--" + text.substring(0, 5)),
        text.charAt(6) - '0');
  }

  /**
   * Returns the date for a round of a year: 31 March 2020 for a round of 2019.
   *
   * @param year the round's year
   * @return the date
   */
  public LocalDate in(int year) {
    return day.atYear(year + yearsAfter);
  }

  /**
   * Returns the date as a Swedish grant page words it: {@code 31 mars året efter}.
   *
   * @return the Swedish words
   */
  public String swedish() {
    String date = day.getDayOfMonth() + " "
        + day.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("sv"));
    return date + switch (yearsAfter) {
      case 0 -> " samma år";
      case 1 -> " året efter";
      default -> " " + yearsAfter + " år efter";
    };
  }

  /**
   * Returns {@code 03-31+1}.
   *
   * @return the date as the catalogue writes it
   */
  @Override
  public String toString() {
    return day.toString().substring(2) + "+" + yearsAfter;
  }
}
