package se.utvecklingsmedel.round;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.FreeText;

/**
 * One pot of a grant round (<i>anslagspost</i>, <i>ram</i>): a budget for some recipient
 * categories, handed out one way.
 *
 * <p>Example, 2016 (the 2016 account): 50 MSEK to municipalities by requisition; 5 MSEK stimulus
 * funds to the county boards and NCK by application. Checks on a pot alone: the label is not blank,
 * there is at least one category, the budget is above zero (a pot of nothing hands nothing out; a
 * zero budget is a typing error, team decision), and a requisition pot serves only municipalities
 * and regions — the only recipients a distribution key names (the 2016 account). Rules that need
 * the whole round live in {@link GrantRound}.
 *
 * <pre>{@code
 * Pot pot = Pot.builder()
 *     .id(PotId.MUNICIPALITIES).label("Utvecklingsmedel till kommuner")
 *     .addCategory(RecipientCategory.MUNICIPALITY)
 *     .budget(Amount.ofKronor(50_000_000)).method(DistributionMethod.REQUISITION)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Pot {

  private static final Set<RecipientCategory> KEYED =
      EnumSet.of(RecipientCategory.MUNICIPALITY, RecipientCategory.REGION);

  Pot() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the pot's identifier, unique within its round.
   *
   * @return the id, e.g. {@link PotId#MUNICIPALITIES}
   */
  public abstract PotId id();

  /**
   * Returns the pot's Swedish name.
   *
   * @return e.g. {@code Utvecklingsmedel till kommuner}
   */
  public abstract String label();

  /**
   * Returns the recipient categories the pot serves.
   *
   * @return at least one category
   */
  public abstract Set<RecipientCategory> categories();

  /**
   * Returns the pot's budget (<i>ram</i>).
   *
   * @return the budget
   */
  public abstract Amount budget();

  /**
   * Returns how the pot is handed out.
   *
   * @return the method
   */
  public abstract DistributionMethod method();

  /**
   * Returns whether the pot serves a category.
   *
   * @param category the category
   * @return true if the pot serves it
   */
  public boolean serves(RecipientCategory category) {
    requireNonNull(category, "Pot 'category' must not be null");
    return categories().contains(category);
  }

  /**
   * Returns whether the pot's money is a grant that is followed up: a requisition or application
   * pot. An assignment pot (<i>medel för att genomföra uppdraget</i>, the 2016 account) is not: it
   * is never reported on, settled or reclaimed.
   *
   * @return false for an assignment pot
   */
  public boolean followedUp() {
    return method() != DistributionMethod.ASSIGNMENT;
  }

  @Value.Check
  void check() {
    FreeText.checkName("Pot " + id() + ":", "label", label());
    checkArgument(!categories().isEmpty(), "Pot %s: 'categories' must name at least one", id());
    checkArgument(budget().signum() > 0, "Pot %s: 'budget' must be above zero, but was %s kr", id(),
        budget());
    checkArgument(method() != DistributionMethod.REQUISITION || KEYED.containsAll(categories()),
        "Pot %s: a requisition pot can only serve municipalities and regions, but serves %s", id(),
        categories());
  }

  /**
   * Builds a {@link Pot}; {@link #build()} runs every check. Not thread-safe: use it at once, do
   * not share or store it.
   */
  public static final class Builder {
    private final ImmutablePot.Builder delegate = ImmutablePot.generatedBuilder();

    Builder() {
    }

    /**
     * Copies every attribute of {@code instance} into this builder: attributes are replaced, absent
     * optional ones leave a value already set, and list elements and map entries are added.
     *
     * @param instance the value to copy
     * @return this builder
     */
    public Builder from(Pot instance) {
      requireNonNull(instance, "Pot.Builder \'instance\' must not be null");
      delegate.from(instance);
      return this;
    }

    /**
     * Sets {@link Pot#id() id}: the pot's identifier, unique within its round.
     *
     * @param id the pot's identifier, unique within its round
     * @return this builder
     */
    public Builder id(PotId id) {
      requireNonNull(id, "Pot.Builder 'id' must not be null");
      delegate.id(id);
      return this;
    }

    /**
     * Sets {@link Pot#label() label}: the pot's Swedish name.
     *
     * @param label the pot's Swedish name
     * @return this builder
     */
    public Builder label(String label) {
      requireNonNull(label, "Pot.Builder 'label' must not be null");
      delegate.label(Normalizer.normalize(label, Normalizer.Form.NFC)); // kept in NFC
      return this;
    }

    /**
     * Adds one element to {@link Pot#categories() categories}: the recipient categories the pot
     * serves.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addCategory(RecipientCategory element) {
      requireNonNull(element, "Pot.Builder \'element\' of \'categories\' must not be null");
      delegate.addCategory(element);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link Pot#categories() categories}: the recipient
     * categories the pot serves.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addCategories(RecipientCategory... elements) {
      requireNonNull(elements, "Pot.Builder 'categories' must not be null");
      delegate.addCategories(elements);
      return this;
    }

    /**
     * Replaces {@link Pot#categories() categories} with {@code elements}: the recipient categories
     * the pot serves.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder categories(Iterable<RecipientCategory> elements) {
      requireNonNull(elements, "Pot.Builder 'categories' must not be null");
      delegate.categories(elements);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link Pot#categories() categories}: the recipient
     * categories the pot serves.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addAllCategories(Iterable<RecipientCategory> elements) {
      requireNonNull(elements, "Pot.Builder 'categories' must not be null");
      delegate.addAllCategories(elements);
      return this;
    }

    /**
     * Sets {@link Pot#budget() budget}: the pot's budget (<i>ram</i>).
     *
     * @param budget the pot's budget (<i>ram</i>)
     * @return this builder
     */
    public Builder budget(Amount budget) {
      requireNonNull(budget, "Pot.Builder 'budget' must not be null");
      delegate.budget(budget);
      return this;
    }

    /**
     * Sets {@link Pot#method() method}: how the pot is handed out.
     *
     * @param method how the pot is handed out
     * @return this builder
     */
    public Builder method(DistributionMethod method) {
      requireNonNull(method, "Pot.Builder 'method' must not be null");
      delegate.method(method);
      return this;
    }

    /**
     * Builds the Pot, running every check.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute was not set
     * @throws IllegalArgumentException if the attributes break a rule of the type
     */
    public Pot build() {
      return delegate.build();
    }
  }
}
