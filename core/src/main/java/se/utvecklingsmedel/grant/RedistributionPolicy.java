package se.utvecklingsmedel.grant;

import se.utvecklingsmedel.decision.Wording;

/**
 * How unclaimed funds are shared among the recipients that asked for more (<i>omfördelning</i>): a
 * weight for each candidate; the engine then splits the unclaimed funds in proportion to the
 * weights, each candidate capped by the most extra it can use (water-filling, exact to the öre).
 *
 * <p>The published sources do not state the formula (the 2016 account says only that the unclaimed funds went
 * to the 137 municipalities that asked for them), so the default, {@link
 * StandardRedistributionPolicy#PROPORTIONAL_TO_KEY}, is a team decision; users may supply their
 * own.
 *
 * <p>Implementations must be stateless and thread-safe, and return a weight from 0 to
 * 10<sup>15</sup>.
 */
public interface RedistributionPolicy {

  /**
   * Returns a candidate's weight.
   *
   * @param candidate the candidate
   * @return its weight, from 0 to 10<sup>15</sup>
   */
  long weight(RedistributionCandidate candidate);

  /**
   * Returns how the policy weighs, for the reasons of each share, in Swedish and English, e.g.
   * {@code new Wording("i proportion till fördelningsnyckeln", "in proportion to the key")}: a
   * phrase that completes "medlen har fördelats …" and "shared …" (an adverbial, not a sentence). A
   * policy with words in one language only returns {@link Wording#same(String)}.
   *
   * @return a short phrase, in both languages
   */
  Wording description();
}
