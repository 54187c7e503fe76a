package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.util.Locale;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.FreeText;

/**
 * A recipient whose amount moved against its weight share or against the budget's change
 * (<i>paradox</i>), in a comparison of two allocations of a pot handed out by a key
 * ({@link AllocationComparison#paradoxes()}).
 *
 * <p>The amount is expected to rise when neither the budget nor the recipient's share of the key's
 * weights fell and one of them rose, and to fall when neither rose and one fell; a paradox is a
 * move the other way. Largest-remainder apportionment is known for two such moves (the Alabama
 * paradox: a larger budget gives someone less; the population paradox: a larger share gives less),
 * always of the last öre; sharing unclaimed funds adds its own, from caps, eligibility and the
 * other recipients' requisitions.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param potId the pot
 * @param potLabel the pot's label, as the Swedish text names it
 * @param recipient the recipient
 * @param recipientName the recipient's name in the round's year, as the Swedish text names it
 * @param budget the pot's budget, before and after
 * @param amount the recipient's amount granted (for an assignment pot, assigned), before and after
 * @param shareMove how the recipient's share of the key's weights moved: 1 rose, 0 the same, -1
 *     fell
 * @param expectedRise true when the amount was expected to rise, false when to fall
 * @param keyed the part the key set and the recipient's requisition took, before and after
 * @param redistributed its share of unclaimed funds, before and after
 * @param cause why it moved the other way
 */
public record Paradox(PotId potId, String potLabel, Recipient recipient, String recipientName,
    AmountChange budget, AmountChange amount, int shareMove,
    boolean expectedRise, AmountChange keyed, AmountChange redistributed, ParadoxCause cause) {

  /**
   * Validates the paradox: the amount moved against the expectation, and the parts add up.
   *
   * @param potId the pot
   * @param potLabel the pot's label
   * @param recipient the recipient
   * @param recipientName the recipient's name
   * @param budget the budget's change
   * @param amount the amount's change
   * @param shareMove how its share moved: 1, 0 or -1
   * @param expectedRise whether a rise was expected
   * @param keyed the keyed part's change
   * @param redistributed the redistributed part's change
   * @param cause the cause
   */
  public Paradox {
    requireNonNull(potId, "Paradox 'potId' must not be null");
    requireNonNull(recipient, "Paradox 'recipient' must not be null");
    potLabel = FreeText.checkName("Paradox", "potLabel",
        requireNonNull(potLabel, "Paradox 'potLabel' must not be null"));
    recipientName = FreeText.checkName("Paradox", "recipientName",
        requireNonNull(recipientName, "Paradox 'recipientName' must not be null"));
    requireNonNull(budget, "Paradox 'budget' must not be null");
    requireNonNull(amount, "Paradox 'amount' must not be null");
    requireNonNull(keyed, "Paradox 'keyed' must not be null");
    requireNonNull(redistributed, "Paradox 'redistributed' must not be null");
    requireNonNull(cause, "Paradox 'cause' must not be null");
    checkRule(shareMove >= -1 && shareMove <= 1, Paradox.class, recipient, "shareMove",
        "Paradox of %s: 'shareMove' must be 1, 0 or -1, but was %s", recipient, shareMove);
    int budgetMove = budget.after().compareTo(budget.before());
    checkRule(expectedRise ? budgetMove >= 0 && shareMove >= 0 && budgetMove + shareMove > 0
            : budgetMove <= 0 && shareMove <= 0 && budgetMove + shareMove < 0, Paradox.class,
        recipient, "expectedRise", "Paradox of %s: a %s is not what a budget %s and a share "
            + "moving %s lead one to expect", recipient, expectedRise ? "rise" : "fall", budget,
        shareMove);
    checkRule(expectedRise ? amount.isLoss() : amount.isGain(), Paradox.class, recipient, "amount",
        "Paradox of %s: the amount %s is no move against the expected %s", recipient, amount,
        expectedRise ? "rise" : "fall");
    checkRule(keyed.before().plus(redistributed.before()).equals(amount.before())
            && keyed.after().plus(redistributed.after()).equals(amount.after()), Paradox.class,
        recipient, "amount", "Paradox of %s: the parts %s and %s do not add up to %s", recipient,
        keyed, redistributed, amount);
  }

  /**
   * Returns the size of the move.
   *
   * @return what the recipient lost when a rise was expected, or gained when a fall was
   */
  public Amount move() {
    return expectedRise ? amount.loss() : amount.gain();
  }

  /**
   * Returns the paradox as a sentence, e.g. in Swedish {@code "Kiruna fick 0,01 kr mindre av
   * utvecklingsmedel till kommuner (0,02 kr → 0,01 kr), fast budgeten ökade (0,10 kr → 0,11 kr)
   * och dess andel av fördelningsnyckelns vikter var densamma. Orsak: avrundningen av sista öret i
   * fördelningsnyckeln (största rest)."}.
   *
   * @param language the language
   * @return the sentence
   */
  public String text(Language language) {
    requireNonNull(language, "Paradox 'language' must not be null");
    boolean sv = language == Language.SWEDISH;
    String budgetText = budget.isUnchanged()
        ? (sv ? "var densamma (" : "was the same (") + language.amount(budget.before()) + ")"
        : (budget.isGain() ? (sv ? "ökade" : "rose") : (sv ? "minskade" : "fell")) + " ("
            + language.amount(budget.before()) + " → " + language.amount(budget.after()) + ")";
    String shareText = shareMove == 0 ? (sv ? "var densamma" : "was the same")
        : shareMove > 0 ? (sv ? "ökade" : "rose") : (sv ? "minskade" : "fell");
    String pot = sv ? " av " + potLabel.toLowerCase(Locale.ROOT) : " from pot " + potId;
    return (sv ? recipientName : recipient.toString()) + (sv ? " fick " : " got ")
        + language.amount(move()) + (expectedRise ? (sv ? " mindre" : " less")
            : (sv ? " mer" : " more")) + pot
        + " (" + language.amount(amount.before()) + " → " + language.amount(amount.after())
        + "), " + (sv ? "fast budgeten " : "though the budget ") + budgetText
        + (sv ? " och dess andel av fördelningsnyckelns vikter "
            : " and its share of the key's weights ") + shareText + ". "
        + (sv ? "Orsak: " + cause.label() : "Cause: " + cause.english()) + ".";
  }
}
