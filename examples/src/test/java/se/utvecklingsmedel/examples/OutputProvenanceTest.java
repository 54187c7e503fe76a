package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utvecklingsmedel.deadline.Deadlines;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.ApplicationPotAllocation;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.json.GrantJson;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.RoundCatalogue;

/**
 * Every output of the main job read as a reader would take it (issue 28): each figure says whether
 * it is published, computed from published inputs or illustrative; Swedish texts name pots by
 * their Swedish labels; every date of a decision lies in that decision's window. Each check fails
 * on the outputs as they were before: an unmarked line of invented figures, "pott municipalities",
 * one award date for all grants.
 */
class OutputProvenanceTest {

  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
  private static final Pattern MARK = Pattern.compile("\\[[PBI]\\]");
  /** The English pot ids, which no Swedish text may show. */
  private static final List<String> POT_IDS = RoundCatalogue.round2016().pots().stream()
      .map(pot -> pot.id().toString()).toList();

  @TempDir
  static Path out;
  private static FollowUp followUp;
  private static GrantRound round;

  @BeforeAll
  static void runTheMainJob() {
    followUp = Round2016.readScenario();
    round = followUp.allocation().round();
    Round2016.write(followUp, out);
  }

  private static String console(Language language) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Round2016.report(followUp, print, language);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static JsonNode json(String file) throws IOException {
    return GrantJson.mapper().readTree(out.resolve(file).toFile());
  }

  /** The lines that show a figure (a digit that is not a year) and carry no mark. */
  static List<String> unmarked(String report) {
    List<String> unmarked = new ArrayList<>();
    boolean inMarkedDecision = false;
    for (String line : report.split("\\R")) {
      if (line.isBlank()) {
        inMarkedDecision = false;
        continue;
      }
      if (line.startsWith("  ILLUSTRATIVT EXEMPEL: ") || line.startsWith("  ILLUSTRATIVE EXAMPLE: ")) {
        inMarkedDecision = true; // a decision text that says first what it is
      }
      boolean figure = YEAR.matcher(line).replaceAll("").chars().anyMatch(Character::isDigit);
      if (figure && !inMarkedDecision && !MARK.matcher(line).find()) {
        unmarked.add(line);
      }
    }
    return unmarked;
  }

  @Test
  void theConsoleMarksEveryFigureInBothLanguages() {
    for (Language language : Language.values()) {
      String report = console(language);
      assertThat(unmarked(report)).as(language.toString()).isEmpty();
      assertThat(report).as(language.toString())
          .contains("[I] " + followUp.allocation().illustration().orElseThrow())
          .doesNotContainIgnoringCase("seed");
    }
    // The check itself: a line of figures without a mark is found, a marked one is not.
    assertThat(unmarked("Kommun:\n  246 rekvirerade\n[I]  23 förbrukade inget\n  år 2016\n"))
        .containsExactly("  246 rekvirerade");
  }

  @Test
  void swedishTextsNameEveryPotByItsSwedishLabel() throws IOException {
    String swedish = console(Language.SWEDISH);
    Document page = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
    List<String> texts = new ArrayList<>(List.of(swedish, page.text()));
    for (RecipientGrant grant : grants()) {
      texts.add(grant.decisionText(Language.SWEDISH));
    }
    for (JsonNode grant : json("360giving.json").get("grants")) {
      texts.add(grant.get("title").asText());
      texts.add(grant.get("description").asText());
      texts.add(grant.get("grantProgramme").get(0).get("title").asText());
      grant.get("transactions").forEach(t -> texts.add(t.path("description").asText()));
    }
    for (String text : texts) {
      for (String id : POT_IDS) {
        assertThat(Pattern.compile("(?<![-\\w])" + Pattern.quote(id) + "(?![-\\w])")
            .matcher(text).find()).as("'%s' in %s", id, abbreviated(text)).isFalse();
      }
      assertThat(text).doesNotContainIgnoringCase("seed 0");
    }
    round.pots().forEach(pot -> assertThat(swedish).contains(pot.label()));
  }

  @Test
  void theHtmlReportMarksEveryFigure() throws IOException {
    Document page = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
    List<Element> figures = page.select("[data-value]");
    assertThat(figures).hasSizeGreaterThan(100);
    for (Element figure : figures) {
      String provenance = figure.attr("data-provenance");
      assertThat(provenance).as(figure.attr("data-label"))
          .isIn("published", "computed", "illustrative");
      String mark = switch (provenance) {
        case "published" -> "[P]";
        case "computed" -> "[B]";
        default -> "[I]";
      };
      assertThat(figure.text()).as(figure.attr("data-label")).endsWith(mark);
    }
    // Everything the scenario computes is illustrative; only budgets and held figures are not.
    assertThat(page.select("[data-value][data-provenance=published]").eachAttr("data-label"))
        .filteredOn(label -> label.contains(" – ")).allMatch(label -> label.endsWith(" – Budget"));
    assertThat(page.select("#illustration").text())
        .contains(followUp.allocation().illustration().orElseThrow());
    assertThat(page.select("#decision").text()).startsWith("ILLUSTRATIVT EXEMPEL: ");
    assertThat(page.text()).doesNotContain("Landsting/region").doesNotContain("Region Stockholm");
  }

