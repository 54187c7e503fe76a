package se.utvecklingsmedel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.followup.ClaimKind;
import se.utvecklingsmedel.followup.SettlementStatus;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.published.PublishedFigures;
import se.utvecklingsmedel.published.PublishedReports;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.published.RoundComparison;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.UnusedFundsReason;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/** Statistics from elsewhere are held only when they can be true (issue 10). */
class StatisticsChecksTest {

  /** Three municipalities granted 100 kr each, all reported in time and analysed, one left 50 kr. */
  private static Figures valid() {
    Figures b = new Figures();
    b.category(RecipientCategory.MUNICIPALITY).requisitioning(3).applying(0).granted(3)
        .requisitionedAmount(Amount.ofKronor(300)).appliedAmount(Amount.zero())
        .redistributedAmount(Amount.zero()).grantedAmount(Amount.ofKronor(300))
        .assigned(0).assignedAmount(Amount.zero())
        .usedAmount(Amount.ofKronor(250)).unusedAmount(Amount.ofKronor(50))
        .usedNothing(0).notAllUsed(1).shareUsed(Share.of(250, 300))
        .reportsInTime(3).reportsLate(0).reportsMissing(0).reportsNotYetDue(0)
        .reportsWithoutActivity(0).reportsAnalysed(3).coordinatingFunctions(1)
        .usingRiskAssessment(2).qualitySystemAlreadyCovering(1)
        .instruments(TermCounts.of(AssessmentInstrument.FREDA_SHORT_QUESTIONS, 2))
        .reasonsForUnusedFunds(TermCounts.of(UnusedFundsReason.WORKLOAD, 1));
    return b;
  }

  /**
   * A category's figures set one by one, as these tests were first written: each setter goes to
   * its concept's builder, and {@link #build()} builds the whole.
   */
  static final class Figures {
    private final CategoryStatistics.Builder whole = CategoryStatistics.builder();
    private final Funds.Builder funds = Funds.builder();
    private final Utilisation.Builder utilisation = Utilisation.builder();
    private final Reporting.Builder reporting = Reporting.builder();
    private final WorkCounts.Builder work = WorkCounts.builder();

    Figures category(RecipientCategory category) {
      whole.category(category);
      return this;
    }

    Figures requisitioning(int value) {
      funds.requisitioning(value);
      return this;
    }

    Figures applying(int value) {
      funds.applying(value);
      return this;
    }

    Figures granted(int value) {
      funds.granted(value);
      return this;
    }

    Figures assigned(int value) {
      funds.assigned(value);
      return this;
    }

    Figures requisitionedAmount(Amount value) {
      funds.requisitionedAmount(value);
      return this;
    }

    Figures appliedAmount(Amount value) {
      funds.appliedAmount(value);
      return this;
    }

    Figures redistributedAmount(Amount value) {
      funds.redistributedAmount(value);
      return this;
    }

    Figures grantedAmount(Amount value) {
      funds.grantedAmount(value);
      return this;
    }

    Figures assignedAmount(Amount value) {
      funds.assignedAmount(value);
      return this;
    }

    Figures usedNothing(int value) {
      utilisation.usedNothing(value);
      return this;
    }

    Figures notAllUsed(int value) {
      utilisation.notAllUsed(value);
      return this;
    }

    Figures explainingUnusedFunds(int value) {
      utilisation.explainingUnusedFunds(value);
      return this;
    }

    Figures usedAmount(Amount value) {
      utilisation.usedAmount(value);
      return this;
    }

    Figures unusedAmount(Amount value) {
      utilisation.unusedAmount(value);
      return this;
    }

    Figures shareUsed(Share value) {
      utilisation.shareUsed(value);
      return this;
    }

    Figures shareUsed(Optional<Share> value) {
      utilisation.shareUsed(value);
      return this;
    }

    Figures reasonsForUnusedFunds(TermCounts<UnusedFundsReason> value) {
      utilisation.reasonsForUnusedFunds(value);
      return this;
    }

    Figures reportsInTime(int value) {
      reporting.reportsInTime(value);
      return this;
    }

    Figures reportsLate(int value) {
      reporting.reportsLate(value);
      return this;
    }

    Figures reportsMissing(int value) {
      reporting.reportsMissing(value);
      return this;
    }

    Figures reportsNotYetDue(int value) {
      reporting.reportsNotYetDue(value);
      return this;
    }

    Figures reportsWithoutActivity(int value) {
      reporting.reportsWithoutActivity(value);
      return this;
    }

    Figures reportsAnalysed(int value) {
      reporting.reportsAnalysed(value);
      return this;
    }

    Figures coordinatingFunctions(int value) {
      work.coordinatingFunctions(value);
      return this;
    }

    Figures usingRiskAssessment(int value) {
      work.usingRiskAssessment(value);
      return this;
    }

