package se.utvecklingsmedel.published;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.recipient.RecipientCategory;
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
 * c.of(RecipientCategory.MUNICIPALITY).requisitioningAfter();   // OptionalInt[273]
 * c.of(RecipientCategory.MUNICIPALITY).grantedAmount();         // Optional.empty: not published
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundComparison {

  /**
   * One category's change between the rounds; each figure empty where its round does not publish
   * it.
   *
   * @param category the category
   * @param requisitioningBefore recipients requisitioning in the first round
   * @param requisitioningAfter recipients requisitioning in the second round
   * @param grantedBefore recipients granted in the first round
   * @param grantedAfter recipients granted in the second round
   * @param shareUsedBefore the share of granted funds used in the first round
   * @param shareUsedAfter the share of granted funds used in the second round
   * @param grantedAmountBefore the amount granted in the first round
   * @param grantedAmountAfter the amount granted in the second round
   * @param usedAmountBefore the amount used in the first round
   * @param usedAmountAfter the amount used in the second round
   * @param unusedAmountBefore the amount unused in the first round
   * @param unusedAmountAfter the amount unused in the second round
   */
  public record CategoryChange(RecipientCategory category, OptionalInt requisitioningBefore,
      OptionalInt requisitioningAfter, OptionalInt grantedBefore, OptionalInt grantedAfter,
      Optional<Share> shareUsedBefore, Optional<Share> shareUsedAfter,
      Optional<Amount> grantedAmountBefore, Optional<Amount> grantedAmountAfter,
      Optional<Amount> usedAmountBefore, Optional<Amount> usedAmountAfter,
      Optional<Amount> unusedAmountBefore, Optional<Amount> unusedAmountAfter) {

    /**
     * Creates a change.
     *
     * @param category the category
     * @param requisitioningBefore the requisitioning before
     * @param requisitioningAfter the requisitioning after
     * @param grantedBefore the granted before
     * @param grantedAfter the granted after
     * @param shareUsedBefore the share used before
     * @param shareUsedAfter the share used after
     * @param grantedAmountBefore the granted amount before
     * @param grantedAmountAfter the granted amount after
     * @param usedAmountBefore the used amount before
     * @param usedAmountAfter the used amount after
     * @param unusedAmountBefore the unused amount before
     * @param unusedAmountAfter the unused amount after
     * @throws NullPointerException if any argument is null
     */
    public CategoryChange {
      requireNonNull(category, "CategoryChange 'category' must not be null");
      requireNonNull(requisitioningBefore, "CategoryChange 'requisitioningBefore' must not be null");
      requireNonNull(requisitioningAfter, "CategoryChange 'requisitioningAfter' must not be null");
      requireNonNull(grantedBefore, "CategoryChange 'grantedBefore' must not be null");
      requireNonNull(grantedAfter, "CategoryChange 'grantedAfter' must not be null");
      requireNonNull(shareUsedBefore, "CategoryChange 'shareUsedBefore' must not be null");
      requireNonNull(shareUsedAfter, "CategoryChange 'shareUsedAfter' must not be null");
      requireNonNull(grantedAmountBefore, "CategoryChange 'grantedAmountBefore' must not be null");
      requireNonNull(grantedAmountAfter, "CategoryChange 'grantedAmountAfter' must not be null");
      requireNonNull(usedAmountBefore, "CategoryChange 'usedAmountBefore' must not be null");
      requireNonNull(usedAmountAfter, "CategoryChange 'usedAmountAfter' must not be null");
      requireNonNull(unusedAmountBefore, "CategoryChange 'unusedAmountBefore' must not be null");
      requireNonNull(unusedAmountAfter, "CategoryChange 'unusedAmountAfter' must not be null");
    }

    /**
     * Returns the change in the amount granted.
     *
     * @return the change, if both rounds publish the amount
     */
    public Optional<AmountChange> grantedAmount() {
      return change(grantedAmountBefore, grantedAmountAfter);
    }

    /**
     * Returns the change in the amount used.
     *
     * @return the change, if both rounds publish the amount
     */
    public Optional<AmountChange> usedAmount() {
      return change(usedAmountBefore, usedAmountAfter);
    }

    /**
     * Returns the change in the amount unused.
     *
     * @return the change, if both rounds publish the amount
     */
    public Optional<AmountChange> unusedAmount() {
      return change(unusedAmountBefore, unusedAmountAfter);
    }

    private static Optional<AmountChange> change(Optional<Amount> before, Optional<Amount> after) {
      return before.isPresent() && after.isPresent()
          ? Optional.of(AmountChange.of(before.get(), after.get())) : Optional.empty();
    }

    /**
     * Returns the change as one line, with "unknown" for every figure not published.
     *
     * @return e.g. {@code MUNICIPALITY: requisitioning 246→273, …, share used 81 %→92 %, granted
     *     amount 50000000.00→unknown, …}
     */
    @Override
    public String toString() {
      return category + ": requisitioning " + count(requisitioningBefore) + "→"
          + count(requisitioningAfter) + ", granted " + count(grantedBefore) + "→"
          + count(grantedAfter) + ", share used " + share(shareUsedBefore) + "→"
          + share(shareUsedAfter) + ", granted amount " + amount(grantedAmountBefore) + "→"
          + amount(grantedAmountAfter) + ", used amount " + amount(usedAmountBefore) + "→"
          + amount(usedAmountAfter) + ", unused amount " + amount(unusedAmountBefore) + "→"
          + amount(unusedAmountAfter);
    }

    private static String count(OptionalInt count) {
      return count.isPresent() ? String.valueOf(count.getAsInt()) : "unknown";
    }

    private static String share(Optional<Share> share) {
      return share.map(s -> s.percent(0, RoundingMode.HALF_UP) + " %").orElse("unknown");
    }

    private static String amount(Optional<Amount> amount) {
      return amount.map(Amount::toString).orElse("unknown");
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
   * @param before the earlier round
   * @param after the later round
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
      Optional<PublishedFigures> b = Optional.ofNullable(before.categories().get(category));
      Optional<PublishedFigures> a = Optional.ofNullable(after.categories().get(category));
      changes.put(category, new CategoryChange(category,
          count(b, PublishedFigures::requisitioning), count(a, PublishedFigures::requisitioning),
          count(b, PublishedFigures::granted), count(a, PublishedFigures::granted),
          b.flatMap(PublishedFigures::shareUsed), a.flatMap(PublishedFigures::shareUsed),
          b.flatMap(PublishedFigures::grantedAmount), a.flatMap(PublishedFigures::grantedAmount),
          b.flatMap(PublishedFigures::usedAmount), a.flatMap(PublishedFigures::usedAmount),
          b.flatMap(PublishedFigures::unusedAmount), a.flatMap(PublishedFigures::unusedAmount)));
    }
    return new RoundComparison(before, after, changes.build());
  }

  private static OptionalInt count(Optional<PublishedFigures> figures,
      Function<PublishedFigures, OptionalInt> figure) {
    return figures.map(figure).orElse(OptionalInt.empty());
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
