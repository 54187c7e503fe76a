package se.utvecklingsmedel.statistics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collector;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * How many recipients named each term of one kind (<i>antal mottagare per term</i>): areas,
 * instruments, methods, groups, partners, training, reasons, outcomes, combinations. The one form of
 * a count per term in the library's statistics, from a category's figures ({@link
 * WorkCounts#methods()}) to one area's work ({@link AreaCounts#methods()}).
 *
 * <p>Ordered as its enum (team decision), so that two rounds' or two categories' counts list their
 * terms in the same order whatever the counts: the constants of an enum in their declared order,
 * then terms named in words (a method that is not a {@code KnownMethod}) by Swedish label. A term
 * without an entry counts 0 (a count of 0 given as such is kept as an entry):
 * {@link #count(SwedishLabelled) count} answers 0 for it, and {@link #get(Object) get} answers null,
 * as a map does.
 *
 * <p>A read-only {@link Map}, equal to any map with the same entries, so figures can be compared
 * with {@code Map.of(…)}. Counts are held as given: the type that holds them checks their range
 * and names its field ("'methods of Trappan' (7) must be at most 5").
 *
 * <pre>{@code
 * TermCounts<Outcome> outcomes = reports.stream()
 *     .flatMap(r -> r.outcomes().values().stream())
 *     .collect(TermCounts.counting());
 * int fully = outcomes.count(Outcome.FULLY);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the kind of term
 */
public final class TermCounts<T extends SwedishLabelled> extends AbstractMap<T, Integer> {

  private static final TermCounts<?> EMPTY = new TermCounts<>(ImmutableMap.of());

  /** An enum's constants in declared order, then terms named in words by label. */
  private static final Comparator<Map.Entry<? extends SwedishLabelled, Integer>> ORDER =
      (a, b) -> compare(a.getKey(), b.getKey());

  private final ImmutableMap<T, Integer> counts;

  private TermCounts(ImmutableMap<T, Integer> counts) {
    this.counts = counts;
  }

  /**
   * Returns no counts.
   *
   * @param <T> the kind of term
   * @return the empty counts
   */
  @SuppressWarnings("unchecked") // holds no term
  public static <T extends SwedishLabelled> TermCounts<T> of() {
    return (TermCounts<T>) EMPTY;
  }

  /**
   * Returns one term's count.
   *
   * @param term the term
   * @param count the recipients that named it
   * @param <T> the kind of term
   * @return the counts
   */
  public static <T extends SwedishLabelled> TermCounts<T> of(T term, int count) {
    requireNonNull(term, "TermCounts 'term' must not be null");
    return new TermCounts<>(ImmutableMap.of(term, count));
  }

  /**
   * Returns the counts of a map, in this type's order.
   *
   * @param counts the count of each term
   * @param <T> the kind of term
   * @return the counts; {@code counts} itself if it already is a {@code TermCounts}
   * @throws NullPointerException if the map, a term or a count is null
   */
  public static <T extends SwedishLabelled> TermCounts<T> copyOf(Map<? extends T, Integer> counts) {
    requireNonNull(counts, "TermCounts 'counts' must not be null");
    if (counts instanceof TermCounts) {
      @SuppressWarnings("unchecked") // read-only, so a TermCounts of a subtype serves as is
      TermCounts<T> same = (TermCounts<T>) counts;
      return same;
    }
    List<Map.Entry<T, Integer>> entries = new ArrayList<>(counts.size());
    counts.forEach((term, count) -> {
      requireNonNull(term, "TermCounts 'counts' must not hold a null term");
      requireNonNull(count, () -> "TermCounts 'counts' must not hold a null count: the count of "
          + term.label() + " is null");
      entries.add(Map.entry(term, count));
    });
    return sorted(entries);
  }

  /**
   * Returns a collector that counts how often each term occurs: to count recipients, give each
   * recipient's terms once.
   *
   * @param <T> the kind of term
   * @return the collector
   */
  public static <T extends SwedishLabelled> Collector<T, ?, TermCounts<T>> counting() {
    return Collector.<T, Map<T, int[]>, TermCounts<T>>of(HashMap::new,
        (map, term) -> map.computeIfAbsent(requireNonNull(term,
            "TermCounts.counting() must not count a null term"), t -> new int[1])[0]++,
        (a, b) -> {
          b.forEach((term, n) -> a.computeIfAbsent(term, t -> new int[1])[0] += n[0]);
          return a;
        },
        map -> {
          List<Map.Entry<T, Integer>> entries = new ArrayList<>(map.size());
          map.forEach((term, n) -> entries.add(Map.entry(term, n[0])));
          return sorted(entries);
        });
  }

  private static int compare(SwedishLabelled a, SwedishLabelled b) {
    if (a instanceof Enum<?> x && b instanceof Enum<?> y) {
      return x.getDeclaringClass() == y.getDeclaringClass()
          ? Integer.compare(x.ordinal(), y.ordinal())
          : x.getDeclaringClass().getName().compareTo(y.getDeclaringClass().getName());
    }
    if (a instanceof Enum<?> || b instanceof Enum<?>) {
      return a instanceof Enum<?> ? -1 : 1;
    }
    return a.label().compareTo(b.label());
  }

  /** Counts from entries with distinct terms, in this type's order. */
  static <T extends SwedishLabelled> TermCounts<T> sorted(List<Map.Entry<T, Integer>> entries) {
    if (entries.isEmpty()) {
      return of();
    }
    entries.sort(ORDER);
    ImmutableMap.Builder<T, Integer> counts = ImmutableMap.builderWithExpectedSize(entries.size());
    entries.forEach(counts::put);
    return new TermCounts<>(counts.buildOrThrow());
  }

  /**
   * Returns how many recipients named a term.
   *
   * @param term the term
   * @return its count, 0 if it has no entry
   */
  public int count(T term) {
    requireNonNull(term, "TermCounts 'term' must not be null");
    Integer count = counts.get(term);
    return count == null ? 0 : count;
  }

  /**
   * Returns the sum of the counts: mentions, not recipients, when a recipient can name several
   * terms.
   *
   * @return the sum, in a {@code long} so that it cannot overflow
   */
  public long total() {
    long total = 0;
    for (int count : counts.values()) {
      total += count;
    }
    return total;
  }

  /**
   * Returns these counts and {@code other}'s added term by term, say two rounds' or two categories'.
   *
   * @param other the counts to add
   * @return the sums, in this type's order
   * @throws ArithmeticException if a sum is beyond the range of an {@code int}
   */
  public TermCounts<T> plus(TermCounts<? extends T> other) {
    requireNonNull(other, "TermCounts 'other' must not be null");
    Map<T, Integer> sums = new HashMap<>(counts);
    other.counts.forEach((term, count) -> sums.merge(term, count, Math::addExact));
    return sorted(new ArrayList<>(sums.entrySet()));
  }

  /**
   * Returns a term's count, as a map does.
   *
   * @param term the term
   * @return its count, or null if it has no entry
   * @throws NullPointerException if {@code term} is null
   */
  @Override
  public Integer get(Object term) {
    return counts.get(requireNonNull(term, "TermCounts 'term' must not be null"));
  }

  /**
   * Returns whether a term has an entry.
   *
   * @param term the term
   * @return true if it was named
   * @throws NullPointerException if {@code term} is null
   */
  @Override
  public boolean containsKey(Object term) {
    return counts.containsKey(requireNonNull(term, "TermCounts 'term' must not be null"));
  }

  /**
   * Returns how many terms have an entry.
   *
   * @return the number of entries
   */
  @Override
  public int size() {
    return counts.size();
  }

  /**
   * Returns the entries, in this type's order.
   *
   * @return the terms and their counts, read-only
   */
  @Override
  public Set<Entry<T, Integer>> entrySet() {
    return counts.entrySet();
  }

  /**
   * Returns the terms that have an entry, in this type's order.
   *
   * @return the terms, read-only
   */
  @Override
  public Set<T> keySet() {
    return counts.keySet();
  }
}
