package se.utvecklingsmedel.ledger;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.PotId;

/**
 * A round's ledger (<i>huvudbok</i>): every movement of its money, dated, from the budget the
 * government set to what each recipient used or owes back, as an immutable list of {@link
 * LedgerEntry entries} in date order.
 *
 * <p>Built from an allocation ({@link #of(RoundAllocation)}) or from its follow-up ({@link
 * #of(FollowUp)}), it reconciles to the öre: per pot, the budget set is the pot's budget, and its
 * grants, keyed amounts, redistribution and money returned to the state are the allocation's; per
 * recipient, what is granted is its grant, what is used is its report's, what is claimed back and
 * written off is its settlement's. Every entry moves money between two {@link Account accounts}, so
 * the accounts always balance: what the round has {@linkplain #balance(Account) drawn from the
 * state} equals what all other accounts hold.
 *
 * <p>Dates (team decisions where the 2016 account is silent): a pot's budget is set, and its keyed
 * amounts set aside, on the day of the government's decision (the start of the use period if the
 * round records none); a grant is entered on the day of its decision ({@link
 * se.utvecklingsmedel.grant.RecipientGrant#decided()}, {@link
 * se.utvecklingsmedel.grant.RecipientGrant#redistributionDecided()}) and paid out the same day, or
 * on the day the round's condition is met if later; keyed money not requisitioned returns to the
 * pool on the day unclaimed funds are shared (else the day after the requisition deadline, else
 * the end of the use period); money nobody could take returns to the state at the end of the use
 * period; a report's use is entered on the day it came in (not before the money it reports on was
 * paid); a claim is raised on that day, or, for a report missing or incomplete at the report
 * deadline, on the day after the deadline as lagen (1930:173) moves it. A round resting on a
 * condition not yet met has grants but no payments.
 *
 * <p>The ledger is append-only: {@link #repaid} adds a repayment received on a claim; nothing is
 * ever changed or removed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ledger {

  private static final Comparator<LedgerEntry> BY_DATE = Comparator.comparing(LedgerEntry::date);

  private final RoundAllocation allocation;
  private final ImmutableList<LedgerEntry> entries;

  private Ledger(RoundAllocation allocation, ImmutableList<LedgerEntry> entries) {
    this.allocation = allocation;
    this.entries = entries;
  }

  /**
   * Returns the ledger of an allocation: budgets, keyed amounts, grants and payments.
   *
   * @param allocation the allocation
   * @return the ledger
   * @throws IllegalArgumentException if a grant's decision has no date (an application pot decided
   *     without {@code ApplicationRules.withDecided}, a share of unclaimed funds without {@code
   *     RequisitionRules.withRedistributionDecided}); the message names the grant
   */
  public static Ledger of(RoundAllocation allocation) {
    requireNonNull(allocation, "Ledger 'allocation' must not be null");
    return new Ledger(allocation, sorted(new Entries(allocation).allocation()));
  }

  /**
   * Returns the ledger of a follow-up: its allocation's entries, then what each report says was
   * used, each claim raised and each claim written off.
   *
   * @param followUp the follow-up
   * @return the ledger, as of the follow-up's day
   * @throws IllegalArgumentException as {@link #of(RoundAllocation)} says
   */
  public static Ledger of(FollowUp followUp) {
    requireNonNull(followUp, "Ledger 'followUp' must not be null");
    Entries entries = new Entries(followUp.allocation());
    List<LedgerEntry> all = entries.allocation();
    all.addAll(entries.followUp(followUp, all));
    return new Ledger(followUp.allocation(), sorted(all));
  }

  private static ImmutableList<LedgerEntry> sorted(List<LedgerEntry> entries) {
    return ImmutableList.sortedCopyOf(BY_DATE, entries); // stable: a day's entries keep their order
  }

  /**
   * Returns the allocation the ledger follows.
   *
   * @return the allocation
   */
  public RoundAllocation allocation() {
    return allocation;
  }

  /**
   * Returns the entries, in date order; on one day, in the order the money moved.
   *
   * @return the entries
   */
  public ImmutableList<LedgerEntry> entries() {
    return entries;
  }

  /**
   * Returns the ledger as it stood at the end of a day: the entries dated on or before it.
   *
   * @param day the day
   * @return the ledger up to that day
   */
  public Ledger asOf(LocalDate day) {
    requireNonNull(day, "Ledger 'day' must not be null");
    return select(e -> !e.date().isAfter(day));
  }

  /**
   * Returns one pot's entries.
   *
   * @param potId the pot
   * @return the pot's ledger
   */
  public Ledger forPot(PotId potId) {
    requireNonNull(potId, "Ledger 'potId' must not be null");
    return select(e -> e.potId().equals(potId));
  }

  /**
   * Returns one recipient's entries, in every pot (its <i>kontoutdrag</i>, as data).
   *
   * @param recipient the recipient, one with a grant in a pot of the allocation
   * @return the recipient's ledger, empty if none of its entries is left in this one
   * @throws IllegalArgumentException if the allocation has no grant to the recipient
   */
  public Ledger forRecipient(Recipient recipient) {
    checkRecipient(recipient);
    return select(e -> e.recipient().filter(recipient::equals).isPresent());
  }

  /**
   * A recipient asked for must have a grant in the allocation (team decision: a mistyped
   * recipient's account is refused, as {@code FollowUp.settlementOf} refuses it, not shown as one
   * with no entries).
   */
  private void checkRecipient(Recipient recipient) {
    requireNonNull(recipient, "Ledger 'recipient' must not be null");
    checkRule(!allocation.grantsTo(recipient).isEmpty(), Ledger.class, recipient, "recipient",
        "Ledger of %s: %s has no grant in any pot of the allocation", allocation.round().id(),
        recipient);
  }

  private Ledger select(Predicate<LedgerEntry> wanted) {
    return new Ledger(allocation, entries.stream().filter(wanted)
        .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns the recipients the entries name, in recipient order.
   *
   * @return the recipients
   */
  public ImmutableSortedSet<Recipient> recipients() {
    return entries.stream().flatMap(e -> e.recipient().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /**
   * Returns the total moved by entries of one kind.
   *
   * @param kind the kind
   * @return the sum of its entries
   */
  public Amount total(EntryKind kind) {
    requireNonNull(kind, "Ledger 'kind' must not be null");
    return entries.stream().filter(e -> e.kind() == kind).map(LedgerEntry::amount)
        .collect(Amount.summing());
  }

  /**
   * Returns the total the entries credit to an account.
   *
   * @param account the account
   * @return the sum moved into it
   */
  public Amount credited(Account account) {
    requireNonNull(account, "Ledger 'account' must not be null");
    return entries.stream().filter(e -> e.to() == account).map(LedgerEntry::amount)
        .collect(Amount.summing());
  }

  /**
   * Returns the total the entries debit from an account.
   *
   * @param account the account
   * @return the sum moved out of it
   */
  public Amount debited(Account account) {
    requireNonNull(account, "Ledger 'account' must not be null");
    return entries.stream().filter(e -> e.from() == account).map(LedgerEntry::amount)
        .collect(Amount.summing());
  }

  /**
   * Returns what an account holds: {@code credited - debited}; for {@link Account#STATE}, what the
   * round has drawn from the state, net ({@code debited - credited}). In a round's or a pot's
   * ledger, at the end of any day, no account holds less than nothing, and the state's balance is
   * the sum of all the others'.
   *
   * @param account the account
   * @return the balance
   * @throws IllegalStateException if the entries give more from the account than they put in, as
   *     a recipient's entries do for {@link Account#POOL} and {@link Account#STATE} (ask {@link
   *     #credited} and {@link #debited} instead)
   */
  public Amount balance(Account account) {
    requireNonNull(account, "Ledger 'account' must not be null");
    Amount in = credited(account);
    Amount out = debited(account);
    Amount more = account == Account.STATE ? out : in;
    Amount less = account == Account.STATE ? in : out;
    if (less.isGreaterThan(more)) {
      throw new IllegalStateException("Ledger: within these entries account " + account + " ("
          + account.label() + ") " + (account == Account.STATE ? "receives " : "gives ")
          + less.minus(more) + " kr more than it " + (account == Account.STATE ? "gives" : "gets")
          + "; ask credited and debited for a recipient's part of the pool or the state");
    }
    return more.minus(less);
  }

  /**
   * Returns this ledger with a repayment received on a recipient's claims in a pot appended: money
   * moved from {@link Account#CLAIMED} to {@link Account#REPAID}, repaid to Socialstyrelsen.
   *
   * @param recipient who repaid
   * @param potId the pot of its grant
   * @param on the day the money came in
   * @param amount the sum received, above zero
   * @return the ledger with the entry appended
   * @throws IllegalArgumentException if the recipient has no claim in the pot, the day is before its
   *     first claim was raised, or the amount is not above zero or is more than it owes in the pot
   *     on that day or on any later day of the ledger
   */
  public Ledger repaid(Recipient recipient, PotId potId, LocalDate on, Amount amount) {
    requireNonNull(recipient, "Ledger 'recipient' must not be null");
    requireNonNull(potId, "Ledger 'potId' must not be null");
    requireNonNull(on, "Ledger 'on' must not be null");
    requireNonNull(amount, "Ledger 'amount' must not be null");
    checkRule(amount.signum() > 0, Ledger.class, recipient, "amount",
        "Ledger of %s: a repayment by %s must be above zero", allocation.round().id(), recipient);
    Ledger owed = forPot(potId).forRecipient(recipient);
    List<LocalDate> raised = owed.entries.stream().filter(e -> e.to() == Account.CLAIMED)
        .map(LedgerEntry::date).distinct().toList();
    checkRule(!raised.isEmpty(), Ledger.class, recipient, "recipient",
        "Ledger of %s: %s has no claim in pot %s to repay", allocation.round().id(), recipient,
        potId);
    checkRule(!on.isBefore(raised.get(0)), Ledger.class, recipient, "on",
        "Ledger of %s: %s repaid on %s, before its first claim in pot %s was raised on %s",
        allocation.round().id(), recipient, on, potId, raised.get(0));
    long balance = 0;
    int i = 0;
    ImmutableList<LedgerEntry> its = owed.entries;
    for (; i < its.size() && !its.get(i).date().isAfter(on); i++) {
      balance += its.get(i).signedOre(Account.CLAIMED);
    }
    long least = balance;
    for (; i < its.size(); i++) {
      balance += its.get(i).signedOre(Account.CLAIMED);
      least = Math.min(least, balance);
    }
    checkRule(amount.toOre() <= least, Ledger.class, recipient, "amount",
        "Ledger of %s: %s repaid %s kr in pot %s on %s, but owes %s kr then or later (claims "
            + "raised on %s)", allocation.round().id(), recipient, amount, potId, on,
        Amount.ofOre(Math.max(least, 0)), raised);
    List<LedgerEntry> all = new ArrayList<>(entries);
    all.add(new LedgerEntry(on, potId, Optional.of(recipient), EntryKind.REPAID, Account.CLAIMED,
        Account.REPAID, amount, "Inbetalning " + Language.SWEDISH.date(on)));
    return new Ledger(allocation, sorted(all));
  }

  /**
   * Returns a recipient's account (<i>kontoutdrag</i>): each of its entries with the amount it holds
   * after it, then what it stands at in each account, ready to print.
   *
   * @param recipient the recipient, one with a grant in a pot of the allocation
   * @param language the language
   * @return the text, lines separated by {@code \n}
   * @throws IllegalArgumentException if the allocation has no grant to the recipient
   */
  public String statement(Recipient recipient, Language language) {
    checkRecipient(recipient);
    requireNonNull(language, "Ledger 'language' must not be null");
    return Statement.of(this, recipient, language);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Ledger other && allocation.equals(other.allocation)
        && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /**
   * Returns a one-line summary, e.g. {@code "Ledger of 2016:1: 1204 entries, drawn 94750000.00 kr"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    Amount drawn = debited(Account.STATE).minusOrZero(credited(Account.STATE));
    return "Ledger of " + allocation.round().id() + ": " + entries.size() + " entries, drawn "
        + drawn + " kr";
  }
}
