package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
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
  void domainExample() {
    assertThat(GrantRound.round2016().pot(PotId.MUNICIPALITIES).budget())
        .hasToString("50000000.00");
    assertThat(ReferenceData.municipalityByName("malmo")).hasToString("1280 Malmö");
    assertThat(ReferenceData.region("09").carriedBy()).contains(ReferenceData.municipality("0980"));
  }
}
