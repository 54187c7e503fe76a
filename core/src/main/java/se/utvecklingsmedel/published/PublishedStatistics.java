package se.utvecklingsmedel.published;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.vocabulary.FreeText;

/**
 * A round's figures as a source publishes them (<i>redovisade uppgifter för ett år</i>), per
 * category, each figure given or "not published".
 *
 * <p>{@link PublishedReports#statistics2018()} holds what the 2016–2018 final report publishes for 2018; computed
 * statistics become published figures with {@link #of(RoundStatistics, String)}. {@link
 * se.utvecklingsmedel.published.RoundComparison} compares two of these, showing a figure one side does not publish as unknown.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublishedStatistics {

  private final int year;
  private final String source;
  private final ImmutableMap<RecipientCategory, PublishedFigures> categories;

  private PublishedStatistics(int year, String source,
      ImmutableMap<RecipientCategory, PublishedFigures> categories) {
    this.year = year;
    this.source = source;
    this.categories = categories;
  }

  /**
   * Returns computed statistics as published figures, every figure known, to compare with figures
   * a source publishes only in part.
   *
   * @param statistics the statistics, e.g. {@code RoundStatistics.of(followUp)}
   * @param source where the figures come from, e.g. {@code "Computed from the follow-up"}
   * @return the figures
   * @throws IllegalArgumentException if the source is blank
   * @throws NullPointerException if an argument is null
   */
  public static PublishedStatistics of(RoundStatistics statistics, String source) {
    requireNonNull(statistics, "PublishedStatistics 'statistics' must not be null");
    Map<RecipientCategory, PublishedFigures> figures = new EnumMap<>(RecipientCategory.class);
    statistics.categories().forEach((category, computed) ->
        figures.put(category, PublishedFigures.of(computed)));
    return of(statistics.year(), source, figures);
  }

  /**
   * Returns published figures.
   *
   * @param year the year of the round, 2000 to 2100
   * @param source where the figures are published, e.g. a report's title
   * @param categories each category's figures, keyed by its own category
   * @return the statistics
   * @throws IllegalArgumentException if the year is out of range, the source blank, or a key is not
   *     its figures' category
   */
  public static PublishedStatistics of(int year, String source,
      Map<RecipientCategory, PublishedFigures> categories) {
    requireNonNull(source, "PublishedStatistics 'source' must not be null");
    requireNonNull(categories, "PublishedStatistics 'categories' must not be null");
    checkRule(year >= 2000 && year <= 2100, PublishedStatistics.class, "", "year",
        "PublishedStatistics 'year' must be from 2000 to 2100, but was %s", year);
    String normalised = FreeText.check("PublishedStatistics", "source", source); // kept in NFC
    categories.forEach((category, figures) -> checkRule(figures.category() == category, PublishedStatistics.class, year, "",
        "PublishedStatistics %s: figures of %s are filed under %s", year, figures.category(),
        category));
    Map<RecipientCategory, PublishedFigures> ordered = new EnumMap<>(RecipientCategory.class);
    ordered.putAll(categories);
    return new PublishedStatistics(year, normalised, ImmutableMap.copyOf(ordered));
  }

  /**
   * Returns the year.
   *
   * @return the year of the round
   */
  public int year() {
    return year;
  }

  /**
   * Returns where the figures come from.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the figures per category.
   *
   * @return the categories, in category order
   */
  public ImmutableMap<RecipientCategory, PublishedFigures> categories() {
    return categories;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PublishedStatistics other && other.year == year
        && other.source.equals(source) && other.categories.equals(categories);
  }

  @Override
  public int hashCode() {
    return (year * 31 + source.hashCode()) * 31 + categories.hashCode();
  }

  @Override
  public String toString() {
    return "PublishedStatistics " + year + " (" + source + ") " + categories.keySet();
  }
}
