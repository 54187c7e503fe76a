package se.utvecklingsmedel.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Function;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.deadline.Deadlines;
import se.utvecklingsmedel.followup.AreaWork;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.vocabulary.ActivityArea;

/**
 * The random draws and helpers {@link Scenario2016} builds its illustrative figures with: one
 * random source, so that the scenario is the same on every run.
 */
final class ScenarioDraws {

  final SplittableRandom random;

  ScenarioDraws(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The work per area of each report, built up term by term, and the terms each context names. */
  final class Work {
    private final Map<Recipient, Map<ActivityArea, AreaWork.Builder>> work = new LinkedHashMap<>();
    private final Map<Object, Set<Recipient>> named = new HashMap<>();

    /** Names a term in the work of one area of {@code count} of the recipients, chosen at random. */
    List<Recipient> name(List<Recipient> recipients, ActivityArea area, int count,
        Function<AreaWork.Builder, AreaWork.Builder> add) {
      return nameIn(choose(recipients, count), area, add);
    }

    /** Names a term in the work of one area of each of the recipients chosen. */
    List<Recipient> nameIn(List<Recipient> chosen, ActivityArea area,
        Function<AreaWork.Builder, AreaWork.Builder> add) {
      for (Recipient r : chosen) {
        AreaWork.Builder b = work.computeIfAbsent(r, x -> new LinkedHashMap<>())
            .computeIfAbsent(area, x -> AreaWork.builder());
        AreaWork before = b.build();
        add.apply(b);
        AreaWork after = b.build();
        terms(after).stream().filter(t -> !terms(before).contains(t))
            .forEach(t -> named.computeIfAbsent(t, x -> new LinkedHashSet<>()).add(r));
      }
      return chosen;
    }

    /** A report-level term: every report naming it in an area, and others up to {@code count}. */
    <T> void flat(List<Recipient> recipients, Map<Recipient, FollowUpReport.Builder> builders, T term,
        int count, BiConsumer<FollowUpReport.Builder, T> add) {
      Set<Recipient> holders = new LinkedHashSet<>(named.getOrDefault(term, Set.of()));
      if (holders.size() > count) {
        throw new IllegalStateException(term + " is named in " + holders.size() + " areas' work, "
            + "more than its " + count);
      }
      holders.addAll(choose(minus(recipients, new ArrayList<>(holders)), count - holders.size()));
      holders.forEach(r -> add.accept(builders.get(r), term));
    }

    int count(Object term) {
      return named.getOrDefault(term, Set.of()).size();
    }

    /** Puts each area's work into its report, and every term it names into the report's sets. */
    void putInto(Map<Recipient, FollowUpReport.Builder> builders) {
      work.forEach((r, areas) -> areas.forEach((area, w) -> {
        AreaWork built = w.build();
        builders.get(r).putWork(area, built).addAllMethods(built.methods())
            .addAllInstruments(built.instruments()).addAllVulnerableGroups(built.vulnerableGroups())
            .addAllPartners(built.partners()).addAllTraining(built.training());
      }));
    }

    private List<Object> terms(AreaWork w) {
      List<Object> terms = new ArrayList<>();
      terms.addAll(w.methods());
      terms.addAll(w.instruments());
      terms.addAll(w.vulnerableGroups());
      terms.addAll(w.partners());
      terms.addAll(w.training());
      return terms;
    }
  }

  static List<Recipient> areaHolders(Map<Recipient, FollowUpReport.Builder> builders,
      ActivityArea area) {
    return builders.keySet().stream().filter(r -> builders.get(r).build().areas().contains(area))
        .toList();
  }

  /** A copy of the list in an order drawn from {@code source}: one draw of it. */
  static <T> List<T> shuffled(List<? extends T> list, SplittableRandom source) {
    List<T> order = new ArrayList<>(list);
    Collections.shuffle(order, new java.util.Random(source.nextLong()));
    return order;
  }

  /** {@code count} of the recipients, chosen at random. */
  List<Recipient> choose(List<Recipient> recipients, int count) {
    List<Recipient> chosen = shuffled(recipients, random);
    if (count > chosen.size()) {
      throw new IllegalStateException("cannot choose " + count + " of " + chosen.size());
    }
    return new ArrayList<>(chosen.subList(0, count));
  }

  static List<Recipient> minus(List<Recipient> all, List<Recipient> some) {
    Set<Recipient> excluded = new HashSet<>(some);
    return all.stream().filter(r -> !excluded.contains(r)).toList();
  }

  static List<Recipient> intersection(List<Recipient> a, List<Recipient> b) {
    Set<Recipient> inB = new HashSet<>(b);
    return a.stream().filter(inB::contains).toList();
  }

  FollowUpReport.Builder report(RecipientGrant grant, Amount unused) {
    return FollowUpReport.builder().recipient(grant.recipient()).potId(grant.potId())
        .granted(grant.granted()).used(grant.granted().minus(unused))
        .submitted(workingDay(LocalDate.of(2017, 2, 1).plusDays(random.nextInt(50))));
  }

  /** Splits whole kronor over recipients by illustrative weights, exactly (the engine, in kronor). */
  <R extends Recipient> Map<Recipient, Amount> wholeKronor(long kronor, List<R> recipients) {
    Weights.Builder<Recipient> weights = Weights.builder();
    recipients.forEach(r -> weights.put(r, 3_000 + random.nextInt(300_000)));
    Map<Recipient, Amount> amounts = new LinkedHashMap<>();
    Apportionment.largestRemainder(Amount.ofOre(kronor), weights.build()).amounts()
        .forEach((r, units) -> amounts.put(r, Amount.ofKronor(units.toOre())));
    return amounts;
  }

  Map<Integer, Amount> wholeKronor(long kronor, int count) {
    Weights.Builder<Integer> weights = Weights.builder();
    for (int i = 0; i < count; i++) {
      weights.put(i, 50 + random.nextInt(500));
    }
    Map<Integer, Amount> amounts = new LinkedHashMap<>();
    Apportionment.largestRemainder(Amount.ofOre(kronor), weights.build()).amounts()
        .forEach((i, units) -> amounts.put(i, Amount.ofKronor(units.toOre())));
    return amounts;
  }

  static Weights<Recipient> equalWeights(List<? extends Recipient> recipients) {
    Weights.Builder<Recipient> weights = Weights.builder();
    recipients.forEach(r -> weights.put(r, 1));
    return weights.build();
  }

  /** Spreads unused öre over grants in proportion to them, each below its grant. */
  static Map<Recipient, Amount> spread(long ore, List<RecipientGrant> grants) {
    Weights.Builder<Recipient> weights = Weights.builder();
    grants.forEach(g -> weights.put(g.recipient(), g.granted().toOre()));
    Map<Recipient, Amount> unused = new HashMap<>(
        Apportionment.largestRemainder(Amount.ofOre(ore), weights.build()).amounts());
    return unused;
  }

  static long total(List<RecipientGrant> grants) {
    return grants.stream().mapToLong(g -> g.granted().toOre()).sum();
  }

  static List<RecipientGrant> granted(PotAllocation pot) {
    return new ArrayList<>(pot.grants().values().stream().filter(g -> g.granted().signum() > 0).toList());
  }

  static List<Recipient> recipients(List<RecipientGrant> grants) {
    return grants.stream().map(RecipientGrant::recipient).toList();
  }

  /**
   * The day itself, or the next working day: a requisition, an application or a report is taken
   * in, and decided, on a working day (lagen (1930:173) as {@link Deadlines} applies it).
   */
  static LocalDate workingDay(LocalDate day) {
    return Deadlines.swedish().effective(day);
  }

  <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Names a term in exactly {@code count} of the recipients' reports, chosen at random. */
  <T> List<Recipient> name(List<Recipient> recipients,
      Map<Recipient, FollowUpReport.Builder> builders, T term, int count,
      BiConsumer<FollowUpReport.Builder, T> add) {
    List<Recipient> chosen = shuffled(recipients, random);
    chosen.subList(0, count).forEach(r -> add.accept(builders.get(r), term));
    return chosen.subList(0, count);
  }
}
