package se.utvecklingsmedel.statistics;

import org.immutables.value.Value;

/**
 * How a category's recipients reported (<i>återrapportering</i>): in time, late, missing or not
 * yet due, without activity, analysed. One concept of {@link CategoryStatistics}, which checks it
 * with the category's other figures; built alone, it is checked for nulls only.
 *
 * <p>Source: the 2016 account — "238 kommuner skickade in återrapporteringar i tid … 22 stycken
 * inte någon verksamhet … 216 kommuner". Reports without activity are counted among those in time,
 * like the account's 22 of 238; a report is analysed when it came in time, is complete and had
 * activity (the account's 216). Team decisions where the account is silent.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class ReportingDef {

  ReportingDef() {
  }

  /**
   * Returns reports received in time.
   *
   * @return reports received in time
   */
  public abstract int reportsInTime();

  /**
   * Returns reports received late.
   *
   * @return reports received late
   */
  public abstract int reportsLate();

  /**
   * Returns grants with no report after the deadline (or, without one, by the follow-up day).
   *
   * @return grants with no report after the deadline (or, without one, by the follow-up day)
   */
  public abstract int reportsMissing();

  /**
   * Returns grants with no report whose report deadline has not passed.
   *
   * @return grants with no report whose report deadline has not passed
   */
  public abstract int reportsNotYetDue();

  /**
   * Returns reports in time without any activity.
   *
   * @return reports in time without any activity
   */
  public abstract int reportsWithoutActivity();

  /**
   * Returns reports analysed: in time, complete and with activity.
   *
   * @return reports analysed: in time, complete and with activity
   */
  public abstract int reportsAnalysed();

  /**
   * Returns the reports received, in time or late.
   *
   * @return the reports received, in time or late
   */
  public final int reportsReceived() {
    return reportsInTime() + reportsLate();
  }
}
