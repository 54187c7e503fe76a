package se.utvecklingsmedel.allocation;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import se.utvecklingsmedel.money.Amount;

/**
 * The result of splitting an amount between recipients: each recipient's amount, what could not be
 * distributed, and a certificate that explains every figure.
 *
 * <p>Swedish: <i>fördelning</i>. Made by {@link Apportionment}. Guarantees, for every allocation:
 * <ul>
 *   <li>{@code distributed() + undistributed() == total()} exactly, to the öre;
 *   <li>every amount is the floor or the ceiling of its exact share (plus the base amount, if any),
 *       or exactly its cap where the cap bound;
 *   <li>the result depends only on the total, the weights, the base and the caps — never on the
 *       order recipients were given in.
 * </ul>
 * The certificate ({@link #certificate()}) is built on first use, so allocating a million
 * recipients costs no more than the amounts themselves.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the recipient key type
 */
public final class Allocation<K extends Comparable<? super K>> {

  /**
   * How an allocation was made: the {@link Apportionment} scheme. Named a scheme, not a method, so
   * that "method" means one thing in this library: the working methods recipients report
   * ({@code vocabulary.Method}); a pot's {@code DistributionMethod} is the domain's own term
   * (<i>fördelningsmetod</i>). Team decision.
   */
  public enum Scheme {
    /** {@link Apportionment#largestRemainder}. */
    LARGEST_REMAINDER("largest remainder"),
    /** {@link Apportionment#baseAndProportional}. */
    BASE_AND_PROPORTIONAL("base amount and largest remainder"),
    /** {@link Apportionment#capped}. */
    CAPPED("capped proportion");

    private final String description;

    Scheme(String description) {
      this.description = description;
    }

    @Override
    public String toString() {
      return description;
    }
  }

  private final Scheme scheme;
  private final Amount total;
  private final Weights<K> weights;
  private final Amount base;
  /** Each recipient's cap in öre, -1 for none; null when the allocation had no caps. */
  private final long[] caps;
  private final boolean[] capBound;
  /** The largest-remainder run over the pool; null when the pool was empty. */
  private final Hamilton hamilton;
  /** Recipient index to index in {@link #hamilton}, -1 outside the pool; null for identity. */
  private final int[] poolIndex;
  private final long[] amounts;
  private final Amount undistributed;
  /** Whether the certificate was built: for the test that equality leaves it unbuilt. */
  private volatile boolean certificateBuilt;
  private final Supplier<ImmutableList<CertificateLine<K>>> certificate = Suppliers.memoize(() -> {
    certificateBuilt = true;
    return buildCertificate();
  });
  private final Supplier<ImmutableSortedMap<K, Amount>> amountMap =
      Suppliers.memoize(this::buildAmountMap);

  Allocation(Scheme scheme, Amount total, Weights<K> weights, Amount base, long[] caps,
      boolean[] capBound, Hamilton hamilton, int[] poolIndex, long[] amounts, Amount undistributed) {
    this.scheme = scheme;
    this.total = total;
    this.weights = weights;
    this.base = base;
    this.caps = caps;
    this.capBound = capBound;
    this.hamilton = hamilton;
    this.poolIndex = poolIndex;
    this.amounts = amounts;
    this.undistributed = undistributed;
  }

  /**
   * Returns how the allocation was made.
   *
   * @return the scheme
   */
  public Scheme scheme() {
    return scheme;
  }

  /**
   * Returns the base amount every recipient received first.
   *
   * @return the base, zero unless the scheme was {@link Scheme#BASE_AND_PROPORTIONAL}
   */
  public Amount base() {
    return base;
  }

  /**
   * Returns the caps the allocation was made with.
   *
   * @return each capped recipient's cap; empty unless the scheme was {@link Scheme#CAPPED}
   */
  public ImmutableSortedMap<K, Amount> caps() {
    ImmutableSortedMap.Builder<K, Amount> builder = ImmutableSortedMap.naturalOrder();
    if (caps != null) {
      for (int i = 0; i < caps.length; i++) {
        if (caps[i] >= 0) {
          builder.put(weights.keys().get(i), Amount.ofOre(caps[i]));
        }
      }
    }
    return builder.build();
  }

  /**
   * Returns the amount that was to be split.
   *
   * @return the total
   */
  public Amount total() {
    return total;
  }

  /**
   * Returns the sum of the recipients' amounts.
   *
   * @return {@code total() - undistributed()}
   */
  public Amount distributed() {
    return total.minus(undistributed);
  }