    Figures qualitySystemAlreadyCovering(int value) {
      work.qualitySystemAlreadyCovering(value);
      return this;
    }

    Figures areas(TermCounts<ActivityArea> value) {
      work.areas(value);
      return this;
    }

    Figures instruments(TermCounts<AssessmentInstrument> value) {
      work.instruments(value);
      return this;
    }

    Figures methods(TermCounts<se.utvecklingsmedel.vocabulary.Method> value) {
      work.methods(value);
      return this;
    }

    Figures vulnerableGroups(TermCounts<VulnerableGroup> value) {
      work.vulnerableGroups(value);
      return this;
    }

    Figures partners(TermCounts<CollaborationPartner> value) {
      work.partners(value);
      return this;
    }

    Figures training(TermCounts<Training> value) {
      work.training(value);
      return this;
    }

    Figures combinations(TermCounts<TermCombination> value) {
      work.combinations(value);
      return this;
    }

    Figures outcomes(Map<? extends ActivityArea, ? extends TermCounts<Outcome>> value) {
      work.outcomes(value);
      return this;
    }

    Figures putOutcome(ActivityArea area, TermCounts<Outcome> counts) {
      work.putOutcome(area, counts);
      return this;
    }

    Figures putWork(ActivityArea area, AreaCounts counts) {
      work.putByArea(area, counts);
      return this;
    }

    CategoryStatistics build() {
      return whole.funds(funds.build()).utilisation(utilisation.build())
          .reporting(reporting.build()).work(work.build()).build();
    }
  }

  private static void rejects(UnaryOperator<Figures> change, String message) {
    assertThatIllegalArgumentException().isThrownBy(() -> change.apply(valid()).build())
        .withMessage("CategoryStatistics of MUNICIPALITY: " + message);
  }

  /** A rule across figures is a RuleViolation naming the first figure it concerns as its path. */
  @Test
  void aBrokenRuleNamesTheFigureAsData() {
    se.utvecklingsmedel.vocabulary.RuleViolation money = org.assertj.core.api.Assertions
        .catchThrowableOfType(se.utvecklingsmedel.vocabulary.RuleViolation.class,
            () -> valid().usedAmount(Amount.ofKronor(260)).build());
    assertThat(money.owner()).isEqualTo(CategoryStatistics.class);
    assertThat(money.subject()).isEqualTo("MUNICIPALITY");
    assertThat(money.path()).isEqualTo("usedAmount");
    assertThat(money).hasMessageContaining("usedAmount + unusedAmount (310.00) must be at most");
    se.utvecklingsmedel.vocabulary.RuleViolation term = org.assertj.core.api.Assertions
        .catchThrowableOfType(se.utvecklingsmedel.vocabulary.RuleViolation.class,
            () -> valid().reasonsForUnusedFunds(TermCounts.of(UnusedFundsReason.WORKLOAD, 2))
                .build());
    assertThat(term.path()).isEqualTo("reasonsForUnusedFunds");
    assertThat(CategoryStatisticsDef.pathOf("the outcomes of Stöd")).isEqualTo("outcomes");
    assertThat(CategoryStatisticsDef.pathOf("work in Stöd: methods of X")).isEqualTo("work");
    assertThat(CategoryStatisticsDef.pathOf("reportsWithoutActivity + reportsAnalysed"))
        .isEqualTo("reportsWithoutActivity");
  }

  @Test
  void aReportWithoutActivityUsedNothingAndAreasAreTheCategorys() {
    rejects(b -> b.reportsWithoutActivity(1).reportsAnalysed(2),
        "'reportsWithoutActivity' (1) must be at most 'usedNothing' (0)");
    rejects(b -> b.areas(TermCounts.of(
        se.utvecklingsmedel.vocabulary.DevelopmentArea.WORK_WITH_CHILDREN, 1)),
        "area 'Insatser för arbete med barn' is not an area of a kommun");
    se.utvecklingsmedel.vocabulary.RuleViolation inOutcomes = org.assertj.core.api.Assertions
        .catchThrowableOfType(se.utvecklingsmedel.vocabulary.RuleViolation.class,
            () -> valid().outcomes(Map.of(
                se.utvecklingsmedel.vocabulary.DevelopmentArea.WORK_WITH_CHILDREN,
                TermCounts.of(Outcome.FULLY, 1))).build());
    assertThat(inOutcomes.path()).isEqualTo("outcomes");
  }

