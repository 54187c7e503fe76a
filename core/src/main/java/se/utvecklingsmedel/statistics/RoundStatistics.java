package se.utvecklingsmedel.statistics;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.FreeText;

/**
 * A round's statistics for the annual report (<i>årlig redovisning</i>), per recipient category.
 *
 * <p>The 2016 account is one such report. The result is a function of the allocation, the reports
 * and the day: it does not depend on the order the reports were given in, and adding a report never
 * lowers a count of reports received or analysed. See {@link CategoryStatistics} for the
 * definitions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundStatistics {

  private final int year;
  private final ImmutableMap<RecipientCategory, CategoryStatistics> categories;
  private final Optional<String> illustration;

  private RoundStatistics(int year, ImmutableMap<RecipientCategory, CategoryStatistics> categories,
      Optional<String> illustration) {
    this.year = year;
    this.categories = categories;
    this.illustration = illustration;
  }

  /**
   * Returns statistics of given figures, e.g. another year's published figures to compare a
   * computed round with.
   *
   * @param year the year of the round
   * @param categories each category's statistics, keyed by its own category
   * @return the statistics
   * @throws IllegalArgumentException if the year is not from 2000 to 2100, or a key is not its
   *     statistics' category
   */
  public static RoundStatistics of(int year, Map<RecipientCategory, CategoryStatistics> categories) {
    requireNonNull(categories, "RoundStatistics 'categories' must not be null");
    checkRule(year >= 2000 && year <= 2100, RoundStatistics.class, "", "year",
        "RoundStatistics 'year' must be from 2000 to 2100, but was %s", year);
    categories.forEach((category, statistics) -> checkRule(statistics.category() == category, RoundStatistics.class, year, "",
        "RoundStatistics %s: statistics of %s are filed under %s", year, statistics.category(),
        category));
    Map<RecipientCategory, CategoryStatistics> ordered = new EnumMap<>(RecipientCategory.class);
    ordered.putAll(categories);
    return new RoundStatistics(year, ImmutableMap.copyOf(ordered), Optional.empty());
  }

  /**
   * Counts the statistics for the annual report from a follow-up: per category a pot serves, what
   * was requisitioned, applied for, granted and used, how the reports came in, and what the work
   * named, each recipient counted once.
   *
   * @param followUp the follow-up
   * @return the statistics of the follow-up's round
   * @throws NullPointerException if {@code followUp} is null
   */
  public static RoundStatistics of(FollowUp followUp) {
    requireNonNull(followUp, "RoundStatistics 'followUp' must not be null");
    return new RoundStatistics(followUp.allocation().round().year(),
        ImmutableMap.copyOf(CategoryTally.of(followUp)), followUp.allocation().illustration());
  }

  /**
   * Returns what is invented, when the statistics are counted from an illustrative allocation
   * ({@link se.utvecklingsmedel.grant.RoundAllocation#illustration()}): then every figure is
   * illustrative, however close to a published one.
   *
   * @return the note saying what is invented, or empty for statistics of real data
   */
  public Optional<String> illustration() {
    return illustration;
  }

  /**
   * Returns these statistics marked as counted from invented data.
   *
   * @param illustration what is invented, at most {@value FreeText#MAX_LENGTH} characters
   * @return the marked statistics
   * @throws IllegalArgumentException if the note is blank or too long
   */
  public RoundStatistics withIllustration(String illustration) {
    return new RoundStatistics(year, categories, Optional.of(FreeText.check("RoundStatistics",
        "illustration", requireNonNull(illustration, "RoundStatistics 'illustration' must not be null"))));
  }

  /**
   * Returns the year of the round.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the statistics of every category that has an allocated pot.
   *
   * @return the categories, in category order
   */
  public ImmutableMap<RecipientCategory, CategoryStatistics> categories() {
    return categories;
  }

  /**
   * Returns one category's statistics.
   *
   * @param category the category
   * @return its statistics
   * @throws IllegalArgumentException if no allocated pot serves the category
   */
  public CategoryStatistics of(RecipientCategory category) {
    requireNonNull(category, "RoundStatistics 'category' must not be null");
    CategoryStatistics statistics = categories.get(category);
    checkRule(statistics != null, RoundStatistics.class, year, "",
        "RoundStatistics %s: no allocated pot serves %s", year, category);
    return statistics;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RoundStatistics && ((RoundStatistics) obj).year == year
        && ((RoundStatistics) obj).categories.equals(categories)
        && ((RoundStatistics) obj).illustration.equals(illustration);
  }

  @Override
  public int hashCode() {
    return (year * 31 + categories.hashCode()) * 31 + illustration.hashCode();
  }

  @Override
  public String toString() {
    return "RoundStatistics " + year + (illustration.isPresent() ? " (illustrative)" : "") + " "
        + categories.values().stream()
        .map(c -> c.category() + " (" + c.funds().granted() + " granted, "
            + c.funds().grantedAmount() + " kr, " + c.reporting().reportsReceived() + " reports)").toList();
  }
}
