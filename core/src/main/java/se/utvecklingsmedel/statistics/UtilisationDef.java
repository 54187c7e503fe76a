package se.utvecklingsmedel.statistics;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.vocabulary.UnusedFundsReason;

/**
 * What a category's recipients used of their grants (<i>förbrukning</i>), over the reports
 * received: the money used and unused, the reports that used nothing or not all, and their reasons.
 * One concept of {@link CategoryStatistics}, which checks it with the category's other figures;
 * built alone, it is checked for nulls only.
 *
 * <p>Source: the 2016 account — "inte hade förbrukat något av de rekvirerade medlen (23 kommuner)",
 * "Ett nittiotal kommuner har kommenterat varför de inte förbrukade hela det rekvirerade beloppet".
 * The amount used is at most each grant; the share used is what was used over what was used and
 * unused (team decisions where the account is silent).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class UtilisationDef {

  UtilisationDef() {
  }

  /**
   * Returns the total used, at most each grant, over the reports received.
   *
   * @return the total used, at most each grant, over the reports received
   */
  public abstract Amount usedAmount();

  /**
   * Returns the total unused over the reports received.
   *
   * @return the total unused over the reports received
   */
  public abstract Amount unusedAmount();

  /**
   * Returns reports stating nothing used.
   *
   * @return reports stating nothing used
   */
  public abstract int usedNothing();

  /**
   * Returns reports stating not all used (those that used nothing included).
   *
   * @return reports stating not all used (those that used nothing included)
   */
  public abstract int notAllUsed();

  /**
   * Returns the share of granted funds used, for the grants reported on: {@code usedAmount /
   * (usedAmount + unusedAmount)}, empty if both are zero. Computed when not set; a share that is
   * set is checked against the amounts by {@link CategoryStatistics}.
   *
   * @return the share of granted funds used, for the grants reported on; empty if none
   */
  @Value.Default
  public Optional<Share> shareUsed() {
    Amount reported = usedAmount().plus(unusedAmount());
    return reported.signum() > 0 ? Optional.of(Share.of(usedAmount(), reported))
        : Optional.empty();
  }

  /**
   * Returns recipients per reason for unused funds, in {@link TermCounts} order, over all reports.
   *
   * @return recipients per reason for unused funds, in {@link TermCounts} order, over all reports
   */
  @Value.Default
  public TermCounts<UnusedFundsReason> reasonsForUnusedFunds() {
    return TermCounts.of();
  }

  /**
   * Returns recipients that gave at least one reason for funds they did not use, over all reports:
   * "Ett nittiotal kommuner har kommenterat varför de inte förbrukade hela det rekvirerade
   * beloppet" (Socialstyrelsen, account of the 2016 development funds, 30 September 2017). Always
   * given when computed; empty in figures from elsewhere that do not state it (unknown, not zero).
   *
   * @return recipients that gave a reason for unused funds, if stated
   */
  public abstract OptionalInt explainingUnusedFunds();
}