  /** The share used is computed from the amounts when not given, and checked when given. */
  @Test
  void theShareUsedIsComputedWhenNotGiven() {
    Utilisation use = Utilisation.builder().usedAmount(Amount.ofKronor(250))
        .unusedAmount(Amount.ofKronor(50)).usedNothing(0).notAllUsed(1).build();
    assertThat(use.shareUsed()).contains(Share.of(5, 6));
    assertThat(Utilisation.builder().usedAmount(Amount.zero()).unusedAmount(Amount.zero())
        .usedNothing(0).notAllUsed(0).build().shareUsed()).isEmpty();
    CategoryStatistics given = valid().build();
    Utilisation computed = Utilisation.builder().usedAmount(Amount.ofKronor(250))
        .unusedAmount(Amount.ofKronor(50)).usedNothing(0).notAllUsed(1)
        .reasonsForUnusedFunds(given.utilisation().reasonsForUnusedFunds()).build();
    assertThat(CategoryStatistics.builder().from(given).utilisation(computed).build())
        .isEqualTo(given);
    // Given empty, it is kept, and the whole refuses it.
    assertThatIllegalArgumentException().isThrownBy(() -> CategoryStatistics.builder().from(given)
            .utilisation(Utilisation.builder().from(computed).shareUsed(Optional.empty()).build())
            .build())
        .withMessageContaining("'shareUsed' must be given exactly when");
  }

  @Test
  void consistentFiguresAreHeld() {
    CategoryStatistics statistics = valid().build();
    assertThat(statistics.reporting().reportsReceived()).isEqualTo(3);
  }

  @Test
  void combinationsAndExplainedUnusedFundsAreBounded() {
    assertThat(valid().partners(TermCounts.of(CollaborationPartner.POLICE, 3))
        .combinations(TermCounts.copyOf(Map.of(TermCombination.ANY_PARTNER, 3, TermCombination.OTHER_ACTORS, 3,
            TermCombination.ANY_INSTRUMENT_OR_METHOD, 2, TermCombination.FREDA, 2)))
        .explainingUnusedFunds(1)
        .build().utilisation().explainingUnusedFunds()).hasValue(1);
    // Combinations agree with the counts of their terms: "any" from the largest to the sum.
    rejects(b -> b.partners(TermCounts.copyOf(Map.of(CollaborationPartner.POLICE, 2,
        CollaborationPartner.SCHOOLS, 1))).combinations(TermCounts.copyOf(Map.of(TermCombination.ANY_PARTNER, 1,
            TermCombination.ANY_INSTRUMENT_OR_METHOD, 2, TermCombination.FREDA, 2))),
        "'combinations of Minst en samverkansaktör' (1) must be from 2 to 3, as the counts of its "
            + "terms allow");
    rejects(b -> b.partners(TermCounts.of(CollaborationPartner.POLICE, 1)).combinations(TermCounts.copyOf(Map.of(
        TermCombination.ANY_PARTNER, 1, TermCombination.OTHER_ACTORS, 2,
        TermCombination.ANY_INSTRUMENT_OR_METHOD, 2, TermCombination.FREDA, 2))),
        "'combinations of Minst en annan aktör än kommuner och ideella organisationer' (2) must be "
            + "at most 'combinations of Minst en samverkansaktör' (1)");
    rejects(b -> b.partners(TermCounts.of(CollaborationPartner.POLICE, 2)).combinations(TermCounts.copyOf(Map.of(
        TermCombination.ANY_PARTNER, 2, TermCombination.OTHER_ACTORS, 2,
        TermCombination.SOCIAL_SERVICES_POLICE_AND_SHELTERS, 1,
        TermCombination.ANY_INSTRUMENT_OR_METHOD, 2, TermCombination.FREDA, 2))),
        "'combinations of Alla tre: socialtjänst, polis och kvinnojourer' (1) must be from 0 to 0, "
            + "as the counts of its terms allow");
    rejects(b -> b.combinations(TermCounts.copyOf(Map.of(TermCombination.ANY_PARTNER, 4))),
        "'combinations of Minst en samverkansaktör' (4) must be at most 3");
    rejects(b -> b.combinations(TermCounts.copyOf(Map.of(TermCombination.FREDA, -1))),
        "'combinations of Minst ett av FREDA-instrumenten' must not be negative, but was -1");
    rejects(b -> b.explainingUnusedFunds(2),
        "'explainingUnusedFunds' (2) must be at most 'notAllUsed' (1)");
    rejects(b -> b.explainingUnusedFunds(-1),
        "'explainingUnusedFunds' must not be negative, but was -1");
    // Stated: no reason is given by more recipients than explained; not stated (0): not checked.
    rejects(b -> b.notAllUsed(2).usedNothing(0).explainingUnusedFunds(1)
        .reasonsForUnusedFunds(TermCounts.copyOf(Map.of(UnusedFundsReason.WORKLOAD, 1,
            UnusedFundsReason.SICK_LEAVE, 2))),
        "'reasonsForUnusedFunds of Sjukskrivningar' (2) must be at most 1");
    assertThat(valid().build().utilisation().explainingUnusedFunds()).isEmpty(); // not stated: unknown
    // An area's combination is at most the recipients naming the area.
    rejects(b -> b.areas(TermCounts.of(MunicipalActivityArea.COLLABORATION, 1)).putWork(
        MunicipalActivityArea.COLLABORATION, AreaCounts.builder()
            .combinations(TermCounts.copyOf(Map.of(TermCombination.ANY_PARTNER, 2))).build()),
        "'work in Samverkan: combinations of Minst en samverkansaktör' (2) must be at most "
            + "'areas of Samverkan' (1)");
  }

