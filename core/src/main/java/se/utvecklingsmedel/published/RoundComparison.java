package se.utvecklingsmedel.published;

import static java.util.Objects.requireNonNull;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableMap;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.statistics.Figure;
import se.utvecklingsmedel.statistics.Share;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * Two rounds' figures side by side (<i>jämförelse mellan år</i>).
 *
 * <p>Source: the 2016–2018 final report — "Antalet kommuner som har rekvirerat medel har ökat från
 * 246 kommuner 2016 till 273 kommuner 2018. Även andelen använda medel hos kommuner har ökat från
 * 81 till 92 procent." A figure one side does not publish (or a category it does not have) is
 * unknown, never zero: its value is empty, and so is any change computed from it.
 *
 * <pre>{@code
 * RoundComparison c = RoundComparison.of(PublishedStatistics.of(statistics2016, "Computed"),
 *     PublishedReports.statistics2018());
 * c.of(RecipientCategory.MUNICIPALITY).after(Figure.REQUISITIONING);         // Optional[273]
 * c.of(RecipientCategory.MUNICIPALITY).amountChange(Figure.GRANTED_AMOUNT); // empty: not published
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundComparison {

  /**
   * One category's figures in both rounds; a figure is empty where its round does not publish it,
   * and so is any change computed from it. {@link #toString()} shows the figures the 2016–2018
   * final report compares, and the money.
   *
   * @param before the category's figures in the first round (none, if it has no such category)
   * @param after the category's figures in the second round (none, if it has no such category)
   */
  public record CategoryChange(PublishedFigures before, PublishedFigures after) {

    private static final List<Figure<?>> SHOWN = List.of(Figure.REQUISITIONING, Figure.GRANTED,
        Figure.SHARE_USED, Figure.GRANTED_AMOUNT, Figure.USED_AMOUNT, Figure.UNUSED_AMOUNT);

    /**
     * Creates a change.
     *
     * @param before the figures in the first round
     * @param after the figures in the second round, of the same category
     * @throws IllegalArgumentException if the categories differ
     * @throws NullPointerException if an argument is null
     */
    public CategoryChange {
      requireNonNull(before, "CategoryChange 'before' must not be null");
      requireNonNull(after, "CategoryChange 'after' must not be null");
      RuleViolation.checkRule(before.category() == after.category(), CategoryChange.class,
          before.category(), "after", "CategoryChange of %s: 'after' is of %s", before.category(),
          after.category());
    }

    /**
     * Returns the category.
     *
     * @return the category
     */
    public RecipientCategory category() {
      return before.category();
    }

    /**
     * Returns a figure in the first round.
     *
     * @param <T> the figure's type
     * @param figure the figure
     * @return the figure, or empty if not published
     */
    public <T> Optional<T> before(Figure<T> figure) {
      return before.get(figure);
    }

    /**
     * Returns a figure in the second round.
     *
     * @param <T> the figure's type
     * @param figure the figure
     * @return the figure, or empty if not published
     */
    public <T> Optional<T> after(Figure<T> figure) {
      return after.get(figure);
    }

    /**
     * Returns the change of an amount, where both rounds publish it.
     *
     * @param figure the amount, e.g. {@link Figure#GRANTED_AMOUNT}
     * @return the change, or empty if either round does not publish the amount
     */
    public Optional<AmountChange> amountChange(Figure<Amount> figure) {
      Optional<Amount> was = before(figure);
      Optional<Amount> is = after(figure);
      return was.isPresent() && is.isPresent()
          ? Optional.of(AmountChange.of(was.get(), is.get())) : Optional.empty();
    }

    /**
     * Returns the figures before and after, "unknown" where not published, e.g. {@code
     * "MUNICIPALITY: requisitioning 246→273, granted 246→unknown, share used 81 %→92 %, …"}.
     *
     * @return the change
     */
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder().append(category()).append(':');
      String separator = " ";
      for (Figure<?> figure : SHOWN) {
        text.append(separator)
            .append(CaseFormat.LOWER_CAMEL.to(CaseFormat.LOWER_UNDERSCORE, figure.name())
                .replace('_', ' '))
            .append(' ').append(shown(before(figure))).append('→').append(shown(after(figure)));
        separator = ", ";
      }
      return text.toString();
    }

    private static String shown(Optional<?> figure) {
      return figure.map(value -> value instanceof Share share
          ? share.percent(0, RoundingMode.HALF_UP) + " %" : value.toString()).orElse("unknown");
    }
  }

  private final PublishedStatistics before;
  private final PublishedStatistics after;
  private final ImmutableMap<RecipientCategory, CategoryChange> categories;

  private RoundComparison(PublishedStatistics before, PublishedStatistics after,
      ImmutableMap<RecipientCategory, CategoryChange> categories) {
    this.before = before;
    this.after = after;
    this.categories = categories;
  }

  /**
   * Compares two rounds' figures.
   *
   * @param before the round shown first, usually the earlier (two sources for one year compare
   *     too); the years are not checked
   * @param after the round shown second
   * @return the comparison
   */
  public static RoundComparison of(PublishedStatistics before, PublishedStatistics after) {
    requireNonNull(before, "RoundComparison 'before' must not be null");
    requireNonNull(after, "RoundComparison 'after' must not be null");
    Set<RecipientCategory> categories = EnumSet.noneOf(RecipientCategory.class);
    categories.addAll(before.categories().keySet());
    categories.addAll(after.categories().keySet());
    ImmutableMap.Builder<RecipientCategory, CategoryChange> changes = ImmutableMap.builder();
    for (RecipientCategory category : categories) {
      PublishedFigures none = PublishedFigures.of(category);
      changes.put(category, new CategoryChange(before.categories().getOrDefault(category, none),
          after.categories().getOrDefault(category, none)));
    }
    return new RoundComparison(before, after, changes.build());
  }

  /**
   * Returns the earlier round's figures.
   *
   * @return the figures compared from
   */
  public PublishedStatistics before() {
    return before;
  }

  /**
   * Returns the later round's figures.
   *
   * @return the figures compared to
   */
  public PublishedStatistics after() {
    return after;
  }

  /**
   * Returns the earlier round's year.
   *
   * @return the year
   */
  public int yearBefore() {
    return before.year();
  }

  /**
   * Returns the later round's year.
   *
   * @return the year
   */
  public int yearAfter() {
    return after.year();
  }

  /**
   * Returns the change per category.
   *
   * @return the changes, in category order
   */
  public ImmutableMap<RecipientCategory, CategoryChange> categories() {
    return categories;
  }

  /**
   * Returns one category's change.
   *
   * @param category the category
   * @return its change
   * @throws IllegalArgumentException if neither round has the category
   */
  public CategoryChange of(RecipientCategory category) {
    requireNonNull(category, "RoundComparison 'category' must not be null");
    CategoryChange change = categories.get(category);
    if (change == null) {
      throw new RuleViolation(RoundComparison.class, yearBefore() + "–" + yearAfter(), "",
          "RoundComparison " + yearBefore() + "–" + yearAfter()
          + ": neither round has " + category);
    }
    return change;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RoundComparison other && other.before.equals(before)
        && other.after.equals(after);
  }

  @Override
  public int hashCode() {
    return before.hashCode() * 31 + after.hashCode();
  }

  @Override
  public String toString() {
    return "RoundComparison " + yearBefore() + "–" + yearAfter() + " " + categories.values();
  }
}
