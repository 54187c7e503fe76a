package se.utvecklingsmedel.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static se.utvecklingsmedel.Texts.english;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.decision.Decision;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.OrganisationNumber;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.DistributionMethod;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.vocabulary.RuleViolation;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;

/**
 * Who shares in unclaimed funds, and the dates a requisition or application may carry: the cases a
 * new user found passing silently (issue 10).
 */
class EligibilityAndDatesTest {

  private static final Municipality STOCKHOLM = ReferenceData.municipality("0180");
  private static final Municipality GOTEBORG = ReferenceData.municipality("1480");
  private static final Municipality MALMO = ReferenceData.municipality("1280");
  private static final LocalDate DAY = LocalDate.of(2016, 3, 1);

  /** Keyed 617 870,72 kr to Stockholm, as in the report; 30 MSEK to Göteborg; the rest to Malmö. */
  private static final DistributionKey KEY = DistributionKey.byAmounts("Bilaga 2 (exempel)", Map.of(
      STOCKHOLM, Amount.parse("617870.72"), GOTEBORG, Amount.ofKronor(30_000_000),
      MALMO, Amount.parse("19382129.28")));

  private static final List<Requisition> REQUISITIONS = List.of(
      // Stockholm requisitions 1 kr of its 617 870,72 kr and asks for more.
      Requisition.builder().recipient(STOCKHOLM).amount(Amount.ofKronor(1)).date(DAY)
          .wantsUnclaimedFunds(true).build(),
      Requisition.builder().recipient(GOTEBORG).amount(Amount.ofKronor(30_000_000)).date(DAY)
          .wantsUnclaimedFunds(true).build(),
      Requisition.builder().recipient(MALMO).amount(Amount.ofKronor(10_000_000)).date(DAY).build());

  private static RequisitionPotAllocation allocate(RequisitionRules rules) {
    return RoundAllocation.builder(RoundCatalogue.round2016())
        .requisitions(PotId.MUNICIPALITIES, KEY, REQUISITIONS, rules).buildPartial()
        .requisitionPot(PotId.MUNICIPALITIES);
  }

  @Test
  void aRecipientThatLeftPartOfItsOwnKeyUnclaimedDoesNotShareInOthers() {
    RequisitionPotAllocation pot = allocate(RequisitionRules.defaults());
    RecipientGrant stockholm = pot.grantOf(STOCKHOLM);
    assertThat(stockholm.granted()).isEqualTo(Amount.ofKronor(1));
    assertThat(stockholm.redistributed()).isEqualTo(Amount.zero());
    assertThat(english(stockholm)).contains("Asked for a share of unclaimed funds, but "
        + "requisitioned 1.00 kr of its keyed 617870.72 kr: not eligible, since a recipient that "
        + "leaves part of its own keyed amount unclaimed does not share in unclaimed funds (team "
        + "decision; the round's rules may say otherwise).");
    // Everything unclaimed — Stockholm's 617 869,72 and Malmö's 9 382 129,28 — goes to Göteborg.
    assertThat(pot.unclaimed()).isEqualTo(Amount.ofKronor(9_999_999));
    assertThat(pot.grantOf(GOTEBORG).redistributed()).isEqualTo(Amount.ofKronor(9_999_999));
    assertThat(pot.redistribution().orElseThrow().weights().keys()).containsExactly(GOTEBORG);
    assertThat(pot.granted().plus(pot.returned())).isEqualTo(pot.budget());
  }

  @Test
  void aRoundWhoseDecisionSaysOtherwiseMayLetEveryRequisitionShare() {
    RequisitionPotAllocation pot = allocate(RequisitionRules.defaults()
        .withEligibility(UnclaimedFundsEligibility.ANY_REQUISITION));
    assertThat(pot.grantOf(STOCKHOLM).redistributed().signum()).isPositive();
    assertThat(pot.grantOf(STOCKHOLM).redistributed().plus(pot.grantOf(GOTEBORG).redistributed()))
        .isEqualTo(Amount.ofKronor(9_999_999));
    assertThat(pot.rules().eligibility()).isEqualTo(UnclaimedFundsEligibility.ANY_REQUISITION);
    assertThat(UnclaimedFundsEligibility.FULL_REQUISITION_ONLY.label())
        .isEqualTo("Endast den som rekvirerat hela sitt belopp");
  }

