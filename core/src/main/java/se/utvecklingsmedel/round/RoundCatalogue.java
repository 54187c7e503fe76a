package se.utvecklingsmedel.round;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.money.Amount;

/**
 * A user-supplied catalogue of grant rounds, like a table of tax parameters: each round's figures
 * are looked up, never hard-coded into a calculation.
 *
 * <p>Swedish: <i>bidragsomgångar</i>. Rounds are identified by their year and place within the year
 * ({@link RoundId}, {@code 2019:2}): a year may have several rounds (2019 had two). The catalogue
 * answers by id ({@link #round(RoundId)}), by year (all of its rounds, {@link #inYear(int)}) and by
 * date ({@link #covering(LocalDate)}). The library builds in the 2016 round, the one the published
 * sources give in full ({@link #builtIn()}); rounds for other years are built with {@link
 * GrantRound#builder()} and added here.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundCatalogue {

  /** The legal basis of 2016, as the 2016 account cites it. */
  public static final String LEGAL_BASIS_2016 =
      "Regeringsbeslut 2016-01-28 nr II:3, S2011/11337/FST, S2016/00633/FST (delvis)";

  private final ImmutableSortedMap<RoundId, GrantRound> rounds;

  private RoundCatalogue(ImmutableSortedMap<RoundId, GrantRound> rounds) {
    this.rounds = rounds;
  }

  /**
   * Returns a catalogue of the given rounds.
   *
   * @param rounds the rounds, each with its own id
   * @return the catalogue
   * @throws IllegalArgumentException if two rounds have the same id
   */
  public static RoundCatalogue of(Iterable<GrantRound> rounds) {
    requireNonNull(rounds, "RoundCatalogue 'rounds' must not be null");
    TreeMap<RoundId, GrantRound> byId = new TreeMap<>();
    for (GrantRound round : rounds) {
      requireNonNull(round, "RoundCatalogue 'rounds' must not contain null");
      checkRule(byId.put(round.id(), round) == null, RoundCatalogue.class, "", "",
          "RoundCatalogue: two rounds for the year %s in place %s (%s); a second round of a year "
              + "has its own place (GrantRound.Builder.place)", round.year(), round.place(),
          round.id());
    }
    return new RoundCatalogue(ImmutableSortedMap.copyOfSorted(byId));
  }

  /**
   * Returns a catalogue of the given rounds.
   *
   * @param rounds the rounds, each with its own id
   * @return the catalogue
   * @throws IllegalArgumentException if two rounds have the same id
   */
  public static RoundCatalogue of(GrantRound... rounds) {
    return of(Arrays.asList(requireNonNull(rounds, "RoundCatalogue 'rounds' must not be null")));
  }

  /**
   * Returns the 2016 round as the 2016 account (Socialstyrelsen's report on the 2016 funds) states
   * it.
   *
   * <p>Municipalities 50 MSEK by requisition; regions (landsting) 20 MSEK by requisition;
   * non-profit associations and foundations 15 MSEK by application; stimulus funds 5 MSEK to the
   * county administrative boards and NCK by application; administration 0.5 MSEK to NCK and 15 MSEK
   * to the county boards to carry out their missions. Use period: calendar 2016 ("till och med den
   * 31 december 2016"). Reports to the government by 30 September 2017 and 2018, the final report
   * by 30 September 2019. The 2016 account gives no requisition, report or repayment deadline, so those are
   * empty.
   *
   * @return the 2016 round
   */
  public static GrantRound round2016() {
    return GrantRound.builder()
        .year(2016)
        .legalBasis(LEGAL_BASIS_2016)
        .decision(new GovernmentDecision(LocalDate.of(2016, 1, 28), Optional.of("II:3"),
            List.of("S2011/11337/FST", "S2016/00633/FST (delvis)")))
        .addPot(pot(PotId.MUNICIPALITIES, "Utvecklingsmedel till kommuner", 50_000_000,
            DistributionMethod.REQUISITION, RecipientCategory.MUNICIPALITY))
        .addPot(pot(PotId.REGIONS, "Utvecklingsmedel till landsting", 20_000_000,
            DistributionMethod.REQUISITION, RecipientCategory.REGION))
        .addPot(pot(PotId.NON_PROFITS, "Utvecklingsmedel till ideella föreningar och stiftelser",
            15_000_000, DistributionMethod.APPLICATION, RecipientCategory.NON_PROFIT_ORGANISATION))
        .addPot(pot(PotId.STIMULUS_FUNDS, "Särskilda stimulansmedel till länsstyrelserna och NCK", 5_000_000,
            DistributionMethod.APPLICATION, RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD,
            RecipientCategory.NATIONAL_CENTRE))
        .addPot(pot(PotId.ADMINISTRATION_NCK, "Medel till NCK för att genomföra uppdraget", 500_000,
            DistributionMethod.ASSIGNMENT, RecipientCategory.NATIONAL_CENTRE))
        .addPot(pot(PotId.ADMINISTRATION_COUNTY_BOARDS,
            "Medel till länsstyrelserna för att genomföra uppdraget", 15_000_000,
            DistributionMethod.ASSIGNMENT, RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD))
        .addGovernmentReportDeadlines(LocalDate.of(2017, 9, 30), LocalDate.of(2018, 9, 30),
            LocalDate.of(2019, 9, 30))
        .build();
  }

  private static Pot pot(PotId id, String label, long kronor, DistributionMethod method,
      RecipientCategory... categories) {
    return Pot.builder().id(id).label(label).addCategories(categories)
        .budget(Amount.ofKronor(kronor)).method(method).build();
  }
  /**
   * Returns the catalogue of the rounds this library ships in full: those whose facts the public
   * sources give completely ({@link Programme#catalogue()}: 2016 and 2020). The other rounds of the
   * programme are in {@link Programme#builtIn()}, with what is known of them.
   *
   * @return the built-in catalogue
   */
  public static RoundCatalogue builtIn() {
    return Programme.builtIn().catalogue();
  }

  /**
   * Returns a catalogue with one more round.
   *
   * @param round the round to add
   * @return a new catalogue
   * @throws IllegalArgumentException if the catalogue already has a round with that id
   */
  public RoundCatalogue with(GrantRound round) {
    requireNonNull(round, "RoundCatalogue 'round' must not be null");
    return of(ImmutableList.<GrantRound>builder().addAll(rounds.values()).add(round).build());
  }

  /**
   * Returns the round with an id.
   *
   * @param id the round's id
   * @return the round
   * @throws IllegalArgumentException if the catalogue has no such round; the message lists those
   *     it has
   */
  public GrantRound round(RoundId id) {
    requireNonNull(id, "RoundCatalogue 'id' must not be null");
    GrantRound round = rounds.get(id);
    checkRule(round != null, RoundCatalogue.class, "", "",
        "RoundCatalogue has no round %s; it has %s", id, rounds.keySet());
    return round;
  }

  /**
   * Returns the round with an id, if the catalogue has it.
   *
   * @param id the round's id
   * @return the round, or empty
   */
  public Optional<GrantRound> find(RoundId id) {
    requireNonNull(id, "RoundCatalogue 'id' must not be null");
    return Optional.ofNullable(rounds.get(id));
  }

  /**
   * Returns every round of a year, in place order.
   *
   * @param year the year
   * @return the rounds, empty if the catalogue has none for that year
   */
  public ImmutableList<GrantRound> inYear(int year) {
    return rounds.values().stream().filter(r -> r.year() == year)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the one round of a year.
   *
   * @param year the year
   * @return the round
   * @throws IllegalArgumentException if the catalogue has no round for that year, or several (then
   *     ask by id or with {@link #inYear(int)})
   */
  public GrantRound forYear(int year) {
    ImmutableList<GrantRound> inYear = inYear(year);
    checkRule(!inYear.isEmpty(), RoundCatalogue.class, "", "",
        "RoundCatalogue has no round for the year %s; it has %s", year, rounds.keySet());
    checkRule(inYear.size() == 1, RoundCatalogue.class, "", "",
        "RoundCatalogue has %s rounds for the year %s (%s); ask for one by its id, or for all "
            + "with inYear(%s)", inYear.size(), year, inYear.stream().map(GrantRound::id).toList(),
        year);
    return inYear.get(0);
  }

  /**
   * Returns the one round of a year, if the catalogue has one.
   *
   * @param year the year
   * @return the round, or empty if the catalogue has none for that year
   * @throws IllegalArgumentException if it has several (then ask by id or with {@link
   *     #inYear(int)})
   */
  public Optional<GrantRound> find(int year) {
    return inYear(year).isEmpty() ? Optional.empty() : Optional.of(forYear(year));
  }

  /**
   * Returns the rounds whose use period contains a date: all of them, in id order.
   *
   * @param date the date
   * @return the rounds, empty if no round's use period contains it
   */
  public ImmutableList<GrantRound> covering(LocalDate date) {
    requireNonNull(date, "RoundCatalogue 'date' must not be null");
    return rounds.values().stream().filter(r -> r.usePeriod().contains(date))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the rounds in id order: by year, then by place.
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
