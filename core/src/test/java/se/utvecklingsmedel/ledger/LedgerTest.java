package se.utvecklingsmedel.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.ApplicationRules;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.Condition;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * The ledger on a hand-computed round: the municipalities' 50 MSEK keyed 90/10 to Stockholm and
 * Kiruna, Kiruna requisitioning 1 of its 5 MSEK, Stockholm asking for the 4 MSEK left; one
 * non-profit granted 400 kr. Every figure below is worked out by hand from those inputs.
 */
class LedgerTest {

  private static final Municipality STOCKHOLM = ReferenceData.municipality("0180");
  private static final Municipality KIRUNA = ReferenceData.municipality("2584");
  private static final NonProfitOrganisation SHELTER = NonProfitOrganisation.of("802000-1239",
      "Kvinnojouren");
  private static final DistributionKey KEY = DistributionKey.byWeights("bilaga 2",
      Weights.<Recipient>builder().put(STOCKHOLM, 900).put(KIRUNA, 100).build());
  private static final LocalDate SHARED = LocalDate.of(2016, 9, 15);
  private static final LocalDate REPORT_DAY = LocalDate.of(2017, 3, 20);
  /** The 2016 round with a report deadline (the sources give none) and a repayment deadline. */
  private static final GrantRound ROUND = GrantRound.builder().from(RoundCatalogue.round2016())
      .reportDeadline(LocalDate.of(2017, 3, 31)).repaymentDeadline(LocalDate.of(2017, 4, 30))
      .build();

  private static RoundAllocation allocation(GrantRound round) {
    return RoundAllocation.builder(round)
        .requisitions(PotId.MUNICIPALITIES, KEY, List.of(
            Requisition.builder().recipient(STOCKHOLM).amount(Amount.ofKronor(45_000_000))
                .date(LocalDate.of(2016, 3, 1)).wantsUnclaimedFunds(true).build(),
            Requisition.builder().recipient(KIRUNA).amount(Amount.ofKronor(1_000_000))
                .date(LocalDate.of(2016, 4, 4)).build()),
            RequisitionRules.defaults().withRedistributionDecided(SHARED))
        .applications(PotId.NON_PROFITS, List.of(Application.builder().applicant(SHELTER)
                .amount(Amount.ofKronor(400)).addDevelopmentArea(DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN)
                .date(LocalDate.of(2016, 2, 1)).build()),
            ApplicationRules.defaults().withDecided(LocalDate.of(2016, 4, 15)))
        .buildPartial();
  }

  private static FollowUp followUp(GrantRound round) {
    // Stockholm used 40 of its 49 MSEK; Kiruna never reported.
    FollowUpReport stockholm = FollowUpReport.builder().recipient(STOCKHOLM)
        .potId(PotId.MUNICIPALITIES).granted(Amount.ofKronor(49_000_000))
        .used(Amount.ofKronor(40_000_000)).submitted(REPORT_DAY).complete(true).hadActivity(true)
        .build();
    return FollowUp.of(allocation(round), List.of(stockholm), LocalDate.of(2017, 6, 1));
  }

  @Test
  void theMunicipalitiesMoneyFromBudgetToClaims() {
    Ledger ledger = Ledger.of(followUp(ROUND)).forPot(PotId.MUNICIPALITIES);
    assertThat(ledger.entries()).extracting(e -> e.date() + " " + e.kind() + " "
        + e.recipient().map(Recipient::id).orElse("-") + " " + e.amount()).containsExactly(
        "2016-01-28 BUDGET_SET - 50000000.00",
        "2016-01-28 SET_ASIDE 0180 45000000.00",
        "2016-01-28 SET_ASIDE 2584 5000000.00",
        "2016-03-01 GRANTED_BY_KEY 0180 45000000.00",
        "2016-03-01 PAID_OUT 0180 45000000.00",
        "2016-04-04 GRANTED_BY_KEY 2584 1000000.00",
        "2016-04-04 PAID_OUT 2584 1000000.00",
        "2016-09-15 UNCLAIMED_RETURNED 2584 4000000.00",
        "2016-09-15 REDISTRIBUTED 0180 4000000.00",
        "2016-09-15 PAID_OUT 0180 4000000.00",
        "2017-03-20 USED 0180 40000000.00",
        "2017-03-20 REPAYMENT_CLAIMED 0180 9000000.00",
        // The report deadline 31 March 2017 is a Friday: the recovery is raised the day after.
        "2017-04-01 RECOVERY_CLAIMED 2584 1000000.00");
    assertThat(ledger.balance(Account.STATE)).isEqualTo(Amount.ofKronor(50_000_000));
    assertThat(ledger.balance(Account.USED)).isEqualTo(Amount.ofKronor(40_000_000));
    assertThat(ledger.balance(Account.CLAIMED)).isEqualTo(Amount.ofKronor(10_000_000));
    assertThat(ledger.balance(Account.PAID)).isEqualTo(Amount.zero());
    assertThat(ledger.entries().get(12).from()).isEqualTo(Account.PAID); // nothing was reported
  }

