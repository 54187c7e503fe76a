package se.utvecklingsmedel.json;

import java.time.LocalDate;
import java.util.List;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.OtherMethod;
import se.utvecklingsmedel.round.PotId;

/** A small 2016 allocation and follow-up, shared by the io-json tests. */
final class Fixtures {

  static final GrantRound ROUND = RoundCatalogue.round2016();
  static final NonProfitOrganisation SHELTER = NonProfitOrganisation.of("802000-1239", "Kvinnojouren");

  private Fixtures() {
  }

  static DistributionKey.ByWeights key() {
    return DistributionKey.byWeights("Folkmängd (exempel)", Weights.<Recipient>builder()
        .put(ReferenceData.municipality("0180"), 975_000)
        .put(ReferenceData.municipality("1480"), 580_000)
        .put(ReferenceData.municipality("2584"), 23_000).build());
  }

  static List<Requisition> requisitions() {
    return List.of(
        Requisition.builder().recipient(ReferenceData.municipality("0180"))
            .amount(Amount.ofKronor(20_000_000)).date(LocalDate.of(2016, 3, 1))
            .wantsUnclaimedFunds(true).maximumExtra(Amount.ofKronor(5_000_000)).build(),
        Requisition.builder().recipient(ReferenceData.municipality("2584"))
            .amount(Amount.parse("700000.50")).date(LocalDate.of(2016, 4, 1))
            .wantsUnclaimedFunds(true).build());
  }

  static List<Application> applications() {
    return List.of(Application.builder().applicant(SHELTER).amount(Amount.ofKronor(400_000))
        .addDevelopmentArea(DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN)
        .municipality(ReferenceData.municipality("0180")).date(LocalDate.of(2016, 2, 1)).build());
  }

  static RoundAllocation allocation() {
    return RoundAllocation.builder(ROUND)
        .requisitions(PotId.MUNICIPALITIES, key(), requisitions())
        .applications(PotId.NON_PROFITS, applications())
        .buildPartial();
  }

  static FollowUpReport report() {
    return FollowUpReport.builder().recipient(ReferenceData.municipality("2584"))
        .potId(PotId.MUNICIPALITIES).granted(allocation().pot(PotId.MUNICIPALITIES)
            .grantOf(ReferenceData.municipality("2584")).granted())
        .used(Amount.ofKronor(600_000)).submitted(LocalDate.of(2017, 3, 1))
        .addArea(MunicipalActivityArea.COLLABORATION)
        .addInstrument(AssessmentInstrument.FREDA_SHORT_QUESTIONS)
        .addMethods(KnownMethod.TRAPPAN, OtherMethod.of("Dialogmodellen"))
        .putOutcome(MunicipalActivityArea.COLLABORATION, Outcome.PARTLY)
        .build();
  }

  static FollowUp followUp() {
    return FollowUp.of(allocation(), List.of(report()), LocalDate.of(2017, 6, 1));
  }
}
