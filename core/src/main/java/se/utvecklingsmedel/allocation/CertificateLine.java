package se.utvecklingsmedel.allocation;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.utvecklingsmedel.money.Amount;

/**
 * One recipient's line of an allocation certificate: every figure needed to check its amount by
 * hand.
 *
 * <p>Swedish: <i>beräkningsunderlag</i>. A recipient's amount is either
 * <ul>
 *   <li>{@code base + floor + (extraOre ? 0.01 kr : 0)}, where {@code floor} is the whole öre of
 * its       {@linkplain #quota() exact quota} of the {@linkplain #pool() pool}, and the extra öre
 * went to       the recipients ranked {@code 1 … extras} by {@linkplain #remainderRank() remainder
 * rank}; or   <li>exactly its {@linkplain #cap() cap}, when the cap {@linkplain #capBound() bound}.
 * </ul>
 * {@link #toString()} says this as one sentence.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the recipient key type
 */
public final class CertificateLine<K extends Comparable<? super K>> {

  private final K key;
  private final long weight;
  private final Amount base;
  private final Optional<Amount> cap;
  private final boolean capBound;
  private final Amount pool;
  private final Optional<ExactQuota> quota;
  private final OptionalInt remainderRank;
  private final int rankedAmong;
  private final boolean extraOre;
  private final TieBreak tieBreak;
  private final Amount amount;

  CertificateLine(K key, long weight, Amount base, Optional<Amount> cap, boolean capBound,
      Amount pool, Optional<ExactQuota> quota, OptionalInt remainderRank, int rankedAmong,
      boolean extraOre, TieBreak tieBreak, Amount amount) {
    this.key = key;
    this.weight = weight;
    this.base = base;
    this.cap = cap;
    this.capBound = capBound;
    this.pool = pool;
    this.quota = quota;
    this.remainderRank = remainderRank;
    this.rankedAmong = rankedAmong;
    this.extraOre = extraOre;
    this.tieBreak = tieBreak;
    this.amount = amount;
  }

  /**
   * Returns the recipient.
   *
   * @return the key
   */
  public K key() {
    return key;
  }

  /**
   * Returns the recipient's weight.
   *
   * @return the weight
   */
  public long weight() {
    return weight;
  }

  /**
   * Returns the base amount every recipient received before the proportional part.
   *
   * @return the base amount, zero unless the allocation had one
   */
  public Amount base() {
    return base;
  }

  /**
   * Returns the recipient's cap, if it had one.
   *
   * @return the most it may receive, or empty for no limit
   */
  public Optional<Amount> cap() {
    return cap;
  }

  /**
   * Returns whether the cap bound: the recipient received exactly its cap, because its share of the
   * pool would have been at least as large.
   *
   * @return true if the cap bound
   */
  public boolean capBound() {
    return capBound;
  }

  /**
   * Returns the pool the proportional part was apportioned from: the total, less base amounts and
   * bound caps.
   *
   * @return the pool
   */
  public Amount pool() {
    return pool;
  }

  /**
   * Returns the recipient's exact quota of the pool.
   *
   * @return the quota, or empty if the recipient took no part in the pool (its cap bound, or every
   *     recipient with a weight was capped)
   */
  public Optional<ExactQuota> quota() {
    return quota;
  }

  /**
   * Returns the whole öre of the quota (zero when there is no quota).
   *
   * @return the floor of the quota
   */
  public Amount floor() {
    return Amount.ofOre(quota.map(ExactQuota::floor).orElse(0L));
  }

  /**
   * Returns the recipient's rank in the order that hands out the extra öre: larger remainder, then
   * larger weight, then key order. Rank 1 is first.
   *
   * @return the rank, or empty if the recipient took no part in the pool
   */
  public OptionalInt remainderRank() {
    return remainderRank;
  }

  /**
   * Returns how many recipients were ranked.
   *
   * @return the number of recipients in the pool
   */
  public int rankedAmong() {
    return rankedAmong;
  }

  /**
   * Returns whether the recipient received one extra öre above the floor of its quota.
   *
   * @return true if it did
   */
  public boolean extraOre() {
    return extraOre;
  }

  /**
   * Returns the criterion that decided whether the recipient received an extra öre.
   *
   * @return the deciding criterion
   */
  public TieBreak tieBreak() {
    return tieBreak;
  }

  /**
   * Returns the amount the recipient received.
   *
   * @return the amount
   */
  public Amount amount() {
    return amount;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof CertificateLine)) {
      return false;
    }
    CertificateLine<?> other = (CertificateLine<?>) obj;
    return key.equals(other.key) && weight == other.weight && base.equals(other.base)
        && cap.equals(other.cap) && capBound == other.capBound && pool.equals(other.pool)
        && quota.equals(other.quota) && remainderRank.equals(other.remainderRank)
        && rankedAmong == other.rankedAmong && extraOre == other.extraOre
        && tieBreak == other.tieBreak && amount.equals(other.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, weight, base, cap, capBound, pool, quota, remainderRank, rankedAmong,
        extraOre, tieBreak, amount);
  }

  /**
   * Returns the line as a sentence, e.g. {@code "a: weight 5 of 10 in a pool of 0.09 kr gives the
   * exact quota 45/10 öre (4 + 5/10); floor 4 öre; remainder rank 1 of 3, so 1 extra öre (decided
   * by remainder); amount 0.05 kr."}
   *
   * @return the sentence
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(key).append(": ");
    if (capBound) {
      sb.append("weight ").append(weight).append("; its cap of ").append(cap.orElseThrow())
          .append(" kr binds, since its exact quota of the pool would be at least as large, so it"
              + " receives exactly its cap");
    } else if (quota.isEmpty()) {
      sb.append("weight ").append(weight).append(" takes no part in the pool");
    } else {
      ExactQuota q = quota.get();
      sb.append("weight ").append(weight).append(" of ").append(q.denominator())
          .append(" in a pool of ").append(pool).append(" kr gives the exact quota ").append(q)
          .append("; floor ").append(q.floor()).append(" öre; remainder rank ")
          .append(remainderRank.orElseThrow()).append(" of ").append(rankedAmong)
          .append(extraOre ? ", so 1 extra öre (" : ", so no extra öre (")
          .append(tieBreak.description()).append(')');
      cap.ifPresent(c -> sb.append("; its cap of ").append(c).append(" kr does not bind"));
    }
    if (base.signum() > 0) {
      sb.append("; plus the base amount ").append(base).append(" kr");
    }
    return sb.append("; amount ").append(amount).append(" kr.").toString();
  }
}
