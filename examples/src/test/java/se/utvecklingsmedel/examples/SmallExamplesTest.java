package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;

class SmallExamplesTest {

  private static String run(java.util.function.Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void compare2016With2018ShowsWhatIsNotPublishedAsUnknown() {
    String out = run(Compare2016With2018::print);
    // From the catalogue, as the final report states it: 246 → 273, 81 % → 92 %.
    assertThat(out).contains("Published: 2016 → 2018").contains("MUNICIPALITY: requisitioning "
        + "246→273, granted unknown→unknown, share used 81 %→92 %");
    assertThat(out).contains("MUNICIPALITY: requisitioning 246→273, granted 246→unknown, share used "
        + "81 %→92 %, granted amount 50000000.00→unknown");
    assertThat(out).contains("REGION: requisitioning 21→unknown").doesNotContain("0.00→0.00");
  }

  @Test
  void whatIfTwoKeys() {
    String out = run(WhatIfTwoKeys::run);
    var comparison = WhatIfTwoKeys.run(new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8));
    // A base amount moves money from the largest to the smallest.
    assertThat(comparison.losers()).containsExactly(ReferenceData.municipality("0180"),
        ReferenceData.municipality("1280"));
    assertThat(comparison.gainers()).contains(ReferenceData.municipality("2521"),
        ReferenceData.municipality("2584"));
    assertThat(comparison.pots().get(PotId.MUNICIPALITIES).granted().isUnchanged()).isTrue();
    assertThat(out).contains("Gain: [").contains("lose: [Stockholm, Malmö]");
    Amount before = comparison.recipients().get(ReferenceData.municipality("2521")).before();
    assertThat(before.signum()).isPositive();
    assertThat(comparison.paradoxes()).isEmpty();
    assertThat(out).contains("Paradoxes: none");
  }

  @Test
  void the2016ScenarioUnder2020sPooledUnclaimedFunds() {
    String out = run(WhatIfPooledUnclaimedFunds::run);
    var comparison = WhatIfPooledUnclaimedFunds.run(new PrintStream(new ByteArrayOutputStream(),
        true, StandardCharsets.UTF_8));
    // The regions gain what the municipalities lose, to the öre; nobody else moves.
    Amount gained = comparison.recipients().values().stream()
        .map(se.utvecklingsmedel.money.AmountChange::gain).collect(Amount.summing());
    Amount lost = comparison.recipients().values().stream()
        .map(se.utvecklingsmedel.money.AmountChange::loss).collect(Amount.summing());
    assertThat(gained).isEqualTo(lost).isEqualTo(Amount.parse("2543368.86"));
    assertThat(comparison.gainers()).hasSize(21).allMatch(r -> r.category()
        == se.utvecklingsmedel.recipient.RecipientCategory.REGION);
    assertThat(comparison.losers()).isNotEmpty().allMatch(r -> r.category()
        == se.utvecklingsmedel.recipient.RecipientCategory.MUNICIPALITY);
    assertThat(comparison.after().requisitionPot(PotId.REGIONS).transferredIn()).isEqualTo(gained);
    assertThat(comparison.after().illustration()).isPresent();
    assertThat(out).contains("Kommun: 50 000 000,00 kr -> 47 456 631,14 kr")
        .contains("Landsting: 20 000 000,00 kr -> 22 543 368,86 kr");
  }

  @Test
  void oneOreMoreGivesPajalaOneOreLess() {
    String out = run(WhatIfTwoKeys::oneOreMore);
    assertThat(out).contains("Pajala fick 0,01 kr mindre av utvecklingsmedel till kommuner "
        + "(222 386,96 kr → 222 386,95 kr), fast budgeten ökade (50 000 000,03 kr → 50 000 000,04 "
        + "kr) och dess andel av fördelningsnyckelns vikter var densamma. Orsak: avrundningen av "
        + "sista öret i fördelningsnyckeln (största rest).");
    assertThat(out).contains("2521 Pajala got 0.01 kr less from pot municipalities");
  }

  @Test
  void readJsonRound() {
    String out = run(ReadJsonRound::run);
    assertThat(out).contains("2018 municipalities: 50 000 000,00 kr by rekvisition")
        .contains("Rejected: At $.pots[0].budget, value 50000000.5: must be an amount in kronor as a decimal string");
  }
}
