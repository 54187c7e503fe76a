package se.utvecklingsmedel.ledger;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.PotId;

/** A recipient's account as text ({@link Ledger#statement}). */
final class Statement {

  /** The accounts a recipient's money can stand in, in the order money moves through them. */
  private static final Set<Account> HELD = EnumSet.range(Account.SET_ASIDE, Account.REPAID);

  private Statement() {
  }

  static String of(Ledger ledger, Recipient recipient, Language language) {
    boolean swedish = language == Language.SWEDISH;
    Ledger own = ledger.forRecipient(recipient);
    LocalDate named = own.entries().isEmpty() ? ledger.allocation().round().usePeriod().getStart()
        : own.entries().get(0).date();
    StringBuilder text = new StringBuilder();
    ledger.allocation().illustration().ifPresent(note -> text.append(swedish
        ? "ILLUSTRATIVT EXEMPEL: " : "ILLUSTRATIVE EXAMPLE: ").append(note).append('\n'));
    text.append(swedish ? "Kontoutdrag: " : "Account: ").append(swedish
        ? recipient.swedishLabelAsOf(named) : recipient.toString()).append('\n');
    text.append(swedish ? "Utvecklingsmedel " + ledger.allocation().round().id().swedish()
        : "Development funds, round " + ledger.allocation().round().id()).append('\n');
    if (own.entries().isEmpty()) {
      return text.append(swedish ? "Inga händelser.\n" : "No entries.\n").toString();
    }
    for (PotId pot : ledger.allocation().pots().keySet()) {
      Ledger its = own.forPot(pot);
      if (its.entries().isEmpty()) {
        continue;
      }
      text.append('\n').append(swedish ? ledger.allocation().pot(pot).pot().label()
          : "Pot " + pot).append('\n');
      text.append(String.format("%-10s  %-41s %18s\n", swedish ? "Datum" : "Date",
          swedish ? "Händelse" : "Entry", swedish ? "Belopp" : "Amount"));
      for (LedgerEntry entry : its.entries()) {
        text.append(String.format("%-10s  %-41s %18s\n", entry.date(),
            swedish ? entry.kind().label() : entry.kind().english(),
            language.amount(entry.amount())));
      }
      LocalDate last = its.entries().get(its.entries().size() - 1).date();
      text.append(swedish ? "Ställning " : "Standing on ").append(last).append(':');
      boolean any = false;
      for (Account account : HELD) {
        Amount held = its.balance(account);
        if (held.signum() > 0) {
          any = true;
          text.append(swedish ? "\n– " : "\n- ")
              .append(swedish ? account.label() : account.english()).append(": ")
              .append(language.amount(held));
        }
      }
      text.append(any ? "" : swedish ? " 0,00 kr på alla konton" : " 0.00 kr in every account")
          .append('\n');
    }
    return text.toString();
  }
}
