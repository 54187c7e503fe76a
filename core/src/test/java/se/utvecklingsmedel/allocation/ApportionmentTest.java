package se.utvecklingsmedel.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.money.Amount;

/** Example allocations worked by hand. */
class ApportionmentTest {

  private static final Weights<String> ONE_ONE_ONE =
      Weights.<String>builder().put("a", 1).put("b", 1).put("c", 1).build();
  private static final Weights<String> FIVE_THREE_TWO =
      Weights.<String>builder().put("a", 5).put("b", 3).put("c", 2).build();

  @Test
  void oneKronaOverThreeEqualWeights() {
    // 100 öre × 1/3 = 33 1/3 each: floors 33 + 33 + 33 = 99, one extra öre; remainders and weights
    // tie, so key order gives it to "a".
    Allocation<String> allocation = Apportionment.largestRemainder(Amount.ofKronor(1), ONE_ONE_ONE);

    assertThat(allocation.amounts()).containsExactly(
        Map.entry("a", Amount.ofOre(34)), Map.entry("b", Amount.ofOre(33)),
        Map.entry("c", Amount.ofOre(33)));
    assertThat(allocation.undistributed()).isEqualTo(Amount.zero());
    assertThat(allocation.distributed()).isEqualTo(Amount.ofKronor(1));
    CertificateLine<String> a = allocation.certificateOf("a");
    assertThat(a.quota()).contains(quota(100, 3));
    assertThat(a.floor()).isEqualTo(Amount.ofOre(33));
    assertThat(a.remainderRank()).isEqualTo(OptionalInt.of(1));
    assertThat(a.extraOre()).isTrue();
    assertThat(a.tieBreak()).isEqualTo(TieBreak.KEY);
    CertificateLine<String> c = allocation.certificateOf("c");
    assertThat(c.remainderRank()).isEqualTo(OptionalInt.of(3));
    assertThat(c.extraOre()).isFalse();
    assertThat(c.tieBreak()).isEqualTo(TieBreak.KEY);
    assertThat(a).hasToString("a: weight 1 of 3 in a pool of 1.00 kr gives the exact quota "
        + "100/3 öre (33 + 1/3); floor 33 öre; remainder rank 1 of 3, so 1 extra öre (remainders and "
        + "weights tied, decided by key order); amount 0.34 kr.");
  }

  @Test
  void nineOreOverFiveThreeTwoIsHamiltonNotRatioOrder() {
    // Quotas 4.5, 2.7, 1.8: floors 4, 2, 1 = 7; the two extra öre go to the largest remainders .8 and
    // .7, giving 4, 3, 2 — not 5, 3, 1 as handing extras out by weight would.
    Allocation<String> allocation = Apportionment.largestRemainder(Amount.ofOre(9), FIVE_THREE_TWO);

    assertThat(allocation.amounts()).containsExactly(
        Map.entry("a", Amount.ofOre(4)), Map.entry("b", Amount.ofOre(3)),
        Map.entry("c", Amount.ofOre(2)));
    assertThat(allocation.certificateOf("c").remainderRank()).isEqualTo(OptionalInt.of(1));
    assertThat(allocation.certificateOf("b").remainderRank()).isEqualTo(OptionalInt.of(2));
    assertThat(allocation.certificateOf("a").remainderRank()).isEqualTo(OptionalInt.of(3));
    assertThat(allocation.certificate()).extracting(CertificateLine::tieBreak)
        .containsOnly(TieBreak.REMAINDER);
    assertThat(allocation.certificateOf("a")).hasToString("a: weight 5 of 10 in a pool of 0.09 kr "
        + "gives the exact quota 45/10 öre (4 + 5/10); floor 4 öre; remainder rank 3 of 3, so no "
        + "extra öre (decided by remainder); amount 0.04 kr.");
  }

