package se.utvecklingsmedel.statistics;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import se.utvecklingsmedel.money.Amount;

/**
 * One figure a source publishes about a category (<i>uppgift</i>), as a typed key: it reads the
 * figure from computed statistics ({@link #of}) and names it among published ones ({@code
 * PublishedFigures.get}), as {@code java.time}'s fields are keys to a date's parts. A figure means
 * what the accessor of the same name says, in the concept of {@link CategoryStatistics} it belongs
 * to ({@link Funds}, {@link Utilisation}, {@link Reporting}).
 *
 * <p>The figures are those the Socialstyrelsen account of the 2016 development funds (30 September
 * 2017) and the 2016–2018 final report give per category; they are constants, compared by identity.
 *
 * @param <T> the figure's type: {@code Integer} for a count, {@link Amount}, {@link Share}
 */
public final class Figure<T> {

  /** Recipients with an accepted requisition: {@link Funds#requisitioning()}. */
  public static final Figure<Integer> REQUISITIONING =
      count("requisitioning", s -> s.funds().requisitioning());
  /** Recipients that applied: {@link Funds#applying()}. */
  public static final Figure<Integer> APPLYING = count("applying",
      s -> s.funds().applying());
  /** Recipients granted more than zero: {@link Funds#granted()}. */
  public static final Figure<Integer> GRANTED = count("granted", s -> s.funds().granted());
  /** The total of accepted requisitions: {@link Funds#requisitionedAmount()}. */
  public static final Figure<Amount> REQUISITIONED_AMOUNT =
      amount("requisitionedAmount", s -> s.funds().requisitionedAmount());
  /** The total granted, administration money not included: {@link Funds#grantedAmount()}. */
  public static final Figure<Amount> GRANTED_AMOUNT =
      amount("grantedAmount", s -> s.funds().grantedAmount());
  /** The total used over the reports received: {@link Utilisation#usedAmount()}. */
  public static final Figure<Amount> USED_AMOUNT =
      amount("usedAmount", s -> s.utilisation().usedAmount());
  /** The total unused over the reports received: {@link Utilisation#unusedAmount()}. */
  public static final Figure<Amount> UNUSED_AMOUNT =
      amount("unusedAmount", s -> s.utilisation().unusedAmount());
  /** The administration money assigned for a mission: {@link Funds#assignedAmount()}. */
  public static final Figure<Amount> ASSIGNED_AMOUNT =
      amount("assignedAmount", s -> s.funds().assignedAmount());
  /** Reports stating nothing used: {@link Utilisation#usedNothing()}. */
  public static final Figure<Integer> USED_NOTHING =
      count("usedNothing", s -> s.utilisation().usedNothing());
  /** Reports stating not all used: {@link Utilisation#notAllUsed()}. */
  public static final Figure<Integer> NOT_ALL_USED =
      count("notAllUsed", s -> s.utilisation().notAllUsed());
  /** The share of granted funds used, for the grants reported on: {@link Utilisation#shareUsed()}. */
  public static final Figure<Share> SHARE_USED =
      new Figure<>("shareUsed", Share.class, s -> s.utilisation().shareUsed());
  /** Reports received in time: {@link Reporting#reportsInTime()}. */
  public static final Figure<Integer> REPORTS_IN_TIME =
      count("reportsInTime", s -> s.reporting().reportsInTime());
  /** Reports analysed: in time, complete and with activity: {@link Reporting#reportsAnalysed()}. */
  public static final Figure<Integer> REPORTS_ANALYSED =
      count("reportsAnalysed", s -> s.reporting().reportsAnalysed());

  private static final List<Figure<?>> VALUES = List.of(REQUISITIONING, APPLYING, GRANTED,
      REQUISITIONED_AMOUNT, GRANTED_AMOUNT, USED_AMOUNT, UNUSED_AMOUNT, ASSIGNED_AMOUNT,
      USED_NOTHING, NOT_ALL_USED, SHARE_USED, REPORTS_IN_TIME, REPORTS_ANALYSED);

  private final String name;
  private final Class<T> type;
  private final Function<CategoryStatistics, Optional<T>> reader;

  private Figure(String name, Class<T> type, Function<CategoryStatistics, Optional<T>> reader) {
    this.name = name;
    this.type = type;
    this.reader = reader;
  }

  private static Figure<Integer> count(String name, Function<CategoryStatistics, Integer> count) {
    return new Figure<>(name, Integer.class, s -> Optional.of(count.apply(s)));
  }

  private static Figure<Amount> amount(String name, Function<CategoryStatistics, Amount> amount) {
    return new Figure<>(name, Amount.class, s -> Optional.of(amount.apply(s)));
  }

  /**
   * Returns every figure, in the order a source lists them and JSON writes them.
   *
   * @return the figures
   */
  public static List<Figure<?>> values() {
    return VALUES;
  }

  /**
   * Returns the figure's name, that of its accessor and of its JSON property.
   *
   * @return the name, e.g. {@code "requisitioning"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the figure's type.
   *
   * @return {@code Integer.class}, {@code Amount.class} or {@code Share.class}
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns the figure in computed statistics: always given, but for {@link #SHARE_USED} when no
   * report was received.
   *
   * @param statistics the statistics
   * @return the figure, if the statistics have it
   * @throws NullPointerException if {@code statistics} is null
   */
  public Optional<T> of(CategoryStatistics statistics) {
    requireNonNull(statistics, "Figure 'statistics' must not be null");
    return reader.apply(statistics);
  }

  /**
   * Returns the figure's name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}
