package se.utvecklingsmedel.published;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.statistics.Figure;
import se.utvecklingsmedel.statistics.Share;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * One category's figures as a source publishes them (<i>redovisade uppgifter</i>): every figure the
 * source gives, and nothing it does not. A {@link Figure} left out is "not published": {@link #get}
 * says so once for every figure, never as zero. Figures are added with {@link #with}, as {@code
 * java.time}'s values take fields.
 *
 * <p>Source: the 2016–2018 final report gives for 2018 only "273 kommuner" that requisitioned and
 * "92 procent" of the funds used; the 2016 account gives every figure for 2016.
 *
 * <p>Checks, on the figures given, after each figure added: counts are at least zero; {@code
 * requisitioning ≤ granted}; {@code usedNothing ≤ notAllUsed ≤ granted}; {@code reportsAnalysed ≤
 * reportsInTime ≤ granted}; used plus unused at most granted, in money; a share used of at most
 * 100 %. Every rule bounds figures given together, so figures added one by one to {@link
 * #of(RecipientCategory)} are refused only when the whole would be.
 *
 * <pre>{@code
 * PublishedFigures municipalities2018 = PublishedFigures.of(RecipientCategory.MUNICIPALITY)
 *     .with(Figure.REQUISITIONING, 273)
 *     .with(Figure.SHARE_USED, Share.of(92, 100));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublishedFigures {

  private final RecipientCategory category;
  // In Figure.values() order, whatever the order figures were added in.
  private final Map<Figure<?>, Object> figures;

  private PublishedFigures(RecipientCategory category, Map<Figure<?>, Object> figures) {
    this.category = category;
    this.figures = figures;
  }

  /**
   * Returns a category's figures, none of them published yet.
   *
   * @param category the category
   * @return the figures
   * @throws NullPointerException if {@code category} is null
   */
  public static PublishedFigures of(RecipientCategory category) {
    requireNonNull(category, "PublishedFigures 'category' must not be null");
    return new PublishedFigures(category, Map.of());
  }

  /**
   * Returns computed statistics as published figures, every figure given.
   *
   * @param statistics the statistics
   * @return the figures
   * @throws NullPointerException if {@code statistics} is null
   */
  public static PublishedFigures of(CategoryStatistics statistics) {
    requireNonNull(statistics, "PublishedFigures 'statistics' must not be null");
    PublishedFigures figures = of(statistics.category());
    for (Figure<?> figure : Figure.values()) {
      figures = figures.withFigureOf(figure, statistics);
    }
    return figures;
  }

  private <T> PublishedFigures withFigureOf(Figure<T> figure, CategoryStatistics statistics) {
    return figure.of(statistics).map(value -> with(figure, value)).orElse(this);
  }

  /**
   * Returns these figures with one figure published, replacing it if it was.
   *
   * @param <T> the figure's type
   * @param figure the figure
   * @param value its value
   * @return the figures
   * @throws IllegalArgumentException if the figures then break a rule of this class
   * @throws NullPointerException if an argument is null
   */
  public <T> PublishedFigures with(Figure<T> figure, T value) {
    requireNonNull(figure, "PublishedFigures 'figure' must not be null");
    requireNonNull(value, () -> "PublishedFigures 'value' of '" + figure + "' must not be null");
    Map<Figure<?>, Object> added = new LinkedHashMap<>();
    for (Figure<?> each : Figure.values()) {
      Object given = each == figure ? figure.type().cast(value) : figures.get(each);
      if (given != null) {
        added.put(each, given);
      }
    }
    PublishedFigures result = new PublishedFigures(category, added);
    result.check();
    return result;
  }

  /**
   * Returns the category.
   *
   * @return the category
   */
  public RecipientCategory category() {
    return category;
  }

  /**
   * Returns a figure, if published.
   *
   * @param <T> the figure's type
   * @param figure the figure
   * @return the figure, or empty if the source does not publish it
   * @throws NullPointerException if {@code figure} is null
   */
  public <T> Optional<T> get(Figure<T> figure) {
    requireNonNull(figure, "PublishedFigures 'figure' must not be null");
    return Optional.ofNullable(figure.type().cast(figures.get(figure)));
  }

  private void check() {
    for (Figure<?> figure : Figure.values()) {
      if (figure.type() == Integer.class && figures.get(figure) instanceof Integer n) {
        rule(n >= 0, figure, "'" + figure + "' must not be negative, but was " + n);
      }
    }
    atMost(Figure.REQUISITIONING, Figure.GRANTED);
    atMost(Figure.USED_NOTHING, Figure.NOT_ALL_USED);
    atMost(Figure.NOT_ALL_USED, Figure.GRANTED);
    atMost(Figure.REPORTS_ANALYSED, Figure.REPORTS_IN_TIME);
    atMost(Figure.REPORTS_IN_TIME, Figure.GRANTED);
    get(Figure.SHARE_USED).ifPresent(share -> rule(share.compareTo(Share.of(1, 1)) <= 0,
        Figure.SHARE_USED, "'shareUsed' " + share + " must be at most 100 %"));
    Optional<Amount> used = get(Figure.USED_AMOUNT);
    Optional<Amount> unused = get(Figure.UNUSED_AMOUNT);
    Optional<Amount> granted = get(Figure.GRANTED_AMOUNT);
    if (used.isPresent() && unused.isPresent() && granted.isPresent()) {
      rule(!used.get().plus(unused.get()).isGreaterThan(granted.get()), Figure.USED_AMOUNT,
          "usedAmount + unusedAmount must be at most 'grantedAmount'");
    }
  }

  private void atMost(Figure<Integer> figure, Figure<Integer> bound) {
    Optional<Integer> value = get(figure);
    Optional<Integer> most = get(bound);
    if (value.isPresent() && most.isPresent()) {
      rule(value.get() <= most.get(), figure, "'" + figure + "' (" + value.get()
          + ") must be at most '" + bound + "' (" + most.get() + ")");
    }
  }

  private void rule(boolean ok, Figure<?> figure, String message) {
    if (!ok) {
      throw new RuleViolation(PublishedFigures.class, category.toString(), figure.name(),
          "PublishedFigures of " + category + ": " + message);
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PublishedFigures other && other.category == category
        && other.figures.equals(figures);
  }

  @Override
  public int hashCode() {
    return category.hashCode() * 31 + figures.hashCode();
  }

  /**
   * Returns the category and the figures published, e.g. {@code "PublishedFigures{category=
   * MUNICIPALITY, requisitioning=273, shareUsed=92/100}"}.
   *
   * @return the figures
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("PublishedFigures{category=").append(category);
    figures.forEach((figure, value) -> text.append(", ").append(figure).append('=').append(value));
    return text.append('}').toString();
  }
}
