package se.utvecklingsmedel.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/** A round's dates are checked as one timeline; each message names both dates and the rule. */
class TimelineTest {

  private static GrantRound.Builder round2019() {
    return GrantRound.builder().year(2019).legalBasis("Regeringsbeslut (exempel)")
        .addPot(Pot.builder().id(PotId.MUNICIPALITIES).label("Kommuner")
            .addCategory(RecipientCategory.MUNICIPALITY).budget(Amount.ofKronor(100_000))
            .method(DistributionMethod.REQUISITION).build());
  }

  @Test
  void aConsistentTimelineIsAccepted() {
    GrantRound round = round2019()
        .applicationPeriod(LocalDateRange.ofClosed(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 1)))
        .requisitionDeadline(LocalDate.of(2019, 12, 31))
        .reportDeadline(LocalDate.of(2020, 3, 31)).repaymentDeadline(LocalDate.of(2020, 3, 31))
        .build();
    assertThat(round.window())
        .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)));
    // A use period into the next year, as a decision may allow: at most two years.
    GrantRound twoYears = round2019().usePeriod(LocalDateRange.ofClosed(LocalDate.of(2019, 1, 1),
        LocalDate.of(2020, 12, 31))).build();
    assertThat(twoYears.window().getEndInclusive()).isEqualTo(LocalDate.of(2020, 12, 31));
  }

  @Test
  void aRequisitionDeadlineBeforeTheRoundsYear() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> round2019().requisitionDeadline(LocalDate.of(2005, 3, 1)).build())
        .withMessage("GrantRound 2019: 'requisitionDeadline' 2005-03-01 must not be before the "
            + "round's year begins 2019-01-01");
  }

  @Test
  void anApplicationPeriodOutsideTheRound() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> round2019().applicationPeriod(LocalDateRange.ofClosed(
            LocalDate.of(2031, 1, 1), LocalDate.of(2031, 2, 1))).build())
        .withMessage("GrantRound 2019: 'applicationPeriod' end 2031-02-01 must not be after the use "
            + "period ends 2019-12-31");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> round2019().applicationPeriod(LocalDateRange.ofClosed(
            LocalDate.of(2017, 11, 1), LocalDate.of(2019, 2, 1))).build())
        .withMessage("GrantRound 2019: 'applicationPeriod' start 2017-11-01 must not be more than a "
            + "year before the round's year begins (a call may close before its year, as the 2022 "
            + "non-profits' did; team decision), 2018-01-01");
    // A call in the autumn before the year is a round's own (issue 29).
    assertThat(round2019().applicationPeriod(LocalDateRange.ofClosed(LocalDate.of(2018, 11, 1),
        LocalDate.of(2018, 12, 21))).build().window().getStart()).isEqualTo(LocalDate.of(2018, 11, 1));
  }

  @Test
  void aRepaymentDeadlineBeforeTheReportDeadline() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> round2019().reportDeadline(LocalDate.of(2020, 3, 31))
            .repaymentDeadline(LocalDate.of(2020, 3, 1)).build())
        .withMessage("GrantRound 2019: 'repaymentDeadline' 2020-03-01 must not be before the report "
            + "deadline 2020-03-31");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> round2019().reportDeadline(LocalDate.of(2019, 12, 31)).build())
        .withMessage("GrantRound 2019: 'reportDeadline' 2019-12-31 must be after the use period "
            + "ends 2019-12-31");
  }

  @Test
  void aUsePeriodOfSeventeenYears() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> round2019().usePeriod(LocalDateRange.ofClosed(LocalDate.of(2019, 1, 1),
            LocalDate.of(2035, 12, 31))).build())
        .withMessage("GrantRound 2019: 'usePeriod' 2019-01-01 – 2035-12-31 is longer than 2 years, "
            + "the most a round may give (team decision)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> round2019().usePeriod(LocalDateRange.ofClosed(LocalDate.of(2019, 1, 1),
            LocalDate.of(2021, 1, 1))).build())
        .withMessageContaining("is longer than 2 years");
  }

  /** Seed 004: annual reports by 30 September 2017 and 2018, the final report by 30 September 2019. */
  @Test
  void theRoundsReportsToTheGovernment() {
    assertThat(RoundCatalogue.round2016().governmentReportDeadlines()).containsExactly(
        LocalDate.of(2017, 9, 30), LocalDate.of(2018, 9, 30), LocalDate.of(2019, 9, 30));
    assertThat(round2019().build().governmentReportDeadlines()).isEmpty();
  }

  @Test
  void reportsToTheGovernmentComeAfterTheUsePeriodInOrder() {
    assertThatIllegalArgumentException().isThrownBy(() -> round2019()
        .addGovernmentReportDeadline(LocalDate.of(2019, 12, 31)).build())
        .withMessage("GrantRound 2019: 'governmentReportDeadlines' 2019-12-31 must be after the use "
            + "period ends 2019-12-31")
        .satisfies(e -> assertThat(((RuleViolation) e).path())
            .isEqualTo("governmentReportDeadlines[0]"));
    assertThatIllegalArgumentException().isThrownBy(() -> round2019()
        .addGovernmentReportDeadlines(LocalDate.of(2020, 9, 30), LocalDate.of(2020, 9, 30)).build())
        .withMessage("GrantRound 2019: 'governmentReportDeadlines' 2020-09-30 must be after the one "
            + "before, 2020-09-30")
        .satisfies(e -> assertThat(((RuleViolation) e).path())
            .isEqualTo("governmentReportDeadlines[1]"));
  }
}
