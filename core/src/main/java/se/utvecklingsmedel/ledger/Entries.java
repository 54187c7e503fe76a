package se.utvecklingsmedel.ledger;

import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.followup.ClaimKind;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.followup.Settlement;
import se.utvecklingsmedel.grant.ApplicationPotAllocation;
import se.utvecklingsmedel.grant.AssignmentPotAllocation;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.BudgetKind;
import se.utvecklingsmedel.round.Condition;
import se.utvecklingsmedel.round.GovernmentDecision;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.UnspentCeiling;

/** Works out a round's entries, as {@link Ledger}'s class comment says, in the order money moves. */
final class Entries {

  private final RoundAllocation allocation;
  private final GrantRound round;
  private final LocalDate budgetSet;
  private final String budgetSource;
  private final Optional<LocalDate> conditionMet;

  Entries(RoundAllocation allocation) {
    this.allocation = allocation;
    this.round = allocation.round();
    this.budgetSet = round.decision().map(GovernmentDecision::date)
        .orElse(round.usePeriod().getStart());
    this.budgetSource = round.decision().map(GovernmentDecision::toString)
        .orElse("Omgång " + round.id().swedish() + ": budget");
    this.conditionMet = round.condition().flatMap(Condition::met);
  }

  /** Budgets, keyed amounts, grants, payments and money returned, pot by pot. */
  List<LedgerEntry> allocation() {
    List<LedgerEntry> entries = new ArrayList<>();
    for (PotAllocation pot : allocation.pots().values()) {
      PotId id = pot.pot().id();
      if (pot.budget().signum() > 0) {
        entries.add(new LedgerEntry(budgetSet, id, Optional.empty(), EntryKind.BUDGET_SET,
            Account.STATE, Account.POOL, pot.budget(), budgetSource));
      }
      List<LedgerEntry> grants = new ArrayList<>();
      if (pot instanceof RequisitionPotAllocation requisitions) {
        requisitionPot(requisitions, entries, grants);
      } else {
        boolean application = pot instanceof ApplicationPotAllocation;
        for (RecipientGrant grant : pot.grants().values()) {
          if (grant.granted().signum() > 0) {
            LocalDate day = application ? decided(grant, grant.decided(), "decided",
                "give the pot's decision date: ApplicationRules.withDecided")
                : grant.decided().orElse(budgetSet);
            grants.add(entry(day, grant.recipient(), id,
                application ? EntryKind.GRANTED_BY_APPLICATION : EntryKind.ASSIGNED,
                grant.granted(), application ? "Beslut om ansökan " + sv(day)
                    : "Uppdrag enligt " + budgetSource));
          }
        }
      }
      entries.addAll(grants);
      if (allocation.payable()) {
        for (LedgerEntry grant : grants) {
          if (grant.kind() == EntryKind.ASSIGNED) {
            continue; // at its recipient's disposal: no source records a payment of it
          }
          LocalDate day = paidOn(grant.date());
          entries.add(entry(day, grant.recipient().orElseThrow(), id, EntryKind.PAID_OUT,
              grant.amount(), "Utbetalning enligt beslutet " + sv(grant.date())
                  + (day.equals(grant.date()) ? "" : ", när villkoret uppfylldes " + sv(day))));
        }
      }
      if (pot.returned().signum() > 0) {
        LocalDate end = round.usePeriod().getEndInclusive();
        boolean otherUse = pot.pot().budgetKind() == BudgetKind.CEILING
            && round.unspentCeiling().orElseThrow() == UnspentCeiling.OTHER_USE_IN_COMMISSION;
        entries.add(otherUse
            ? new LedgerEntry(end, id, Optional.empty(), EntryKind.RELEASED_FOR_OTHER_USE,
                Account.POOL, Account.OTHER_USE, pot.returned(), "Det som inte fördelats inom "
                    + "taket " + UnspentCeiling.OTHER_USE_IN_COMMISSION.label() + " (omgångens "
                    + "regel), " + sv(end))
            : new LedgerEntry(end, id, Optional.empty(), EntryKind.RETURNED_TO_STATE,
                Account.POOL, Account.STATE, pot.returned(),
                "Ej fördelat vid användningstidens slut " + sv(end)));
      }
    }
    return entries;
  }

  private void requisitionPot(RequisitionPotAllocation pot, List<LedgerEntry> entries,
      List<LedgerEntry> grants) {
    PotId id = pot.pot().id();
    LocalDate returned = pot.rules().redistributionDecided()
        .or(() -> round.requisitionDeadline().map(d -> d.plusDays(1)))
        .orElse(round.usePeriod().getEndInclusive());
    List<LedgerEntry> unclaimed = new ArrayList<>();
    pot.keyedAmounts().forEach((recipient, keyed) -> {
      if (keyed.signum() > 0) {
        entries.add(entry(budgetSet, recipient, id, EntryKind.SET_ASIDE, keyed,
            "Fördelningsnyckeln: " + pot.key().basis()));
      }
      RecipientGrant grant = pot.grantOf(recipient);
      Amount accepted = grant.granted().minus(grant.redistributed());
      if (accepted.signum() > 0) {
        LocalDate day = decided(grant, grant.decided(), "decided",
            "a granted requisition is decided on its date");
        grants.add(entry(day, recipient, id, EntryKind.GRANTED_BY_KEY, accepted,
            "Rekvisition beviljad " + sv(day)));
      }
      if (keyed.isGreaterThan(accepted)) {
        unclaimed.add(entry(returned, recipient, id, EntryKind.UNCLAIMED_RETURNED,
            keyed.minus(accepted), "Ej rekvirerat den " + sv(returned)));
      }
    });
    entries.addAll(unclaimed);
    // A pot of a pool across pots: what it gave the pool's other pots, or received from them.
    String pool = "Gemensam fördelning av ej rekvirerade medel mellan "
        + round.unclaimedFundsPool(id).pots().stream()
            .map(p -> round.pot(p).label().toLowerCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.joining(" och ")) + " den " + sv(returned);
    if (pot.transferredOut().signum() > 0) {
      entries.add(new LedgerEntry(returned, id, Optional.empty(), EntryKind.TRANSFERRED_OUT,
          Account.POOL, Account.STATE, pot.transferredOut(), pool));
    }
    if (pot.transferredIn().signum() > 0) {
      entries.add(new LedgerEntry(returned, id, Optional.empty(), EntryKind.TRANSFERRED_IN,
          Account.STATE, Account.POOL, pot.transferredIn(), pool));
    }
    for (RecipientGrant grant : pot.grants().values()) {
      if (grant.redistributed().signum() > 0) {
        LocalDate day = decided(grant, grant.redistributionDecided(), "redistributionDecided",
            "give the date unclaimed funds were shared: RequisitionRules.withRedistributionDecided");
        grants.add(entry(day, grant.recipient(), id, EntryKind.REDISTRIBUTED,
            grant.redistributed(), "Beslut om fördelning av ej rekvirerade medel " + sv(day)));
      }
    }
  }

