package se.utvecklingsmedel.allocation;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The weights by which a sum is split: one non-negative whole number per recipient.
 *
 * <p>Swedish: <i>vikter</i> of a <i>fördelningsnyckel</i> (distribution key). A weight may be a
 * population at a stated date, a number of applications, or an amount in öre; only the ratios
 * between weights matter. Each weight is between 0 and {@link #MAX_WEIGHT} (10<sup>15</sup>, room
 * for any population or any öre amount below 10 billion kronor).
 *
 * <p>A {@code Weights} is valid by construction (team decision, so that every allocation of it can
 * succeed): it has at least one recipient, no key twice, no null key, no negative or oversized
 * weight, and at least one weight above zero. Recipients are held in the natural order of their
 * keys, which is the last tie-break of every allocation; the order in which they were added never
 * matters.
 *
 * <pre>{@code
 * Weights<String> key = Weights.<String>builder()
 *     .put("0180", 984_748)   // Stockholm
 *     .put("1480", 572_799)   // Göteborg
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the recipient key type; its natural order must be consistent with equals
 */
public final class Weights<K extends Comparable<? super K>> {

  /** The largest weight a recipient may have: 10<sup>15</sup>. */
  public static final long MAX_WEIGHT = 1_000_000_000_000_000L;

  private final ImmutableList<K> keys;
  private final long[] weights;
  private final BigInteger total;

  private Weights(ImmutableList<K> keys, long[] weights) {
    this.keys = keys;
    this.weights = weights;
    BigInteger sum = BigInteger.ZERO;
    long partial = 0;
    for (long w : weights) {
      partial += w;
      if (partial > MAX_WEIGHT * 1000) { // flush well before a long could overflow
        sum = sum.add(BigInteger.valueOf(partial));
        partial = 0;
      }
    }
    this.total = sum.add(BigInteger.valueOf(partial));
  }

  /**
   * Returns a builder.
   *
   * @param <K> the recipient key type
   * @return an empty builder
   */
  public static <K extends Comparable<? super K>> Builder<K> builder() {
    return new Builder<>();
  }

  /**
   * Returns the weights of a map from recipient to weight.
   *
   * @param weights the weight of each recipient
   * @param <K> the recipient key type
   * @return the weights
   * @throws IllegalArgumentException as {@link Builder#put(Comparable, long)} and
   *     {@link Builder#build()} describe
   */
  public static <K extends Comparable<? super K>> Weights<K> of(Map<K, Long> weights) {
    requireNonNull(weights, "Weights 'weights' must not be null");
    Builder<K> builder = builder();
    weights.forEach((key, weight) -> {
      checkRule(weight != null, Weights.class, "", "weights",
          "Weights 'weights' must not hold null: the weight of %s is null", key);
      builder.put(key, weight);
    });
    return builder.build();
  }

  /**
   * Returns the number of recipients.
   *
   * @return at least 1
   */
  public int size() {
    return keys.size();
  }

  /**
   * Returns the recipients in their natural order.
   *
   * @return the keys, sorted ascending
   */
  public ImmutableList<K> keys() {
    return keys;
  }

  /**
   * Returns whether a recipient has a weight here.
   *
   * @param key the recipient
   * @return true if the recipient is one of the keys
   */
  public boolean contains(K key) {
    requireNonNull(key, "Weights 'key' must not be null");
    return key != null && Collections.binarySearch(keys, key) >= 0;
  }

  /**
   * Returns the weight of a recipient.
   *
   * @param key the recipient
   * @return its weight
   * @throws IllegalArgumentException if the recipient has no weight here
   */
  public long weightOf(K key) {
    return weights[indexOf(key)];
  }

  /**
   * Returns the sum of all weights, exact.
   *
   * @return the total weight, above zero
   */
  public BigInteger total() {
    return total;
  }

  /**
   * Returns the weights as a sorted map.
   *
   * @return recipient to weight, in key order
   */
  public ImmutableSortedMap<K, Long> asMap() {
    ImmutableSortedMap.Builder<K, Long> builder = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < weights.length; i++) {
      builder.put(keys.get(i), weights[i]);
    }
    return builder.build();
  }

  int indexOf(K key) {
    requireNonNull(key, "Weights 'key' must not be null");
    int index = Collections.binarySearch(keys, key);
    checkRule(index >= 0, Weights.class, "", "", "Weights: recipient %s has no weight", key);
    return index;
  }

  /**
   * Returns the weight at a position of {@link #keys()}: read by position, with no search.
   *
   * @param index the position, from 0 to {@code size() - 1}
   * @return the weight of {@code keys().get(index)}
   * @throws IndexOutOfBoundsException if there is no such position
   */
  public long weightAt(int index) {
    return weights[index];
  }

  long[] weightArray() {
    return weights; // never exposed outside the package, never written
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Weights
        && keys.equals(((Weights<?>) obj).keys)
        && Arrays.equals(weights, ((Weights<?>) obj).weights);
  }

  @Override
  public int hashCode() {
    return keys.hashCode() * 31 + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "Weights" + asMap();
  }

  /**
   * Builds {@link Weights}; the order of {@link #put} calls does not matter.
   *
   * <p>A builder is not thread-safe; the weights it builds are.
   *
   * @param <K> the recipient key type
   */
  public static final class Builder<K extends Comparable<? super K>> {
    private final List<K> keys = new ArrayList<>();
    private long[] weights = new long[16];

    private Builder() {
    }

    /**
     * Adds a recipient with its weight.
     *
     * @param key the recipient, not null
     * @param weight its weight, from 0 to {@link Weights#MAX_WEIGHT}
     * @return this builder
     * @throws IllegalArgumentException if the weight is negative or above the maximum
     * @throws NullPointerException if the key is null
     */
    public Builder<K> put(K key, long weight) {
      requireNonNull(key, "Weights 'key' must not be null");
      checkRule(weight >= 0, Weights.class, "", "",
          "Weights: the weight of recipient %s must not be negative, but was %s", key, weight);
      checkRule(weight <= MAX_WEIGHT, Weights.class, "", "",
          "Weights: the weight of recipient %s must be at most 10^15, but was %s", key, weight);
      if (keys.size() == weights.length) {
        weights = Arrays.copyOf(weights, weights.length * 2);
      }
      weights[keys.size()] = weight;
      keys.add(key);
      return this;
    }

    /**
     * Builds the weights.
     *
     * @return the weights, recipients in key order
     * @throws IllegalArgumentException if there are no recipients, a recipient was added twice, or
     *     every weight is zero
     */
    public Weights<K> build() {
      int n = keys.size();
      checkRule(n > 0, Weights.class, "", "",
          "Weights must not be empty: add at least one recipient");
      List<K> sortedKeys = keys;
      long[] sortedWeights = Arrays.copyOf(weights, n);
      if (!strictlyAscending(keys)) {
        // Sort (key, weight) pairs once; keys already in order (the common case) skip this.
        @SuppressWarnings("unchecked")
        Entry<K>[] entries = new Entry[n];
        for (int i = 0; i < n; i++) {
          entries[i] = new Entry<>(keys.get(i), weights[i]);
        }
        Arrays.sort(entries); // by key, with no comparator between: a tenth faster at a million
        sortedKeys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          K key = entries[i].key();
          checkRule(i == 0 || entries[i - 1].key().compareTo(key) != 0, Weights.class, "", "",
              "Weights: recipient %s must not be added twice", key);
          sortedKeys.add(key);
          sortedWeights[i] = entries[i].weight();
        }
      }
      boolean anyPositive = false;
      for (long w : sortedWeights) {
        anyPositive |= w > 0;
      }
      checkRule(anyPositive, Weights.class, "", "",
          "Weights must not all be zero: at least one recipient needs a "
          + "weight above zero to share anything");
      return new Weights<>(ImmutableList.copyOf(sortedKeys), sortedWeights);
    }

    private static <K extends Comparable<? super K>> boolean strictlyAscending(List<K> keys) {
      for (int i = 1; i < keys.size(); i++) {
        if (keys.get(i - 1).compareTo(keys.get(i)) >= 0) {
          return false;
        }
      }
      return true;
    }

    /** A recipient and its weight, sorted together. */
    private record Entry<K extends Comparable<? super K>>(K key, long weight)
        implements Comparable<Entry<K>> {
      @Override
      public int compareTo(Entry<K> other) {
        return key.compareTo(other.key);
      }
    }
  }
}
