package se.utvecklingsmedel.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.followup.ClaimKind;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.followup.Settlement;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.testkit.Generators;

/**
 * The ledger reconciles to the öre with every pot total, grant, settlement and claim, and its
 * accounts balance at the end of every day: over the test kit's dated follow-ups (capped shares of
 * unclaimed funds, late, incomplete and missing reports, recoveries, claims below a minimum).
 */
class LedgerProperties {

  private static final Set<EntryKind> GRANTING = EnumSet.of(EntryKind.GRANTED_BY_KEY,
      EntryKind.REDISTRIBUTED, EntryKind.GRANTED_BY_APPLICATION, EntryKind.ASSIGNED);

  @Provide
  Arbitrary<FollowUp> followUps() {
    return Generators.datedFollowUps();
  }

  private static Amount granted(Ledger ledger) {
    return GRANTING.stream().map(ledger::total).collect(Amount.summing());
  }

  private static Amount claims(Settlement settlement, ClaimKind kind) {
    return settlement.claims().stream().filter(c -> c.kind() == kind).map(Claim::amount)
        .collect(Amount.summing());
  }

  @Property(tries = 300)
  void reconcilesWithEveryPotGrantSettlementAndClaim(@ForAll("followUps") FollowUp followUp) {
    Ledger ledger = Ledger.of(followUp);
    for (PotAllocation pot : followUp.allocation().pots().values()) {
      Ledger its = ledger.forPot(pot.pot().id());
      assertThat(its.total(EntryKind.BUDGET_SET)).isEqualTo(pot.budget());
      assertThat(granted(its)).isEqualTo(pot.granted());
      assertThat(its.total(EntryKind.RETURNED_TO_STATE)).isEqualTo(pot.returned());
      if (pot instanceof RequisitionPotAllocation requisitions) {
        assertThat(its.total(EntryKind.SET_ASIDE)).isEqualTo(pot.budget());
        assertThat(its.total(EntryKind.GRANTED_BY_KEY)).isEqualTo(requisitions.requisitioned());
        assertThat(its.total(EntryKind.UNCLAIMED_RETURNED)).isEqualTo(requisitions.unclaimed());
        assertThat(its.total(EntryKind.REDISTRIBUTED)).isEqualTo(requisitions.redistributed());
      }
      for (RecipientGrant grant : pot.grants().values()) {
        Ledger own = its.forRecipient(grant.recipient());
        assertThat(granted(own)).isEqualTo(grant.granted());
        assertThat(own.total(EntryKind.PAID_OUT)).isEqualTo(grant.granted());
        assertThat(own.total(EntryKind.REDISTRIBUTED)).isEqualTo(grant.redistributed());
        grant.keyedAmount().ifPresent(keyed ->
            assertThat(own.total(EntryKind.SET_ASIDE)).isEqualTo(keyed));
      }
    }
    for (Settlement settlement : followUp.settlements()) {
      Ledger own = ledger.forPot(settlement.grant().potId())
          .forRecipient(settlement.grant().recipient());
      assertThat(own.total(EntryKind.USED)).isEqualTo(settlement.report()
          .map(FollowUpReport::usedOfGrant).orElse(Amount.zero()));
      assertThat(own.total(EntryKind.REPAYMENT_CLAIMED))
          .isEqualTo(claims(settlement, ClaimKind.REPAYMENT));
      assertThat(own.total(EntryKind.RECOVERY_CLAIMED))
          .isEqualTo(claims(settlement, ClaimKind.RECOVERY));
      assertThat(own.balance(Account.CLAIMED)).isEqualTo(settlement.claimed());
      assertThat(own.total(EntryKind.WRITTEN_OFF)).isEqualTo(settlement.waived().stream()
          .map(Claim::amount).collect(Amount.summing()));
      // What was paid out is used, held, claimed back or written off: nothing else.
      assertThat(Amount.total(own.balance(Account.PAID), own.balance(Account.USED),
          own.balance(Account.CLAIMED), own.balance(Account.WRITTEN_OFF)))
          .isEqualTo(settlement.grant().granted());
    }
    assertThat(ledger.entries().stream().filter(e -> e.kind() == EntryKind.REPAYMENT_CLAIMED
        || e.kind() == EntryKind.RECOVERY_CLAIMED)).hasSize(followUp.claims().size());
    // The cases the issue names do occur: write-offs, recoveries, capped shares, late reports.
    Statistics.label("written off").collect(ledger.total(EntryKind.WRITTEN_OFF).signum() > 0);
    Statistics.label("recovery").collect(ledger.total(EntryKind.RECOVERY_CLAIMED).signum() > 0);
    Statistics.label("capped share").collect(followUp.allocation().pots().values().stream()
        .anyMatch(p -> p instanceof RequisitionPotAllocation r && r.redistribution()
            .map(a -> a.certificate().stream().anyMatch(line -> line.capBound())).orElse(false)));
    Statistics.label("late report").collect(followUp.settlements().stream()
        .anyMatch(st -> st.timing() == se.utvecklingsmedel.followup.ReportTiming.LATE));
    for (String label : List.of("written off", "recovery", "capped share", "late report")) {
      Statistics.label(label).coverage(check -> check.check(true).percentage(p -> p >= 5));
    }
  }

