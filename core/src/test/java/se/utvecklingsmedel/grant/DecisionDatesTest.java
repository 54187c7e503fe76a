package se.utvecklingsmedel.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * Each grant holds the date of its own decision (issue 28): a requisition's when it came in, a share
 * of unclaimed funds the later decision's, an application the pot's decision date; a decision dated
 * before what it decides is refused; an illustrative allocation marks every grant.
 */
class DecisionDatesTest {

  private static final Municipality STOCKHOLM = ReferenceData.municipality("0180");
  private static final Municipality KIRUNA = ReferenceData.municipality("2584");
  private static final NonProfitOrganisation SHELTER = NonProfitOrganisation.of("802000-1239",
      "Kvinnojouren");
  private static final DistributionKey KEY = DistributionKey.byWeights("bilaga 2",
      Weights.<Recipient>builder().put(STOCKHOLM, 900).put(KIRUNA, 100).build());

  private static List<Requisition> requisitions() {
    return List.of(Requisition.builder().recipient(STOCKHOLM).amount(Amount.ofKronor(45_000_000))
            .date(LocalDate.of(2016, 3, 1)).wantsUnclaimedFunds(true).build(),
        Requisition.builder().recipient(KIRUNA).amount(Amount.ofKronor(1_000_000))
            .date(LocalDate.of(2016, 8, 28)).build());
  }

  private static List<Application> applications() {
    return List.of(Application.builder().applicant(SHELTER).amount(Amount.ofKronor(400))
        .addDevelopmentArea(DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN)
        .date(LocalDate.of(2016, 2, 1)).build());
  }

  @Test
  void eachGrantHoldsTheDateOfItsOwnDecision() {
    RoundAllocation allocation = RoundAllocation.builder(RoundCatalogue.round2016())
        .requisitions(PotId.MUNICIPALITIES, KEY, requisitions(), RequisitionRules.defaults()
            .withRedistributionDecided(LocalDate.of(2016, 9, 15)))
        .applications(PotId.NON_PROFITS, applications(), ApplicationRules.defaults()
            .withDecided(LocalDate.of(2016, 4, 15)))
        .buildPartial();
    RecipientGrant stockholm = allocation.pot(PotId.MUNICIPALITIES).grantOf(STOCKHOLM);
    assertThat(stockholm.decided()).contains(LocalDate.of(2016, 3, 1));
    assertThat(stockholm.redistributed()).isEqualTo(Amount.ofKronor(4_000_000));
    assertThat(stockholm.redistributionDecided()).contains(LocalDate.of(2016, 9, 15));
    assertThat(stockholm.decisionText(se.utvecklingsmedel.decision.Language.SWEDISH)).contains(
        "\nBeslutsdatum: 1 mars 2016\nBeslutsdatum för ytterligare utvecklingsmedel: 15 "
            + "september 2016\n");
    assertThat(stockholm.decisionText(se.utvecklingsmedel.decision.Language.ENGLISH)).contains(
        "\nDecided: 2016-03-01\nShare of unclaimed funds decided: 2016-09-15\n");
    RecipientGrant kiruna = allocation.pot(PotId.MUNICIPALITIES).grantOf(KIRUNA);
    assertThat(kiruna.decided()).contains(LocalDate.of(2016, 8, 28));
    assertThat(kiruna.redistributionDecided()).isEmpty(); // no share, no later decision
    RecipientGrant shelter = allocation.pot(PotId.NON_PROFITS).grantOf(SHELTER);
    assertThat(shelter.decided()).contains(LocalDate.of(2016, 4, 15));
    assertThat(shelter.potLabel()).isEqualTo("Utvecklingsmedel till ideella föreningar och stiftelser");
    assertThat(allocation.pot(PotId.MUNICIPALITIES).grants().values())
        .noneMatch(RecipientGrant::illustrative);
  }

  @Test
  void withoutDatesTheGrantsSayNothingOfWhenTheyWereDecided() {
    RoundAllocation allocation = RoundAllocation.builder(RoundCatalogue.round2016())
        .requisitions(PotId.MUNICIPALITIES, KEY, requisitions())
        .applications(PotId.NON_PROFITS, applications())
        .buildPartial();
    assertThat(allocation.pot(PotId.MUNICIPALITIES).grantOf(STOCKHOLM).redistributionDecided())
        .isEmpty();
    assertThat(allocation.pot(PotId.NON_PROFITS).grantOf(SHELTER).decided()).isEmpty();
  }

