package se.utvecklingsmedel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class AmountProperties {

  @Provide
  Arbitrary<Amount> amounts() {
    return Arbitraries.longs().between(0, Long.MAX_VALUE).map(Amount::ofOre)
        .edgeCases(edges -> edges.add(Amount.zero(), Amount.ofOre(Long.MAX_VALUE)));
  }

  @Property
  void canonicalFormRoundTrips(@ForAll("amounts") Amount amount) {
    assertThat(Amount.parse(amount.toString())).isEqualTo(amount);
  }

  @Property
  void swedishFormRoundTrips(@ForAll("amounts") Amount amount) {
    assertThat(Amount.parse(amount.toSwedishString())).isEqualTo(amount);
  }

  @Property
  void bigDecimalIsExact(@ForAll("amounts") Amount amount) {
    assertThat(amount.toBigDecimal().movePointRight(2).longValueExact()).isEqualTo(amount.toOre());
  }

  @Property
  void plusThenMinusIsIdentity(@ForAll("amounts") Amount a, @ForAll("amounts") Amount b) {
    BigInteger exact = BigInteger.valueOf(a.toOre()).add(BigInteger.valueOf(b.toOre()));
    if (exact.bitLength() < Long.SIZE) {
      assertThat(a.plus(b).minus(b)).isEqualTo(a);
      assertThat(a.plus(b)).isEqualTo(b.plus(a));
    } else {
      assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> a.plus(b));
    }
  }

  @Property
  void minusOrZeroIsNeverNegativeAndAgreesWithMinus(@ForAll("amounts") Amount a,
      @ForAll("amounts") Amount b) {
    Amount difference = a.minusOrZero(b);
    if (a.compareTo(b) >= 0) {
      assertThat(difference).isEqualTo(a.minus(b));
    } else {
      assertThat(difference).isEqualTo(Amount.zero());
      assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> a.minus(b));
    }
  }

  @Property
  void multiplicationIsCheckedExactly(@ForAll("amounts") Amount a,
      @ForAll @LongRange(min = 0, max = 1_000_000) long factor) {
    BigInteger exact = BigInteger.valueOf(a.toOre()).multiply(BigInteger.valueOf(factor));
    if (exact.bitLength() < Long.SIZE) {
      assertThat(a.multipliedBy(factor).toOre()).isEqualTo(exact.longValueExact());
    } else {
      assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> a.multipliedBy(factor));
    }
  }

  /** The collector agrees with the exact sum, and overflows as {@code total} does. */
  @Property
  void summingIsTheExactTotal(@ForAll java.util.List<@LongRange(min = 0, max = Long.MAX_VALUE / 4)
      Long> ore) {
    BigInteger exact = ore.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
    if (exact.bitLength() < Long.SIZE) {
      assertThat(ore.stream().map(Amount::ofOre).collect(Amount.summing()).toOre())
          .isEqualTo(exact.longValueExact());
      assertThat(ore.stream().map(Amount::ofOre).collect(Amount.summing()))
          .isEqualTo(Amount.total(ore.stream().map(Amount::ofOre).toList()));
    } else {
      assertThatExceptionOfType(ArithmeticException.class)
          .isThrownBy(() -> ore.stream().map(Amount::ofOre).collect(Amount.summing()));
    }
  }
}