  @Test
  void balancesAsOfAnyDay() {
    Ledger ledger = Ledger.of(followUp(ROUND));
    Ledger summer = ledger.asOf(LocalDate.of(2016, 6, 30)).forPot(PotId.MUNICIPALITIES);
    assertThat(summer.balance(Account.SET_ASIDE)).isEqualTo(Amount.ofKronor(4_000_000));
    assertThat(summer.balance(Account.PAID)).isEqualTo(Amount.ofKronor(46_000_000));
    assertThat(summer.balance(Account.POOL)).isEqualTo(Amount.zero());
    Ledger stockholm = ledger.forRecipient(STOCKHOLM);
    assertThat(stockholm.asOf(SHARED).balance(Account.PAID)).isEqualTo(Amount.ofKronor(49_000_000));
    assertThat(stockholm.total(EntryKind.REDISTRIBUTED)).isEqualTo(Amount.ofKronor(4_000_000));
    assertThat(stockholm.credited(Account.POOL)).isEqualTo(Amount.zero());
    assertThat(stockholm.debited(Account.POOL)).isEqualTo(Amount.ofKronor(49_000_000));
    assertThatIllegalStateException().isThrownBy(() -> stockholm.balance(Account.POOL))
        .withMessageContaining("ask credited and debited");
    assertThat(ledger.recipients()).containsExactly(STOCKHOLM, KIRUNA, SHELTER);
    // The shelter never reported: its 400 kr are claimed back.
    assertThat(ledger.forPot(PotId.NON_PROFITS).balance(Account.CLAIMED))
        .isEqualTo(Amount.ofKronor(400));
    assertThat(ledger.forPot(PotId.NON_PROFITS).total(EntryKind.RETURNED_TO_STATE))
        .isEqualTo(RoundCatalogue.round2016().pot(PotId.NON_PROFITS).budget()
            .minus(Amount.ofKronor(400)));
  }

  @Test
  void aRepaymentReceivedIsAppendedAndNeverMoreThanIsOwed() {
    Ledger ledger = Ledger.of(followUp(ROUND));
    LocalDate paid = LocalDate.of(2017, 4, 28);
    Ledger repaid = ledger.repaid(STOCKHOLM, PotId.MUNICIPALITIES, paid, Amount.ofKronor(9_000_000));
    assertThat(repaid.entries()).hasSize(ledger.entries().size() + 1).containsAll(ledger.entries());
    assertThat(repaid.forRecipient(STOCKHOLM).balance(Account.CLAIMED)).isEqualTo(Amount.zero());
    // Repaid to Socialstyrelsen: the net charge on the appropriation is as before.
    assertThat(repaid.balance(Account.REPAID)).isEqualTo(Amount.ofKronor(9_000_000));
    assertThat(repaid.balance(Account.STATE)).isEqualTo(ledger.balance(Account.STATE));
    assertThatIllegalArgumentException().isThrownBy(() -> repaid.repaid(STOCKHOLM,
            PotId.MUNICIPALITIES, paid, Amount.ofOre(1)))
        .isInstanceOf(RuleViolation.class).withMessage("Ledger of 2016:1: 0180 Stockholm repaid "
            + "0.01 kr in pot municipalities on 2017-04-28, but owes 0.00 kr then or later "
            + "(claims raised on [2017-03-20])");
    assertThatIllegalArgumentException().isThrownBy(() -> ledger.repaid(STOCKHOLM,
        PotId.MUNICIPALITIES, REPORT_DAY.minusDays(1), Amount.ofKronor(1)))
        .withMessage("Ledger of 2016:1: 0180 Stockholm repaid on 2017-03-19, before its first "
            + "claim in pot municipalities was raised on 2017-03-20");
    assertThatIllegalArgumentException().isThrownBy(() -> ledger.repaid(STOCKHOLM,
        PotId.REGIONS, paid, Amount.ofKronor(1)))
        .withMessage("Ledger of 2016:1: 0180 Stockholm has no claim in pot regions to repay");
    assertThatIllegalArgumentException().isThrownBy(() -> ledger.repaid(KIRUNA,
        PotId.MUNICIPALITIES, paid, Amount.zero())).withMessageContaining("must be above zero");
  }