  /** Counts that would overflow an int together, and counts that contradict the money. */
  @Test
  void countsAreAddedWithoutOverflowAndTiedToTheMoney() {
    rejects(b -> b.reportsInTime(0).reportsWithoutActivity(Integer.MAX_VALUE)
        .reportsAnalysed(Integer.MAX_VALUE), "reportsInTime + reportsLate + reportsMissing + "
        + "reportsNotYetDue (0) must equal 'granted' (3)");
    rejects(b -> b.reportsWithoutActivity(Integer.MAX_VALUE).reportsAnalysed(Integer.MAX_VALUE),
        "'reportsWithoutActivity + reportsAnalysed' (4294967294) must be at most 'reportsInTime' "
            + "(3)");
    rejects(b -> b.requisitioning(0).applying(0).granted(0).reportsInTime(0)
        .reportsAnalysed(0).coordinatingFunctions(0).usingRiskAssessment(0)
        .qualitySystemAlreadyCovering(0).notAllUsed(0).usedAmount(Amount.zero())
        .unusedAmount(Amount.zero()).shareUsed(Optional.empty())
        .instruments(TermCounts.copyOf(Map.of())).reasonsForUnusedFunds(TermCounts.copyOf(Map.of())).requisitionedAmount(Amount.zero()),
        "'grantedAmount' (300.00) must be zero when 'granted' is 0");
    rejects(b -> b.assignedAmount(Amount.ofKronor(5)),
        "'assignedAmount' (5.00) must be zero when 'assigned' is 0");
    rejects(b -> b.usedNothing(3).notAllUsed(3).reasonsForUnusedFunds(TermCounts.copyOf(Map.of())),
        "'usedAmount' (250.00) must be zero when every report received (3) used nothing");
    rejects(b -> b.putOutcome(MunicipalActivityArea.COLLABORATION,
        TermCounts.copyOf(ImmutableMap.of(Outcome.FULLY, 1))), "'the outcomes of Samverkan' (1) must be at most "
        + "'areas of Samverkan' (0)");
  }

  /** Amounts that need recipients, and amounts too large to add up. */
  @Test
  void amountsNeedTheirRecipientsAndAddUpWithinTheRange() {
    rejects(b -> b.applying(0).appliedAmount(Amount.ofKronor(5_000)), "'appliedAmount' (5000.00) "
        + "must be zero when 'applying' is 0");
    rejects(b -> b.grantedAmount(Amount.zero()).requisitionedAmount(Amount.zero())
        .usedAmount(Amount.zero()).unusedAmount(Amount.zero()).notAllUsed(0)
        .reasonsForUnusedFunds(TermCounts.copyOf(Map.of())).shareUsed(Optional.empty()),
        "'grantedAmount' must be above zero when 'granted' (3) is");
    rejects(b -> b.usedAmount(Amount.ofOre(Long.MAX_VALUE)).unusedAmount(Amount.ofOre(
        Long.MAX_VALUE)), "the amounts add up beyond the range of an Amount");
  }

  @Test
  void negativeCountsAreRejected() {
    rejects(b -> b.requisitioning(-7), "'requisitioning' must not be negative, but was -7");
    rejects(b -> b.reportsLate(-1), "'reportsLate' must not be negative, but was -1");
    rejects(b -> b.areas(TermCounts.of(se.utvecklingsmedel.vocabulary.MunicipalActivityArea.TRAINING, -2)),
        "'areas of Deltagande i utbildningsaktiviteter' must not be negative, but was -2");
  }

