package se.utvecklingsmedel.followup;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.UnusedFundsReason;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * One recipient category's figures for the annual report (<i>redovisning per mottagarkategori</i>).
 *
 * <p>Source: seed 004, whose figures these are — e.g. for municipalities: "Under 2016 rekvirerade 246
 * kommuner tillsammans 44,4 miljoner kronor … 137 kommuner fick … ytterligare … 5,6 miljoner kronor …
 * inte hade förbrukat något av de rekvirerade medlen (23 kommuner) … 238 kommuner skickade in
 * återrapporteringar i tid … 22 stycken inte någon verksamhet … 216 kommuner", and "I 178 kommuner har
 * utvecklingsmedel använts till …", "86 kommuner har arbetat med FREDA kortfrågor".
 *
 * <p>Definitions (team decisions where the seed is silent): amounts used and unused are summed over
 * the reports received; the share used is what was used, at most the grant, over what was granted, for
 * the grants reported on; reports without activity are counted among those in time, like the seed's
 * 22 of 238; a report is analysed when it came in time, is complete and had activity (the seed's 216);
 * every count per area, instrument, method, group, partner or training is a count of distinct
 * recipients among the analysed reports, not of mentions, ordered from the most named.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CategoryStatistics {

  CategoryStatistics() {
  }

  /**
   * Returns a new builder, for figures from elsewhere (say, another year's published report).
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CategoryStatistics}. Not thread-safe. */
  public static final class Builder extends ImmutableCategoryStatistics.Builder {
    Builder() {
    }
  }

  /** @return the category */
  public abstract RecipientCategory category();

  /** @return recipients with an accepted requisition */
  public abstract int requisitioning();

  /** @return recipients that applied */
  public abstract int applying();

  /** @return recipients granted more than zero */
  public abstract int granted();

  /** @return the total of accepted requisitions */
  public abstract Amount requisitionedAmount();

  /** @return the total applied for */
  public abstract Amount appliedAmount();

  /** @return the total of unclaimed funds redistributed */
  public abstract Amount redistributedAmount();

  /** @return the total granted */
  public abstract Amount grantedAmount();

  /** @return the total used, at most each grant, over the reports received */
  public abstract Amount usedAmount();

  /** @return the total unused over the reports received */
  public abstract Amount unusedAmount();

  /** @return reports stating nothing used */
  public abstract int usedNothing();

  /** @return reports stating not all used (those that used nothing included) */
  public abstract int notAllUsed();

  /** @return the share of granted funds used, for the grants reported on; empty if none */
  public abstract Optional<Share> shareUsed();

  /** @return reports received in time */
  public abstract int reportsInTime();

  /** @return reports received late */
  public abstract int reportsLate();

  /** @return grants with no report */
  public abstract int reportsMissing();

  /** @return reports in time without any activity */
  public abstract int reportsWithoutActivity();

  /** @return reports analysed: in time, complete and with activity */
  public abstract int reportsAnalysed();

  /** @return recipients per area, most named first */
  public abstract ImmutableMap<ActivityArea, Integer> areas();

  /** @return recipients per instrument, most named first */
  public abstract ImmutableMap<AssessmentInstrument, Integer> instruments();

  /** @return recipients per method, most named first */
  public abstract ImmutableMap<Method, Integer> methods();

  /** @return recipients per especially vulnerable group, most named first */
  public abstract ImmutableMap<VulnerableGroup, Integer> vulnerableGroups();

  /** @return recipients per collaboration partner, most named first */
  public abstract ImmutableMap<CollaborationPartner, Integer> partners();

  /** @return recipients per kind of training, most named first */
  public abstract ImmutableMap<Training, Integer> training();

  /** @return recipients per reason for unused funds, most named first, over all reports */
  public abstract ImmutableMap<UnusedFundsReason, Integer> reasonsForUnusedFunds();

  /** @return recipients that financed a coordinating function */
  public abstract int coordinatingFunctions();

  /** @return per area, how many recipients assessed each outcome */
  public abstract ImmutableMap<ActivityArea, ImmutableMap<Outcome, Integer>> outcomes();

  /** @return analysed recipients that used a risk-assessment instrument */
  public abstract int usingRiskAssessment();
}
