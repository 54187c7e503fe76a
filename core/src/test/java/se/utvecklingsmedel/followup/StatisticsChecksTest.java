package se.utvecklingsmedel.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.UnusedFundsReason;

/** Statistics from elsewhere are held only when they can be true (issue 10). */
class StatisticsChecksTest {

  /** Three municipalities granted 100 kr each, all reported in time and analysed, one left 50 kr. */
  private static CategoryStatistics.Builder valid() {
    CategoryStatistics.Builder b = CategoryStatistics.builder();
    b.category(RecipientCategory.MUNICIPALITY).requisitioning(3).applying(0).granted(3)
        .requisitionedAmount(Amount.ofKronor(300)).appliedAmount(Amount.zero())
        .redistributedAmount(Amount.zero()).grantedAmount(Amount.ofKronor(300))
        .assigned(0).assignedAmount(Amount.zero())
        .usedAmount(Amount.ofKronor(250)).unusedAmount(Amount.ofKronor(50))
        .usedNothing(0).notAllUsed(1).shareUsed(Share.of(250, 300))
        .reportsInTime(3).reportsLate(0).reportsMissing(0).reportsNotYetDue(0)
        .reportsWithoutActivity(0).reportsAnalysed(3).coordinatingFunctions(1)
        .usingRiskAssessment(2).putInstrument(AssessmentInstrument.FREDA_SHORT_QUESTIONS, 2)
        .putReasonsForUnusedFund(UnusedFundsReason.WORKLOAD, 1);
    return b;
  }

  private static void rejects(UnaryOperator<CategoryStatistics.Builder> change, String message) {
    assertThatIllegalArgumentException().isThrownBy(() -> change.apply(valid()).build())
        .withMessage("CategoryStatistics of MUNICIPALITY: " + message);
  }

  @Test
  void consistentFiguresAreHeld() {
    CategoryStatistics statistics = valid().build();
    assertThat(statistics.reportsReceived()).isEqualTo(3);
  }

  @Test
  void negativeCountsAreRejected() {
    rejects(b -> b.requisitioning(-7), "'requisitioning' must not be negative, but was -7");
    rejects(b -> b.reportsLate(-1), "'reportsLate' must not be negative, but was -1");
    rejects(b -> b.putArea(se.utvecklingsmedel.vocabulary.MunicipalActivityArea.TRAINING, -2),
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
    rejects(b -> b.putInstrument(AssessmentInstrument.SARA, 4),
        "'instruments of SARA' (4) must be at most 3");
    rejects(b -> b.usingRiskAssessment(5), "'usingRiskAssessment' (5) must be at most "
        + "'reportsAnalysed' (3)");
    rejects(b -> b.putReasonsForUnusedFund(UnusedFundsReason.SICK_LEAVE, 2),
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
    rejects(b -> b.notAllUsed(0).reasonsForUnusedFunds(java.util.Map.of()),
        "'unusedAmount' (50.00) must be above zero exactly when 'notAllUsed' (0) is");
    rejects(b -> b.shareUsed(Optional.empty()), "'shareUsed' must be given exactly when "
        + "usedAmount + unusedAmount is above zero");
    rejects(b -> b.shareUsed(Share.of(92, 100)), "'shareUsed' 23/25 must be usedAmount / "
        + "(usedAmount + unusedAmount) = 5/6");
  }
}