  /**
   * Returns what could not be distributed because every recipient that could take more had reached
   * its cap. Zero for allocations without caps.
   *
   * @return the undistributed remainder
   */
  public Amount undistributed() {
    return undistributed;
  }

  /**
   * Returns the recipients, in key order.
   *
   * @return the keys
   */
  public ImmutableList<K> keys() {
    return weights.keys();
  }

  /**
   * Returns the weights the allocation was made by.
   *
   * @return the weights
   */
  public Weights<K> weights() {
    return weights;
  }

  /**
   * Returns a recipient's amount.
   *
   * @param key the recipient
   * @return its amount
   * @throws IllegalArgumentException if the recipient was not part of the allocation
   */
  public Amount amountOf(K key) {
    return Amount.ofOre(amounts[weights.indexOf(key)]);
  }

  /**
   * Returns every recipient's amount.
   *
   * @return recipient to amount, in key order
   */
  public ImmutableSortedMap<K, Amount> amounts() {
    return amountMap.get();
  }

  /**
   * Returns the certificate: one line per recipient, in key order, from which each amount can be
   * checked by hand.
   *
   * @return the certificate lines
   */
  public ImmutableList<CertificateLine<K>> certificate() {
    return certificate.get();
  }

  /**
   * Returns one recipient's certificate line.
   *
   * @param key the recipient
   * @return its line
   * @throws IllegalArgumentException if the recipient was not part of the allocation
   */
  public CertificateLine<K> certificateOf(K key) {
    return certificate().get(weights.indexOf(key));
  }

  private ImmutableSortedMap<K, Amount> buildAmountMap() {
    ImmutableSortedMap.Builder<K, Amount> builder = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < amounts.length; i++) {
      builder.put(weights.keys().get(i), Amount.ofOre(amounts[i]));
    }
    return builder.build();
  }

  private ImmutableList<CertificateLine<K>> buildCertificate() {
    int[] rankOrder = hamilton == null ? new int[0] : hamilton.rankOrder();
    int[] rankOf = new int[rankOrder.length];
    for (int r = 0; r < rankOrder.length; r++) {
      rankOf[rankOrder[r]] = r + 1;
    }
    Amount pool = hamilton == null ? Amount.zero() : Amount.ofOre(hamilton.pool);
    ImmutableList.Builder<CertificateLine<K>> lines =
        ImmutableList.builderWithExpectedSize(amounts.length);
    for (int i = 0; i < amounts.length; i++) {
      int p = poolIndex == null ? i : poolIndex[i];
      Optional<Amount> cap = caps == null || caps[i] < 0
          ? Optional.empty() : Optional.of(Amount.ofOre(caps[i]));
      boolean bound = capBound != null && capBound[i];
      boolean inPool = p >= 0 && hamilton != null;
      lines.add(new CertificateLine<>(
          weights.keys().get(i),
          weights.weightAt(i),
          base,
          cap,
          bound,
          pool,
          inPool ? Optional.of(ExactQuota.of(hamilton.pool, hamilton.weights[p], hamilton.weightSum))
              : Optional.empty(),
          inPool ? OptionalInt.of(rankOf[p]) : OptionalInt.empty(),
          rankOrder.length,
          inPool && hamilton.extra[p],
          inPool ? hamilton.tieBreak(p, rankOrder) : TieBreak.NONE,
          Amount.ofOre(amounts[i])));
    }
    return lines.build();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Allocation)) {
      return false;
    }
    // The inputs and the amounts: the certificate follows from them, and stays unbuilt.
    Allocation<?> other = (Allocation<?>) obj;
    return scheme == other.scheme && total.equals(other.total) && base.equals(other.base)
        && weights.equals(other.weights) && Arrays.equals(caps, other.caps)
        && Arrays.equals(amounts, other.amounts) && undistributed.equals(other.undistributed);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(scheme, total, base, weights) + Arrays.hashCode(amounts);
  }

  /** For tests: whether the certificate has been built yet. */
  boolean certificateBuilt() {
    return certificateBuilt;
  }

  /**
   * Returns a one-line summary, e.g. {@code "Allocation of 1.00 kr among 3 recipients by largest
   * remainder: distributed 1.00 kr, undistributed 0.00 kr"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Allocation of " + total + " kr among " + amounts.length + " recipients by " + scheme
        + ": distributed " + distributed() + " kr, undistributed " + undistributed + " kr";
  }
}
