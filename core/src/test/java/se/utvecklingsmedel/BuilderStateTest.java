package se.utvecklingsmedel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;

/** A builder built with a required attribute not set names the builder and each attribute. */
class BuilderStateTest {

  @Test
  void aMissingAttributeIsNamedWithItsBuilder() {
    assertThatIllegalStateException().isThrownBy(() -> Pot.builder().id(PotId.MUNICIPALITIES)
            .label("Utvecklingsmedel till kommuner").budget(Amount.ofKronor(1)).build())
        .isInstanceOf(BuilderStateException.class)
        .withMessage("Pot.Builder 'method' must be set: it has no default");
    assertThatIllegalStateException().isThrownBy(() -> Pot.builder().id(PotId.MUNICIPALITIES)
            .build())
        .withMessage("Pot.Builder 'label', 'budget', 'method' must be set: they have no default");
  }

  @Test
  void anyOtherMessageIsKept() {
    assertThat(new BuilderStateException("Cannot build Pot, attribute initializers form cycle"))
        .hasMessage("Cannot build Pot, attribute initializers form cycle");
    assertThat(new BuilderStateException(null)).hasMessage(null);
  }
}
