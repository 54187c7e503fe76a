package se.utvecklingsmedel.grant;

/**
 * How an application pot is handed out among the eligible applications.
 *
 * <p>Team decision (issue 4; seed 004 says only that the whole 15 MSEK went to 65 of 113 applicants).
 * The priority policies grant in the order of the {@link PriorityRule}; {@link #PROPORTIONAL} ignores
 * priority and scales every eligible application down alike.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum GrantPolicy {
  /**
   * In priority order, each in full while the pot lasts; the first that does not fit gets what is
   * left, and the rest nothing.
   */
  PRIORITY_ORDER_LAST_PARTIAL,
  /**
   * In priority order, each in full while it fits; one that does not fit gets nothing and the next
   * is tried, so a smaller application further down may still be granted.
   */
  PRIORITY_ORDER_SKIP_UNFUNDABLE,
  /**
   * Every eligible application scaled down by the same proportion (exact to the öre, largest
   * remainder), never above what it applied for; if the pot covers them all, all in full.
   */
  PROPORTIONAL
}
