package se.utvecklingsmedel.round;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.base.Splitter;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.published.PublishedFigures;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.statistics.Figure;
import se.utvecklingsmedel.statistics.Share;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * The programme over the years (<i>satsningen</i>): every round of development funds 2016–2022 the
 * public sources name, with what they state about each and nothing more, read from the catalogue
 * this library ships ({@code programme.tsv} in this package, each fact with its source).
 *
 * <p>The sources: Socialstyrelsen's account of the 2016 funds and its 2016–2018 final report; its
 * grant pages for municipalities (2019 version), regions (2020) and non-profits (2021/2022); the
 * government decisions of 28 January 2016, 12 March 2020 and 18 March 2021; the government's press
 * release of June 2021 and its announcement of May 2022 (through a secondary site, so uncertain).
 * Only 2016 is given in full. The other rounds can be listed and read; {@link RoundFacts#round()}
 * builds one only when its facts are complete (2020), and otherwise names what is missing.
 *
 * <pre>{@code
 * Programme programme = Programme.builtIn();
 * programme.inYear(2019);                               // 2019:1 and 2019:2
 * programme.facts(RoundId.parse("2020:1")).round();     // the 2020 round
 * programme.facts(RoundId.parse("2018:1")).published(); // 273 municipalities, 92 % used
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Programme {

  private static final Supplier<Programme> BUILT_IN = Suppliers.memoize(() -> read(
      "programme.tsv"));

  private final ImmutableMap<String, Source> sources;
  private final ImmutableMap<RoundId, RoundFacts> rounds;

  private Programme(Map<String, Source> sources, Map<RoundId, RoundFacts> rounds) {
    this.sources = ImmutableMap.copyOf(sources);
    this.rounds = ImmutableMap.copyOf(rounds);
  }

  /**
   * Returns the programme as this library ships it.
   *
   * @return the programme
   */
  public static Programme builtIn() {
    return BUILT_IN.get();
  }

  /**
   * Returns the sources the facts cite, by their ids.
   *
   * @return the sources
   */
  public ImmutableMap<String, Source> sources() {
    return sources;
  }

  /**
   * Returns every round, in id order.
   *
   * @return the rounds' facts
   */
  public ImmutableList<RoundFacts> rounds() {
    return rounds.values().asList();
  }

  /**
   * Returns the facts of one round.
   *
   * @param id the round's id
   * @return its facts
   * @throws IllegalArgumentException if the programme has no such round; the message lists those it
   *     has
   */
  public RoundFacts facts(RoundId id) {
    requireNonNull(id, "Programme 'id' must not be null");
    RoundFacts facts = rounds.get(id);
    checkRule(facts != null, Programme.class, "", "",
        "Programme has no round %s; it has %s", id, rounds.keySet());
    return facts;
  }

  /**
   * Returns every round of a year, in place order.
   *
   * @param year the year
   * @return the rounds' facts, empty if the sources name none
   */
  public ImmutableList<RoundFacts> inYear(int year) {
    return rounds.values().stream().filter(r -> r.id().year() == year)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a catalogue of the rounds whose facts are complete: those that can be allocated as the
   * sources give them.
   *
   * @return the catalogue
   */
  public RoundCatalogue catalogue() {
    return RoundCatalogue.of(rounds.values().stream().filter(r -> r.missing().isEmpty())
        .map(RoundFacts::round).toList());
  }

  @Override
  public String toString() {
    return "Programme " + rounds.keySet();
  }

  // --- reading the catalogue ---------------------------------------------------------------------

  /** Reads a catalogue from a resource beside this class; package-private for tests of its rules. */
  static Programme read(String resource) {
    Map<String, Source> sources = new LinkedHashMap<>();
    Map<RoundId, List<String[]>> lines = new TreeMap<>();
    try (InputStream in = Programme.class.getResourceAsStream(resource)) {
      checkRule(in != null, Programme.class, "", "", "Programme: the catalogue %s is missing",
          resource);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f[0].equals("source")) {
          sources.put(f[1], new Source(f[1], f[2], f[3], f[4], f[5]));
        } else {
          checkRule(f.length == 4, Programme.class, "", "", "Programme: the line '%s' is not a "
              + "round, a fact, a value and a source", line);
          lines.computeIfAbsent(RoundId.parse(f[0]), k -> new ArrayList<>()).add(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A top-up is a round of its own; the round it tops up lists it.
    Map<RoundId, List<RoundFacts.TopUp>> topUps = new LinkedHashMap<>();
    lines.forEach((id, facts) -> topUp(id, facts, sources).ifPresent(t -> topUps
        .computeIfAbsent(t.topsUp(), k -> new ArrayList<>()).add(t)));
    Map<RoundId, RoundFacts> rounds = new LinkedHashMap<>();
    lines.forEach((id, facts) -> rounds.put(id, facts(id, facts, sources,
        topUps.getOrDefault(id, List.of()))));
    topUps.keySet().forEach(of -> checkRule(rounds.containsKey(of), Programme.class, of, "topUpOf",
        "Programme: a top-up adds to round %s, which the catalogue does not have", of));
    return new Programme(sources, rounds);
  }

  /** The top-up a round's facts describe, if it is one: what it adds to, its total, its earmark. */
  private static Optional<RoundFacts.TopUp> topUp(RoundId id, List<String[]> lines,
      Map<String, Source> sources) {
    Optional<String[]> of = lines.stream().filter(f -> f[1].equals("topUpOf")).findFirst();
    if (of.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> total = lines.stream().filter(f -> f[1].equals("budgetTotal"))
        .map(f -> f[2]).findFirst();
    checkRule(total.isPresent(), Programme.class, id, "budgetTotal",
        "Programme: top-up %s states no 'budgetTotal'", id);
    return Optional.of(new RoundFacts.TopUp(id, RoundId.parse(of.get()[2]),
        Amount.ofKronor(Long.parseLong(total.get())), lines.stream()
            .filter(f -> f[1].equals("earmark")).map(f -> f[2]).findFirst(),
        sources.get(of.get()[3])));
  }

  private static RoundFacts facts(RoundId id, List<String[]> lines, Map<String, Source> sources,
      List<RoundFacts.TopUp> topUps) {
    List<RoundFacts.Fact> facts = new ArrayList<>();
    Optional<String> legalBasis = Optional.empty();
    Optional<GovernmentDecision> decision = Optional.empty();
    List<RoundFacts.PotFacts> pots = new ArrayList<>();
    Optional<Amount> total = Optional.empty();
    Optional<LocalDateRange> applicationPeriod = Optional.empty();
    Optional<LocalDate> requisitionDeadline = Optional.empty();
    Optional<LocalDateRange> usePeriod = Optional.empty();
    Optional<YearRelativeDate> reportDeadline = Optional.empty();
    List<LocalDate> governmentReports = new ArrayList<>();
    Optional<LocalDate> closed = Optional.empty();
    Optional<String> unclaimed = Optional.empty();
    List<UnclaimedFundsPool> pools = new ArrayList<>();
    Optional<String> scope = Optional.empty();
    Set<ScopeTerm> scopeTerms = EnumSet.noneOf(ScopeTerm.class);
    Optional<String> condition = Optional.empty();
    Optional<RoundId> topUpOf = Optional.empty();
    Optional<String> earmark = Optional.empty();
    Optional<UnspentCeiling> unspentCeiling = Optional.empty();
    Map<RecipientCategory, PublishedFigures> published = new LinkedHashMap<>();
    Source publishedIn = null;
    for (String[] f : lines) {
      Source source = sources.get(f[3]);
      checkRule(source != null, Programme.class, id, f[1], "Programme: round %s cites the "
          + "source '%s', which the catalogue does not list", id, f[3]);
      facts.add(new RoundFacts.Fact(f[1], f[2], source));
      String value = f[2];
      switch (f[1]) {
        case "legalBasis" -> legalBasis = Optional.of(value);
        case "decision" -> decision = Optional.of(decision(value));
        case "pot" -> pots.add(pot(value));
        case "budgetTotal" -> total = Optional.of(Amount.ofKronor(Long.parseLong(value)));
        case "applicationPeriod" -> applicationPeriod = Optional.of(period(value));
        case "requisitionDeadline" -> requisitionDeadline = Optional.of(LocalDate.parse(value));
        case "usePeriod" -> usePeriod = Optional.of(period(value));
        case "reportDeadline" -> reportDeadline = Optional.of(YearRelativeDate.parse(value));
        case "governmentReportDeadline" -> governmentReports.add(LocalDate.parse(value));
        case "closed" -> closed = Optional.of(LocalDate.parse(value));
        case "unclaimedFunds" -> unclaimed = Optional.of(value);
        case "unclaimedFundsPool" -> pools.add(pool(value));
        case "scope" -> scope = Optional.of(value);
        case "scopeTerms" -> Splitter.on(',').split(value)
            .forEach(t -> scopeTerms.add(ScopeTerm.valueOf(t)));
        case "condition" -> condition = Optional.of(value);
        case "topUpOf" -> topUpOf = Optional.of(RoundId.parse(value));
        case "earmark" -> earmark = Optional.of(value);
        case "unspentCeiling" -> unspentCeiling = Optional.of(UnspentCeiling.valueOf(value));
        case "published" -> {
          publishedIn = source;
          published(value, published);
        }
        case "note" -> { }
        default -> throw new RuleViolation(Programme.class, id.toString(), f[1],
            "Programme: round " + id + " has an unknown fact '" + f[1] + "'");
      }
    }
    Optional<PublishedStatistics> statistics = publishedIn == null ? Optional.empty()
        : Optional.of(PublishedStatistics.of(id.year(), publishedIn.publisher() + ", "
            + publishedIn.title(), published));
    return new RoundFacts(id, facts, legalBasis, decision, pots, total, applicationPeriod,
        requisitionDeadline, usePeriod, reportDeadline, governmentReports, closed, unclaimed,
        pools, scope, scopeTerms, condition, topUpOf, earmark, unspentCeiling, topUps,
        statistics);
  }

  private static GovernmentDecision decision(String value) {
    List<String> parts = Splitter.on('|').splitToList(value);
    return new GovernmentDecision(LocalDate.parse(parts.get(0)),
        parts.get(1).isEmpty() ? Optional.empty() : Optional.of(parts.get(1)),
        parts.get(2).isEmpty() ? List.of() : Splitter.on(';').splitToList(parts.get(2)));
  }

  private static RoundFacts.PotFacts pot(String value) {
    List<String> parts = Splitter.on('|').splitToList(value);
    Set<RecipientCategory> categories = EnumSet.noneOf(RecipientCategory.class);
    Splitter.on(',').split(parts.get(2)).forEach(c -> categories.add(RecipientCategory.valueOf(c)));
    return new RoundFacts.PotFacts(PotId.of(parts.get(0)), parts.get(1), categories,
        DistributionMethod.valueOf(parts.get(3)), parts.get(4).equals("?") ? Optional.empty()
            : Optional.of(Amount.ofKronor(Long.parseLong(parts.get(4)))),
        BudgetKind.valueOf(parts.get(5)));
  }

  /** "municipalities,regions|MAY". */
  private static UnclaimedFundsPool pool(String value) {
    List<String> parts = Splitter.on('|').splitToList(value);
    return new UnclaimedFundsPool(Splitter.on(',').splitToStream(parts.get(0)).map(PotId::of)
        .collect(java.util.stream.Collectors.toSet()), Sharing.valueOf(parts.get(1)));
  }

  private static LocalDateRange period(String value) {
    int dots = value.indexOf("..");
    return LocalDateRange.ofClosed(LocalDate.parse(value.substring(0, dots)),
        LocalDate.parse(value.substring(dots + 2)));
  }


  /** "MUNICIPALITY requisitioning 246", "MUNICIPALITY shareUsed 81/100". */
  private static void published(String value, Map<RecipientCategory, PublishedFigures> figures) {
    List<String> parts = Splitter.on(' ').splitToList(value);
    RecipientCategory category = RecipientCategory.valueOf(parts.get(0));
    Figure<?> figure = Figure.values().stream().filter(f -> f.name().equals(parts.get(1)))
        .findFirst().orElseThrow(() -> new RuleViolation(Programme.class, value, "published",
            "Programme: no figure '" + parts.get(1) + "'"));
    PublishedFigures current = figures.getOrDefault(category, PublishedFigures.of(category));
    figures.put(category, with(current, figure, parts.get(2)));
  }

  @SuppressWarnings("unchecked")
  private static <T> PublishedFigures with(PublishedFigures figures, Figure<T> figure,
      String value) {
    Object parsed;
    if (figure.type() == Share.class) {
      int slash = value.indexOf('/');
      parsed = Share.of(Long.parseLong(value.substring(0, slash)),
          Long.parseLong(value.substring(slash + 1)));
    } else if (figure.type() == Amount.class) {
      parsed = Amount.ofKronor(Long.parseLong(value));
    } else {
      parsed = Integer.valueOf(value);
    }
    return figures.with(figure, (T) parsed);
  }
}
