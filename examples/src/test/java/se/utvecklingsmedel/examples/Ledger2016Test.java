package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.ledger.Account;
import se.utvecklingsmedel.ledger.EntryKind;
import se.utvecklingsmedel.ledger.Ledger;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.statistics.RoundStatistics;

/**
 * The 2016 scenario's ledger against the 2016 account's figures and the scenario's own statistics:
 * the 105,5 million kronor the government set (50 to municipalities, 20 to county councils, 15 to
 * non-profits, 5 in special stimulus funds, 15,5 for the missions), the 44,4 million requisitioned
 * and 5,6 million redistributed among the municipalities, and what the reports say was used.
 */
class Ledger2016Test {

  private static final FollowUp FOLLOW_UP = Round2016.readScenario();
  private static final Ledger LEDGER = Ledger.of(FOLLOW_UP);

  @Test
  void theBudgetAndTheMunicipalitiesMoneyAsTheAccountGivesThem() {
    assertThat(LEDGER.total(EntryKind.BUDGET_SET)).isEqualTo(Amount.ofKronor(105_500_000));
    Ledger municipalities = LEDGER.forPot(PotId.MUNICIPALITIES);
    assertThat(municipalities.total(EntryKind.BUDGET_SET)).isEqualTo(Amount.ofKronor(50_000_000));
    assertThat(municipalities.total(EntryKind.GRANTED_BY_KEY))
        .isEqualTo(Amount.ofKronor(44_400_000));
    assertThat(municipalities.total(EntryKind.UNCLAIMED_RETURNED))
        .isEqualTo(Amount.ofKronor(5_600_000));
    assertThat(municipalities.total(EntryKind.REDISTRIBUTED))
        .isEqualTo(Amount.ofKronor(5_600_000));
    assertThat(municipalities.recipients()).hasSize(290); // every municipality had a keyed amount
    // The mission money is at NCK's and the county boards' disposal; no source records a payment.
    assertThat(LEDGER.total(EntryKind.PAID_OUT)).isEqualTo(Amount.ofKronor(90_000_000));
    assertThat(LEDGER.balance(Account.ASSIGNED)).isEqualTo(Amount.ofKronor(15_500_000));
  }

  /** The figures the README's section on the money trail states. */
  @Test
  void theFiguresTheReadmeStates() {
    assertThat(LEDGER.entries()).hasSize(1_791);
    assertThat(LEDGER.balance(Account.USED)).isEqualTo(Amount.parse("72344020.85"));
    assertThat(LEDGER.balance(Account.CLAIMED)).isEqualTo(Amount.ofKronor(17_420_000));
    assertThat(LEDGER.balance(Account.PAID)).isEqualTo(Amount.parse("235979.15"));
    assertThat(LEDGER.total(EntryKind.ASSIGNED)).isEqualTo(Amount.ofKronor(15_500_000));
    assertThat(LEDGER.total(EntryKind.SET_ASIDE)).isEqualTo(Amount.ofKronor(70_000_000));
    assertThat(LEDGER.total(EntryKind.GRANTED_BY_KEY)).isEqualTo(Amount.ofKronor(64_400_000));
    assertThat(LEDGER.total(EntryKind.GRANTED_BY_APPLICATION))
        .isEqualTo(Amount.ofKronor(20_000_000));
    assertThat(LEDGER.total(EntryKind.RECOVERY_CLAIMED)).isEqualTo(Amount.zero());
  }

  @Test
  void itReconcilesWithEveryPotAndTheStatistics() {
    for (PotAllocation pot : FOLLOW_UP.allocation().pots().values()) {
      Ledger its = LEDGER.forPot(pot.pot().id());
      assertThat(its.total(EntryKind.BUDGET_SET)).isEqualTo(pot.budget());
      assertThat(its.balance(Account.POOL).plus(its.balance(Account.SET_ASIDE))
          .plus(its.balance(Account.GRANTED))).isEqualTo(Amount.zero());
    }
    Amount used = Amount.zero();
    for (CategoryStatistics category : RoundStatistics.of(FOLLOW_UP).categories().values()) {
      used = used.plus(category.utilisation().usedAmount());
    }
    assertThat(LEDGER.total(EntryKind.USED)).isEqualTo(used);
    assertThat(LEDGER.balance(Account.CLAIMED)).isEqualTo(FOLLOW_UP.claims().stream()
        .map(Claim::amount).collect(Amount.summing()));
    assertThat(LEDGER.balance(Account.STATE)).isEqualTo(Amount.total(
        LEDGER.balance(Account.ASSIGNED), LEDGER.balance(Account.PAID),
        LEDGER.balance(Account.USED), LEDGER.balance(Account.CLAIMED)));
  }
}