  @Test
  void countsThatCannotAddUpAreRejected() {
    rejects(b -> b.usedNothing(17).notAllUsed(17), "'notAllUsed' (17) must be at most "
        + "'reportsInTime + reportsLate' (3)");
    rejects(b -> b.usedNothing(2), "'usedNothing' (2) must be at most 'notAllUsed' (1)");
    rejects(b -> b.reportsMissing(1), "reportsInTime + reportsLate + reportsMissing + "
        + "reportsNotYetDue (4) must equal 'granted' (3)");
    rejects(b -> b.requisitioning(4), "'requisitioning' (4) must be at most 'granted' (3)");
    rejects(b -> b.reportsWithoutActivity(1), "'reportsWithoutActivity + reportsAnalysed' (4) must "
        + "be at most 'reportsInTime' (3)");
    rejects(b -> b.instruments(TermCounts.copyOf(Map.of(
        AssessmentInstrument.FREDA_SHORT_QUESTIONS, 2, AssessmentInstrument.SARA, 4))),
        "'instruments of SARA' (4) must be at most 3");
    rejects(b -> b.usingRiskAssessment(5), "'usingRiskAssessment' (5) must be at most "
        + "'reportsAnalysed' (3)");
    rejects(b -> b.qualitySystemAlreadyCovering(4), "'qualitySystemAlreadyCovering' (4) must be at "
        + "most 'reportsAnalysed' (3)");
    rejects(b -> b.reasonsForUnusedFunds(TermCounts.copyOf(Map.of(UnusedFundsReason.WORKLOAD, 1,
            UnusedFundsReason.SICK_LEAVE, 2))),
        "'reasonsForUnusedFunds of Sjukskrivningar' (2) must be at most 1");
  }

  @Test
  void amountsThatCannotAddUpAreRejected() {
    rejects(b -> b.usedAmount(Amount.ofKronor(300)).shareUsed(Share.of(300, 350)),
        "usedAmount + unusedAmount (350.00) must be at most 'grantedAmount' (300.00)");
    rejects(b -> b.redistributedAmount(Amount.ofKronor(1)), "requisitionedAmount + "
        + "redistributedAmount (301.00) must be at most 'grantedAmount' (300.00)");
    rejects(b -> b.requisitionedAmount(Amount.ofKronor(200)), "'grantedAmount' (300.00) must be at "
        + "most requisitionedAmount + redistributedAmount + appliedAmount");
    rejects(b -> b.notAllUsed(0).reasonsForUnusedFunds(TermCounts.copyOf(java.util.Map.of())),
        "'unusedAmount' (50.00) must be above zero exactly when 'notAllUsed' (0) is");
    rejects(b -> b.shareUsed(Optional.empty()), "'shareUsed' must be given exactly when "
        + "usedAmount + unusedAmount is above zero");
    rejects(b -> b.shareUsed(Share.of(92, 100)), "'shareUsed' 23/25 must be usedAmount / "
        + "(usedAmount + unusedAmount) = 5/6");
  }

  @Test
  void everyCountMustBeAtLeastZero() {
    Map<String, UnaryOperator<Figures>> negative = new LinkedHashMap<>();
    negative.put("requisitioning", b -> b.requisitioning(-1));
    negative.put("applying", b -> b.applying(-1));
    negative.put("granted", b -> b.granted(-1));
    negative.put("assigned", b -> b.assigned(-1));
    negative.put("usedNothing", b -> b.usedNothing(-1));
    negative.put("notAllUsed", b -> b.notAllUsed(-1));
    negative.put("reportsInTime", b -> b.reportsInTime(-1));
    negative.put("reportsLate", b -> b.reportsLate(-1));
    negative.put("reportsMissing", b -> b.reportsMissing(-1));
    negative.put("reportsNotYetDue", b -> b.reportsNotYetDue(-1));
    negative.put("reportsWithoutActivity", b -> b.reportsWithoutActivity(-1));
    negative.put("reportsAnalysed", b -> b.reportsAnalysed(-1));
    negative.put("coordinatingFunctions", b -> b.coordinatingFunctions(-1));
    negative.put("usingRiskAssessment", b -> b.usingRiskAssessment(-1));
    negative.put("qualitySystemAlreadyCovering", b -> b.qualitySystemAlreadyCovering(-1));
    negative.forEach((field, change) ->
        rejects(change, "'" + field + "' must not be negative, but was -1"));
    // Zero is a count: the boundary is accepted.
    assertThat(valid().assigned(0).coordinatingFunctions(0).usingRiskAssessment(0)
        .instruments(TermCounts.copyOf(Map.of())).build().work().coordinatingFunctions()).isZero();
  }

  @Test
  void grantedMustBeExplainedByRequisitionsAndApplications() {
    rejects(b -> b.granted(4).reportsNotYetDue(1), "'granted' (4) must be at most "
        + "'requisitioning + applying' (3)");
    assertThat(valid().granted(4).applying(1).reportsNotYetDue(1).build().funds().granted()).isEqualTo(4);
  }

