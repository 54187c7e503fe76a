package se.utvecklingsmedel.json;

import java.util.Arrays;
import java.util.List;
import se.utvecklingsmedel.ledger.Account;
import se.utvecklingsmedel.ledger.EntryKind;
import se.utvecklingsmedel.ledger.Ledger;
import se.utvecklingsmedel.ledger.LedgerEntry;
import se.utvecklingsmedel.money.Amount;

/**
 * A round's ledger, written: the round, its illustration if any, what each account was credited
 * and debited, and every entry in date order. A ledger is computed from an allocation and its follow-up, never read.
 */
final class LedgerCodec {

  /**
   * What the entries moved into and out of one account: its balance is {@code credited -
   * debited} ({@code debited - credited} for the appropriation), defined for a round's or a pot's
   * ledger and not always for a recipient's part of it.
   */
  private record Moved(Account account, Amount credited, Amount debited) {
  }

  private static final Form<Moved> MOVED = Form.object(f -> {
    f.required("account", Moved::account, Form.of(Account.class));
    f.required("credited", Moved::credited, Form.AMOUNT);
    f.required("debited", Moved::debited, Form.AMOUNT);
    return f.build(LedgerCodec::computed);
  });

  static final Form<LedgerEntry> ENTRY = Form.object(f -> {
    f.required("date", LedgerEntry::date, Form.DATE);
    f.required("potId", LedgerEntry::potId, Form.POT_ID);
    f.optional("recipient", LedgerEntry::recipient, ValueCodec.RECIPIENT);
    f.required("kind", LedgerEntry::kind, Form.of(EntryKind.class));
    f.required("from", LedgerEntry::from, Form.of(Account.class));
    f.required("to", LedgerEntry::to, Form.of(Account.class));
    f.required("amount", LedgerEntry::amount, Form.AMOUNT);
    f.required("source", LedgerEntry::source, Form.STRING);
    return f.build(LedgerCodec::computed);
  });

  static final Form<Ledger> LEDGER = Form.object(f -> {
    f.required("round", ledger -> ledger.allocation().round().id().toString(), Form.STRING);
    f.optional("illustration", ledger -> ledger.allocation().illustration(), Form.STRING);
    f.required("accounts", LedgerCodec::accounts, MOVED.list());
    f.required("entries", Ledger::entries, ENTRY.list());
    return f.build(LedgerCodec::computed);
  });

  private LedgerCodec() {
  }

  private static List<Moved> accounts(Ledger ledger) {
    return Arrays.stream(Account.values())
        .map(a -> new Moved(a, ledger.credited(a), ledger.debited(a))).toList();
  }

  private static <T> T computed() {
    throw new UnsupportedOperationException("a ledger is computed with Ledger.of, never read");
  }
}
