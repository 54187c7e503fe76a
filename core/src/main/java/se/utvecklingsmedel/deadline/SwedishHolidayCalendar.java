package se.utvecklingsmedel.deadline;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * {@link HolidayCalendar#sweden()}: Sweden's public holidays computed from the law itself, and the
 * three eves lagen (1930:173) names.
 *
 * <p>Lagen (1989:253) om allmänna helgdagar, 1 §, as amended by SFS 2004:1320 from 2005: nyårsdagen
 * (1 January), trettondedag jul (6 January), långfredagen, påskdagen and annandag påsk (Good
 * Friday, Easter Sunday and Monday), första maj, Kristi himmelsfärdsdag (the sixth Thursday after
 * Easter), pingstdagen (Whit Sunday, the seventh Sunday after Easter), nationaldagen (6 June),
 * midsommardagen (the Saturday from 20 to 26 June), alla helgons dag (the Saturday from 31 October
 * to 6 November), juldagen and annandag jul (25 and 26 December); and every Sunday. From 1990 to
 * 2004 the law named annandag pingst (Whit Monday) where it now names nationaldagen. Lagen
 * (1930:173) 2 § adds midsommarafton, julafton and nyårsafton (the Friday before Midsummer Day, 24
 * and 31 December). Easter Sunday follows the Gregorian computus (the anonymous Gregorian
 * algorithm, as OpenGamma Strata computes its Stockholm calendar). Years before 1990, when the law
 * of 1989 took effect, are rejected rather than guessed.
 *
 * <p>Stateless: nothing is loaded, so nothing can fail on first use.
 */
final class SwedishHolidayCalendar implements HolidayCalendar {

  static final SwedishHolidayCalendar INSTANCE = new SwedishHolidayCalendar();

  /** Lagen (1989:253) took effect on 1 January 1990. */
  static final int FIRST_YEAR = 1990;
  /** SFS 2004:1320: nationaldagen replaces annandag pingst from 2005. */
  private static final int NATIONAL_DAY_FROM = 2005;

  private static final MonthDay[] FIXED = {
    MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(5, 1), MonthDay.of(12, 24),
    MonthDay.of(12, 25), MonthDay.of(12, 26), MonthDay.of(12, 31)};

  private SwedishHolidayCalendar() {
  }

  @Override
  public boolean isHoliday(LocalDate date) {
    requireNonNull(date, "HolidayCalendar 'date' must not be null");
    requireNonNull(date, "HolidayCalendar 'date' must not be null");
    int year = date.getYear();
    checkRule(year >= FIRST_YEAR, HolidayCalendar.class, "", "",
        "HolidayCalendar.sweden(): %s is before %s, when lagen "
        + "(1989:253) om allmänna helgdagar took effect; supply a HolidayCalendar for earlier years",
        date, FIRST_YEAR);
    return date.getDayOfWeek() == DayOfWeek.SUNDAY || isFixed(date) || isEasterRelated(date)
        || isMidsummer(date) || isAllSaints(date) || isNationalOrWhitMonday(date);
  }

  private static boolean isFixed(LocalDate date) {
    MonthDay day = MonthDay.from(date);
    for (MonthDay fixed : FIXED) {
      if (fixed.equals(day)) {
        return true;
      }
    }
    return false;
  }

  /** Good Friday, Easter Sunday and Monday, Ascension Day and Whit Sunday. */
  private static boolean isEasterRelated(LocalDate date) {
    LocalDate easter = easterSunday(date.getYear());
    long days = date.toEpochDay() - easter.toEpochDay();
    return days == -2 || days == 0 || days == 1 || days == 39 || days == 49;
  }

  /** Midsummer Day, the Saturday from 20 to 26 June, and Midsummer Eve, the Friday before it. */
  private static boolean isMidsummer(LocalDate date) {
    LocalDate day = LocalDate.of(date.getYear(), Month.JUNE, 20)
        .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    return date.equals(day) || date.equals(day.minusDays(1));
  }

  /** All Saints' Day: the Saturday from 31 October to 6 November. */
  private static boolean isAllSaints(LocalDate date) {
    return date.equals(LocalDate.of(date.getYear(), Month.OCTOBER, 31)
        .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)));
  }

  /** National Day (6 June) from 2005; Whit Monday before. */
  private static boolean isNationalOrWhitMonday(LocalDate date) {
    int year = date.getYear();
    return year >= NATIONAL_DAY_FROM ? MonthDay.from(date).equals(MonthDay.of(6, 6))
        : date.equals(easterSunday(year).plusDays(50));
  }

  /**
   * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
   *
   * @param year the year
   * @return Easter Sunday of that year
   */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  @Override
  public String toString() {
    return "HolidayCalendar.sweden()";
  }
}