  @Test
  void equalRemaindersAndWeightsAreDecidedByKeyOrder() {
    // 3 öre over a:2, b:2, c:4, d:4 (sum 12): quotas 6/12, 6/12, 12/12, 12/12 → floors 0, 0, 1, 1;
    // one extra öre; a and b tie on remainder 6/12 and on weight, so key order gives it to a.
    Weights<String> weights = Weights.<String>builder()
        .put("a", 2).put("b", 2).put("c", 4).put("d", 4).build();
    Allocation<String> allocation = Apportionment.largestRemainder(Amount.ofOre(3), weights);
    assertThat(allocation.amounts().values()).containsExactly(
        Amount.ofOre(1), Amount.ofOre(0), Amount.ofOre(1), Amount.ofOre(1));
    assertThat(allocation.certificateOf("a").tieBreak()).isEqualTo(TieBreak.KEY);
    assertThat(allocation.certificateOf("b").tieBreak()).isEqualTo(TieBreak.KEY);
    assertThat(allocation.certificateOf("c").tieBreak()).isEqualTo(TieBreak.REMAINDER);
  }

  @Test
  void equalRemaindersAreDecidedByTheLargerWeight() {
    // 4 öre over r1:1, r2:2, r3:5 (sum 8): quotas 4/8, 8/8, 20/8 → floors 0, 1, 2; one extra öre;
    // r1 and r3 tie on remainder 4/8 and the larger weight, r3, wins it.
    Weights<String> weights = Weights.<String>builder().put("r1", 1).put("r2", 2).put("r3", 5).build();
    Allocation<String> allocation = Apportionment.largestRemainder(Amount.ofOre(4), weights);
    assertThat(allocation.amounts().values()).containsExactly(
        Amount.ofOre(0), Amount.ofOre(1), Amount.ofOre(3));
    assertThat(allocation.certificateOf("r3").tieBreak()).isEqualTo(TieBreak.WEIGHT);
    assertThat(allocation.certificateOf("r1").tieBreak()).isEqualTo(TieBreak.WEIGHT);
    assertThat(allocation.certificateOf("r2").tieBreak()).isEqualTo(TieBreak.REMAINDER);
  }

  @Test
  void fiftyMillionKronorOverTwoHundredNinetyEqualWeights() {
    // 5 000 000 000 öre / 290 = 17 241 379 rest 90: the first 90 keys in key order get one öre more.
    Weights.Builder<String> builder = Weights.builder();
    for (int i = 0; i < 290; i++) {
      builder.put(String.format("%04d", 1000 + i), 1);
    }
    Allocation<String> allocation =
        Apportionment.largestRemainder(Amount.ofKronor(50_000_000), builder.build());

    assertThat(allocation.amounts().values())
        .filteredOn(a -> a.equals(Amount.parse("172 413,80 kr"))).hasSize(90);
    assertThat(allocation.amounts().values())
        .filteredOn(a -> a.equals(Amount.parse("172 413,79 kr"))).hasSize(200);
    assertThat(allocation.amountOf("1089")).isEqualTo(Amount.parse("172413.80"));
    assertThat(allocation.amountOf("1090")).isEqualTo(Amount.parse("172413.79"));
    assertThat(Amount.total(allocation.amounts().values())).isEqualTo(Amount.ofKronor(50_000_000));
  }

  @Test
  void fiftyMillionKronorOverTwoHundredNinetyUnequalWeights() {
    // Weights 1..290 sum to 42 195. Recipient w gets 5e9 × w / 42 195 öre, floor or ceiling.
    Weights.Builder<Integer> builder = Weights.builder();
    for (int w = 1; w <= 290; w++) {
      builder.put(w, w);
    }
    Allocation<Integer> allocation =
        Apportionment.largestRemainder(Amount.ofKronor(50_000_000), builder.build());

    assertThat(Amount.total(allocation.amounts().values())).isEqualTo(Amount.ofKronor(50_000_000));
    // 5e9 / 42195 = 118 497.45…; w = 1 gets 118 497 or 118 498 öre; w = 290: 34 364 261.16… öre.
    assertThat(allocation.amountOf(1).toOre()).isBetween(118_497L, 118_498L);
    assertThat(allocation.amountOf(290).toOre()).isBetween(34_364_261L, 34_364_262L);
    for (CertificateLine<Integer> line : allocation.certificate()) {
      assertThat(line.quota().orElseThrow().denominator()).isEqualTo(BigInteger.valueOf(42_195));
    }
  }

