package se.utvecklingsmedel.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;

class RecipientTest {

  private static final NonProfitOrganisation SHELTER =
      NonProfitOrganisation.of("802000-1239", "Kvinnojouren Exempel");

  @Test
  void nonProfitOrganisation() {
    assertThat(SHELTER.number()).isEqualTo(OrganisationNumber.of("8020001239"));
    assertThat(SHELTER.id()).isEqualTo("802000-1239");
    assertThat(SHELTER.displayName()).isEqualTo("Kvinnojouren Exempel");
    assertThat(SHELTER.swedishLabel()).isEqualTo("Kvinnojouren Exempel (802000-1239)");
    assertThat(SHELTER.category()).isEqualTo(RecipientCategory.NON_PROFIT_ORGANISATION);
    assertThat(SHELTER).hasToString("802000-1239 Kvinnojouren Exempel");
    assertThat(NonProfitOrganisation.of("8020001239", "  Other name ").displayName())
        .isEqualTo("Other name");
  }

  @Test
  void recipientsAreTheSameExactlyWhenTheirIdsAre() {
    NonProfitOrganisation renamed = NonProfitOrganisation.of("802000-1239", "Nytt namn");
    assertThat(renamed).isEqualTo(SHELTER).hasSameHashCodeAs(SHELTER);
    assertThat(renamed.compareTo(SHELTER)).isZero();
    // Region 01 and county board 01 share an id but not a category.
    assertThat((Recipient) ReferenceData.region("01"))
        .isNotEqualTo(ReferenceData.countyAdministrativeBoard("01"));
    assertThat(ReferenceData.region("01").hashCode())
        .isNotEqualTo(ReferenceData.countyAdministrativeBoard("01").hashCode());
    assertThat(SHELTER).isNotEqualTo("802000-1239");
  }

  @Test
  void recipientsOrderByCategoryThenId() {
    List<Recipient> recipients = new ArrayList<>(List.of(
        NationalCentre.NCK,
        ReferenceData.countyAdministrativeBoard("01"),
        SHELTER,
        ReferenceData.region("25"),
        ReferenceData.region("01"),
        ReferenceData.municipality("2584"),
        ReferenceData.municipality("0180")));
    Collections.shuffle(recipients);
    Collections.sort(recipients);
    assertThat(recipients).extracting(Recipient::id)
        .containsExactly("0180", "2584", "01", "25", "802000-1239", "01", "NCK");
  }

  @Test
  void nonProfitOrganisationMustBeOfGroupEight() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NonProfitOrganisation.of("202100-2932", "Uppsala universitet"))
        .withMessage("NonProfitOrganisation 202100-2932 must have an organisation number of group 8 "
            + "(ideella föreningar och stiftelser), but its group is 2");
  }

  @Test
  void nonProfitOrganisationNeedsAName() {
    assertThatIllegalArgumentException().isThrownBy(() -> NonProfitOrganisation.of("802000-1239", " "))
        .withMessage("NonProfitOrganisation 802000-1239: 'name' must not be blank");
    assertThatNullPointerException()
        .isThrownBy(() -> NonProfitOrganisation.of(OrganisationNumber.of("802000-1239"), null))
        .withMessage("NonProfitOrganisation 'name' must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> NonProfitOrganisation.of((OrganisationNumber) null, "x"))
        .withMessage("NonProfitOrganisation 'number' must not be null");
  }

  @Test
  void categoryLabels() {
    assertThat(RecipientCategory.MUNICIPALITY.label()).isEqualTo("Kommun");
    assertThat(SwedishLabelled.parse(RecipientCategory.class, "länsstyrelse"))
        .isEqualTo(RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD);
  }
}