  @Test
  void aConditionNotMetHoldsBackEveryPayment() {
    GrantRound conditional = GrantRound.builder().from(RoundCatalogue.round2016())
        .condition(Condition.of("under förutsättning att riksdagen beviljar medlen")).build();
    Ledger waiting = Ledger.of(allocation(conditional));
    assertThat(waiting.total(EntryKind.PAID_OUT)).isEqualTo(Amount.zero());
    assertThat(waiting.balance(Account.GRANTED)).isEqualTo(Amount.ofKronor(50_000_400));
    LocalDate met = LocalDate.of(2016, 6, 21);
    GrantRound granted = GrantRound.builder().from(conditional)
        .condition(conditional.condition().orElseThrow().metOn(met)).build();
    Ledger paid = Ledger.of(allocation(granted));
    assertThat(paid.entries()).filteredOn(e -> e.kind() == EntryKind.PAID_OUT)
        .extracting(LedgerEntry::date)
        .containsExactly(met, met, met, SHARED); // the later share of unclaimed funds on its day
    assertThat(paid.entries()).filteredOn(e -> e.kind() == EntryKind.PAID_OUT).first()
        .extracting(LedgerEntry::source).isEqualTo(
            "Utbetalning enligt beslutet 1 mars 2016, när villkoret uppfylldes 21 juni 2016");
  }

  /**
   * What a ceiling leaves unspent goes where the round says: back to the state, or to other work
   * within Socialstyrelsen's commission. The non-profits' pot of 15 MSEK as a ceiling, 400 kr used.
   */
  @Test
  void anUnspentCeilingGoesWhereTheRoundSays() {
    java.util.List<se.utvecklingsmedel.round.Pot> pots = new java.util.ArrayList<>();
    for (se.utvecklingsmedel.round.Pot pot : ROUND.pots()) {
      pots.add(pot.id().equals(PotId.NON_PROFITS) ? se.utvecklingsmedel.round.Pot.builder()
          .from(pot).budgetKind(se.utvecklingsmedel.round.BudgetKind.CEILING).build() : pot);
    }
    assertThatIllegalArgumentException().isThrownBy(() -> GrantRound.builder().from(ROUND)
            .pots(pots).build())
        .withMessageStartingWith("GrantRound 2016: pot 'non-profits' has a ceiling (högst); "
            + "state what happens to what it leaves unspent");
    assertThatIllegalArgumentException().isThrownBy(() -> GrantRound.builder().from(ROUND)
            .unspentCeiling(se.utvecklingsmedel.round.UnspentCeiling.LAPSES).build())
        .withMessage("GrantRound 2016: 'unspentCeiling' is stated, but no pot has a ceiling");
    for (se.utvecklingsmedel.round.UnspentCeiling rule
        : se.utvecklingsmedel.round.UnspentCeiling.values()) {
      GrantRound round = GrantRound.builder().from(ROUND).pots(pots).unspentCeiling(rule).build();
      Ledger nonProfits = Ledger.of(allocation(round)).forPot(PotId.NON_PROFITS);
      Amount left = Amount.ofKronor(15_000_000 - 400);
      boolean otherUse = rule == se.utvecklingsmedel.round.UnspentCeiling.OTHER_USE_IN_COMMISSION;
      assertThat(nonProfits.balance(Account.OTHER_USE)).isEqualTo(otherUse ? left : Amount.zero());
      assertThat(nonProfits.total(EntryKind.RETURNED_TO_STATE))
          .isEqualTo(otherUse ? Amount.zero() : left);
      assertThat(nonProfits.balance(Account.STATE)).isEqualTo(otherUse
          ? Amount.ofKronor(15_000_000) : Amount.ofKronor(400));
    }
  }

  @Test
  void aGrantWithoutTheDateOfItsDecisionCannotBeEntered() {
    RoundAllocation undated = RoundAllocation.builder(RoundCatalogue.round2016())
        .applications(PotId.NON_PROFITS, List.of(Application.builder().applicant(SHELTER)
            .amount(Amount.ofKronor(400)).addDevelopmentArea(DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN)
            .date(LocalDate.of(2016, 2, 1)).build()))
        .buildPartial();
    assertThatIllegalArgumentException().isThrownBy(() -> Ledger.of(undated))
        .isInstanceOf(RuleViolation.class)
        .withMessage("Ledger of 2016:1: the grant to 802000-1239 Kvinnojouren in pot non-profits "
            + "has no 'decided' date, and the ledger enters money on the day of its decision; "
            + "give the pot's decision date: ApplicationRules.withDecided");
  }

