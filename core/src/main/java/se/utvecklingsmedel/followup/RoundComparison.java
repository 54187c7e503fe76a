package se.utvecklingsmedel.followup;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.recipient.RecipientCategory;

/**
 * Two rounds' statistics side by side (<i>jämförelse mellan år</i>).
 *
 * <p>Source: seed 000 — "Antalet kommuner som har rekvirerat medel har ökat från 246 kommuner 2016
 * till 273 kommuner 2018. Även andelen använda medel hos kommuner har ökat från 81 till 92 procent."
 * A category present in only one round is compared with nothing: zero counts and amounts, no share.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundComparison {

  /**
   * One category's change between the rounds.
   *
   * @param category the category
   * @param requisitioningBefore recipients requisitioning in the first round
   * @param requisitioningAfter recipients requisitioning in the second round
   * @param grantedBefore recipients granted in the first round
   * @param grantedAfter recipients granted in the second round
   * @param shareUsedBefore the share of granted funds used in the first round
   * @param shareUsedAfter the share of granted funds used in the second round
   * @param grantedAmount the change in the amount granted
   * @param usedAmount the change in the amount used
   * @param unusedAmount the change in the amount unused
   */
  public record CategoryChange(RecipientCategory category, int requisitioningBefore,
      int requisitioningAfter, int grantedBefore, int grantedAfter, Optional<Share> shareUsedBefore,
      Optional<Share> shareUsedAfter, AmountChange grantedAmount, AmountChange usedAmount,
      AmountChange unusedAmount) {
  }

  private final RoundStatistics before;
  private final RoundStatistics after;
  private final ImmutableMap<RecipientCategory, CategoryChange> categories;

  private RoundComparison(RoundStatistics before, RoundStatistics after,
      ImmutableMap<RecipientCategory, CategoryChange> categories) {
    this.before = before;
    this.after = after;
    this.categories = categories;
  }

  /**
   * Returns the earlier round's statistics.
   *
   * @return the statistics compared from
   */
  public RoundStatistics before() {
    return before;
  }

  /**
   * Returns the later round's statistics.
   *
   * @return the statistics compared to
   */
  public RoundStatistics after() {
    return after;
  }

  /**
   * Compares two rounds' statistics.
   *
   * @param before the earlier round
   * @param after the later round
   * @return the comparison
   */
  public static RoundComparison of(RoundStatistics before, RoundStatistics after) {
    requireNonNull(before, "RoundComparison 'before' must not be null");
    requireNonNull(after, "RoundComparison 'after' must not be null");
    Set<RecipientCategory> categories = EnumSet.noneOf(RecipientCategory.class);
    categories.addAll(before.categories().keySet());
    categories.addAll(after.categories().keySet());
    ImmutableMap.Builder<RecipientCategory, CategoryChange> changes = ImmutableMap.builder();
    for (RecipientCategory category : categories) {
      Optional<CategoryStatistics> b = Optional.ofNullable(before.categories().get(category));
      Optional<CategoryStatistics> a = Optional.ofNullable(after.categories().get(category));
      changes.put(category, new CategoryChange(category,
          b.map(CategoryStatistics::requisitioning).orElse(0),
          a.map(CategoryStatistics::requisitioning).orElse(0),
          b.map(CategoryStatistics::granted).orElse(0),
          a.map(CategoryStatistics::granted).orElse(0),
          b.flatMap(CategoryStatistics::shareUsed),
          a.flatMap(CategoryStatistics::shareUsed),
          change(b, a, CategoryStatistics::grantedAmount),
          change(b, a, CategoryStatistics::usedAmount),
          change(b, a, CategoryStatistics::unusedAmount)));
    }
    return new RoundComparison(before, after, changes.build());
  }

  private static AmountChange change(Optional<CategoryStatistics> before,
      Optional<CategoryStatistics> after,
      java.util.function.Function<CategoryStatistics, se.utvecklingsmedel.money.Amount> figure) {
    return AmountChange.of(before.map(figure).orElse(se.utvecklingsmedel.money.Amount.zero()),
        after.map(figure).orElse(se.utvecklingsmedel.money.Amount.zero()));
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
    CategoryChange change = categories.get(category);
    if (change == null) {
      throw new IllegalArgumentException("RoundComparison " + yearBefore() + "–" + yearAfter()
          + ": neither round has " + category);
    }
    return change;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RoundComparison && ((RoundComparison) obj).before.equals(before)
        && ((RoundComparison) obj).after.equals(after);
  }

  @Override
  public int hashCode() {
    return categories.hashCode();
  }

  @Override
  public String toString() {
    return "RoundComparison " + yearBefore() + "–" + yearAfter() + " " + categories.values();
  }
}
