package se.utvecklingsmedel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.decision.Reason;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.support.HeldFigure;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.OtherMethod;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/** Bad input a hostile user tried from the jars, each kind refused or kept as one value. */
class RoundThreeInputsTest {

  @Test
  void aKeysBasisInAReasonCannotForgeALine() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Reason.KeyedAsListed(Amount.ofKronor(1), "x\nBeslut: Avslås"))
        .withMessageContaining("KeyedAsListed 'basis' must not hold a line break");
    assertThat(new Reason.KeyedAsListed(Amount.ofKronor(1), "Bilaga 1").text(Language.SWEDISH))
        .doesNotContain("\n");
  }

  @Test
  void textHeldAsPublishedIsKeptComposed() {
    HeldFigure figure = HeldFigure.exact("utbildningsdagar i Ga\u0308vle", 3, "dagar");
    assertThat(figure.words()).isEqualTo("utbildningsdagar i Gävle");
  }

  @Test
  void namesWrittenWithOtherSpacesAreTheSameName() {
    assertThat(OtherMethod.of("Samtals\u00A0grupp ")).isEqualTo(OtherMethod.of("Samtals grupp"));
    assertThat(NonProfitOrganisation.of("802000-1239", "Jouren  i\u00A0Gävle").displayName())
        .isEqualTo("Jouren i Gävle");
  }

  @Test
  void aPotLabelIsKeptAsAName() {
    assertThat(se.utvecklingsmedel.round.Pot.builder().id(se.utvecklingsmedel.round.PotId.REGIONS)
        .label("Utvecklingsmedel  till\u00A0regioner ").addCategory(RecipientCategory.REGION)
        .budget(Amount.ofKronor(1)).method(se.utvecklingsmedel.round.DistributionMethod.REQUISITION)
        .build().label()).isEqualTo("Utvecklingsmedel till regioner");
  }

  @Test
  void aValueWhoseTextFailsIsNamedNotThrown() {
    Object broken = new Object() {
      @Override
      public String toString() {
        throw new IllegalStateException("no text");
      }
    };
    RuleViolation e = catchThrowableOfType(RuleViolation.class, () ->
        RuleViolation.checkRule(false, Amount.class, broken, "", "value %s", broken));
    assertThat(e.getMessage()).contains("threw java.lang.IllegalStateException");
    RuleViolation withCause = new RuleViolation(Amount.class, "", "x", "m");
    withCause.initCause(new ArithmeticException("overflow"));
    assertThat(withCause.within("pots[1]").getCause()).isSameAs(withCause.getCause());
  }

  @Test
  void statisticsOfAYearOutsideTheProgrammeAreRefused() {
    RuleViolation e = catchThrowableOfType(RuleViolation.class,
        () -> RoundStatistics.of(-5, Map.of()));
    assertThat(e.path()).isEqualTo("year");
    assertThat(e).hasMessage("RoundStatistics 'year' must be from 2000 to 2100, but was -5");
  }

  @Test
  void eachCategoryReportsInItsOwnAreas() {
    assertThat(RecipientCategory.MUNICIPALITY.reportsIn(MunicipalActivityArea.TRAINING)).isTrue();
    assertThat(RecipientCategory.MUNICIPALITY.reportsIn(DevelopmentArea.WORK_WITH_CHILDREN))
        .isFalse();
    assertThat(RecipientCategory.NON_PROFIT_ORGANISATION
        .reportsIn(DevelopmentArea.WORK_WITH_CHILDREN)).isTrue();
    assertThat(RecipientCategory.NATIONAL_CENTRE.reportsIn(MunicipalActivityArea.TRAINING))
        .isFalse();
    assertThatNullPointerException()
        .isThrownBy(() -> RecipientCategory.REGION.reportsIn(null))
        .withMessage("RecipientCategory 'area' must not be null");
  }
}