  @Test
  void anEntryMustMoveMoneyItsKindAllows() {
    Optional<Recipient> kiruna = Optional.of(KIRUNA);
    Amount one = Amount.ofKronor(1);
    LocalDate day = LocalDate.of(2016, 5, 1);
    assertThatIllegalArgumentException().isThrownBy(() -> new LedgerEntry(day,
            PotId.MUNICIPALITIES, kiruna, EntryKind.PAID_OUT, Account.POOL, Account.PAID, one, "x"))
        .withMessage("LedgerEntry PAID_OUT: an entry of kind PAID_OUT cannot move money from POOL "
            + "to PAID");
    assertThatIllegalArgumentException().isThrownBy(() -> new LedgerEntry(day,
            PotId.MUNICIPALITIES, Optional.empty(), EntryKind.PAID_OUT, Account.GRANTED,
            Account.PAID, one, "x"))
        .withMessage("LedgerEntry PAID_OUT: an entry of kind PAID_OUT must name a recipient");
    assertThatIllegalArgumentException().isThrownBy(() -> new LedgerEntry(day,
            PotId.MUNICIPALITIES, kiruna, EntryKind.BUDGET_SET, Account.STATE, Account.POOL, one,
            "x"))
        .withMessage("LedgerEntry BUDGET_SET: an entry of kind BUDGET_SET must not name a "
            + "recipient");
    assertThatIllegalArgumentException().isThrownBy(() -> new LedgerEntry(day,
            PotId.MUNICIPALITIES, kiruna, EntryKind.USED, Account.PAID, Account.USED,
            Amount.zero(), "x"))
        .withMessage("LedgerEntry USED: 'amount' must be above zero");
    assertThatIllegalArgumentException().isThrownBy(() -> new LedgerEntry(day,
            PotId.MUNICIPALITIES, kiruna, EntryKind.USED, Account.PAID, Account.USED, one, " "))
        .withMessageContaining("'source' must not be blank");
    assertThat(EntryKind.RECOVERY_CLAIMED.allows(Account.USED, Account.CLAIMED)).isTrue();
    assertThat(EntryKind.REPAYMENT_CLAIMED.allows(Account.USED, Account.CLAIMED)).isFalse();
    assertThat(new LedgerEntry(day, PotId.MUNICIPALITIES, kiruna, EntryKind.USED, Account.PAID,
        Account.USED, one, "x").signedOre(Account.PAID)).isEqualTo(-100);
  }

  @Test
  void aRecipientsAccountInSwedish() {
    Ledger ledger = Ledger.of(followUp(ROUND));
    assertThat(ledger.statement(STOCKHOLM, Language.SWEDISH)).isEqualTo("""
        Kontoutdrag: Stockholms kommun
        Utvecklingsmedel 2016, omgång 1

        Utvecklingsmedel till kommuner
        Datum       Händelse                                              Belopp
        2016-01-28  Avsatt enligt fördelningsnyckeln            45 000 000,00 kr
        2016-03-01  Rekvirerat och beviljat                     45 000 000,00 kr
        2016-03-01  Utbetalt                                    45 000 000,00 kr
        2016-09-15  Omfördelat                                   4 000 000,00 kr
        2016-09-15  Utbetalt                                     4 000 000,00 kr
        2017-03-20  Förbrukat enligt återrapporteringen         40 000 000,00 kr
        2017-03-20  Ska återbetalas (ej förbrukat)               9 000 000,00 kr
        Ställning 2017-03-20:
        – Förbrukat: 40 000 000,00 kr
        – Att återbetala: 9 000 000,00 kr
        """);
    // A recipient with no grant in the allocation (a mistyped one) is refused, not shown an
    // account with no entries; one whose entries lie after a day has an empty account then.
    assertThatIllegalArgumentException().isThrownBy(() -> ledger.statement(
            ReferenceData.municipality("0114"), Language.ENGLISH))
        .withMessage("Ledger of 2016:1: 0114 Upplands Väsby has no grant in any pot of the "
            + "allocation");
    assertThatIllegalArgumentException().isThrownBy(() -> ledger.forRecipient(
        ReferenceData.municipality("0114")));
    assertThat(ledger.asOf(LocalDate.of(2016, 1, 1)).statement(ReferenceData.municipality("0180"),
        Language.ENGLISH)).endsWith("No entries.\n");
  }
}