  /** A broken decision date is at the pot's inputs' path, where a document states it. */
  @Test
  void aRedistributionDateIsNamedAtTheRulesPath() {
    for (LocalDate decided : List.of(LocalDate.of(2016, 8, 27), LocalDate.of(2017, 1, 2))) {
      assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(
              RoundCatalogue.round2016()).requisitions(PotId.MUNICIPALITIES, KEY, requisitions(),
              RequisitionRules.defaults().withRedistributionDecided(decided)))
          .isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.path()).isEqualTo("rules.redistributionDecided");
            assertThat(e.owner()).isEqualTo(RequisitionRules.class);
          });
    }
    for (LocalDate decided : List.of(LocalDate.of(2016, 1, 31), LocalDate.of(2017, 1, 1))) {
      assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(
              RoundCatalogue.round2016()).applications(PotId.NON_PROFITS, applications(),
              ApplicationRules.defaults().withDecided(decided)))
          .isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.path()).isEqualTo("rules.decided");
            assertThat(e.owner()).isEqualTo(ApplicationRules.class);
          });
    }
  }

  @Test
  void aDecisionBeforeWhatItDecidesIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(
            RoundCatalogue.round2016()).requisitions(PotId.MUNICIPALITIES, KEY, requisitions(),
            RequisitionRules.defaults().withRedistributionDecided(LocalDate.of(2016, 8, 27))))
        .isInstanceOf(RuleViolation.class)
        .withMessage("RequisitionRules of pot municipalities: 'redistributionDecided' 2016-08-27 "
            + "is before the requisition of 2584 Kiruna, dated 2016-08-28: unclaimed funds are "
            + "shared in a later step, after the requisitions");
    assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(
            RoundCatalogue.round2016()).applications(PotId.NON_PROFITS, applications(),
            ApplicationRules.defaults().withDecided(LocalDate.of(2016, 1, 31))))
        .withMessage("ApplicationRules of pot non-profits: 'decided' 2016-01-31 is before the "
            + "application of " + SHELTER + ", dated 2016-02-01: applications are decided after "
            + "they come in");
    assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(
            RoundCatalogue.round2016()).applications(PotId.NON_PROFITS, applications(),
            ApplicationRules.defaults().withDecided(LocalDate.of(2017, 1, 1))))
        .withMessage("ApplicationRules of pot non-profits: 'decided' 2017-01-01 is after the "
            + "round's use period ends 2016-12-31: the money could no longer be used");
    assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(
            RoundCatalogue.round2016()).requisitions(PotId.MUNICIPALITIES, KEY, requisitions(),
            RequisitionRules.defaults().withRedistributionDecided(LocalDate.of(2017, 1, 2))))
        .withMessageContaining("'redistributionDecided' 2017-01-02 is after the round's use period");
    // With a requisition deadline, unclaimed funds are known only after it.
    se.utvecklingsmedel.round.GrantRound withDeadline = se.utvecklingsmedel.round.GrantRound
        .builder().from(RoundCatalogue.round2016()).requisitionDeadline(LocalDate.of(2016, 9, 1))
        .build();
    assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(withDeadline)
            .requisitions(PotId.MUNICIPALITIES, KEY, requisitions(), RequisitionRules.defaults()
                .withRedistributionDecided(LocalDate.of(2016, 9, 1))))
        .withMessage("RequisitionRules of pot municipalities: 'redistributionDecided' 2016-09-01 "
            + "is not after the requisition deadline 2016-09-01: what is unclaimed is known only "
            + "after it");
    // The day itself is allowed.
    assertThat(RoundAllocation.builder(RoundCatalogue.round2016()).applications(PotId.NON_PROFITS,
            applications(), ApplicationRules.defaults().withDecided(LocalDate.of(2016, 2, 1)))
        .buildPartial().pot(PotId.NON_PROFITS).grantOf(SHELTER).decided())
        .contains(LocalDate.of(2016, 2, 1));
  }

  @Test
  void anIllustrationMarksEveryGrantAndComesFirst() {
    RoundAllocation allocation = RoundAllocation.builder(RoundCatalogue.round2016())
        .illustrative("Påhittade belopp.")
        .requisitions(PotId.MUNICIPALITIES, KEY, requisitions())
        .applications(PotId.NON_PROFITS, applications())
        .buildPartial();
    assertThat(allocation.illustration()).contains("Påhittade belopp.");
    assertThat(allocation.pots().values()).flatMap(pot -> pot.grants().values())
        .allMatch(RecipientGrant::illustrative);
    assertThat(allocation.toString()).startsWith("RoundAllocation 2016 (illustrative): ");
    assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(
            RoundCatalogue.round2016()).requisitions(PotId.MUNICIPALITIES, KEY, requisitions())
            .illustrative("Påhittade belopp."))
        .withMessage("RoundAllocation 2016: 'illustration' is given after pot municipalities; mark "
            + "the allocation as illustrative before its first pot, so that every grant is marked");
    assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(
            RoundCatalogue.round2016()).illustrative("a").illustrative("b"))
        .withMessage("RoundAllocation 2016: 'illustration' is given twice; give one note saying "
            + "what is invented");
    assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(
            RoundCatalogue.round2016()).illustrative("  "))
        .withMessageContaining("RoundAllocation 'illustration'");
    assertThat(allocation).isNotEqualTo(RoundAllocation.builder(RoundCatalogue.round2016())
        .requisitions(PotId.MUNICIPALITIES, KEY, requisitions())
        .applications(PotId.NON_PROFITS, applications())
        .buildPartial());
  }
}
