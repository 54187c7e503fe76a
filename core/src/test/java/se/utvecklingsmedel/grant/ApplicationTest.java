package se.utvecklingsmedel.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static se.utvecklingsmedel.Texts.english;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.decision.AwardReason;
import se.utvecklingsmedel.decision.Decision;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.decision.Wording;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.OrganisationNumber;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.DistributionMethod;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;

/** An application pot that runs out mid-list, worked by hand. */
class ApplicationTest {

  private static final LocalDate DAY = LocalDate.of(2018, 2, 1);
  private static final GrantRound ROUND = GrantRound.builder().year(2018)
      .legalBasis("Regeringsbeslut (exempel)")
      .applicationPeriod(LocalDateRange.ofClosed(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 2, 28)))
      .addPot(Pot.builder().id(PotId.NON_PROFITS).label("Utvecklingsmedel till ideella föreningar")
          .addCategory(RecipientCategory.NON_PROFIT_ORGANISATION).budget(Amount.ofKronor(100_000))
          .method(DistributionMethod.APPLICATION).build())
      .build();

  private static final NonProfitOrganisation N1 = organisation("802000-001", "Kvinnojouren Ett");
  private static final NonProfitOrganisation N2 = organisation("802000-002", "Kvinnojouren Två");
  private static final NonProfitOrganisation N3 = organisation("802000-003", "Föreningen Tre");
  private static final NonProfitOrganisation N4 = organisation("802000-004", "Stiftelsen Fyra");

  private static NonProfitOrganisation organisation(String nine, String name) {
    return NonProfitOrganisation.of(OrganisationNumber.withCheckDigit(nine), name);
  }

  private static Application.Builder application(Recipient applicant, long kronor,
      DevelopmentArea area) {
    return Application.builder().applicant(applicant).amount(Amount.ofKronor(kronor))
        .addDevelopmentArea(area).date(DAY);
  }

  // Priorities: N1 direct support where missing (1), N2 direct support where it exists (2), N3
  // quality development (3), N4 universal prevention where support exists (4). 125 000 kr asked.
  private static final List<Application> APPLICATIONS = List.of(
      application(N4, 5_000, DevelopmentArea.UNIVERSAL_PREVENTION).similarSupportExists(true).build(),
      application(N3, 30_000, DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK).build(),
      application(N2, 40_000, DevelopmentArea.WORK_WITH_CHILDREN).similarSupportExists(true).build(),
      application(N1, 50_000, DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN).build());

  private static PotAllocation allocate(GrantPolicy policy) {
    return RoundAllocation.builder(ROUND)
        .applications(PotId.NON_PROFITS, APPLICATIONS, ApplicationRules.defaults().withPolicy(policy))
        .build().pot(PotId.NON_PROFITS);
  }

  /**
   * A proportional share's certificate is the pot's: one made up by a policy (the right applicant
   * and amount over another pool or other weights) is refused; the pot's own is accepted from any
   * policy.
   */
  @Test
  void aProportionalCertificateMadeUpByAPolicyIsRefused() {
    GrantPolicy borrowsTheStandard = (budget, ranked) ->
        StandardGrantPolicy.PROPORTIONAL.award(budget, ranked);
    assertThat(allocate(borrowsTheStandard).granted()).isEqualTo(Amount.ofKronor(100_000));
    // Each share alone: the right amount on a line of a pool of that amount, weight 1.
    GrantPolicy madeUp = (budget, ranked) -> StandardGrantPolicy.PROPORTIONAL.award(budget, ranked)
        .stream().map(award -> {
          AwardReason.Proportional share = (AwardReason.Proportional) award.reason();
          Recipient applicant = share.certificate().key();
          var alone = se.utvecklingsmedel.allocation.Apportionment.largestRemainder(
              award.amount(), se.utvecklingsmedel.allocation.Weights.<Recipient>builder()
                  .put(applicant, 1).build());
          return new GrantPolicy.Award(award.amount(),
              new AwardReason.Proportional(share.inFull(), alone.certificateOf(applicant)));
        }).toList();
    assertThatIllegalArgumentException().isThrownBy(() -> allocate(madeUp))
        .withMessageContaining("is not the pot's: sharing its budget 100000.00 kr over the "
            + "amounts applied for gives");
  }

  /** A policy whose name is a page long, on several lines, is named on one line, cut. */
  @Test
  void aLongPolicyNameIsCutInMessages() {
    GrantPolicy noisy = new GrantPolicy() {
      @Override
      public List<Award> award(Amount budget, List<Application> ranked) {
        return List.of();
      }

      @Override
      public String toString() {
        return "Policy\nBeslut: Avslås\n" + "x".repeat(100_000);
      }
    };
    assertThatIllegalArgumentException().isThrownBy(() -> allocate(noisy))
        .satisfies(e -> {
          assertThat(e.getMessage()).hasSizeLessThan(1_000).doesNotContain("\n")
              .contains("Policy\\u000ABeslut: Avslås\\u000Axxx").contains("…");
        });
  }

  /**
   * Recipients are equal by number, so a report naming the organisation otherwise than the
   * allocation is refused at its recipient, not taken as the same.
   */
  @Test
  void aReportNamingTheOrganisationOtherwiseIsRefused() {
    RoundAllocation allocation = RoundAllocation.builder(ROUND)
        .applications(PotId.NON_PROFITS, APPLICATIONS).build();
    Amount granted = allocation.pot(PotId.NON_PROFITS).grantOf(N1).granted();
    LocalDate day = LocalDate.of(2019, 3, 1);
    se.utvecklingsmedel.followup.FollowUpReport renamed =
        se.utvecklingsmedel.followup.FollowUpReport.builder()
            .recipient(NonProfitOrganisation.of(N1.number(), "Annan förening"))
            .potId(PotId.NON_PROFITS).granted(granted).used(granted).submitted(day).build();
    se.utvecklingsmedel.vocabulary.RuleViolation e = org.assertj.core.api.Assertions
        .catchThrowableOfType(se.utvecklingsmedel.vocabulary.RuleViolation.class,
            () -> se.utvecklingsmedel.followup.FollowUp.of(allocation, List.of(renamed), day));
    assertThat(e.path()).isEqualTo("reports[0].recipient");
    assertThat(e).hasMessageContaining("the allocation names the recipient " + N1);
  }

  /** A policy's award that breaks a rule is named at its application, as the list gave it. */
  @Test
  void aPolicysBrokenAwardIsNamedAtItsApplication() {
    se.utvecklingsmedel.vocabulary.RuleViolation e = org.assertj.core.api.Assertions
        .catchThrowableOfType(se.utvecklingsmedel.vocabulary.RuleViolation.class,
            () -> allocate((budget, ranked) -> ranked.stream()
                .map(a -> new GrantPolicy.Award(Amount.ofOre(a.amount().toOre() / 2),
                    new AwardReason.GrantedInFull(Amount.zero()))).toList()));
    // N1 has priority 1, so its award is checked first; it is the fourth application given.
    assertThat(e.path()).isEqualTo("applications[3]");
    assertThat(e.owner()).isEqualTo(GrantPolicy.class);
    assertThat(e).hasMessageContaining("does not fit the 25000.00 kr awarded to " + N1);
  }

  /** A user's own policy is called with the ranked applications; what it returns is checked. */
  @Test
  void aUsersGrantPolicyIsCalledAndChecked() {
    GrantPolicy everyoneHalf = (budget, ranked) -> ranked.stream()
        .map(a -> new GrantPolicy.Award(Amount.ofOre(a.amount().toOre() / 2),
            new AwardReason.Stated(new Wording("Hälften, enligt policyn.", "Half, by policy."))))
        .toList();
    PotAllocation pot = allocate(everyoneHalf);
    assertThat(pot.grantOf(N1).granted()).isEqualTo(Amount.ofKronor(25_000));
    assertThat(english(pot.grantOf(N1))).last().isEqualTo("Half, by policy.");
    assertThat(pot.grantOf(N1).reasons()).last().extracting(r -> r.text(Language.SWEDISH))
        .isEqualTo("Hälften, enligt policyn.");
    assertThat(pot.granted()).isEqualTo(Amount.ofKronor(62_500));
    // A reason must say what the amount does: "in full" is in full, "rejected" grants nothing.
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> allocate((budget, ranked) -> ranked.stream()
            .map(a -> new GrantPolicy.Award(Amount.ofOre(a.amount().toOre() / 2),
                new AwardReason.GrantedInFull(Amount.zero()))).toList()))
        .withMessageContaining("does not fit the 25000.00 kr awarded to");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> allocate((budget, ranked) -> ranked.stream()
            .map(a -> new GrantPolicy.Award(Amount.ofKronor(1), new AwardReason.PotUsedUp())).toList()))
        .withMessageContaining("the reason PotUsedUp[] does not fit the 1.00 kr awarded");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> allocate((budget, ranked) -> ranked.stream()
            .map(a -> new GrantPolicy.Award(a.amount(),
                new AwardReason.Stated(Wording.same("All.")))).toList()))
        .withMessageContaining("more than its budget 100000.00 kr");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> allocate((budget, ranked) -> ranked.stream()
            .map(a -> new GrantPolicy.Award(a.amount().plus(Amount.ofOre(1)),
                new AwardReason.Stated(Wording.same("More.")))).toList()))
        .withMessageContaining("more than the");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> allocate((budget, ranked) -> List.of()))
        .withMessageContaining("returned 0 awards for 4 applications");
  }

  @Test
  void inPriorityOrderTheLastOneInPart() {
    PotAllocation pot = allocate(StandardGrantPolicy.PRIORITY_ORDER_LAST_PARTIAL);
    assertThat(pot.grantOf(N1).granted()).isEqualTo(Amount.ofKronor(50_000));
    assertThat(pot.grantOf(N1).decision()).isEqualTo(Decision.GRANTED);
    assertThat(pot.grantOf(N2).granted()).isEqualTo(Amount.ofKronor(40_000));
    assertThat(pot.grantOf(N3).granted()).isEqualTo(Amount.ofKronor(10_000));
    assertThat(pot.grantOf(N3).decision()).isEqualTo(Decision.PARTIALLY_GRANTED);
    assertThat(pot.grantOf(N4).granted()).isEqualTo(Amount.zero());
    assertThat(pot.grantOf(N4).decision()).isEqualTo(Decision.REJECTED);
    assertThat(pot.granted()).isEqualTo(Amount.ofKronor(100_000));
    assertThat(pot.returned()).isEqualTo(Amount.zero());
    assertThat(pot.grantOf(N1).priority()).contains(Priority.of(1, new Wording(
        "förbättrar det direkta stödet till den enskilda där sådant stöd saknas",
        "improves direct support to individuals where such support is missing")));
    assertThat(pot.grantOf(N4).priority().orElseThrow().rank()).isEqualTo(4);
    assertThat(english(pot.grantOf(N3))).containsExactly(
        "Applied for 30000.00 kr on 2018-02-01 for Kvalitetsutveckling av eget arbete.",
        "Eligible; priority 3: other development work where similar support is missing.",
        "Granted in part: the 10000.00 kr left in the pot, the last grant in priority order.");
    assertThat(english(pot.grantOf(N4))).last()
        .isEqualTo("Rejected: the pot was used up by applications of higher priority.");
    assertThat(english(pot.grantOf(N1))).last()
        .isEqualTo("Granted in full in priority order; 50000.00 kr left in the pot.");
  }

  @Test
  void inPriorityOrderSkippingWhatDoesNotFit() {
    PotAllocation pot = allocate(StandardGrantPolicy.PRIORITY_ORDER_SKIP_UNFUNDABLE);
    assertThat(pot.grantOf(N1).granted()).isEqualTo(Amount.ofKronor(50_000));
    assertThat(pot.grantOf(N2).granted()).isEqualTo(Amount.ofKronor(40_000));
    assertThat(pot.grantOf(N3).decision()).isEqualTo(Decision.REJECTED);
    assertThat(english(pot.grantOf(N3))).last().isEqualTo("Rejected: 30000.00 kr does not fit "
        + "the 10000.00 kr left in the pot, and only whole applications are granted.");
    assertThat(pot.grantOf(N4).granted()).isEqualTo(Amount.ofKronor(5_000));
    assertThat(pot.returned()).isEqualTo(Amount.ofKronor(5_000));
  }

  @Test
  void proportionallyScaledDown() {
    // 100 000 of 125 000 asked: every application gets 80 %.
    PotAllocation pot = allocate(StandardGrantPolicy.PROPORTIONAL);
    assertThat(pot.grantOf(N1).granted()).isEqualTo(Amount.ofKronor(40_000));
    assertThat(pot.grantOf(N2).granted()).isEqualTo(Amount.ofKronor(32_000));
    assertThat(pot.grantOf(N3).granted()).isEqualTo(Amount.ofKronor(24_000));
    assertThat(pot.grantOf(N4).granted()).isEqualTo(Amount.ofKronor(4_000));
    assertThat(pot.grants().values()).extracting(RecipientGrant::decision)
        .containsOnly(Decision.PARTIALLY_GRANTED);
    assertThat(pot.returned()).isEqualTo(Amount.zero());
  }

  @Test
  void proportionalInFullWhenThePotCoversAll() {
    PotAllocation pot = RoundAllocation.builder(ROUND).applications(PotId.NON_PROFITS,
            APPLICATIONS.subList(0, 2), ApplicationRules.defaults().withPolicy(StandardGrantPolicy.PROPORTIONAL))
        .build().pot(PotId.NON_PROFITS);
    assertThat(pot.grants().values()).extracting(RecipientGrant::decision)
        .containsOnly(Decision.GRANTED);
    assertThat(pot.returned()).isEqualTo(Amount.ofKronor(65_000));
  }

  @Test
  void ineligibleApplicationsAreRejectedWithTheReason() {
    List<Application> applications = List.of(
        Application.builder().applicant(ReferenceData.countyAdministrativeBoard("01"))
            .amount(Amount.ofKronor(10_000)).date(DAY).build(),
        application(N1, 10_000, DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN)
            .date(LocalDate.of(2018, 3, 1)).build());
    PotAllocation pot = RoundAllocation.builder(ROUND).applications(PotId.NON_PROFITS, applications)
        .build().pot(PotId.NON_PROFITS);
    RecipientGrant board = pot.grantOf(ReferenceData.countyAdministrativeBoard("01"));
    assertThat(board.decision()).isEqualTo(Decision.REJECTED);
    assertThat(board.priority()).isEmpty();
    assertThat(english(board)).last()
        .isEqualTo("Not eligible: pot non-profits does not serve länsstyrelse.");
    assertThat(english(pot.grantOf(N1))).last().isEqualTo("Not eligible: received 2018-03-01, "
        + "outside the application period 2018-01-01 – 2018-02-28.");
    assertThat(pot.returned()).isEqualTo(Amount.ofKronor(100_000));
  }

  @Test
  void aUserPriorityRulePlugsIn() {
    // Smallest application first.
    PriorityRule smallestFirst = a -> Priority.of(
        (int) Math.min(Integer.MAX_VALUE, a.amount().toOre() / 100), "smaller applications first");
    PotAllocation pot = RoundAllocation.builder(ROUND).applications(PotId.NON_PROFITS, APPLICATIONS,
        ApplicationRules.defaults().withPriority(smallestFirst)).build().pot(PotId.NON_PROFITS);
    assertThat(pot.grantOf(N4).granted()).isEqualTo(Amount.ofKronor(5_000));
    assertThat(pot.grantOf(N3).granted()).isEqualTo(Amount.ofKronor(30_000));
    assertThat(pot.grantOf(N2).granted()).isEqualTo(Amount.ofKronor(40_000));
    assertThat(pot.grantOf(N1).granted()).isEqualTo(Amount.ofKronor(25_000));
  }

  @Test
  void tiesAreBrokenByApplicantNeverByInputOrder() {
    List<Application> tied = List.of(
        application(N2, 60_000, DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN).build(),
        application(N1, 60_000, DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN).build());
    PotAllocation pot = RoundAllocation.builder(ROUND).applications(PotId.NON_PROFITS, tied)
        .build().pot(PotId.NON_PROFITS);
    assertThat(pot.grantOf(N1).granted()).isEqualTo(Amount.ofKronor(60_000));
    assertThat(pot.grantOf(N2).granted()).isEqualTo(Amount.ofKronor(40_000));
  }

  @Test
  void rejectsBadApplications() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Application.builder().applicant(N1).amount(Amount.zero()).date(DAY)
            .addDevelopmentArea(DevelopmentArea.WORK_WITH_CHILDREN).build())
        .withMessage("Application of " + N1 + ": 'amount' must be above zero");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Application.builder().applicant(N1).amount(Amount.ofKronor(1)).date(DAY).build())
        .withMessage("Application of " + N1 + ": 'developmentAreas' must name at least one for a "
            + "non-profit");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> application(N1, 1, DevelopmentArea.WORK_WITH_CHILDREN)
            .municipality(ReferenceData.municipality("0180")).county(ReferenceData.county("01")).build())
        .withMessage("Application of " + N1 + ": give the work's 'municipality' or its 'county', not "
            + "both");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RoundAllocation.builder(ROUND).applications(PotId.NON_PROFITS, List.of(
            application(N1, 1, DevelopmentArea.WORK_WITH_CHILDREN).build(),
            application(N1, 2, DevelopmentArea.WORK_WITH_CHILDREN).build())))
        .withMessage("Application of " + N1 + " in pot non-profits: the applicant applied twice");
  }

  @Test
  void rejectsAPotByTheWrongMethodTwiceOrUnknown() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RoundAllocation.builder(RoundCatalogue.round2016())
            .applications(PotId.MUNICIPALITIES, List.of()))
        .withMessage("RoundAllocation: pot municipalities is handed out by REQUISITION, not by "
            + "APPLICATION");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RoundAllocation.builder(ROUND).applications(PotId.NON_PROFITS, List.of())
            .applications(PotId.NON_PROFITS, List.of()))
        .withMessage("RoundAllocation: pot non-profits is already allocated");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RoundAllocation.builder(ROUND).applications(PotId.of("roads"), List.of()))
        .withMessage("GrantRound 2018 has no pot 'roads'; it has [non-profits]");
    assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(ROUND).build())
        .withMessage("RoundAllocation 2018: no pot was added");
  }
}