  @Test
  void everyTermCountIsAtMostTheReportsAnalysed() {
    rejects(b -> b.areas(TermCounts.of(MunicipalActivityArea.TRAINING, 4)),
        "'areas of Deltagande i utbildningsaktiviteter' (4) must be at most 3");
    rejects(b -> b.methods(TermCounts.of(KnownMethod.TRAPPAN, 4)), "'methods of Trappan' (4) must be at most 3");
    rejects(b -> b.vulnerableGroups(TermCounts.of(VulnerableGroup.YOUNG_WOMEN, 4)),
        "'vulnerableGroups of " + VulnerableGroup.YOUNG_WOMEN.label() + "' (4) must be at most 3");
    rejects(b -> b.partners(TermCounts.of(CollaborationPartner.POLICE, 4)),
        "'partners of " + CollaborationPartner.POLICE.label() + "' (4) must be at most 3");
    rejects(b -> b.training(TermCounts.of(Training.NCK_WEB_COURSE, 4)),
        "'training of " + Training.NCK_WEB_COURSE.label() + "' (4) must be at most 3");
    rejects(b -> b.coordinatingFunctions(4), "'coordinatingFunctions' (4) must be at most "
        + "'reportsAnalysed' (3)");
    // Exactly the reports analysed is allowed.
    assertThat(valid().methods(TermCounts.of(KnownMethod.TRAPPAN, 3)).build().work().methods())
        .containsEntry(KnownMethod.TRAPPAN, 3);
  }

  @Test
  void outcomesAreCountedPerAreaAtMostOncePerReport() {
    rejects(b -> b.putOutcome(MunicipalActivityArea.COLLABORATION,
            TermCounts.copyOf(ImmutableMap.of(Outcome.FULLY, 4))),
        "'outcomes of Samverkan of " + Outcome.FULLY.label() + "' (4) must be at most 3");
    rejects(b -> b.putOutcome(MunicipalActivityArea.COLLABORATION,
            TermCounts.copyOf(ImmutableMap.of(Outcome.FULLY, 2, Outcome.PARTLY, 2))),
        "'the outcomes of Samverkan' (4) must be at most 'reportsAnalysed' (3)");
    rejects(b -> b.putOutcome(MunicipalActivityArea.COLLABORATION,
            TermCounts.copyOf(ImmutableMap.of(Outcome.FULLY, -1))),
        "'outcomes of Samverkan of " + Outcome.FULLY.label() + "' must not be negative, but was -1");
    // Outcomes only for an area someone names: at most the recipients naming it.
    assertThat(valid().areas(TermCounts.of(MunicipalActivityArea.COLLABORATION, 3)).putOutcome(
        MunicipalActivityArea.COLLABORATION, TermCounts.copyOf(ImmutableMap.of(Outcome.FULLY, 2, Outcome.PARTLY, 1)))
        .build().work().outcomes()).hasSize(1);
  }

  @Test
  void publishedFiguresHoldEachRule() {
    PublishedFigures all = PublishedFigures.of(RecipientCategory.REGION)
        .with(Figure.REQUISITIONING, 21).with(Figure.APPLYING, 0).with(Figure.GRANTED, 21)
        .with(Figure.USED_NOTHING, 0).with(Figure.NOT_ALL_USED, 14)
        .with(Figure.REPORTS_IN_TIME, 21).with(Figure.REPORTS_ANALYSED, 21)
        .with(Figure.SHARE_USED, Share.of(1, 1))
        .with(Figure.GRANTED_AMOUNT, Amount.ofKronor(20_000_000))
        .with(Figure.USED_AMOUNT, Amount.ofKronor(14_300_000))
        .with(Figure.UNUSED_AMOUNT, Amount.ofKronor(5_700_000));
    assertThat(all.get(Figure.NOT_ALL_USED)).hasValue(14);
    String prefix = "PublishedFigures of REGION: ";
    Map<String, UnaryOperator<PublishedFigures>> bad = new LinkedHashMap<>();
    bad.put("'applying' must not be negative, but was -1", b -> b.with(Figure.APPLYING, -1));
    bad.put("'usedNothing' (15) must be at most 'notAllUsed' (14)",
        b -> b.with(Figure.USED_NOTHING, 15));
    bad.put("'notAllUsed' (22) must be at most 'granted' (21)",
        b -> b.with(Figure.NOT_ALL_USED, 22).with(Figure.USED_NOTHING, 0));
    bad.put("'reportsAnalysed' (22) must be at most 'reportsInTime' (21)",
        b -> b.with(Figure.REPORTS_ANALYSED, 22));
    bad.put("'reportsInTime' (22) must be at most 'granted' (21)",
        b -> b.with(Figure.REPORTS_IN_TIME, 22).with(Figure.REPORTS_ANALYSED, 21));
    bad.put("usedAmount + unusedAmount must be at most 'grantedAmount'",
        b -> b.with(Figure.UNUSED_AMOUNT, Amount.ofKronor(5_700_001)));
    bad.forEach((message, change) -> assertThatIllegalArgumentException()
        .isThrownBy(() -> change.apply(all))
        .withMessage(prefix + message));
    // A figure left out is not compared: only used and unused, without granted, is fine.
    assertThat(PublishedFigures.of(RecipientCategory.REGION)
        .with(Figure.USED_AMOUNT, Amount.ofKronor(1)).with(Figure.UNUSED_AMOUNT, Amount.ofKronor(1))
        .get(Figure.GRANTED_AMOUNT))
        .isEmpty();
    assertThat(PublishedFigures.of(RecipientCategory.REGION).with(Figure.REQUISITIONING, 0)
        .get(Figure.REQUISITIONING)).hasValue(0);
  }

