package se.utvecklingsmedel.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import se.utvecklingsmedel.money.Amount;

/** The invariants of every split of money, checked over generated cases. */
class ApportionmentProperties {

  /** A generated case: recipients with weights and optional caps, and a total. */
  record Case(List<Integer> keys, List<Long> weights, List<Long> caps, long total) {

    Weights<Integer> toWeights() {
      return toWeights(order(0));
    }

    /** The recipients in a shuffled order, to show input order never matters. */
    List<Integer> order(long seed) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, new Random(seed));
      return order;
    }

    Weights<Integer> toWeights(List<Integer> order) {
      Weights.Builder<Integer> builder = Weights.builder();
      for (int i : order) {
        builder.put(keys.get(i), weights.get(i));
      }
      return builder.build();
    }

    Map<Integer, Amount> capMap() {
      Map<Integer, Amount> map = new HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        if (caps.get(i) >= 0) {
          map.put(keys.get(i), Amount.ofOre(caps.get(i)));
        }
      }
      return map;
    }

    long weightOf(Integer key) {
      return weights.get(keys.indexOf(key));
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Long> weight = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(0L)),
        Tuple.of(5, Arbitraries.longs().between(1, 6)),
        Tuple.of(2, Arbitraries.longs().between(1, 1_000_000)),
        Tuple.of(1, Arbitraries.longs().between(1, Weights.MAX_WEIGHT)));
    Arbitrary<Long> total = Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.longs().between(0, 1_000)),
        Tuple.of(3, Arbitraries.longs().between(0, 10_000_000_000L)),
        Tuple.of(1, Arbitraries.longs().between(0, Long.MAX_VALUE)));
    // One case in four has all weights equal, where only weight and key order can break ties.
    Arbitrary<Long> evenWeight = Arbitraries.longs().between(1, 3);
    return Arbitraries.integers().between(1, 25).flatMap(n -> Combinators.combine(
            Arbitraries.integers().between(-1000, 1000).list().ofSize(n).uniqueElements(),
            Arbitraries.frequencyOf(
                Tuple.of(3, weight.list().ofSize(n).filter(ws -> ws.stream().anyMatch(w -> w > 0))),
                Tuple.of(1, evenWeight.map(w -> Collections.nCopies(n, w)))),
            Arbitraries.longs().between(0, 1_000_000).list().ofSize(n),
            Arbitraries.integers().between(0, 9).list().ofSize(n),
            total)
        .as((keys, weights, capSeeds, capKinds, t) -> {
          // Caps: none (-1), zero, near an equal share (likely to bind), or anywhere up to the total.
          List<Long> caps = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            int kind = capKinds.get(i);
            long share = t / n;
            long cap;
            if (kind < 3) {
              cap = -1;
            } else if (kind == 3) {
              cap = 0;
            } else if (kind < 7) {
              cap = Math.max(0, share - 5 + capSeeds.get(i) % 10);
            } else {
              cap = capSeeds.get(i) % (t + 1);
            }
            caps.add(cap);
          }
          return new Case(keys, weights, caps, t);
        }));
  }

  // --- largest remainder --------------------------------------------------------------------

  @Property
  void partsAddUpToTheTotalExactly(@ForAll("cases") Case c) {
    Allocation<Integer> allocation = Apportionment.largestRemainder(Amount.ofOre(c.total()), c.toWeights());
    assertThat(Amount.total(allocation.amounts().values())).isEqualTo(Amount.ofOre(c.total()));
    assertThat(allocation.undistributed()).isEqualTo(Amount.zero());
    Statistics.label("zero weight").collect(c.weights().contains(0L));
    Statistics.label("zero weight").coverage(cov -> cov.check(true).count((n, tries) -> n * 50 >= tries));
  }

  @Property
  void eachPartIsTheFloorOrCeilingOfItsQuota(@ForAll("cases") Case c) {
    Weights<Integer> weights = c.toWeights();
    Allocation<Integer> allocation = Apportionment.largestRemainder(Amount.ofOre(c.total()), weights);
    for (Integer key : weights.keys()) {
      BigInteger[] qr = BigInteger.valueOf(c.total()).multiply(BigInteger.valueOf(weights.weightOf(key)))
          .divideAndRemainder(weights.total());
      long floor = qr[0].longValueExact();
      long amount = allocation.amountOf(key).toOre();
      if (qr[1].signum() == 0) {
        assertThat(amount).isEqualTo(floor);
      } else {
        assertThat(amount).isBetween(floor, floor + 1);
      }
    }
  }

  @Property
  void agreesWithThePlainReferenceImplementation(@ForAll("cases") Case c) {
    Weights<Integer> weights = c.toWeights();
    Allocation<Integer> allocation = Apportionment.largestRemainder(Amount.ofOre(c.total()), weights);
    assertThat(allocation.amounts())
        .isEqualTo(ReferenceApportionment.largestRemainder(c.total(), weights));
    boolean decidedByTie = allocation.certificate().stream()
        .anyMatch(l -> l.tieBreak() == TieBreak.WEIGHT || l.tieBreak() == TieBreak.KEY);
    Statistics.label("tie decided an extra öre").collect(decidedByTie);
    Statistics.label("tie decided an extra öre").coverage(cov -> cov.check(true).count((n, tries) -> n * 50 >= tries));
  }

  @Property
  void zeroWeightGetsZero(@ForAll("cases") Case c) {
    Weights<Integer> weights = c.toWeights();
    Allocation<Integer> allocation = Apportionment.largestRemainder(Amount.ofOre(c.total()), weights);
    for (Integer key : weights.keys()) {
      if (weights.weightOf(key) == 0) {
        assertThat(allocation.amountOf(key)).isEqualTo(Amount.zero());
      }
    }
  }

  @Property
  void largerWeightNeverGetsLess(@ForAll("cases") Case c) {
    Weights<Integer> weights = c.toWeights();
    Allocation<Integer> allocation = Apportionment.largestRemainder(Amount.ofOre(c.total()), weights);
    for (Integer a : weights.keys()) {
      for (Integer b : weights.keys()) {
        if (weights.weightOf(a) > weights.weightOf(b)) {
          assertThat(allocation.amountOf(a)).isGreaterThanOrEqualTo(allocation.amountOf(b));
        }
      }
    }
  }

  @Property
  void inputOrderNeverMatters(@ForAll("cases") Case c, @ForAll long seed) {
    Amount total = Amount.ofOre(c.total());
    Allocation<Integer> sorted = Apportionment.largestRemainder(total, c.toWeights());
    Allocation<Integer> shuffled = Apportionment.largestRemainder(total, c.toWeights(c.order(seed)));
    assertThat(shuffled).isEqualTo(sorted);
    assertThat(Apportionment.capped(total, c.toWeights(c.order(seed)), c.capMap()))
        .isEqualTo(Apportionment.capped(total, c.toWeights(), c.capMap()));
  }

  @Property
  void scalingEveryWeightChangesNothing(@ForAll("cases") Case c,
      @ForAll @LongRange(min = 2, max = 1000) long k) {
    long largest = Collections.max(c.weights());
    Assume.that(largest <= Weights.MAX_WEIGHT / k);
    Weights.Builder<Integer> scaled = Weights.builder();
    for (int i = 0; i < c.keys().size(); i++) {
      scaled.put(c.keys().get(i), c.weights().get(i) * k);
    }
    Amount total = Amount.ofOre(c.total());
    assertThat(Apportionment.largestRemainder(total, scaled.build()).amounts())
        .isEqualTo(Apportionment.largestRemainder(total, c.toWeights()).amounts());
  }

  @Property
  void runningTwiceGivesTheSameResult(@ForAll("cases") Case c) {
    Amount total = Amount.ofOre(c.total());
    assertThat(Apportionment.largestRemainder(total, c.toWeights()))
        .isEqualTo(Apportionment.largestRemainder(total, c.toWeights()));
  }

  @Property
  void certificateExplainsEveryAmount(@ForAll("cases") Case c) {
    Allocation<Integer> allocation = Apportionment.largestRemainder(Amount.ofOre(c.total()), c.toWeights());
    int extras = (int) allocation.certificate().stream().filter(CertificateLine::extraOre).count();
    for (CertificateLine<Integer> line : allocation.certificate()) {
      ExactQuota quota = line.quota().orElseThrow();
      assertThat(quota.floor()).isEqualTo(
          quota.numerator().divide(quota.denominator()).longValueExact());
      assertThat(line.amount().toOre()).isEqualTo(quota.floor() + (line.extraOre() ? 1 : 0));
      assertThat(line.extraOre()).isEqualTo(line.remainderRank().orElseThrow() <= extras);
      assertThat(line.tieBreak() == TieBreak.NONE).isEqualTo(extras == 0);
      assertThat(line.toString()).startsWith(line.key() + ": weight ").endsWith(" kr.");
    }
  }

  // --- base and proportional ----------------------------------------------------------------

  @Property
  void baseAndProportionalGivesEveryoneTheBaseAndAddsUp(@ForAll("cases") Case c,
      @ForAll @LongRange(min = 0, max = 1_000) long base) {
    int n = c.keys().size();
    Assume.that(base * n <= c.total());
    Allocation<Integer> allocation = Apportionment.baseAndProportional(
        Amount.ofOre(c.total()), Amount.ofOre(base), c.toWeights());
    assertThat(Amount.total(allocation.amounts().values())).isEqualTo(Amount.ofOre(c.total()));
    Map<Integer, Amount> rest = ReferenceApportionment.largestRemainder(c.total() - base * n, c.toWeights());
    rest.forEach((key, amount) ->
        assertThat(allocation.amountOf(key)).isEqualTo(amount.plus(Amount.ofOre(base))));
  }

  // --- capped -------------------------------------------------------------------------------

  @Property
  void cappedRespectsCapsAndAddsUp(@ForAll("cases") Case c) {
    Map<Integer, Amount> caps = c.capMap();
    Allocation<Integer> allocation = Apportionment.capped(Amount.ofOre(c.total()), c.toWeights(), caps);
    assertThat(allocation.distributed().plus(allocation.undistributed()))
        .isEqualTo(Amount.ofOre(c.total()));
    assertThat(Amount.total(allocation.amounts().values())).isEqualTo(allocation.distributed());
    caps.forEach((key, cap) -> assertThat(allocation.amountOf(key)).isLessThanOrEqualTo(cap));
    boolean anyBound = allocation.certificate().stream().anyMatch(CertificateLine::capBound);
    Statistics.label("a cap binds").collect(anyBound);
    Statistics.label("a cap binds").coverage(cov -> cov.check(true).count((n, tries) -> n * 50 >= tries));
    Statistics.label("undistributed").collect(allocation.undistributed().signum() > 0);
    Statistics.label("undistributed").coverage(cov -> cov.check(true).count((n, tries) -> n * 50 >= tries));
  }

  @Property
  void undistributedIsWhatTheCapsCannotTake(@ForAll("cases") Case c) {
    Map<Integer, Amount> caps = c.capMap();
    Allocation<Integer> allocation = Apportionment.capped(Amount.ofOre(c.total()), c.toWeights(), caps);
    boolean everyWeightedRecipientCapped = true;
    long capSum = 0;
    for (int i = 0; i < c.keys().size(); i++) {
      if (c.weights().get(i) > 0) {
        everyWeightedRecipientCapped &= c.caps().get(i) >= 0;
        capSum += Math.max(0, c.caps().get(i));
      }
    }
    long expected = everyWeightedRecipientCapped ? Math.max(0, c.total() - capSum) : 0;
    assertThat(allocation.undistributed()).isEqualTo(Amount.ofOre(expected));
  }

  @Property
  void cappedIsTheContinuousSolutionToTheOre(@ForAll("cases") Case c) {
    // The water level: bound caps are at most the share at the final level; every other recipient
    // gets the floor or ceiling of its share of the rest, which stays below its cap.
    Allocation<Integer> allocation = Apportionment.capped(Amount.ofOre(c.total()), c.toWeights(), c.capMap());
    for (CertificateLine<Integer> line : allocation.certificate()) {
      BigInteger pool = BigInteger.valueOf(line.pool().toOre());
      if (line.capBound()) {
        assertThat(line.amount()).isEqualTo(line.cap().orElseThrow());
        for (CertificateLine<Integer> other : allocation.certificate()) {
          other.quota().ifPresent(q -> {
            // cap / weight <= pool / poolWeight, i.e. cap × poolWeight <= pool × weight
            BigInteger lhs = BigInteger.valueOf(line.cap().orElseThrow().toOre()).multiply(q.denominator());
            BigInteger rhs = pool.multiply(BigInteger.valueOf(line.weight()));
            assertThat(lhs).isLessThanOrEqualTo(rhs);
          });
        }
      } else if (line.quota().isPresent()) {
        ExactQuota q = line.quota().get();
        long amount = line.amount().toOre();
        assertThat(amount).isBetween(q.floor(), q.whole() ? q.floor() : q.floor() + 1);
        if (line.weight() > 0) {
          line.cap().ifPresent(cap -> assertThat(
              BigInteger.valueOf(cap.toOre()).multiply(q.denominator())).isGreaterThan(q.numerator()));
        }
      } else {
        assertThat(line.amount()).isEqualTo(Amount.zero());
        assertThat(line.weight()).isZero();
      }
    }
  }

  @Property
  void cappingAtItsOwnResultChangesNothing(@ForAll("cases") Case c) {
    Amount total = Amount.ofOre(c.total());
    Weights<Integer> weights = c.toWeights();
    Allocation<Integer> first = Apportionment.capped(total, weights, c.capMap());
    Allocation<Integer> again = Apportionment.capped(total, weights, first.amounts());
    assertThat(again.amounts()).isEqualTo(first.amounts());
    assertThat(again.undistributed()).isEqualTo(first.undistributed());
  }

  @Property
  void bindingCapsNeverLowerTheOthers(@ForAll("cases") Case c) {
    // What bound caps cannot take raises the level for everyone else: a recipient whose cap does not
    // bind gets at least its uncapped amount, give or take the one öre of rounding.
    Amount total = Amount.ofOre(c.total());
    Weights<Integer> weights = c.toWeights();
    Allocation<Integer> capped = Apportionment.capped(total, weights, c.capMap());
    Allocation<Integer> free = Apportionment.largestRemainder(total, weights);
    for (CertificateLine<Integer> line : capped.certificate()) {
      if (!line.capBound() && line.quota().isPresent()) {
        assertThat(line.amount().toOre()).isGreaterThanOrEqualTo(free.amountOf(line.key()).toOre() - 1);
      }
    }
  }

  // --- selection ----------------------------------------------------------------------------

  @Property
  void selectFindsTheKthLargest(@ForAll("values") List<Long> values, @ForAll @IntRange(min = 1, max = 400) int k) {
    Assume.that(k <= values.size());
    long[] array = values.stream().mapToLong(Long::longValue).toArray();
    long[] sorted = array.clone();
    java.util.Arrays.sort(sorted);
    assertThat(Select.kthLargest(array, k)).isEqualTo(sorted[sorted.length - k]);
  }

  @Provide
  Arbitrary<List<Long>> values() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.longs().between(0, 3)),
        Tuple.of(1, Arbitraries.longs()))
        .list().ofMinSize(1).ofMaxSize(400);
  }
}