  @Test
  void zeroTotalGivesEveryoneZero() {
    Allocation<String> allocation = Apportionment.largestRemainder(Amount.zero(), FIVE_THREE_TWO);
    assertThat(allocation.amounts().values()).containsOnly(Amount.zero());
    assertThat(allocation.certificate()).extracting(CertificateLine::tieBreak)
        .containsOnly(TieBreak.NONE);
  }

  @Test
  void zeroWeightGetsZero() {
    Weights<String> weights = Weights.<String>builder().put("a", 0).put("b", 1).put("c", 2).build();
    Allocation<String> allocation = Apportionment.largestRemainder(Amount.ofOre(10), weights);
    assertThat(allocation.amounts().values()).containsExactly(
        Amount.zero(), Amount.ofOre(3), Amount.ofOre(7));
  }

  @Test
  void baseAmountThenProportional() {
    // 1 000 öre: base 100 to each of three = 300, the other 700 by weights 5, 3, 2 → 350, 210, 140.
    Allocation<String> allocation =
        Apportionment.baseAndProportional(Amount.ofOre(1000), Amount.ofOre(100), FIVE_THREE_TWO);
    assertThat(allocation.amounts().values()).containsExactly(
        Amount.ofOre(450), Amount.ofOre(310), Amount.ofOre(240));
    CertificateLine<String> a = allocation.certificateOf("a");
    assertThat(a.base()).isEqualTo(Amount.ofOre(100));
    assertThat(a.pool()).isEqualTo(Amount.ofOre(700));
    assertThat(a).hasToString("a: weight 5 of 10 in a pool of 7.00 kr gives the exact quota "
        + "3500/10 öre (350 + 0/10); floor 350 öre; remainder rank 1 of 3, so no extra öre (no extra "
        + "öre were contested); plus the base amount 1.00 kr; amount 4.50 kr.");
  }

  @Test
  void baseAmountReachesZeroWeightRecipients() {
    Weights<String> weights = Weights.<String>builder().put("a", 0).put("b", 1).build();
    Allocation<String> allocation =
        Apportionment.baseAndProportional(Amount.ofOre(250), Amount.ofOre(100), weights);
    assertThat(allocation.amounts().values()).containsExactly(Amount.ofOre(100), Amount.ofOre(150));
  }

  @Test
  void baseAmountsMayUseTheWholeTotal() {
    Allocation<String> allocation =
        Apportionment.baseAndProportional(Amount.ofOre(300), Amount.ofOre(100), ONE_ONE_ONE);
    assertThat(allocation.amounts().values()).containsOnly(Amount.ofOre(100));
  }

  @Test
  void aBindingCapIsMetExactlyAndTheRestFlowsOn() {
    // 100 öre over a:1, b:1, c:2 would be 25, 25, 50. c's cap of 30 binds; the 70 left go to a and b.
    Weights<String> weights = Weights.<String>builder().put("a", 1).put("b", 1).put("c", 2).build();
    Allocation<String> allocation = Apportionment.capped(Amount.ofOre(100), weights,
        Map.of("c", Amount.ofOre(30), "a", Amount.ofOre(40)));

    assertThat(allocation.amounts().values()).containsExactly(
        Amount.ofOre(35), Amount.ofOre(35), Amount.ofOre(30));
    assertThat(allocation.undistributed()).isEqualTo(Amount.zero());
    CertificateLine<String> c = allocation.certificateOf("c");
    assertThat(c.capBound()).isTrue();
    assertThat(c.quota()).isEmpty();
    assertThat(c.remainderRank()).isEmpty();
    assertThat(c).hasToString("c: weight 2; its cap of 0.30 kr binds, since its exact quota of the "
        + "pool would be at least as large, so it receives exactly its cap; amount 0.30 kr.");
    CertificateLine<String> a = allocation.certificateOf("a");
    assertThat(a.capBound()).isFalse();
    assertThat(a.cap()).contains(Amount.ofOre(40));
    assertThat(a.pool()).isEqualTo(Amount.ofOre(70));
    assertThat(a.quota()).contains(quota(70, 2));
    assertThat(a).hasToString("a: weight 1 of 2 in a pool of 0.70 kr gives the exact quota 70/2 öre "
        + "(35 + 0/2); floor 35 öre; remainder rank 1 of 2, so no extra öre (no extra öre were "
        + "contested); its cap of 0.40 kr does not bind; amount 0.35 kr.");
  }