  /** Each figure reads its own accessor, and published figures are values. */
  @Test
  void figuresReadTheirAccessorsAndPublishedFiguresAreValues() {
    CategoryStatistics s = valid().granted(4).applying(1).reportsNotYetDue(1)
        .appliedAmount(Amount.ofKronor(10)).assigned(1).assignedAmount(Amount.ofKronor(7)).build();
    assertThat(Figure.REQUISITIONING.of(s)).contains(3);
    assertThat(Figure.APPLYING.of(s)).contains(1);
    assertThat(Figure.GRANTED.of(s)).contains(4);
    assertThat(Figure.REQUISITIONED_AMOUNT.of(s)).contains(Amount.ofKronor(300));
    assertThat(Figure.GRANTED_AMOUNT.of(s)).contains(Amount.ofKronor(300));
    assertThat(Figure.USED_AMOUNT.of(s)).contains(Amount.ofKronor(250));
    assertThat(Figure.UNUSED_AMOUNT.of(s)).contains(Amount.ofKronor(50));
    assertThat(Figure.ASSIGNED_AMOUNT.of(s)).contains(Amount.ofKronor(7));
    assertThat(Figure.USED_NOTHING.of(s)).contains(0);
    assertThat(Figure.NOT_ALL_USED.of(s)).contains(1);
    assertThat(Figure.SHARE_USED.of(s)).contains(Share.of(5, 6));
    assertThat(Figure.REPORTS_IN_TIME.of(s)).contains(3);
    assertThat(Figure.REPORTS_ANALYSED.of(s)).contains(3);
    assertThat(Figure.values()).hasSize(13).doesNotHaveDuplicates();
    assertThat(Figure.GRANTED.name()).isEqualTo("granted");
    assertThat(Figure.GRANTED).hasToString("granted");
    assertThat(Figure.SHARE_USED.type()).isEqualTo(Share.class);
    PublishedFigures figures = PublishedFigures.of(s);
    assertThat(figures.get(Figure.APPLYING)).contains(1);
    assertThat(figures).hasToString("PublishedFigures{category=MUNICIPALITY, requisitioning=3, "
        + "applying=1, granted=4, requisitionedAmount=300.00, grantedAmount=300.00, "
        + "usedAmount=250.00, unusedAmount=50.00, assignedAmount=7.00, usedNothing=0, "
        + "notAllUsed=1, shareUsed=5/6, reportsInTime=3, reportsAnalysed=3}");
    PublishedFigures some = PublishedFigures.of(RecipientCategory.MUNICIPALITY)
        .with(Figure.GRANTED, 4);
    new EqualsTester()
        .addEqualityGroup(figures, PublishedFigures.of(s))
        .addEqualityGroup(some, PublishedFigures.of(RecipientCategory.MUNICIPALITY)
            .with(Figure.GRANTED, 5).with(Figure.GRANTED, 4))
        .addEqualityGroup(PublishedFigures.of(RecipientCategory.REGION).with(Figure.GRANTED, 4))
        .addEqualityGroup(PublishedFigures.of(RecipientCategory.MUNICIPALITY))
        .testEquals();
    assertThat(some.hashCode()).isNotEqualTo(PublishedFigures.of(RecipientCategory.MUNICIPALITY)
        .hashCode());
  }

  @Test
  void publishedStatisticsNameTheirYearAndSource() {
    Map<RecipientCategory, PublishedFigures> none = Map.of();
    assertThatIllegalArgumentException().isThrownBy(() -> PublishedStatistics.of(1999, "x", none))
        .withMessage("PublishedStatistics 'year' must be from 2000 to 2100, but was 1999");
    assertThatIllegalArgumentException().isThrownBy(() -> PublishedStatistics.of(2101, "x", none))
        .withMessage("PublishedStatistics 'year' must be from 2000 to 2100, but was 2101");
    assertThat(PublishedStatistics.of(2000, "x", none).year()).isEqualTo(2000);
    assertThat(PublishedStatistics.of(2100, "x", none).year()).isEqualTo(2100);
    assertThatIllegalArgumentException().isThrownBy(() -> PublishedStatistics.of(2018, " ", none))
        .withMessage("PublishedStatistics 'source' must not be blank");
    PublishedStatistics seed = PublishedReports.statistics2018();
    String source = "Socialstyrelsen, Kvalitetsutveckling av arbetet mot våld i nära relationer – "
        + "En slutredovisning av kompetensstödet och utvecklingsmedlen 2016–2018";
    assertThat(seed.source()).isEqualTo(source);
    assertThat(seed).hasToString("PublishedStatistics 2018 (" + source + ") [MUNICIPALITY]");
    new EqualsTester()
        .addEqualityGroup(seed, PublishedReports.statistics2018())
        .addEqualityGroup(PublishedStatistics.of(2018, "other", seed.categories()))
        .addEqualityGroup(PublishedStatistics.of(2017, seed.source(), seed.categories()))
        .addEqualityGroup(PublishedStatistics.of(2018, seed.source(), none))
        .testEquals();
  }