  @Test
  void theJsonOutputsCarryTheMark() throws IOException {
    String note = followUp.allocation().illustration().orElseThrow();
    JsonNode allocation = json("allocation.json");
    assertThat(allocation.get("illustration").asText()).isEqualTo(note);
    // No 2016 county council is named a region: a region is written by its county alone.
    assertThat(Files.readString(out.resolve("allocation.json"))).doesNotContain("\"Region ");
    List<JsonNode> grants = new ArrayList<>();
    allocation.get("pots").forEach(pot -> pot.get("result").get("grants").forEach(grants::add));
    assertThat(grants).hasSize(grants().size())
        .allSatisfy(g -> assertThat(g.get("illustrative").asBoolean()).isTrue());
    JsonNode statistics = json("statistics.json");
    assertThat(statistics.fieldNames().next()).isEqualTo("illustration");
    assertThat(statistics.get("illustration").asText()).isEqualTo(note);
    assertThat(statistics.get("computed").get("illustration").asText()).isEqualTo(note);
    statistics.get("published").forEach(source -> assertThat(source.get("source").asText())
        .isNotBlank());
    JsonNode giving = json("360giving.json");
    assertThat(giving.get("illustration").asText()).isEqualTo(note);
    for (JsonNode grant : giving.get("grants")) {
      assertThat(grant.get("title").asText()).startsWith("ILLUSTRATIVT: ");
      assertThat(grant.get("description").asText()).startsWith(note);
    }
  }

  /**
   * Every date of a decision in the 360Giving export lies in its decision's window, and is the
   * grant's own: a requisition's within the round's window and on the requisition's date; a share
   * of unclaimed funds after the pot's last requisition and within the use period; an application
   * pot's decision after its last application and within the use period.
   */
  @Test
  void everyAwardDateIsItsOwnDecisionsAndInItsWindow() throws IOException {
    Map<String, RecipientGrant> byId = grants().stream().collect(Collectors.toMap(
        OutputProvenanceTest::id, g -> g));
    LocalDate useEnd = round.usePeriod().getEndInclusive();
    List<LocalDate> awardDates = new ArrayList<>();
    for (JsonNode grant : json("360giving.json").get("grants")) {
      RecipientGrant computed = byId.get(grant.get("id").asText());
      assertThat(computed).as(grant.get("id").asText()).isNotNull();
      PotAllocation pot = followUp.allocation().pot(computed.potId());
      LocalDate awarded = LocalDate.parse(grant.get("awardDate").asText());
      awardDates.add(awarded);
      // The award date is the grant's last decision, on which its amount became final.
      assertThat(computed.redistributionDecided().or(computed::decided)).contains(awarded);
      assertThat(Deadlines.swedish().isWorkingDay(awarded)).as("%s on a working day", awarded)
          .isTrue();
      // The awards among the grant's ledger entries (set aside, paid out and the rest besides).
      List<JsonNode> transactions = new ArrayList<>();
      grant.get("transactions").forEach(t -> {
        if (t.get("type").asText().equals("award")) {
          transactions.add(t);
        }
      });
      LocalDate first = LocalDate.parse(transactions.get(0).get("date").asText());
      assertThat(transactions.get(0).get("type").asText()).isEqualTo("award");
      assertThat(computed.decided()).contains(first);
      if (pot instanceof RequisitionPotAllocation requisitions) {
        Requisition requisition = requisitions.requisitions().stream()
            .filter(r -> r.recipient().equals(computed.recipient())).findFirst().orElseThrow();
        assertThat(first).isEqualTo(requisition.date()).isBetween(round.window().getStart(),
            useEnd);
        LocalDate lastRequisition = requisitions.requisitions().stream().map(Requisition::date)
            .max(LocalDate::compareTo).orElseThrow();
        if (computed.redistributed().signum() > 0) {
          LocalDate shared = LocalDate.parse(transactions.get(1).get("date").asText());
          assertThat(transactions.get(1).get("type").asText()).isEqualTo("award");
          assertThat(shared).isEqualTo(awarded).isAfterOrEqualTo(lastRequisition)
              .isBeforeOrEqualTo(useEnd);
        } else {
          assertThat(awarded).isEqualTo(first);
        }
      } else {
        List<Application> applications = ((ApplicationPotAllocation) pot).applications();
        LocalDate lastApplication = applications.stream().map(Application::date)
            .max(LocalDate::compareTo).orElseThrow();
        assertThat(awarded).isAfterOrEqualTo(lastApplication).isBeforeOrEqualTo(useEnd);
      }
      // An invented organisation number is never published as one (no registry id, not in the name).
      assertThat(grant.get("recipientOrganization").get(0).get("name").asText())
          .doesNotContainPattern("\\d{6}-\\d{4}");
      if (computed.recipient().category() == RecipientCategory.REGION) {
        assertThat(grant.get("recipientOrganization").get(0).get("name").asText())
            .doesNotStartWith("Region ");
      }
    }
    // Not one date for all: the requisitions' own dates, and the later decisions'.
    assertThat(awardDates.stream().distinct().count()).isGreaterThan(50);
  }

  @Test
  void everyDecisionTextOfTheScenarioSaysItIsIllustrative() {
    for (RecipientGrant grant : grants()) {
      assertThat(grant.decisionText(Language.SWEDISH)).startsWith("ILLUSTRATIVT EXEMPEL: ");
      assertThat(grant.decisionText(Language.ENGLISH)).startsWith("ILLUSTRATIVE EXAMPLE: ");
    }
    followUp.settlements().forEach(s -> assertThat(s.decisionText(Language.SWEDISH))
        .startsWith("ILLUSTRATIVT EXEMPEL: ")
        .contains("Uppföljning (illustrativ, påhittad återrapportering):"));
  }

  private static List<RecipientGrant> grants() {
    return followUp.allocation().pots().values().stream().flatMap(p -> p.grants().values()
        .stream()).toList();
  }

  private static String id(RecipientGrant grant) {
    return "360G-utvecklingsmedel-" + round.year() + "-" + grant.potId() + "-"
        + grant.recipient().category().name().toLowerCase(java.util.Locale.ROOT) + "-"
        + grant.recipient().id();
  }

  private static String abbreviated(String text) {
    return text.length() <= 120 ? text : text.substring(0, 120) + "…";
  }
}