  @Test
  void anAllocationKnowsHowItWasMade() {
    Allocation<String> capped = Apportionment.capped(Amount.ofOre(100), ONE_ONE_ONE,
        Map.of("b", Amount.ofOre(10), "a", Amount.ofOre(90)));
    assertThat(capped.scheme()).isEqualTo(Allocation.Scheme.CAPPED);
    assertThat(capped.caps()).containsExactly(Map.entry("a", Amount.ofOre(90)),
        Map.entry("b", Amount.ofOre(10)));
    assertThat(capped.base()).isEqualTo(Amount.zero());
    Allocation<String> base =
        Apportionment.baseAndProportional(Amount.ofOre(1000), Amount.ofOre(100), FIVE_THREE_TWO);
    assertThat(base.scheme()).isEqualTo(Allocation.Scheme.BASE_AND_PROPORTIONAL);
    assertThat(base.base()).isEqualTo(Amount.ofOre(100));
    assertThat(base.caps()).isEmpty();
    assertThat(Apportionment.largestRemainder(Amount.ofOre(9), FIVE_THREE_TWO).scheme())
        .isEqualTo(Allocation.Scheme.LARGEST_REMAINDER);
    assertThat(Allocation.Scheme.CAPPED).hasToString("capped proportion");
  }

  @Test
  void capsThatCascade() {
    // 120 öre over 1, 1, 1, 1 = 30 each. a's cap 10 binds → 110 over three = 36.67; b's cap 20 binds →
    // 90 over two = 45 each; c's cap 45 equals its share and counts as binding; d gets 45.
    Weights<String> weights = Weights.<String>builder()
        .put("a", 1).put("b", 1).put("c", 1).put("d", 1).build();
    Allocation<String> allocation = Apportionment.capped(Amount.ofOre(120), weights,
        Map.of("a", Amount.ofOre(10), "b", Amount.ofOre(20), "c", Amount.ofOre(45)));
    assertThat(allocation.amounts().values()).containsExactly(
        Amount.ofOre(10), Amount.ofOre(20), Amount.ofOre(45), Amount.ofOre(45));
    assertThat(allocation.certificate()).extracting(CertificateLine::capBound)
        .containsExactly(true, true, true, false);
  }

  @Test
  void capsBelowTheTotalLeaveAnUndistributedRemainder() {
    Weights<String> weights = Weights.<String>builder().put("a", 1).put("b", 3).build();
    Allocation<String> allocation = Apportionment.capped(Amount.ofOre(100), weights,
        Map.of("a", Amount.ofOre(10), "b", Amount.ofOre(20)));
    assertThat(allocation.amounts().values()).containsExactly(Amount.ofOre(10), Amount.ofOre(20));
    assertThat(allocation.undistributed()).isEqualTo(Amount.ofOre(70));
    assertThat(allocation.distributed()).isEqualTo(Amount.ofOre(30));
    assertThat(allocation).hasToString("Allocation of 1.00 kr among 2 recipients by capped "
        + "proportion: distributed 0.30 kr, undistributed 0.70 kr");
  }