  @Test
  void roundStatisticsOfGivenFigures() {
    CategoryStatistics municipalities = valid().build();
    RoundStatistics statistics = RoundStatistics.of(2016,
        Map.of(RecipientCategory.MUNICIPALITY, municipalities));
    assertThat(statistics.year()).isEqualTo(2016);
    assertThat(statistics.categories()).containsOnlyKeys(RecipientCategory.MUNICIPALITY);
    assertThat(statistics.of(RecipientCategory.MUNICIPALITY)).isSameAs(municipalities);
    assertThat(statistics).hasToString("RoundStatistics 2016 [MUNICIPALITY (3 granted, 300.00 kr, "
        + "3 reports)]");
    assertThatIllegalArgumentException().isThrownBy(() -> statistics.of(RecipientCategory.REGION))
        .withMessage("RoundStatistics 2016: no allocated pot serves REGION");
    assertThatIllegalArgumentException().isThrownBy(() -> RoundStatistics.of(2016,
            Map.of(RecipientCategory.REGION, municipalities)))
        .withMessage("RoundStatistics 2016: statistics of MUNICIPALITY are filed under REGION");
    PublishedStatistics published = PublishedStatistics.of(statistics, "Computed");
    assertThat(published.year()).isEqualTo(2016);
    assertThat(published.categories().get(RecipientCategory.MUNICIPALITY))
        .isEqualTo(PublishedFigures.of(municipalities));
    assertThat(published.categories().get(RecipientCategory.MUNICIPALITY).get(Figure.SHARE_USED))
        .contains(Share.of(250, 300));
    new EqualsTester()
        .addEqualityGroup(statistics, RoundStatistics.of(2016,
            Map.of(RecipientCategory.MUNICIPALITY, valid().build())))
        .addEqualityGroup(RoundStatistics.of(2017,
            Map.of(RecipientCategory.MUNICIPALITY, municipalities)))
        .addEqualityGroup(RoundStatistics.of(2016, Map.of()))
        .testEquals();
  }

  @Test
  void aComparisonKeepsBothSidesAndComputesChangesOnlyWhereBothAreKnown() {
    PublishedStatistics before = PublishedStatistics.of(RoundStatistics.of(2016,
        Map.of(RecipientCategory.MUNICIPALITY, valid().build())), "2016");
    PublishedStatistics after = PublishedStatistics.of(RoundStatistics.of(2017, Map.of(RecipientCategory.MUNICIPALITY,
        valid().usedAmount(Amount.ofKronor(300)).unusedAmount(Amount.zero()).notAllUsed(0)
            .reasonsForUnusedFunds(TermCounts.copyOf(Map.of())).shareUsed(Share.of(1, 1)).build())), "2017");
    RoundComparison comparison = RoundComparison.of(before, after);
    assertThat(comparison.before()).isSameAs(before);
    assertThat(comparison.after()).isSameAs(after);
    assertThat(comparison.categories()).containsOnlyKeys(RecipientCategory.MUNICIPALITY);
    RoundComparison.CategoryChange change = comparison.of(RecipientCategory.MUNICIPALITY);
    assertThat(change.amountChange(Figure.USED_AMOUNT)).contains(AmountChange.of(Amount.ofKronor(250),
        Amount.ofKronor(300)));
    assertThat(change.amountChange(Figure.UNUSED_AMOUNT)).contains(AmountChange.of(Amount.ofKronor(50), Amount.zero()));
    assertThat(change.amountChange(Figure.GRANTED_AMOUNT)).contains(AmountChange.of(Amount.ofKronor(300),
        Amount.ofKronor(300)));
    assertThat(comparison).hasToString("RoundComparison 2016–2017 [" + change + "]");
    new EqualsTester()
        .addEqualityGroup(comparison, RoundComparison.of(before, after))
        .addEqualityGroup(RoundComparison.of(after, before))
        .addEqualityGroup(RoundComparison.of(before, before))
        .testEquals();
  }

  @Test
  void labelsAreSwedish() {
    assertThat(ClaimKind.RECOVERY.label()).isEqualTo("Återkrav");
    assertThat(SettlementStatus.RECOVERY_CLAIMED.label()).isEqualTo("Återkrav");
  }
}
