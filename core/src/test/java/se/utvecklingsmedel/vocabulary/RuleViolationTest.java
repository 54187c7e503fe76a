package se.utvecklingsmedel.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.base.Strings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;

/** Broken rules as data: owner, subject and place, with the message as it always read. */
class RuleViolationTest {

  private static final Municipality STOCKHOLM = ReferenceData.municipality("0180");
  private static final Municipality KIRUNA = ReferenceData.municipality("2584");

  @Test
  void aValuesOwnRuleNamesOwnerSubjectAndField() {
    RuleViolation e = catchThrowableOfType(RuleViolation.class, () -> Requisition.builder()
        .recipient(STOCKHOLM).amount(Amount.zero()).date(LocalDate.of(2016, 3, 1)).build());
    assertThat(e.owner()).isEqualTo(Requisition.class);
    assertThat(e.subject()).isEqualTo("0180 Stockholm");
    assertThat(e.path()).isEqualTo("amount");
    assertThat(e).hasMessage("Requisition of 0180 Stockholm: 'amount' must be above zero");
    assertThat(e.rule()).isEqualTo(e.getMessage());
  }

  @Test
  void aRuleOneEntryOfAListBreaksNamesItsPlace() {
    DistributionKey key = DistributionKey.byWeights("vikter",
        Weights.<Recipient>builder().put(STOCKHOLM, 1).put(KIRUNA, 1).build());
    Requisition fine = Requisition.builder().recipient(STOCKHOLM).amount(Amount.ofKronor(1))
        .date(LocalDate.of(2016, 3, 1)).build();
    Requisition tooMuch = Requisition.builder().recipient(KIRUNA)
        .amount(Amount.ofKronor(40_000_000)).date(LocalDate.of(2016, 3, 1)).build();
    RuleViolation e = catchThrowableOfType(RuleViolation.class, () ->
        RoundAllocation.builder(RoundCatalogue.round2016())
            .requisitions(PotId.MUNICIPALITIES, key, List.of(fine, tooMuch)));
    assertThat(e.owner()).isEqualTo(Requisition.class);
    assertThat(e.subject()).isEqualTo("2584 Kiruna");
    assertThat(e.path()).isEqualTo("requisitions[1].amount");
    assertThat(e.getMessage()).startsWith("Requisition of 2584 Kiruna in pot municipalities: "
        + "'amount' 40000000.00 kr is more than its keyed amount");
  }

  @Test
  void aRequisitionFromOutsideTheKeyNamesItsRecipient() {
    DistributionKey key = DistributionKey.byWeights("vikter",
        Weights.<Recipient>builder().put(STOCKHOLM, 1).build());
    Requisition stranger = Requisition.builder().recipient(KIRUNA).amount(Amount.ofKronor(1))
        .date(LocalDate.of(2016, 3, 1)).build();
    RuleViolation e = catchThrowableOfType(RuleViolation.class, () ->
        RoundAllocation.builder(RoundCatalogue.round2016())
            .requisitions(PotId.MUNICIPALITIES, key, List.of(stranger)));
    assertThat(e.path()).isEqualTo("requisitions[0].recipient");
  }

  @Test
  void overlappingPotsAreNamedAtTheSecondPotsCategories() {
    se.utvecklingsmedel.round.Pot first = RoundCatalogue.round2016().pot(PotId.MUNICIPALITIES);
    se.utvecklingsmedel.round.Pot second = se.utvecklingsmedel.round.Pot.builder()
        .id(PotId.of("more-municipalities")).label("Fler").addCategory(
            se.utvecklingsmedel.recipient.RecipientCategory.MUNICIPALITY)
        .budget(Amount.ofKronor(1)).method(se.utvecklingsmedel.round.DistributionMethod.REQUISITION)
        .build();
    RuleViolation e = catchThrowableOfType(RuleViolation.class, () ->
        se.utvecklingsmedel.round.GrantRound.builder().year(2016).legalBasis("Exempel")
            .addPot(first).addPot(second).build());
    assertThat(e.path()).isEqualTo("pots[1].categories");
    assertThat(e.owner()).isEqualTo(se.utvecklingsmedel.round.GrantRound.class);
  }

  @Test
  void withinPrefixesThePathAndKeepsTheRest() {
    RuleViolation e = new RuleViolation(Amount.class, "x", "date", "m");
    RuleViolation moved = e.within("requisitions[3]");
    assertThat(moved.path()).isEqualTo("requisitions[3].date");
    assertThat(moved.owner()).isEqualTo(Amount.class);
    assertThat(moved.subject()).isEqualTo("x");
    assertThat(moved).hasMessage("m");
    assertThat(moved.getStackTrace()).isEqualTo(e.getStackTrace());
    assertThat(new RuleViolation(Amount.class, "", "", "m").within("pots[1]").path())
        .isEqualTo("pots[1]");
    assertThat(new RuleViolation(Amount.class, "", "[2]", "m").within("pots").path())
        .isEqualTo("pots[2]");
    assertThat(e.within("").path()).isEqualTo("date");
  }

  @Test
  void checkRuleFormatsAsCheckArgumentAndPassesWhenTheRuleHolds() {
    RuleViolation.checkRule(true, Amount.class, "", "", "never %s", "thrown");
    RuleViolation e = catchThrowableOfType(RuleViolation.class, () -> RuleViolation.checkRule(
        false, Amount.class, 7, "ore", "Amount '%s' was %s, %s", "ore", -1));
    assertThat(e).hasMessage(Strings.lenientFormat("Amount '%s' was %s, %s", "ore", -1));
    assertThat(e.subject()).isEqualTo("7");
    assertThat(e.path()).isEqualTo("ore");
  }

  @Test
  void messageAndSubjectAreCut() {
    RuleViolation e = new RuleViolation(Amount.class, "s".repeat(5_000), "",
        "m".repeat(5_000));
    assertThat(e.getMessage()).hasSize(1_000).endsWith("…");
    assertThat(e.subject()).hasSize(200).endsWith("…");
    assertThat(new RuleViolation(Amount.class, "", "", "m".repeat(1_000)).getMessage())
        .hasSize(1_000).doesNotContain("…");
  }

  /** One exception type for broken rules: core's main code throws no other for them. */
  @Test
  void coreThrowsNoOtherExceptionForABrokenRule() throws IOException {
    Path main = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(main)) {
      List<String> others = files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.endsWith("RuleViolation.java"))
          .filter(f -> {
            try {
              String text = Files.readString(f);
              return text.contains("checkArgument(")
                  || text.contains("new IllegalArgumentException(");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .map(Path::toString).toList();
      assertThat(others).isEmpty();
    }
  }
}
