package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.decision.Reason;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;

/**
 * Example: writing your own allocation test with JUnit and AssertJ. Work the figures by hand, then let
 * the test check the library agrees — to the öre.
 */
class YourAllocationTest {

  @Test
  void unclaimedFundsGoToThoseThatAskedForMore() {
    var lund = ReferenceData.municipality("1281");
    var malmo = ReferenceData.municipality("1280");
    var ystad = ReferenceData.municipality("1286");
    // Key 2 : 2 : 1 of 50 MSEK = 20, 20 and 10 MSEK. Ystad does not requisition; Lund asks for more.
    DistributionKey key = DistributionKey.byWeights("Exempel",
        Weights.<Recipient>builder().put(lund, 2).put(malmo, 2).put(ystad, 1).build());
    List<Requisition> requisitions = List.of(
        Requisition.builder().recipient(lund).amount(Amount.ofKronor(20_000_000))
            .date(LocalDate.of(2016, 3, 1)).wantsUnclaimedFunds(true).build(),
        Requisition.builder().recipient(malmo).amount(Amount.ofKronor(20_000_000))
            .date(LocalDate.of(2016, 3, 1)).build());

    PotAllocation pot = RoundAllocation.builder(RoundCatalogue.round2016())
        .requisitions(PotId.MUNICIPALITIES, key, requisitions).buildPartial()
        .pot(PotId.MUNICIPALITIES);

    assertThat(pot.grantOf(lund).granted()).isEqualTo(Amount.ofKronor(30_000_000));
    assertThat(pot.grantOf(malmo).granted()).isEqualTo(Amount.ofKronor(20_000_000));
    assertThat(pot.grantOf(ystad).granted()).isEqualTo(Amount.zero());
    assertThat(pot.returned()).isEqualTo(Amount.zero());
    // The reasons are data: the last is the total, in Swedish as a decision letter states it.
    assertThat(pot.grantOf(lund).reasons()).last()
        .isEqualTo(new Reason.GrantTotal(Amount.ofKronor(30_000_000), Amount.ofKronor(20_000_000),
            Amount.ofKronor(10_000_000)))
        .extracting(r -> r.text(Language.SWEDISH))
        .isEqualTo("Beviljat belopp 30 000 000,00 kr, varav rekvirerat belopp 20 000 000,00 kr och "
            + "ytterligare utvecklingsmedel 10 000 000,00 kr.");
  }
}
