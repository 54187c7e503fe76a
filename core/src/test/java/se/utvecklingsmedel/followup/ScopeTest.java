package se.utvecklingsmedel.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.round.ScopeTerm;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * A round's scope (issue 29): the 2021 decision names intimate-partner violence and honour-related
 * violence and oppression, so a 2021 report of work against prostitution and trafficking is
 * refused; the 2016 round states no narrower scope and takes it.
 */
class ScopeTest {

  private static final Municipality KIRUNA = ReferenceData.municipality("2584");

  private static FollowUp followUp(GrantRound round, FollowUpReport.Builder report) {
    RoundAllocation allocation = RoundAllocation.builder(round)
        .requisitions(PotId.MUNICIPALITIES, DistributionKey.byAmounts("nyckel", Map.of(KIRUNA,
            round.pot(PotId.MUNICIPALITIES).budget())), List.of(Requisition.builder()
            .recipient(KIRUNA).amount(round.pot(PotId.MUNICIPALITIES).budget())
            .date(LocalDate.of(2016, 3, 1)).build()))
        .buildPartial();
    return FollowUp.of(allocation, List.of(report.granted(round.pot(PotId.MUNICIPALITIES)
        .budget()).build()), LocalDate.of(2017, 9, 30));
  }

  private static FollowUpReport.Builder report() {
    return FollowUpReport.builder().recipient(KIRUNA).potId(PotId.MUNICIPALITIES)
        .used(Amount.ofKronor(1)).submitted(LocalDate.of(2017, 2, 1));
  }

  @Test
  void aReportOfWorkOutsideTheRoundsScopeIsRefused() {
    GrantRound narrow = GrantRound.builder().from(RoundCatalogue.round2016())
        .addScope(ScopeTerm.INTIMATE_PARTNER_VIOLENCE, ScopeTerm.HONOUR_RELATED_VIOLENCE).build();
    assertThatIllegalArgumentException().isThrownBy(() -> followUp(narrow, report()
            .addArea(MunicipalActivityArea.AGAINST_PROSTITUTION_AND_TRAFFICKING)))
        .isInstanceOf(RuleViolation.class)
        .withMessage("FollowUpReport of 2584 Kiruna: 'areas' names "
            + MunicipalActivityArea.AGAINST_PROSTITUTION_AND_TRAFFICKING.label() + ", which is "
            + "outside round 2016:1's scope (Våld i nära relationer, Hedersrelaterat våld och "
            + "förtryck)");
    assertThatIllegalArgumentException().isThrownBy(() -> followUp(narrow, report()
            .addVulnerableGroup(VulnerableGroup.WOMEN_IN_PROSTITUTION)))
        .withMessageContaining("'vulnerableGroups' names Kvinnor utsatta för prostitution");
    // Honour-related violence as a group of victims is within it, and so is plain work.
    assertThat(followUp(narrow, report().addVulnerableGroup(VulnerableGroup.HONOUR_RELATED_VIOLENCE))
        .settlements()).hasSize(1);
  }

  /** An application for work outside the scope is refused as it comes in, before any grant. */
  @Test
  void anApplicationForWorkOutsideTheScopeIsRefused() {
    GrantRound narrow = GrantRound.builder().from(RoundCatalogue.round2016())
        .addScope(ScopeTerm.INTIMATE_PARTNER_VIOLENCE).build();
    se.utvecklingsmedel.recipient.NonProfitOrganisation shelter = se.utvecklingsmedel.recipient
        .NonProfitOrganisation.of("802000-1239", "Kvinnojouren");
    assertThatIllegalArgumentException().isThrownBy(() -> RoundAllocation.builder(narrow)
            .applications(PotId.NON_PROFITS, List.of(se.utvecklingsmedel.grant.Application.builder()
                .applicant(shelter).amount(Amount.ofKronor(1_000))
                .addDevelopmentArea(se.utvecklingsmedel.vocabulary.DevelopmentArea
                    .AGAINST_PROSTITUTION_AND_TRAFFICKING)
                .date(LocalDate.of(2016, 2, 1)).build())))
        .withMessageContaining("'developmentAreas' names "
            + se.utvecklingsmedel.vocabulary.DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING
                .label() + ", which is outside round 2016:1's scope (Våld i nära relationer)");
    assertThat(narrow.scopeText()).isEqualTo("Våld i nära relationer");
    assertThat(RoundCatalogue.round2016().scopeText()).isEqualTo("ingen begränsning");
  }

  @Test
  void aRoundWithProstitutionInItsScopeOrNoScopeTakesTheReport() {
    GrantRound wide = GrantRound.builder().from(RoundCatalogue.round2016())
        .addScope(ScopeTerm.INTIMATE_PARTNER_VIOLENCE, ScopeTerm.PROSTITUTION).build();
    assertThat(followUp(wide, report().addArea(
        MunicipalActivityArea.AGAINST_PROSTITUTION_AND_TRAFFICKING)).settlements()).hasSize(1);
    assertThat(RoundCatalogue.round2016().scope()).isEmpty();
    assertThat(followUp(RoundCatalogue.round2016(), report().addArea(
        MunicipalActivityArea.AGAINST_PROSTITUTION_AND_TRAFFICKING)).settlements()).hasSize(1);
    assertThat(ScopeTerm.FEMALE_GENITAL_MUTILATION.label()).isEqualTo("Könsstympning");
  }
}