  /** A grant, by its pot and recipient. */
  private record Held(PotId pot, Recipient recipient) {
  }

  /**
   * Reports' use, claims raised and claims waived, settlement by settlement, after the allocation's
   * entries: a grant's last payment among them bounds the day its report is entered.
   */
  List<LedgerEntry> followUp(FollowUp followUp, List<LedgerEntry> allocated) {
    Map<Held, LocalDate> lastPaid = new HashMap<>();
    for (LedgerEntry e : allocated) {
      if (e.kind() == EntryKind.PAID_OUT) {
        lastPaid.merge(new Held(e.potId(), e.recipient().orElseThrow()), e.date(),
            Entries::later);
      }
    }
    List<LedgerEntry> entries = new ArrayList<>();
    Optional<LocalDate> afterDeadline = round.reportDeadline()
        .map(d -> followUp.deadlines().effective(d).plusDays(1));
    for (Settlement settlement : followUp.settlements()) {
      RecipientGrant grant = settlement.grant();
      LocalDate paid = lastPaid.get(new Held(grant.potId(), grant.recipient()));
      Optional<FollowUpReport> report = settlement.report();
      Optional<LocalDate> reported = report.map(r -> later(r.submitted(), paid));
      report.filter(r -> r.usedOfGrant().signum() > 0).ifPresent(r -> entries.add(entry(
          reported.orElseThrow(), grant.recipient(), grant.potId(), EntryKind.USED,
          r.usedOfGrant(), "Återrapportering inkommen " + sv(r.submitted()))));
      if (settlement.claims().isEmpty() && settlement.waived().isEmpty()) {
        continue;
      }
      // A complete report raises its claims when it comes in; a missing or incomplete one after
      // the deadline (only then does the follow-up raise any).
      boolean complete = report.map(FollowUpReport::complete).orElse(false);
      LocalDate raised = complete ? reported.orElseThrow()
          : later(afterDeadline.orElseThrow(), paid);
      for (Claim claim : settlement.claims()) {
        entries.add(claim(raised, claim, report.isPresent(),
            claim.kind() == ClaimKind.REPAYMENT ? EntryKind.REPAYMENT_CLAIMED
                : EntryKind.RECOVERY_CLAIMED, claim.reason().text(Language.SWEDISH)));
      }
      for (Claim claim : settlement.waived()) {
        entries.add(claim(raised, claim, report.isPresent(), EntryKind.WRITTEN_OFF,
            "Avskrivs: " + claim.kind().label().toLowerCase(java.util.Locale.ROOT) + " om "
                + claim.amount().toSwedishString() + " är under beloppsgränsen för krav, "
                + round.minimumClaim().orElseThrow().toSwedishString() + ", och krävs inte"));
      }
    }
    return entries;
  }

  /** A recovery of what a report says was used moves it from {@link Account#USED}. */
  private static LedgerEntry claim(LocalDate day, Claim claim, boolean reported, EntryKind kind,
      String source) {
    Account from = reported && claim.kind() == ClaimKind.RECOVERY ? Account.USED : Account.PAID;
    Account to = kind == EntryKind.WRITTEN_OFF ? Account.WRITTEN_OFF : Account.CLAIMED;
    return new LedgerEntry(day, claim.potId(), Optional.of(claim.recipient()), kind, from, to,
        claim.amount(), source);
  }

  /** A date as the Swedish texts write it: 15 september 2016. */
  private static String sv(LocalDate day) {
    return Language.SWEDISH.date(day);
  }

  private LocalDate paidOn(LocalDate decided) {
    return conditionMet.map(met -> later(met, decided)).orElse(decided);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LedgerEntry entry(LocalDate day, Recipient recipient, PotId pot, EntryKind kind,
      Amount amount, String source) {
    return new LedgerEntry(day, pot, Optional.of(recipient), kind, kind.from(), kind.to(), amount,
        source);
  }

  private LocalDate decided(RecipientGrant grant, Optional<LocalDate> date, String field,
      String how) {
    checkRule(date.isPresent(), Ledger.class, grant.recipient(), field,
        "Ledger of %s: the grant to %s in pot %s has no '%s' date, and the ledger enters money on "
            + "the day of its decision; %s", round.id(), grant.recipient(), grant.potId(), field,
        how);
    return date.orElseThrow();
  }
}
