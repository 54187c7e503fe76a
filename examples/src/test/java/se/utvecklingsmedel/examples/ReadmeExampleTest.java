package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.deadline.Deadlines;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;

/** The README's code samples, run as written, so the README cannot drift from the library. */
class ReadmeExampleTest {

  @Test
  void shortExample() {
    Weights<Municipality> key = Weights.<Municipality>builder()
        .put(ReferenceData.municipality("0180"), 975_000)   // Stockholm
        .put(ReferenceData.municipality("1480"), 580_000)   // Göteborg
        .put(ReferenceData.municipality("2584"), 23_000)    // Kiruna
        .build();

    Allocation<Municipality> allocation =
        Apportionment.largestRemainder(Amount.parse("1 000 000,00 kr"), key);

    assertThat(allocation.amountOf(ReferenceData.municipality("2584")))
        .isEqualTo(Amount.parse("14575.41"));
    assertThat(Amount.total(allocation.amounts().values())).isEqualTo(Amount.parse("1000000.00"));
    assertThat(allocation.certificateOf(ReferenceData.municipality("2584"))).hasToString(
        "2584 Kiruna: weight 23000 of 1578000 in a pool of 1000000.00 kr gives the exact quota "
            + "2300000000000/1578000 öre (1457541 + 302000/1578000); floor 1457541 öre; remainder "
            + "rank 3 of 3, so no extra öre (decided by remainder); amount 14575.41 kr.");
  }

  @Test
  void wholeRoundExample() {
    Weights<Municipality> populations = Weights.<Municipality>builder()
        .put(ReferenceData.municipality("0180"), 975_000)
        .put(ReferenceData.municipality("2584"), 23_000).build();
    LocalDate day = LocalDate.of(2016, 3, 1);
    List<Requisition> requisitions = List.of(Requisition.builder()
        .recipient(ReferenceData.municipality("2584")).amount(Amount.ofKronor(1_000)).date(day)
        .build());
    Map<Recipient, Amount> regionAmounts = Map.of(ReferenceData.region("25"),
        Amount.ofKronor(20_000_000));
    List<Requisition> regionRequisitions = List.of();
    List<Application> applications = List.of();
    List<Application> stimulusApplications = List.of(Application.builder()
        .applicant(ReferenceData.nationalCentre()).amount(Amount.ofKronor(100_000)).date(day)
        .build());
    DistributionKey nckKey = DistributionKey.byAmounts("Regeringsbeslut II:3",
        Map.of(ReferenceData.nationalCentre(), Amount.ofKronor(500_000)));
    DistributionKey countyBoardKey = DistributionKey.byAmounts("Regeringsbeslut II:3",
        Map.of(ReferenceData.countyAdministrativeBoard("01"), Amount.ofKronor(15_000_000)));
    List<FollowUpReport> reports = List.of();

    // As in the README:
    GrantRound round = GrantRound.round2016();
    RoundAllocation allocation = RoundAllocation.builder(round)
        .requisitions(PotId.MUNICIPALITIES, DistributionKey.byWeights("Folkmängd", populations), requisitions)
        .requisitions(PotId.REGIONS, DistributionKey.byAmounts("Bilaga 2", regionAmounts), regionRequisitions)
        .applications(PotId.NON_PROFITS, applications)
        .applications(PotId.STIMULUS_FUNDS, stimulusApplications)
        .assignments(PotId.ADMINISTRATION_NCK, nckKey)
        .assignments(PotId.ADMINISTRATION_COUNTY_BOARDS, countyBoardKey)
        .build();
    RequisitionPotAllocation municipalities = allocation.requisitionPot(PotId.MUNICIPALITIES);
    FollowUp followUp = FollowUp.of(allocation, reports, LocalDate.of(2017, 9, 30));

    assertThat(allocation.coversEveryPot()).isTrue();
    assertThat(municipalities.granted().plus(municipalities.returned()))
        .isEqualTo(municipalities.budget());
    assertThat(followUp.claims()).isEmpty();
    assertThat(followUp.statistics().of(RecipientCategory.NATIONAL_CENTRE).assignedAmount())
        .isEqualTo(Amount.ofKronor(500_000));
    assertThat(Deadlines.swedish().effective(LocalDate.of(2016, 6, 24)))
        .isEqualTo(LocalDate.of(2016, 6, 27));
  }

  @Test
  void domainExample() {
    assertThat(GrantRound.round2016().pot(PotId.MUNICIPALITIES).budget())
        .hasToString("50000000.00");
    assertThat(ReferenceData.municipalityByName("malmo")).hasToString("1280 Malmö");
    assertThat(ReferenceData.region("09").carriedBy()).contains(ReferenceData.municipality("0980"));
  }
}