  @Property(tries = 200)
  void theAccountsBalanceAtTheEndOfEveryDayAndNoneHoldsLessThanNothing(
      @ForAll("followUps") FollowUp followUp) {
    Ledger ledger = Ledger.of(followUp);
    List<Ledger> views = new ArrayList<>();
    views.add(ledger);
    ledger.recipients().forEach(r -> views.add(ledger.forRecipient(r)));
    Set<LocalDate> days = new TreeSet<>();
    ledger.entries().forEach(e -> days.add(e.date()));
    for (LocalDate day : days) {
      Ledger then = ledger.asOf(day);
      Amount others = Amount.zero();
      for (Account account : Account.values()) {
        if (account != Account.STATE) {
          others = others.plus(then.balance(account)); // throws if it held less than nothing
        }
      }
      assertThat(then.balance(Account.STATE)).isEqualTo(others);
      for (Ledger view : views.subList(1, views.size())) {
        for (Account account : EnumSet.range(Account.SET_ASIDE, Account.WRITTEN_OFF)) {
          view.asOf(day).balance(account);
        }
      }
    }
    assertThat(ledger.entries()).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
    assertThat(ledger.entries()).allMatch(e -> !e.date().isAfter(followUp.asOf()));
  }

  @Property(tries = 100)
  void theSameFollowUpInAnyOrderOfReportsGivesTheSameLedger(
      @ForAll("followUps") FollowUp followUp) {
    List<FollowUpReport> reports = new ArrayList<>();
    followUp.settlements().forEach(s -> s.report().ifPresent(reports::add));
    List<FollowUpReport> reversed = new ArrayList<>(reports);
    java.util.Collections.reverse(reversed);
    FollowUp again = FollowUp.of(followUp.allocation(), reversed, followUp.asOf());
    assertThat(Ledger.of(again)).isEqualTo(Ledger.of(followUp));
  }

  @Property(tries = 100)
  void repayingEveryClaimInFullLeavesNothingOwed(@ForAll("followUps") FollowUp followUp) {
    Ledger ledger = Ledger.of(followUp);
    Ledger repaid = ledger;
    Amount claimed = Amount.zero();
    for (Settlement settlement : followUp.settlements()) {
      if (settlement.claimed().signum() > 0) {
        repaid = repaid.repaid(settlement.grant().recipient(), settlement.grant().potId(),
            followUp.asOf(), settlement.claimed());
        claimed = claimed.plus(settlement.claimed());
      }
    }
    assertThat(repaid.balance(Account.CLAIMED)).isEqualTo(Amount.zero());
    assertThat(repaid.total(EntryKind.REPAID)).isEqualTo(claimed);
    assertThat(repaid.balance(Account.REPAID)).isEqualTo(claimed);
    assertThat(repaid.balance(Account.STATE)).isEqualTo(ledger.balance(Account.STATE));
  }
}
