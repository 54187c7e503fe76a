package se.utvecklingsmedel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTest {

  private static final Amount FIFTY_MSEK = Amount.ofKronor(50_000_000);
  private static final Amount MAX = Amount.ofOre(Long.MAX_VALUE);

  @Test
  void factoriesAgree() {
    assertThat(Amount.ofKronor(12)).isEqualTo(Amount.ofOre(1200));
    assertThat(Amount.ofKronor(0)).isSameAs(Amount.zero());
    assertThat(Amount.zero()).isEqualTo(Amount.ofOre(0));
    assertThat(Amount.zero().signum()).isZero();
    assertThat(Amount.ofOre(1).signum()).isOne();
    assertThat(FIFTY_MSEK.signum()).isOne();
    assertThat(FIFTY_MSEK.toOre()).isEqualTo(5_000_000_000L);
    assertThat(Amount.ofKronor(92_233_720_368_547_758L).toOre()).isEqualTo(9_223_372_036_854_775_800L);
  }

  @Test
  void rejectsNegativeOre() {
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.ofOre(-1))
        .withMessage("Amount 'ore' must not be negative, but was -1");
  }

  @Test
  void rejectsNegativeKronor() {
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.ofKronor(-5))
        .withMessage("Amount 'kronor' must not be negative, but was -5");
  }

  @Test
  void rejectsKronorBeyondRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.ofKronor(92_233_720_368_547_759L))
        .withMessage("Amount 'kronor' must be at most 92233720368547758, but was 92233720368547759");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1234.56            | 123456",
      "0                  | 0",
      "0.00               | 0",
      "5                  | 500",
      "5.5                | 550",
      "0.01               | 1",
      "50000000.00        | 5000000000",
      "'1 234,56 kr'      | 123456",
      "'1 234,56'         | 123456",
      "'1234,56 kr'       | 123456",
      "'50 000 000,00 kr' | 5000000000",
      "'5 kr'             | 500",
      "'5kr'              | 500",
      "'999,9'            | 99990",
      "'  12.30  '        | 1230",
      "92233720368547758.07 | 9223372036854775807",
  })
  void parsesCanonicalAndSwedishForms(String text, long ore) {
    assertThat(Amount.parse(text)).isEqualTo(Amount.ofOre(ore));
  }

  @Test
  void parsesEverySwedishGroupSeparator() {
    assertThat(Amount.parse("1\u00A0234,56\u00A0kr")).isEqualTo(Amount.ofOre(123456));
    assertThat(Amount.parse("1\u202F234\u202F567,00 kr")).isEqualTo(Amount.ofOre(123456700));
    assertThat(Amount.parse("1\u2009234,56")).isEqualTo(Amount.ofOre(123456));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1,2,3", "1.234,56", "1 23,00", "12 34", "+5", "1e3", ".5", "5.",
      "5,", "kr", "1 234.56", "0x10", "5 SEK", "1,234.56", "١٢٣"})
  void rejectsMalformedText(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse(text))
        .withMessage("Amount text '" + text + "' is malformed: expected the form 1234.56 or 1 234,56 kr");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.234", "1,999", "0.001 kr", "7,1234 kr"})
  void rejectsMoreThanTwoDecimals(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse(text))
        .withMessage("Amount text '" + text + "' has more than two decimals: an amount is whole öre");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-0.01", "-1 234,56 kr"})
  void rejectsNegativeText(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse(text))
        .withMessage("Amount text '" + text + "' is negative: an amount must not be negative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t"})
  void rejectsEmptyText(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse(text))
        .withMessage("Amount text must not be empty");
  }

  @Test
  void rejectsNullText() {
    assertThatNullPointerException().isThrownBy(() -> Amount.parse(null))
        .withMessage("Amount 'text' must not be null");
  }

  @Test
  void rejectsTextBeyondRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse("92233720368547758.08"))
        .withMessage("Amount text '92233720368547758.08' is beyond the range: at most "
            + "92233720368547758.07 kr");
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse("100000000000000000000"))
        .withMessageContaining("is beyond the range");
  }

  @Test
  void formsCanonicalText() {
    assertThat(Amount.zero()).hasToString("0.00");
    assertThat(Amount.ofOre(1)).hasToString("0.01");
    assertThat(Amount.ofOre(10)).hasToString("0.10");
    assertThat(Amount.ofOre(123456)).hasToString("1234.56");
    assertThat(FIFTY_MSEK).hasToString("50000000.00");
    assertThat(MAX).hasToString("92233720368547758.07");
  }

  @Test
  void formsSwedishText() {
    assertThat(FIFTY_MSEK.toSwedishString()).isEqualTo("50 000 000,00 kr");
    assertThat(Amount.zero().toSwedishString()).isEqualTo("0,00 kr");
    assertThat(Amount.ofOre(5).toSwedishString()).isEqualTo("0,05 kr");
    assertThat(Amount.ofOre(99).toSwedishString()).isEqualTo("0,99 kr");
    assertThat(Amount.ofOre(100).toSwedishString()).isEqualTo("1,00 kr");
    assertThat(Amount.ofOre(123456).toSwedishString()).isEqualTo("1 234,56 kr");
    assertThat(Amount.ofOre(12345678).toSwedishString()).isEqualTo("123 456,78 kr");
    assertThat(Amount.ofOre(560_000_010).toSwedishString()).isEqualTo("5 600 000,10 kr");
    assertThat(MAX.toSwedishString()).isEqualTo("92 233 720 368 547 758,07 kr");
  }

  @Test
  void toBigDecimalIsExact() {
    assertThat(Amount.ofOre(123456).toBigDecimal()).isEqualTo(new BigDecimal("1234.56"));
    assertThat(MAX.toBigDecimal()).isEqualTo(new BigDecimal("92233720368547758.07"));
  }

  @Test
  void addsAndSubtracts() {
    Amount requisitioned = Amount.ofKronor(44_400_000);
    assertThat(FIFTY_MSEK.minus(requisitioned)).isEqualTo(Amount.ofKronor(5_600_000));
    assertThat(requisitioned.plus(Amount.ofKronor(5_600_000))).isEqualTo(FIFTY_MSEK);
    assertThat(FIFTY_MSEK.minus(FIFTY_MSEK)).isEqualTo(Amount.zero());
    assertThat(MAX.minus(Amount.ofOre(7)).plus(Amount.ofOre(7))).isEqualTo(MAX);
  }

  @Test
  void minusBelowZeroThrowsNamingBothAmounts() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Amount.ofOre(300).minus(Amount.ofOre(500)))
        .withMessage("Amount 3.00 minus 5.00 would be negative: an amount cannot be negative");
  }

  @Test
  void minusOrZeroStopsAtZero() {
    assertThat(Amount.ofOre(300).minusOrZero(Amount.ofOre(500))).isEqualTo(Amount.zero());
    assertThat(Amount.ofOre(500).minusOrZero(Amount.ofOre(500))).isEqualTo(Amount.zero());
    assertThat(Amount.ofOre(500).minusOrZero(Amount.ofOre(300))).isEqualTo(Amount.ofOre(200));
  }

  @Test
  void plusOverflowThrows() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> MAX.plus(Amount.ofOre(1)))
        .withMessage("Amount overflow: 92233720368547758.07 plus 0.01 is beyond the range of an Amount");
  }

  @Test
  void multipliesExactly() {
    assertThat(Amount.ofKronor(1_000_000).multipliedBy(50)).isEqualTo(FIFTY_MSEK);
    assertThat(Amount.ofOre(7).multipliedBy(0)).isEqualTo(Amount.zero());
    assertThat(Amount.ofOre(7).multipliedBy(1)).isEqualTo(Amount.ofOre(7));
  }

  @Test
  void multiplyOverflowThrows() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> MAX.multipliedBy(2))
        .withMessage("Amount overflow: 92233720368547758.07 multiplied by 2 is beyond the range of "
            + "an Amount");
  }

  @Test
  void multiplyRejectsNegativeFactor() {
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.ofOre(7).multipliedBy(-1))
        .withMessage("Amount 'factor' must not be negative, but was -1");
  }

  @Test
  void totals() {
    assertThat(Amount.total()).isEqualTo(Amount.zero());
    assertThat(Amount.total(Amount.ofOre(1), Amount.ofOre(2), Amount.ofOre(3)))
        .isEqualTo(Amount.ofOre(6));
    assertThat(Amount.total(List.of(Amount.ofKronor(44_400_000), Amount.ofKronor(5_600_000))))
        .isEqualTo(FIFTY_MSEK);
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Amount.total(MAX, Amount.ofOre(1)));
  }

  @Test
  void rejectsNullArguments() {
    Amount one = Amount.ofOre(1);
    assertThatNullPointerException().isThrownBy(() -> one.plus(null))
        .withMessage("Amount 'other' must not be null");
    assertThatNullPointerException().isThrownBy(() -> one.minus(null))
        .withMessage("Amount 'other' must not be null");
    assertThatNullPointerException().isThrownBy(() -> one.minusOrZero(null))
        .withMessage("Amount 'other' must not be null");
    assertThatNullPointerException().isThrownBy(() -> one.min(null))
        .withMessage("Amount 'other' must not be null");
    assertThatNullPointerException().isThrownBy(() -> one.max(null))
        .withMessage("Amount 'other' must not be null");
    assertThatNullPointerException().isThrownBy(() -> Amount.total((Iterable<Amount>) null))
        .withMessage("Amount 'amounts' must not be null");
    assertThatNullPointerException().isThrownBy(() -> Amount.total((Amount[]) null))
        .withMessage("Amount 'amounts' must not be null");
  }

  @Test
  void compares() {
    Amount small = Amount.ofOre(1);
    Amount large = Amount.ofOre(2);
    assertThat(small.compareTo(large)).isNegative();
    assertThat(large.compareTo(small)).isPositive();
    assertThat(small.compareTo(Amount.ofOre(1))).isZero();
    assertThat(small.isLessThan(large)).isTrue();
    assertThat(large.isLessThan(small)).isFalse();
    assertThat(small.isLessThan(small)).isFalse();
    assertThat(large.isGreaterThan(small)).isTrue();
    assertThat(small.isGreaterThan(large)).isFalse();
    assertThat(small.isGreaterThan(small)).isFalse();
    assertThat(small.min(large)).isSameAs(small);
    assertThat(large.min(small)).isSameAs(small);
    assertThat(small.max(large)).isSameAs(large);
    assertThat(large.max(small)).isSameAs(large);
    Amount sameAsSmall = Amount.ofOre(1);
    assertThat(small.min(sameAsSmall)).isSameAs(small);
    assertThat(small.max(sameAsSmall)).isSameAs(small);
  }

  @Test
  void equalsAndHashCode() {
    assertThat(Amount.ofOre(123)).isEqualTo(Amount.ofOre(123)).hasSameHashCodeAs(Amount.ofOre(123));
    assertThat(Amount.ofOre(123)).isNotEqualTo(Amount.ofOre(124));
    assertThat(Amount.ofOre(123)).isNotEqualTo("1.23");
    assertThat(Amount.ofOre(123).hashCode()).isEqualTo(Long.hashCode(123));
  }

  /** Every method given null names the parameter, never the JVM's "Cannot read field" (issue 18). */
  @Test
  void comparisonsNameTheNullParameter() {
    Amount one = Amount.ofKronor(1);
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call : java.util.List.<
        org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(() -> one.isGreaterThan(null),
            () -> one.isLessThan(null), () -> one.compareTo(null), () -> one.plus(null),
            () -> one.minus(null), () -> one.min(null), () -> one.max(null))) {
      org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(call)
          .withMessage("Amount 'other' must not be null");
    }
  }
}
