package se.utvecklingsmedel.statistics;

import org.immutables.value.Value;
import se.utvecklingsmedel.money.Amount;

/**
 * A category's grants, in recipients and in money (<i>rekvirerade och beviljade medel</i>): who
 * requisitioned, applied, was granted or assigned, and how much. One concept of {@link
 * CategoryStatistics}, which checks it with the category's other figures; built alone, it is checked
 * for nulls only.
 *
 * <p>Source: the 2016 account — "Under 2016 rekvirerade 246 kommuner tillsammans 44,4 miljoner
 * kronor … 137 kommuner fick … ytterligare … 5,6 miljoner kronor". Administration money assigned for
 * a mission is not a grant ("för att genomföra uppdraget"): it is counted apart, in {@link
 * #assigned()} and {@link #assignedAmount()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class FundsDef {

  FundsDef() {
  }

  /**
   * Returns recipients with an accepted requisition.
   *
   * @return recipients with an accepted requisition
   */
  public abstract int requisitioning();

  /**
   * Returns recipients that applied.
   *
   * @return recipients that applied
   */
  public abstract int applying();

  /**
   * Returns recipients granted more than zero.
   *
   * @return recipients granted more than zero
   */
  public abstract int granted();

  /**
   * Returns the total of accepted requisitions.
   *
   * @return the total of accepted requisitions
   */
  public abstract Amount requisitionedAmount();

  /**
   * Returns the total applied for.
   *
   * @return the total applied for
   */
  public abstract Amount appliedAmount();

  /**
   * Returns the total of unclaimed funds redistributed.
   *
   * @return the total of unclaimed funds redistributed
   */
  public abstract Amount redistributedAmount();

  /**
   * Returns the total granted, administration money not included.
   *
   * @return the total granted, administration money not included
   */
  public abstract Amount grantedAmount();

  /**
   * Returns recipients assigned administration money for a mission (not a grant).
   *
   * @return recipients assigned administration money for a mission (not a grant)
   */
  public abstract int assigned();

  /**
   * Returns the administration money assigned for the mission (not a grant, not followed up).
   *
   * @return the administration money assigned for the mission (not a grant, not followed up)
   */
  public abstract Amount assignedAmount();
}
