package se.utvecklingsmedel.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.decision.ClaimReason;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.decision.Reason;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;

/** A recipient's decision text (beslutsunderlag), in Swedish and English (issue 13). */
class DecisionTextTest {

  private static final Municipality VASBY = ReferenceData.municipality("0114");
  private static final Municipality VALLENTUNA = ReferenceData.municipality("0115");

  private static FollowUp followUp() {
    return followUp(RoundAllocation.builder(RoundCatalogue.round2016()));
  }

  private static FollowUp followUp(RoundAllocation.Builder builder) {
    DistributionKey key = DistributionKey.byAmounts("bilaga 2", Map.of(
        VASBY, Amount.ofKronor(30_000_000), VALLENTUNA, Amount.ofKronor(20_000_000)));
    RoundAllocation allocation = builder
        .requisitions(PotId.MUNICIPALITIES, key, List.of(
            Requisition.builder().recipient(VASBY).amount(Amount.ofKronor(30_000_000))
                .date(LocalDate.of(2016, 3, 1)).build(),
            Requisition.builder().recipient(VALLENTUNA).amount(Amount.ofKronor(20_000_000))
                .date(LocalDate.of(2016, 3, 1)).build()))
        .buildPartial();
    FollowUpReport report = FollowUpReport.builder().recipient(VASBY).potId(PotId.MUNICIPALITIES)
        .granted(Amount.ofKronor(30_000_000)).used(Amount.ofKronor(29_000_000))
        .submitted(LocalDate.of(2017, 2, 15)).build();
    return FollowUp.of(allocation, List.of(report), LocalDate.of(2017, 9, 30));
  }

  @Test
  void aDecisionTextInSwedishAndEnglish() {
    Settlement vasby = followUp().settlementOf(VASBY, PotId.MUNICIPALITIES);
    assertThat(vasby.decisionText(Language.SWEDISH)).isEqualTo("""
        Beslut om utvecklingsmedel till kommuner: Upplands Väsby (0114)
        Beslutsdatum: 1 mars 2016
        Beslut: Beviljas
        Beviljat belopp: 30 000 000,00 kr
        Skäl för beslutet:
        – Avsatt belopp enligt fördelningsnyckeln (bilaga 2): 30 000 000,00 kr.
        – Rekvisitionen om 30 000 000,00 kr kom in den 1 mars 2016. Den överstiger inte det \
        avsatta beloppet och godtas.
        – Mottagaren har inte angett att den vill ta del av medel som andra inte har tagit i \
        anspråk.
        – Beviljat belopp 30 000 000,00 kr, lika med rekvirerat belopp.
        Uppföljning:
        Status: Återbetalning krävs
        Återrapportering: Inkommen i tid
        – Av beviljade 30 000 000,00 kr har 29 000 000,00 kr förbrukats. Ej förbrukade medel \
        uppgår till 1 000 000,00 kr.
        Återbetalning och återkrav:
        – 1 000 000,00 kr: Återbetalning: av beviljade 30 000 000,00 kr hade 1 000 000,00 kr \
        inte förbrukats när tiden för att använda medlen gick ut. Ej förbrukade medel ska \
        återbetalas till Socialstyrelsen.
        """);
    assertThat(vasby.decisionText(Language.ENGLISH)).isEqualTo("""
        Decision on development funds: Upplands Väsby (0114), pot municipalities
        Decided: 2016-03-01
        Decision: granted
        Amount granted: 30000000.00 kr
        Reasons:
        - Keyed amount 30000000.00 kr as the distribution key (bilaga 2) lists it.
        - Requisitioned 30000000.00 kr on 2016-03-01: at most the keyed amount, accepted.
        - Did not ask for a share of unclaimed funds.
        - Granted 30000000.00 kr = requisitioned 30000000.00 kr + redistributed 0.00 kr.
        Follow-up:
        Status: repayment due
        Report: in time
        - Used 29000000.00 kr of the 30000000.00 kr granted; 1000000.00 kr unused.
        Claims:
        - 1000000.00 kr: Repayment (återbetalning): 1000000.00 kr of the 30000000.00 kr granted \
        was not used by the end of the use period.
        """);
    // The follow-up's reasons as data: what was used, then each claim's rule.
    assertThat(vasby.reasons()).containsExactly(
        new Reason.Used(Amount.ofKronor(29_000_000),
            Amount.ofKronor(1_000_000), Amount.ofKronor(30_000_000)),
        new ClaimReason.Repayment(Amount.ofKronor(1_000_000),
            Amount.ofKronor(30_000_000)));
    Settlement vallentuna = followUp().settlementOf(VALLENTUNA, PotId.MUNICIPALITIES);
    assertThat(vallentuna.reasons()).isEmpty();
    assertThat(vallentuna.decisionText(Language.SWEDISH)).endsWith("""
        Uppföljning:
        Status: Beviljad
        Återrapportering: Ej inkommen
        """);
  }

  /** Team decision (issue 28): a text made from invented data says so first, in its own words. */
  @Test
  void anIllustrativeDecisionSaysSoFirst() {
    FollowUp followUp = followUp(RoundAllocation.builder(RoundCatalogue.round2016())
        .illustrative("Påhittade belopp."));
    assertThat(followUp.allocation().illustration()).contains("Påhittade belopp.");
    Settlement vasby = followUp.settlementOf(VASBY, PotId.MUNICIPALITIES);
    assertThat(vasby.grant().illustrative()).isTrue();
    assertThat(vasby.decisionText(Language.SWEDISH)).startsWith("""
        ILLUSTRATIVT EXEMPEL: beloppen, datumen och uppgifterna om mottagaren är påhittade och \
        fördelningsreglerna är antaganden; detta är inte ett beslut av Socialstyrelsen.
        Beslut om utvecklingsmedel till kommuner: Upplands Väsby (0114)
        """).contains("\nUppföljning (illustrativ, påhittad återrapportering):\n");
    assertThat(vasby.decisionText(Language.ENGLISH)).startsWith("""
        ILLUSTRATIVE EXAMPLE: the amounts, the dates and the facts about the recipient are invented \
        and the rules of distribution are assumptions; this is not a decision of Socialstyrelsen.
        """).contains("\nFollow-up (illustrative, an invented report):\n");
    assertThat(followUp().allocation().illustration()).isEmpty();
    assertThat(followUp().settlementOf(VASBY, PotId.MUNICIPALITIES).grant().illustrative())
        .isFalse();
  }
}