  @Test
  void zeroWeightOutsideAFullyCappedPoolTakesNoPart() {
    Weights<String> weights = Weights.<String>builder().put("a", 1).put("z", 0).build();
    Allocation<String> allocation =
        Apportionment.capped(Amount.ofOre(100), weights, Map.of("a", Amount.ofOre(10)));
    assertThat(allocation.amounts().values()).containsExactly(Amount.ofOre(10), Amount.zero());
    assertThat(allocation.undistributed()).isEqualTo(Amount.ofOre(90));
    CertificateLine<String> z = allocation.certificateOf("z");
    assertThat(z.quota()).isEmpty();
    assertThat(z.capBound()).isFalse();
    assertThat(z.floor()).isEqualTo(Amount.zero());
    assertThat(z.rankedAmong()).isZero();
    assertThat(z).hasToString("z: weight 0 takes no part in the pool; amount 0.00 kr.");
  }

  @Test
  void uncappedRecipientTakesWhatTheCappedCannot() {
    Weights<String> weights = Weights.<String>builder().put("a", 1).put("b", 1).build();
    Allocation<String> allocation =
        Apportionment.capped(Amount.ofOre(100), weights, Map.of("a", Amount.ofOre(10)));
    assertThat(allocation.amounts().values()).containsExactly(Amount.ofOre(10), Amount.ofOre(90));
    assertThat(allocation.undistributed()).isEqualTo(Amount.zero());
  }

  @Test
  void cappedWithoutCapsIsLargestRemainder() {
    Allocation<String> capped = Apportionment.capped(Amount.ofOre(9), FIVE_THREE_TWO, Map.of());
    Allocation<String> plain = Apportionment.largestRemainder(Amount.ofOre(9), FIVE_THREE_TWO);
    assertThat(capped.amounts()).isEqualTo(plain.amounts());
    assertThat(capped.certificate()).isEqualTo(plain.certificate());
  }

  @Test
  void hugeWeightSumsAreExact() {
    // 9 300 weights of 10^15 sum beyond a long: every quota must still be exact.
    Weights.Builder<Integer> builder = Weights.builder();
    for (int i = 0; i < 9_300; i++) {
      builder.put(i, Weights.MAX_WEIGHT - (i % 3));
    }
    Weights<Integer> weights = builder.build();
    assertThat(weights.total().bitLength()).isGreaterThan(63);
    Allocation<Integer> allocation =
        Apportionment.largestRemainder(Amount.ofOre(Long.MAX_VALUE), weights);
    assertThat(allocation.distributed()).isEqualTo(Amount.ofOre(Long.MAX_VALUE));
    assertThat(allocation.amounts()).isEqualTo(
        ReferenceApportionment.largestRemainder(Long.MAX_VALUE, weights));
  }

  @Test
  void divisionByReciprocalIsExactAtItsEdges() {
    // A weight sum of 1 and the largest pool: the quotient is the whole pool.
    Weights<String> one = Weights.<String>builder().put("a", 1).put("z", 0).build();
    assertThat(Apportionment.largestRemainder(Amount.ofOre(Long.MAX_VALUE), one).amountOf("a"))
        .isEqualTo(Amount.ofOre(Long.MAX_VALUE));
    // A weight sum just below 2^63 (9 000 × 10^15 + 3) with products that still fit a long.
    Weights.Builder<Integer> builder = Weights.builder();
    for (int i = 0; i < 9_000; i++) {
      builder.put(i, Weights.MAX_WEIGHT);
    }
    Weights<Integer> near = builder.put(-1, 3).build();
    assertThat(near.total().bitLength()).isEqualTo(63);
    for (long pool : new long[] {0, 1, 8_999, 9_001, 9_223}) {
      assertThat(Apportionment.largestRemainder(Amount.ofOre(pool), near).amounts())
          .isEqualTo(ReferenceApportionment.largestRemainder(pool, near));
    }
  }

