package se.utvecklingsmedel.round;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

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
abstract class PotDef {

  private static final Set<RecipientCategory> KEYED =
      EnumSet.of(RecipientCategory.MUNICIPALITY, RecipientCategory.REGION);

  PotDef() {
  }

  /**
   * Returns the pot's identifier, unique within its round.
   *
   * @return the id, e.g. {@link PotId#MUNICIPALITIES}
   */
  public abstract PotId id();

  /**
   * Returns the pot's Swedish name, kept in Unicode NFC whatever form it was given in.
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
   * Returns whether the budget is a fixed sum or a ceiling ("högst").
   *
   * @return the kind; {@link BudgetKind#FIXED} unless set
   */
  @Value.Default
  public BudgetKind budgetKind() {
    return BudgetKind.FIXED;
  }

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

  /**
   * Keeps the label as a name is kept ({@link FreeText#checkName}: in Unicode NFC, runs of spaces as
   * one), so that two spellings of one text are one value (team decision): Immutables builds the
   * value again from what this returns and checks that.
   */
  @Value.Check
  PotDef normalized() {
    String kept = FreeText.checkName("Pot " + id() + ":", "label", label());
    return kept.equals(label()) ? this : Pot.builder().from((Pot) this).label(kept).build();
  }

  @Value.Check
  void check() {
    FreeText.checkName("Pot " + id() + ":", "label", label());
    checkRule(!categories().isEmpty(), Pot.class, id(), "categories",
        "Pot %s: 'categories' must name at least one", id());
    checkRule(budget().signum() > 0, Pot.class, id(), "budget",
        "Pot %s: 'budget' must be above zero, but was %s kr", id(),
        budget());
    checkRule(method() != DistributionMethod.REQUISITION || KEYED.containsAll(categories()),
        Pot.class, id(), "categories",
        "Pot %s: a requisition pot can only serve municipalities and regions, but serves %s", id(),
        categories());
  }

}