  @Test
  void requisitionsDatedOutsideTheRoundAreRejected() {
    for (LocalDate date : List.of(LocalDate.of(2010, 3, 1), LocalDate.of(2031, 3, 1),
        LocalDate.of(2015, 12, 31), LocalDate.of(2017, 1, 1))) {
      Requisition requisition = Requisition.builder().recipient(MALMO)
          .amount(Amount.ofKronor(1_000)).date(date).build();
      assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(
              RoundCatalogue.round2016()).requisitions(PotId.MUNICIPALITIES, KEY, List.of(requisition)))
          .withMessage("Requisition of 1280 Malmö in pot municipalities: 'date' " + date + " is "
              + "outside the round's window 2016-01-01 – 2016-12-31 (from 1 January of the round's "
              + "year to the end of its use period, or to its requisition deadline as lagen "
              + "(1930:173) moves it)");
    }
  }

  @Test
  void aRequisitionFromOutsideTheKeySaysWhenThePotDoesNotServeItsCategory() {
    outsideTheKey(ReferenceData.region("01"), "Requisition of 01 Region Stockholm in pot "
        + "municipalities: the recipient is not in the distribution key: it is a REGION, and the pot "
        + "serves [MUNICIPALITY]");
    outsideTheKey(ReferenceData.municipality("2584"), "Requisition of 2584 Kiruna in pot "
        + "municipalities: the recipient is not in the distribution key");
  }

  private static void outsideTheKey(se.utvecklingsmedel.recipient.Recipient recipient,
      String message) {
    Requisition requisition = Requisition.builder().recipient(recipient)
        .amount(Amount.ofKronor(1_000)).date(DAY).build();
    assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(
            RoundCatalogue.round2016()).requisitions(PotId.MUNICIPALITIES, KEY,
            List.of(requisition)))
        .withMessage(message);
  }

  @Test
  void applicationsDatedOutsideTheRoundAreRejected() {
    NonProfitOrganisation shelter = NonProfitOrganisation.of(
        OrganisationNumber.withCheckDigit("802000-001"), "Kvinnojouren");
    Application application = Application.builder().applicant(shelter)
        .amount(Amount.ofKronor(100_000)).addDevelopmentArea(DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN)
        .date(LocalDate.of(2031, 2, 1)).build();
    assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(
            RoundCatalogue.round2016()).applications(PotId.NON_PROFITS, List.of(application)))
        .withMessageStartingWith("Application of " + shelter + " in pot non-profits: 'date' "
            + "2031-02-01 is outside the round's window 2016-01-01 – 2016-12-31");
  }

  /**
   * What a pot's applications ask for in all is an amount: a sum beyond the range is refused at the
   * application that passes it (a new user's two applications of nearly the whole range were
   * accepted, and the pot's {@code toString()} then threw).
   */
  @Test
  void applicationsAskingForMoreInAllThanAnAmountHoldsAreRejected() {
    Amount half = Amount.ofOre(Long.MAX_VALUE / 2 + 1);
    List<Application> applications = List.of(application("802000-001", half),
        application("802000-002", half));
    assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(
            RoundCatalogue.round2016()).applications(PotId.NON_PROFITS, applications))
        .isInstanceOf(RuleViolation.class)
        .withMessage("Application of " + applications.get(1).applicant() + " in pot non-profits: "
            + "'amount' " + half + " kr brings what the pot's applications ask for in all beyond "
            + "the most an amount holds, 92233720368547758.07 kr")
        .satisfies(e -> assertThat(((RuleViolation) e).path())
            .isEqualTo("applications[1].amount"));
    ApplicationPotAllocation pot = RoundAllocation.builder(RoundCatalogue.round2016())
        .applications(PotId.NON_PROFITS, List.of(application("802000-001", half),
            application("802000-002", Amount.ofOre(Long.MAX_VALUE / 2))))
        .buildPartial().applicationPot(PotId.NON_PROFITS);
    assertThat(pot.applied()).isEqualTo(Amount.ofOre(Long.MAX_VALUE));
    assertThat(pot.toString()).endsWith("applied 92233720368547758.07");
  }

  private static Application application(String organisationNumber, Amount amount) {
    return Application.builder().applicant(NonProfitOrganisation.of(
            OrganisationNumber.withCheckDigit(organisationNumber.substring(0, 10)), "Jour "
            + organisationNumber)).amount(amount)
        .addDevelopmentArea(DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN).date(DAY).build();
  }

  @Test
  void theRequisitionDeadlineMovesByLagen1930_173LikeEveryDeadline() {
    // Saturday 2019-06-22 is Midsummer Day: the deadline moves to Monday 2019-06-24.
    GrantRound round = GrantRound.builder().year(2019).legalBasis("Regeringsbeslut (exempel)")
        .requisitionDeadline(LocalDate.of(2019, 6, 22))
        .addPot(Pot.builder().id(PotId.MUNICIPALITIES).label("Kommuner")
            .addCategory(RecipientCategory.MUNICIPALITY).budget(Amount.ofKronor(100))
            .method(DistributionMethod.REQUISITION).build())
        .build();
    DistributionKey key = DistributionKey.byAmounts("exempel",
        Map.of(STOCKHOLM, Amount.ofKronor(50), MALMO, Amount.ofKronor(50)));
    RequisitionPotAllocation pot = RoundAllocation.builder(round).requisitions(PotId.MUNICIPALITIES,
        key, List.of(
            Requisition.builder().recipient(STOCKHOLM).amount(Amount.ofKronor(50))
                .date(LocalDate.of(2019, 6, 24)).build(),
            Requisition.builder().recipient(MALMO).amount(Amount.ofKronor(50))
                .date(LocalDate.of(2019, 6, 25)).build()))
        .build().requisitionPot(PotId.MUNICIPALITIES);
    assertThat(pot.grantOf(STOCKHOLM).decision()).isEqualTo(Decision.GRANTED);
    assertThat(pot.grantOf(MALMO).decision()).isEqualTo(Decision.REJECTED);
    assertThat(english(pot.grantOf(MALMO))).anyMatch(line -> line.contains(
        "after the requisition deadline 2019-06-22 (moved to 2019-06-24 by lagen (1930:173))"));
  }

  @Test
  void aDeadlineOnNewYearsEveIsMetOnTheNextWorkingDay() {
    // 2016-12-31 is a Saturday and New Year's Eve: the deadline moves to Monday 2017-01-02, so a
    // requisition that day is in time although the use period has ended.
    GrantRound round = GrantRound.builder().from(RoundCatalogue.round2016())
        .requisitionDeadline(LocalDate.of(2016, 12, 31)).build();
    RequisitionPotAllocation pot = RoundAllocation.builder(round).requisitions(PotId.MUNICIPALITIES,
        KEY, List.of(Requisition.builder().recipient(MALMO).amount(Amount.ofKronor(1_000))
            .date(LocalDate.of(2017, 1, 2)).build()))
        .buildPartial().requisitionPot(PotId.MUNICIPALITIES);
    assertThat(pot.grantOf(MALMO).decision()).isEqualTo(Decision.GRANTED);
    assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(round)
            .requisitions(PotId.MUNICIPALITIES, KEY, List.of(Requisition.builder().recipient(MALMO)
                .amount(Amount.ofKronor(1_000)).date(LocalDate.of(2017, 1, 3)).build())))
        .withMessageContaining("'date' 2017-01-03 is outside the round's window 2016-01-01 – "
            + "2017-01-02");
  }

  @Test
  void anAllocationCoversEveryPotOrSaysItIsPartial() {
    RoundAllocation.Builder builder = RoundAllocation.builder(RoundCatalogue.round2016())
        .requisitions(PotId.MUNICIPALITIES, KEY, REQUISITIONS);
    assertThatIllegalArgumentException().isThrownBy(builder::build)
        .withMessage("RoundAllocation 2016: pots [regions, non-profits, stimulus-funds, "
            + "administration-nck, administration-county-boards] are not allocated; add them, or "
            + "call buildPartial() for an allocation of some pots only");
    RoundAllocation partial = builder.buildPartial();
    assertThat(partial.coversEveryPot()).isFalse();
    assertThat(partial.unallocatedPots()).hasSize(5).doesNotContain(PotId.MUNICIPALITIES);
    assertThat(partial.budget()).isEqualTo(Amount.ofKronor(50_000_000));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> partial.applicationPot(PotId.MUNICIPALITIES))
        .withMessage("RoundAllocation 2016: pot municipalities is handed out by REQUISITION, not by "
            + "APPLICATION");
  }

  @Test
  void aKeyOfAmountsIsNotBoundByTheWeightLimit() {
    // 20 000 000 000 000 kr is above the engine's weight bound of 10^15 öre; as amounts it is fine.
    Amount huge = Amount.ofKronor(20_000_000_000_000L);
    GrantRound round = GrantRound.builder().year(2019).legalBasis("Regeringsbeslut (exempel)")
        .addPot(Pot.builder().id(PotId.MUNICIPALITIES).label("Kommuner")
            .addCategory(RecipientCategory.MUNICIPALITY).budget(huge)
            .method(DistributionMethod.REQUISITION).build())
        .build();
    DistributionKey key = DistributionKey.byAmounts("exempel", Map.of(STOCKHOLM, huge));
    assertThat(key.keyedAmounts(round.pot(PotId.MUNICIPALITIES))).containsEntry(STOCKHOLM, huge);
  }
}
