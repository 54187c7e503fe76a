package se.utvecklingsmedel.round;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A user-supplied catalogue of grant rounds by year, like a table of tax parameters: each year's
 * figures are looked up, never hard-coded into a calculation.
 *
 * <p>Swedish: <i>bidragsomgångar per år</i>. The library ships only the 2016 round, the one the
 * published sources give ({@link #builtIn()}); rounds for other years are built with {@link
 * GrantRound#builder()} and added here. A catalogue holds at most one round per year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundCatalogue {

  private final ImmutableSortedMap<Integer, GrantRound> rounds;

  private RoundCatalogue(ImmutableSortedMap<Integer, GrantRound> rounds) {
    this.rounds = rounds;
  }

  /**
   * Returns a catalogue of the given rounds.
   *
   * @param rounds the rounds, at most one per year
   * @return the catalogue
   * @throws IllegalArgumentException if two rounds have the same year
   */
  public static RoundCatalogue of(Iterable<GrantRound> rounds) {
    requireNonNull(rounds, "RoundCatalogue 'rounds' must not be null");
    TreeMap<Integer, GrantRound> byYear = new TreeMap<>();
    for (GrantRound round : rounds) {
      requireNonNull(round, "RoundCatalogue 'rounds' must not contain null");
      checkArgument(byYear.put(round.year(), round) == null,
          "RoundCatalogue: two rounds for the year %s", round.year());
    }
    return new RoundCatalogue(ImmutableSortedMap.copyOfSorted(byYear));
  }

  /**
   * Returns a catalogue of the given rounds.
   *
   * @param rounds the rounds, at most one per year
   * @return the catalogue
   * @throws IllegalArgumentException if two rounds have the same year
   */
  public static RoundCatalogue of(GrantRound... rounds) {
    return of(Arrays.asList(requireNonNull(rounds, "RoundCatalogue 'rounds' must not be null")));
  }

  /**
   * Returns the catalogue of the rounds this library ships: 2016 only.
   *
   * @return the built-in catalogue
   */
  public static RoundCatalogue builtIn() {
    return of(GrantRound.round2016());
  }

  /**
   * Returns a catalogue with one more round.
   *
   * @param round the round to add
   * @return a new catalogue
   * @throws IllegalArgumentException if the catalogue already has a round for that year
   */
  public RoundCatalogue with(GrantRound round) {
    requireNonNull(round, "RoundCatalogue 'round' must not be null");
    return of(ImmutableList.<GrantRound>builder().addAll(rounds.values()).add(round).build());
  }

  /**
   * Returns the round of a year.
   *
   * @param year the year
   * @return the round
   * @throws IllegalArgumentException if the catalogue has no round for that year
   */
  public GrantRound forYear(int year) {
    GrantRound round = rounds.get(year);
    checkArgument(round != null, "RoundCatalogue has no round for the year %s; it has %s", year,
        rounds.keySet());
    return round;
  }

  /**
   * Returns the round of a year, if the catalogue has one.
   *
   * @param year the year
   * @return the round, or empty
   */
  public Optional<GrantRound> find(int year) {
    return Optional.ofNullable(rounds.get(year));
  }

  /**
   * Returns the round whose use period contains a date.
   *
   * @param date the date
   * @return the round, or empty if no round's use period contains it
   */
  public Optional<GrantRound> covering(LocalDate date) {
    requireNonNull(date, "RoundCatalogue 'date' must not be null");
    return rounds.values().stream().filter(r -> r.usePeriod().contains(date)).findFirst();
  }

  /**
   * Returns the rounds in year order.
   *
   * @return the rounds
   */
  public ImmutableList<GrantRound> rounds() {
    return rounds.values().asList();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RoundCatalogue && ((RoundCatalogue) obj).rounds.equals(rounds);
  }

  @Override
  public int hashCode() {
    return rounds.hashCode();
  }

  @Override
  public String toString() {
    return "RoundCatalogue" + rounds.keySet();
  }
}
