package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.json.GrantJson;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.statistics.RoundStatistics;

/** The 2016 scenario's totals are the seed's, within the seed's own rounding ("cirka"). */
class Round2016Test {

  private static FollowUp followUp;

  @BeforeAll
  static void read() {
    followUp = Round2016.readScenario();
  }

  /** "Cirka X miljoner": X rounded to the seed's last decimal; {@code decimals} of millions. */
  private static void cirka(Amount amount, String millions, int decimals) {
    BigDecimal inMillions = amount.toBigDecimal().movePointLeft(6)
        .setScale(decimals, RoundingMode.HALF_UP);
    assertThat(inMillions).isEqualByComparingTo(new BigDecimal(millions));
  }

  @Test
  void theShippedScenarioIsExactlyWhatTheBuilderMakes() throws IOException {
    try (InputStream in = Round2016.class.getResourceAsStream(Scenario2016.RESOURCE)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Scenario2016.json());
    }
    assertThat(followUp.allocation().round()).isEqualTo(RoundCatalogue.round2016());
  }

  @Test
  void municipalitiesAsSeed004() {
    RequisitionPotAllocation pot = followUp.allocation().requisitionPot(PotId.MUNICIPALITIES);
    CategoryStatistics m = RoundStatistics.of(followUp).of(RecipientCategory.MUNICIPALITY);
    assertThat(pot.key().recipients()).hasSize(290);
    assertThat(m.funds().requisitioning()).isEqualTo(246);
    assertThat(290 - m.funds().requisitioning()).isEqualTo(44);
    cirka(pot.requisitioned(), "44.4", 1);
    assertThat(pot.requisitions().stream().filter(r -> r.wantsUnclaimedFunds()).count()).isEqualTo(137);
    assertThat(pot.grants().values().stream().filter(g -> g.redistributed().signum() > 0).count())
        .isEqualTo(137);
    cirka(pot.redistributed(), "5.6", 1);
    assertThat(pot.granted()).isEqualTo(Amount.ofKronor(50_000_000));
    assertThat(pot.returned()).isEqualTo(Amount.zero());
    cirka(m.utilisation().unusedAmount(), "10", 0);
    assertThat(m.utilisation().usedNothing()).isEqualTo(23);
    assertThat(m.utilisation().notAllUsed()).isBetween(95, 105); // "ett hundratal"
    assertThat(m.reporting().reportsInTime()).isEqualTo(238);
    assertThat(m.reporting().reportsWithoutActivity()).isEqualTo(22);
    assertThat(m.reporting().reportsAnalysed()).isEqualTo(216);
    assertThat(m.work().areas().get(se.utvecklingsmedel.vocabulary.MunicipalActivityArea.LONG_TERM_COORDINATED_WORK))
        .isEqualTo(178);
    // "Bland dessa kommuner [standardiserade bedömningsmetoder] … 86 kommuner har arbetat med FREDA
    // kortfrågor": a count within the heading; over all areas more municipalities name it.
    assertThat(m.work().byArea().get(se.utvecklingsmedel.vocabulary.MunicipalActivityArea.STANDARDISED_ASSESSMENT_METHODS)
        .instruments().get(se.utvecklingsmedel.vocabulary.AssessmentInstrument.FREDA_SHORT_QUESTIONS))
        .isEqualTo(86);
    assertThat(m.work().instruments().get(se.utvecklingsmedel.vocabulary.AssessmentInstrument.FREDA_SHORT_QUESTIONS))
        .isGreaterThanOrEqualTo(86);
    // Seed 000: "andelen använda medel hos kommuner … 81 … procent" in 2016.
    assertThat(m.utilisation().shareUsed().orElseThrow().percent(0, RoundingMode.HALF_UP)).isEqualByComparingTo("81");
  }

  @Test
  void regionsNonProfitsAndStimulusFundsAsSeed004() {
    CategoryStatistics regions = RoundStatistics.of(followUp).of(RecipientCategory.REGION);
    assertThat(regions.funds().requisitioning()).isEqualTo(21);
    assertThat(regions.funds().grantedAmount()).isEqualTo(Amount.ofKronor(20_000_000));
    assertThat(regions.utilisation().notAllUsed()).isEqualTo(14);
    cirka(regions.utilisation().unusedAmount(), "5.7", 1);

    CategoryStatistics nonProfits = RoundStatistics.of(followUp).of(RecipientCategory.NON_PROFIT_ORGANISATION);
    assertThat(nonProfits.funds().applying()).isEqualTo(113);
    cirka(nonProfits.funds().appliedAmount(), "55.5", 1);
    assertThat(nonProfits.funds().granted()).isEqualTo(65);
    assertThat(nonProfits.funds().grantedAmount()).isEqualTo(Amount.ofKronor(15_000_000));
    assertThat(followUp.allocation().pot(PotId.NON_PROFITS).returned()).isEqualTo(Amount.zero());
    assertThat(nonProfits.reporting().reportsInTime() + nonProfits.reporting().reportsLate()).isEqualTo(64);
    assertThat(nonProfits.utilisation().notAllUsed()).isEqualTo(22);
    cirka(nonProfits.utilisation().unusedAmount(), "1.8", 1);

    var stimulus = followUp.settlements().stream().filter(s -> s.grant().potId().equals(PotId.STIMULUS_FUNDS))
        .toList();
    assertThat(stimulus).hasSize(10);
    cirka(Amount.total(stimulus.stream().flatMap(s -> s.report().stream())
        .map(FollowUpReport::unused).toList()), "0.4", 1);
  }

  @Test
  void countyBoardsAndNckAsSeed004WithTheAdministrationMoneyApart() {
    // Seed 004: nine county boards received stimulus funds; the administration money (15 MSEK to the
    // county boards, 0,5 MSEK to NCK "för att genomföra uppdraget") is not a grant that is followed up.
    CategoryStatistics boards =
        RoundStatistics.of(followUp).of(RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD);
    assertThat(boards.funds().applying()).isEqualTo(9);
    assertThat(boards.funds().granted()).isEqualTo(9);
    assertThat(boards.reporting().reportsInTime()).isEqualTo(9);
    assertThat(boards.reporting().reportsMissing()).isZero();
    assertThat(boards.funds().assigned()).isEqualTo(21);
    assertThat(boards.funds().assignedAmount()).isEqualTo(Amount.ofKronor(15_000_000));
    assertThat(followUp.settlements().stream()
        .filter(s -> s.grant().recipient().category() == RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD)
        .map(s -> s.grant().recipient().displayName()).toList())
        .containsExactlyInAnyOrder("Länsstyrelsen i Stockholms län", "Länsstyrelsen i Jönköpings län",
            "Länsstyrelsen i Kronobergs län", "Länsstyrelsen i Skåne län",
            "Länsstyrelsen i Västra Götalands län", "Länsstyrelsen i Värmlands län",
            "Länsstyrelsen i Västmanlands län", "Länsstyrelsen i Dalarnas län",
            "Länsstyrelsen i Västerbottens län");
    CategoryStatistics nck = RoundStatistics.of(followUp).of(RecipientCategory.NATIONAL_CENTRE);
    assertThat(nck.funds().applying()).isEqualTo(1);
    assertThat(nck.funds().granted()).isEqualTo(1);
    assertThat(nck.reporting().reportsInTime()).isEqualTo(1);
    assertThat(nck.reporting().reportsMissing()).isZero();
    assertThat(nck.funds().assignedAmount()).isEqualTo(Amount.ofKronor(500_000));
    assertThat(followUp.claims()).noneMatch(c -> !c.potId().equals(PotId.MUNICIPALITIES)
        && !c.potId().equals(PotId.REGIONS) && !c.potId().equals(PotId.NON_PROFITS)
        && !c.potId().equals(PotId.STIMULUS_FUNDS));
    assertThat(followUp.settlements()).noneMatch(s -> s.grant().potId().equals(PotId.ADMINISTRATION_NCK)
        || s.grant().potId().equals(PotId.ADMINISTRATION_COUNTY_BOARDS));
  }

  @Test
  void theMainJobPrintsTheReportAndWritesTheFiles(@TempDir Path out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Round2016.report(followUp, new PrintStream(bytes, true, StandardCharsets.UTF_8),
        Language.ENGLISH);
    String report = bytes.toString(StandardCharsets.UTF_8);
    assertThat(report).contains("Utvecklingsmedel till kommuner                           "
            + "50 000 000,00 kr 44 400 000,00 kr")
        .contains("reports: 238 in time, 0 late, 8 missing, 0 not yet due, 22 without activity, "
            + "216 analysed")
        .contains("0 requisitioned, 9 applied, 9 granted")
        .contains("0 requisitioned, 1 applied, 1 granted")
        .contains("500 000,00 kr to Nationellt centrum för kvinnofrid")
        .contains("15 000 000,00 kr to 21 recipients; the split between them is illustrative [I]")
        .contains("[P] The follow-up covers the use of the funds through 2016-12-31")
        .contains("[I] Reports are judged as of 2017-09-30, the scenario's day.")
        .doesNotContain("kr kr")
        .contains("      86  FREDA kortfrågor")
        // Seed 004's non-profit areas, each with its outcomes as the seed groups them.
        .contains("      38  Kvalitetsutveckling av eget arbete — helt eller i stor utsträckning 33, "
            + "delvis 4, i liten utsträckning 1")
        .contains("      20  Universellt förebyggande arbete — helt eller i stor utsträckning 14")
        .contains("      27  Insatser för våldsutsatta kvinnor — helt eller i stor utsträckning 22")
        .contains("      17  Insatser för särskilt utsatta grupper — helt eller i stor utsträckning 12")
        .contains("      17  Insatser för arbete med barn — helt eller i stor utsträckning 14")
        .contains("      12  Insatser för att nå våldsutövare — helt eller i stor utsträckning 11")
        .contains("       5  Insatser mot prostitution och människohandel för sexuella ändamål — "
            + "helt eller i stor utsträckning 4, delvis 1")
        .contains("Länsstyrelsen i Värmlands län").contains("Länsstyrelsen i Dalarnas län")
        .contains("Held as published, not recomputed")
        .contains("[P]    277 /  185  Webbkursen om mäns våld mot kvinnor och våld i nära relationer")
        .contains("NCK's web course, launched 2016-09-20: 7324 users to 2017-02-28, 1519 of them in "
            + "140 groups");

    Round2016.write(followUp, out);
    assertThat(GrantJson.read(out.resolve("allocation.json"), se.utvecklingsmedel.grant.RoundAllocation.class))
        .isEqualTo(followUp.allocation());
    // statistics.json: the computed statistics (readable by the library) beside the published.
    com.fasterxml.jackson.databind.JsonNode statistics = GrantJson.mapper().readTree(
        out.resolve("statistics.json").toFile());
    assertThat(GrantJson.read(statistics.get("computed").toString(),
        se.utvecklingsmedel.statistics.RoundStatistics.class))
        .isEqualTo(RoundStatistics.of(followUp));
    // Administration money is not a development-fund grant: it is not exported as one.
    assertThat(Files.readString(out.resolve("360giving.json"))).contains("\"currency\" : \"SEK\"")
        .contains("\"type\" : \"repayment\"").contains("2016-stimulus-funds")
        .doesNotContain("administration-nck").doesNotContain("administration-county-boards");
    assertThat(Files.readString(out.resolve("report.html"))).startsWith("<!DOCTYPE html>");
  }

  /** Swedish is the default: the report in the seed's and the law's terms, and a decision text. */
  @Test
  void theReportInSwedish() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Round2016.report(followUp, new PrintStream(bytes, true, StandardCharsets.UTF_8),
        Language.SWEDISH);
    String report = bytes.toString(StandardCharsets.UTF_8);
    assertThat(report).contains("[P] Uppföljningen avser förbrukningen av medlen till och med 31 "
            + "december 2016 (användningsperioden).")
        .contains("[I] Återrapporteringarna är bedömda per 30 september 2017, scenariots dag.")
        .contains("[P] Delredovisningar till Regeringskansliet ska lämnas senast 30 september 2017 "
            + "och 30 september 2018, slutredovisningen senast 30 september 2019.")
        .contains("Ej återrapporterat").contains("[P] 2018 års omgång, delvis publicerad statistik")
        .contains("återrapporteringar: 238 i tid, 0 för sent, 8 saknas, 0 där tiden ännu inte gått "
            + "ut, 22 utan verksamhet, 216 analyserade")
        .contains("500 000,00 kr till Nationellt centrum för kvinnofrid")
        .contains("Exempel på beslut med skäl ([I]):\n  ILLUSTRATIVT EXEMPEL: ")
        .contains("  Beviljat belopp: ")
        .contains("Landsting:\n").doesNotContain("Landsting/region")
        .contains("Särskilda stimulansmedel till länsstyrelserna och NCK")
        .contains("medlen har fördelats i proportion till fördelningsnyckeln")
        .contains("Uppgifter enligt källan, inte omräknade")
        .doesNotContain("requisitioned").doesNotContain("Held as published")
        .doesNotContain("municipalities").doesNotContain("stimulus-funds")
        .doesNotContain("administration-nck").doesNotContain("seed 004");
  }

  @Test
  void theLanguageOptionTakesSvOrEn() {
    assertThat(Round2016.language("sv")).isEqualTo(Language.SWEDISH);
    assertThat(Round2016.language("en")).isEqualTo(Language.ENGLISH);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Round2016.language("de"))
        .withMessage("--lang must be sv or en, but was 'de'");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Round2016.main(new String[] {"--lang"}))
        .withMessage("--lang needs a language: sv or en");
  }
}
