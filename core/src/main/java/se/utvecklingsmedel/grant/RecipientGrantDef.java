package se.utvecklingsmedel.grant;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import se.utvecklingsmedel.ResultStyle;
import se.utvecklingsmedel.decision.Decision;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.decision.Reason;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.PotId;

/**
 * One recipient's outcome in one pot (<i>beslutat belopp</i>): what it was keyed, what it asked
 * for, what it received, the decision, and the reasons: each figure as data with the rule applied
 * ({@link Reason}), rendered on demand in Swedish or English ({@link #decisionText(Language)
 * decisionText}).
 *
 * <p>Made by {@link RoundAllocation}. Guarantees: {@code granted = accepted request +
 * redistributed}, where the accepted request is the requested amount for a granted requisition and
 * zero for a rejected or missing one; an application is never granted more than it applied for.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ResultStyle
abstract class RecipientGrantDef {

  RecipientGrantDef() {
  }

  /**
   * Returns the recipient.
   *
   * @return the recipient
   */
  public abstract Recipient recipient();

  /**
   * Returns the id of the pot.
   *
   * @return the pot id
   */
  public abstract PotId potId();

  /**
   * Returns the recipient's name as of the round's year ({@link Recipient#displayNameAsOf}: a
   * county council is <i>landstinget i …</i> until 2019), as the decision text names it.
   *
   * @return the name in the round's year
   */
  public abstract String recipientName();

  /**
   * Returns the pot's label, as the round names it ({@code Utvecklingsmedel till kommuner}): how a
   * Swedish decision text names the pot.
   *
   * @return the pot's label
   */
  public abstract String potLabel();

  /**
   * Returns the day the recipient's request was decided (<i>beslutsdatum</i>): for a requisition
   * the day it was received, since a requisition within its keyed amount is accepted as it comes in
   * (team decision: the 2016 account describes no separate step of acceptance, "fördelade ... efter
   * rekvisition"); for an application the pot's decision date ({@link ApplicationRules#decided()}).
   *
   * @return the date, or empty when nothing was requisitioned or the pot's decision date is not
   *     given
   */
  public abstract Optional<LocalDate> decided();

  /**
   * Returns the day the recipient's share of unclaimed funds was decided: the later decision that
   * shared them ({@link RequisitionRules#redistributionDecided()}; the 2016 account: "fördelades i
   * ett senare steg").
   *
   * @return the date, or empty when the recipient got no share or the date is not given
   */
  public abstract Optional<LocalDate> redistributionDecided();

  /**
   * Returns whether the grant is computed from invented recipient-level data ({@link
   * RoundAllocation#illustration()}): its decision text then says so first.
   *
   * @return true for an illustrative grant; false by default
   */
  @Value.Default
  public boolean illustrative() {
    return false;
  }

  /**
   * Returns the keyed amount, for a requisition pot.
   *
   * @return the amount the distribution key sets, or empty for an application pot
   */
  public abstract Optional<Amount> keyedAmount();

  /**
   * Returns what the recipient asked for: the amount requisitioned or applied for.
   *
   * @return the request, zero if it asked for nothing
   */
  public abstract Amount requested();

  /**
   * Returns the recipient's share of unclaimed funds.
   *
   * @return the amount redistributed to it, zero for an application pot
   */
  public abstract Amount redistributed();

  /**
   * Returns the total granted.
   *
   * @return the amount granted
   */
  public abstract Amount granted();

  /**
   * Returns the decision.
   *
   * @return the decision
   */
  public abstract Decision decision();

  /**
   * Returns the application's priority, for an application pot.
   *
   * @return the priority, or empty
   */
  public abstract Optional<Priority> priority();

  /**
   * Returns the reasons, in the order the decision took its steps: what the key set, what was asked
   * for, the share of unclaimed funds or the priority and award, and the total.
   *
   * @return the reasons, as data
   */
  public abstract List<Reason> reasons();

  /**
   * Returns the decision and its reasons as a text for a decision letter (<i>beslutsunderlag</i>),
   * e.g. in Swedish:
   *
   * <pre>{@code
   * Beslut om utvecklingsmedel till kommuner: Upplands Väsby (0114)
   * Beslutsdatum: 1 mars 2016
   * Beslut: Beviljas
   * Beviljat belopp: 123 456,00 kr
   * Skäl för beslutet:
   * – Avsatt belopp enligt fördelningsnyckeln (…): 120 000,00 kr. …
   * – Rekvisitionen om 120 000,00 kr kom in den 1 mars 2016. Den överstiger inte …
   * – …
   * }</pre>
   *
   * @param language the language
   * @return the text, lines separated by {@code \n}
   */
  public String decisionText(Language language) {
    requireNonNull(language, "RecipientGrant 'language' must not be null");
    boolean swedish = language == Language.SWEDISH;
    List<String> lines = new ArrayList<>();
    if (illustrative()) {
      lines.add(swedish ? ILLUSTRATIVE_SWEDISH : ILLUSTRATIVE_ENGLISH);
    }
    lines.add(swedish ? "Beslut om " + lowerFirst(potLabel()) + ": " + recipientName()
        + " (" + recipient().id() + ")" : "Decision on development funds: "
        + recipientName() + " (" + recipient().id() + "), pot " + potId());
    decided().ifPresent(date -> lines.add((swedish ? "Beslutsdatum: " : "Decided: ")
        + language.date(date)));
    redistributionDecided().ifPresent(date -> lines.add((swedish
        ? "Beslutsdatum för ytterligare utvecklingsmedel: " : "Share of unclaimed funds decided: ")
        + language.date(date)));
    lines.add(swedish ? "Beslut: " + swedish(decision())
        : "Decision: " + decision().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    lines.add((swedish ? "Beviljat belopp: " : "Amount granted: ") + language.amount(granted()));
    lines.add(swedish ? "Skäl för beslutet:" : "Reasons:");
    reasons().forEach(r -> lines.add((swedish ? "– " : "- ") + r.text(language)));
    return String.join("\n", lines) + "\n";
  }

  /** "Utvecklingsmedel till kommuner" as it reads after "Beslut om"; "NCK …" as it is. */
  private static String lowerFirst(String label) {
    return label.length() > 1 && Character.isLowerCase(label.charAt(1))
        ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
  }

  /** The first line of an illustrative grant's text, in Swedish. */
  static final String ILLUSTRATIVE_SWEDISH = "ILLUSTRATIVT EXEMPEL: beloppen, datumen och "
      + "uppgifterna om mottagaren är påhittade och fördelningsreglerna är antaganden; detta är "
      + "inte ett beslut av Socialstyrelsen.";

  /** The first line of an illustrative grant's text, in English. */
  static final String ILLUSTRATIVE_ENGLISH = "ILLUSTRATIVE EXAMPLE: the amounts, the dates and "
      + "the facts about the recipient are invented and the rules of distribution are assumptions; "
      + "this is not a decision of Socialstyrelsen.";

  /** The decision as a decision letter states it: "Beviljas", "Avslås". */
  private static String swedish(Decision decision) {
    switch (decision) {
      case GRANTED:
        return "Beviljas";
      case PARTIALLY_GRANTED:
        return "Beviljas delvis";
      case REJECTED:
        return "Avslås";
      case NOT_REQUISITIONED:
        return "Ingen rekvisition har kommit in";
      case ASSIGNED:
        return "Medel för att genomföra uppdraget";
      default:
        throw new AssertionError(decision);
    }
  }

  @Value.Check
  void check() {
    // In öre: this runs for every grant of a round, and an Amount per check was a tenth of it.
    checkState(!redistributed().isGreaterThan(granted()),
        "RecipientGrant %s: redistributed more than granted", recipient());
    checkState(keyedAmount().isEmpty() || decision() != Decision.GRANTED
            || granted().toOre() - redistributed().toOre() == requested().toOre(),
        "RecipientGrant %s: a granted requisition must be accepted in full", recipient());
    checkState(keyedAmount().isPresent() || !granted().isGreaterThan(requested()),
        "RecipientGrant %s: granted more than applied for", recipient());
    checkState(redistributionDecided().isEmpty() || redistributed().signum() > 0,
        "RecipientGrant %s: a redistribution date without a share of unclaimed funds", recipient());
  }

  @Override
  public String toString() {
    return recipient() + " in " + potId() + ": " + decision().label() + ", granted " + granted()
        + " kr";
  }
}
