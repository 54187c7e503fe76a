package se.utvecklingsmedel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class AmountChangeTest {

  private static final Amount THREE = Amount.ofOre(300);
  private static final Amount FIVE = Amount.ofOre(500);

  @Test
  void aGain() {
    AmountChange change = AmountChange.of(THREE, FIVE);
    assertThat(change.before()).isEqualTo(THREE);
    assertThat(change.after()).isEqualTo(FIVE);
    assertThat(change.gain()).isEqualTo(Amount.ofOre(200));
    assertThat(change.loss()).isEqualTo(Amount.zero());
    assertThat(change.isGain()).isTrue();
    assertThat(change.isLoss()).isFalse();
    assertThat(change.isUnchanged()).isFalse();
    assertThat(change).hasToString("+2.00");
  }

  @Test
  void aLoss() {
    AmountChange change = AmountChange.of(FIVE, THREE);
    assertThat(change.gain()).isEqualTo(Amount.zero());
    assertThat(change.loss()).isEqualTo(Amount.ofOre(200));
    assertThat(change.isGain()).isFalse();
    assertThat(change.isLoss()).isTrue();
    assertThat(change.isUnchanged()).isFalse();
    assertThat(change).hasToString("-2.00");
  }

  @Test
  void noChange() {
    AmountChange change = AmountChange.of(FIVE, Amount.ofOre(500));
    assertThat(change.isGain()).isFalse();
    assertThat(change.isLoss()).isFalse();
    assertThat(change.isUnchanged()).isTrue();
    assertThat(change).hasToString("0.00").isEqualTo(new AmountChange(FIVE, FIVE));
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> AmountChange.of(null, FIVE))
        .withMessage("AmountChange 'before' must not be null");
    assertThatNullPointerException().isThrownBy(() -> AmountChange.of(FIVE, null))
        .withMessage("AmountChange 'after' must not be null");
  }
}