  @Test
  void hugeProductsAreExact() {
    Weights<String> weights = Weights.<String>builder()
        .put("a", Weights.MAX_WEIGHT).put("b", Weights.MAX_WEIGHT - 1).put("c", 7).build();
    Allocation<String> allocation =
        Apportionment.largestRemainder(Amount.ofOre(Long.MAX_VALUE), weights);
    assertThat(allocation.amounts())
        .isEqualTo(ReferenceApportionment.largestRemainder(Long.MAX_VALUE, weights));
  }

  @Test
  void allocationValueSemantics() {
    Allocation<String> one = Apportionment.largestRemainder(Amount.ofOre(9), FIVE_THREE_TWO);
    Allocation<String> same = Apportionment.largestRemainder(Amount.ofOre(9), FIVE_THREE_TWO);
    Allocation<String> other = Apportionment.largestRemainder(Amount.ofOre(10), FIVE_THREE_TWO);
    Allocation<String> otherMethod = Apportionment.capped(Amount.ofOre(9), FIVE_THREE_TWO, Map.of());
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other)
        .isNotEqualTo(otherMethod).isNotEqualTo("x");
    assertThat(one.keys()).containsExactly("a", "b", "c");
    assertThat(one.weights()).isEqualTo(FIVE_THREE_TWO);
    assertThat(one.total()).isEqualTo(Amount.ofOre(9));
    assertThat(one).hasToString("Allocation of 0.09 kr among 3 recipients by largest remainder: "
        + "distributed 0.09 kr, undistributed 0.00 kr");
    CertificateLine<String> line = one.certificateOf("a");
    assertThat(line).isEqualTo(same.certificateOf("a")).hasSameHashCodeAs(same.certificateOf("a"))
        .isNotEqualTo(one.certificateOf("b")).isNotEqualTo(other.certificateOf("a"))
        .isNotEqualTo("a");
    assertThat(line.key()).isEqualTo("a");
    assertThat(line.weight()).isEqualTo(5);
    assertThat(line.cap()).isEqualTo(Optional.empty());
    assertThat(line.rankedAmong()).isEqualTo(3);
    assertThat(line.amount()).isEqualTo(Amount.ofOre(4));
  }

  @Test
  void exactQuotaValueSemantics() {
    ExactQuota half = ExactQuota.of(9, 5, BigInteger.TEN);
    assertThat(half).isEqualTo(ExactQuota.of(9, 5, BigInteger.TEN))
        .hasSameHashCodeAs(ExactQuota.of(9, 5, BigInteger.TEN))
        .isNotEqualTo(ExactQuota.of(9, 5, BigInteger.valueOf(11)))
        .isNotEqualTo(ExactQuota.of(9, 4, BigInteger.TEN))
        .isNotEqualTo("45/10");
    assertThat(half.hashCode()).isNotEqualTo(ExactQuota.of(9, 4, BigInteger.TEN).hashCode())
        .isNotEqualTo(ExactQuota.of(9, 5, BigInteger.valueOf(11)).hashCode());
    assertThat(half.numerator()).isEqualTo(BigInteger.valueOf(45));
    assertThat(half.whole()).isFalse();
    assertThat(ExactQuota.of(10, 5, BigInteger.TEN).whole()).isTrue();
    assertThat(half).hasToString("45/10 öre (4 + 5/10)");
  }

  @Test
  void unequalResultsHashDifferently() {
    Allocation<String> nine = Apportionment.largestRemainder(Amount.ofOre(9), FIVE_THREE_TWO);
    Allocation<String> ten = Apportionment.largestRemainder(Amount.ofOre(10), FIVE_THREE_TWO);
    assertThat(nine.hashCode()).isNotEqualTo(ten.hashCode());
    assertThat(nine.certificateOf("a").hashCode()).isNotEqualTo(ten.certificateOf("a").hashCode());
    assertThat(FIVE_THREE_TWO.hashCode()).isNotEqualTo(ONE_ONE_ONE.hashCode())
        .isNotEqualTo(Weights.<String>builder().put("a", 5).put("b", 3).put("c", 3).build().hashCode());
  }

  @Test
  void rejectsUnknownRecipient() {
    Allocation<String> allocation = Apportionment.largestRemainder(Amount.ofOre(9), FIVE_THREE_TWO);
    assertThatIllegalArgumentException().isThrownBy(() -> allocation.amountOf("x"))
        .withMessage("Weights: recipient x has no weight");
    assertThatIllegalArgumentException().isThrownBy(() -> allocation.certificateOf("x"))
        .withMessage("Weights: recipient x has no weight");
  }

  @Test
  void rejectsBaseAmountsAboveTheTotal() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Apportionment.baseAndProportional(Amount.ofOre(299), Amount.ofOre(100),
            ONE_ONE_ONE))
        .withMessage("Apportionment 'base': 3 recipients × 1.00 kr must not exceed the total 2.99 kr");
  }

  @Test
  void rejectsBaseAmountsBeyondTheRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Apportionment.baseAndProportional(Amount.ofOre(Long.MAX_VALUE),
            Amount.ofOre(Long.MAX_VALUE / 2), ONE_ONE_ONE))
        .withMessageStartingWith("Apportionment 'base': 3 recipients × ");
  }

  @Test
  void rejectsCapForUnknownRecipient() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Apportionment.capped(Amount.ofOre(9), FIVE_THREE_TWO,
            Map.of("x", Amount.ofOre(1))))
        .withMessage("Apportionment 'caps': recipient x has a cap but no weight");
  }

  @Test
  void rejectsNullCap() {
    Map<String, Amount> caps = new HashMap<>();
    caps.put("a", null);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Apportionment.capped(Amount.ofOre(9), FIVE_THREE_TWO, caps))
        .withMessage("Apportionment 'caps': the cap of recipient a is null");
    Map<String, Amount> nullKey = new HashMap<>();
    nullKey.put(null, Amount.ofOre(1));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Apportionment.capped(Amount.ofOre(9), FIVE_THREE_TWO, nullKey))
        .withMessage("Apportionment 'caps' must not have a null recipient");
  }

  @Test
  void rejectsNullArguments() {
    Amount nine = Amount.ofOre(9);
    assertThatNullPointerException()
        .isThrownBy(() -> Apportionment.largestRemainder(null, FIVE_THREE_TWO))
        .withMessage("Apportionment 'total' must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> Apportionment.largestRemainder(nine, null))
        .withMessage("Apportionment 'weights' must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> Apportionment.baseAndProportional(null, nine, FIVE_THREE_TWO))
        .withMessage("Apportionment 'total' must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> Apportionment.baseAndProportional(nine, null, FIVE_THREE_TWO))
        .withMessage("Apportionment 'base' must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> Apportionment.baseAndProportional(nine, nine, null))
        .withMessage("Apportionment 'weights' must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> Apportionment.capped(null, FIVE_THREE_TWO, Map.of()))
        .withMessage("Apportionment 'total' must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> Apportionment.<String>capped(nine, null, Map.of()))
        .withMessage("Apportionment 'weights' must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> Apportionment.capped(nine, FIVE_THREE_TWO, null))
        .withMessage("Apportionment 'caps' must not be null");
  }

  @Test
  void comparesProductsBeyondALong() {
    long big = Long.MAX_VALUE;
    assertThat(Apportionment.compareProducts(big, big, big, big - 1)).isPositive();
    assertThat(Apportionment.compareProducts(big, big - 1, big, big)).isNegative();
    assertThat(Apportionment.compareProducts(3, 4, 2, 6)).isZero();
    assertThat(Apportionment.compareProducts(1L << 40, 1L << 30, 1L << 35, 1L << 35)).isZero();
    assertThat(Apportionment.compareProducts(0xFFFF_FFFFL, 0xFFFF_FFFFL, 1, 0xFFFF_FFFF_0000_0000L >>> 1))
        .isPositive();
  }

  private static ExactQuota quota(long numerator, long denominator) {
    return ExactQuota.of(numerator, 1, BigInteger.valueOf(denominator));
  }
}
