package se.utvecklingsmedel.round;

import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * Whether a pot's budget is a fixed sum or a ceiling (<i>ram</i>: fast belopp eller högst).
 *
 * <p>Source: the government decision of 18 March 2021 for the programme's 2021 round gives the
 * municipalities a fixed 70 MSEK and the regions and non-profits "högst 25" and "högst 4" MSEK.
 * Either way a pot never grants more than its budget; what a ceiling leaves unspent was never set
 * aside, where a fixed sum's remainder is returned (what happens to an unspent ceiling is the
 * round's to state; no source here states it for 2021).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum BudgetKind implements SwedishLabelled {
  /** A fixed sum: the pot hands out this much, and returns what it cannot. */
  FIXED("Fast belopp"),
  /** A ceiling: the pot hands out at most this much ("högst"). */
  CEILING("Högst");

  private final String label;

  BudgetKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
