package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.support.CompetenceSupport;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.support.NationalSupport;
import se.utvecklingsmedel.published.PublishedReports;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.CompetenceNeed;
import se.utvecklingsmedel.vocabulary.CompetenceSupportTheme;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;

/**
 * The published figures of the 2016 round (Socialstyrelsen's account of the 2016 development funds
 * and competence support, 30 September 2017) against the library. The table ({@code
 * published-figures-2016.tsv}) lists every figure the account states, with its line and its words;
 * each row is checked against one of four things, and says which:
 *
 * <ul>
 *   <li>{@link Source#STATISTICS}: the library's statistics of the 2016 main job, read in {@link
 *       StatisticsFigures}, which holds one {@link RoundStatistics} and nothing else (so no row
 *       counts reports itself); a percentage is the share of two of them, as the account states;
 *   <li>{@link Source#ENGINE}: the allocation engine's result, where the figure is about grants, not
 *       reports (who got redistributed funds, what a pot granted);
 *   <li>{@link Source#INPUT}: an input of the scenario or the round (budgets, deadlines, the
 *       vocabulary), which checks the scenario, not a computation;
 *   <li>{@link Source#HELD}: a figure no recipient's report can give (the county boards' survey,
 *       Socialstyrelsen's and NCK's own records), held as published in {@link
 *       PublishedReports#nationalSupport2016()}.
 * </ul>
 *
 * <p>Exact figures must be equal; an approximate one is held to half a unit of the precision its
 * words state (the table's {@code precision} column and its note say how that is read), one
 * stated as "över" must be above it and one stated as "under" below it, by less than half. No row
 * is left out; a repeat is checked as the row it restates.
 */
class PublishedFiguresTest {


  private static FollowUp followUp;
  private static List<Row> rows;

  /** One row of the table; {@code precision} is empty for exact figures. */
  record Row(String id, int line, String category, String what, String swedish, String value,
      String unit, boolean approximate, String kind, String repeatOf, String precision) {
  }

  /** What a row is checked against. */
  enum Source { STATISTICS, ENGINE, INPUT, HELD }

  @BeforeAll
  static void read() throws IOException {
    followUp = Round2016.readScenario();
    rows = new ArrayList<>();
    try (InputStream in = PublishedFiguresTest.class.getResourceAsStream("published-figures-2016.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in,
            StandardCharsets.UTF_8))) {
      reader.lines().filter(l -> !l.startsWith("#") && !l.startsWith("id\t")).forEach(l -> {
        String[] f = l.split("\t", -1);
        rows.add(new Row(f[0], Integer.parseInt(f[1]), f[2], f[4], f[5], f[6], f[7],
            f[8].equals("approx"), f[9], f[10], f[11]));
      });
    }
  }


  /** The inputs of the round the scenario holds: each row checks the scenario, not a computation. */
  private static final Map<String, Function<GrantRound, Object>> INPUTS = inputs();

  private static Map<String, Function<GrantRound, Object>> inputs() {
    Map<String, Function<GrantRound, Object>> k = new LinkedHashMap<>();
    k.put("F001", r -> r.governmentReportDeadlines().get(0));
    k.put("F029", r -> r.governmentReportDeadlines().get(1));
    k.put("F027", r -> r.governmentReportDeadlines().get(2));
    k.put("F021", r -> r.pot(PotId.MUNICIPALITIES).budget());
    k.put("F022", r -> r.pot(PotId.REGIONS).budget());
    k.put("F023", r -> r.pot(PotId.NON_PROFITS).budget());
    k.put("F024", r -> r.pot(PotId.STIMULUS_FUNDS).budget());
    k.put("F030", r -> r.usePeriod().getEndInclusive());
    // "NCK förfoga över 0,5 miljoner kronor", "länsstyrelserna över 15 miljoner kronor".
    k.put("F025", r -> r.pot(PotId.ADMINISTRATION_NCK).budget());
    k.put("F026", r -> r.pot(PotId.ADMINISTRATION_COUNTY_BOARDS).budget());
    // "sju utvecklingsområden": the vocabulary the round's non-profits report in.
    k.put("F146", r -> DevelopmentArea.values().length);
    return k;
  }

  /** The engine's result, for figures about grants rather than reports. */
  private static final Map<String, Function<RoundAllocation, Object>> ENGINE = engine();

  private static Map<String, Function<RoundAllocation, Object>> engine() {
    Map<String, Function<RoundAllocation, Object>> k = new LinkedHashMap<>();
    k.put("F034", a -> a.pot(PotId.MUNICIPALITIES).grants().values().stream()
        .filter(g -> g.redistributed().signum() > 0).count());
    // "44 kommuner som inte rekvirerade": the key's municipalities granted nothing.
    k.put("F033", a -> {
      RequisitionPotAllocation pot = (RequisitionPotAllocation) a.pot(PotId.MUNICIPALITIES);
      return pot.key().recipients().stream().filter(r -> !pot.grants().containsKey(r)
          || pot.grants().get(r).granted().signum() == 0).count();
    });
    k.put("F014", a -> a.pot(PotId.STIMULUS_FUNDS).granted());
    return k;
  }

  /** The figures no report gives, each as {@link PublishedReports#nationalSupport2016()} holds it. */
  private static final Map<String, Function<NationalSupport, Object>> HELD = held();

  private static Map<String, Function<NationalSupport, Object>> held() {
    Map<String, Function<NationalSupport, Object>> h = new LinkedHashMap<>();
    h.put("F228", s -> s.survey().orElseThrow().respondents());
    h.put("F241", s -> information(s, CompetenceSupportTheme.WEB_COURSE).tookPart());
    h.put("F242", s -> information(s, CompetenceSupportTheme.WEB_COURSE).offered());
    h.put("F243", s -> information(s, CompetenceSupportTheme.REGULATIONS_SOSFS_2014_4).tookPart());
    h.put("F244", s -> information(s, CompetenceSupportTheme.REGULATIONS_SOSFS_2014_4).offered());
    h.put("F245", s -> information(s, CompetenceSupportTheme.RESPECTIVE_RESPONSIBILITIES)
        .tookPart());
    h.put("F246", s -> information(s, CompetenceSupportTheme.RESPECTIVE_RESPONSIBILITIES)
        .offered());
    h.put("F247", s -> information(s, CompetenceSupportTheme.FREDA_SHORT_QUESTIONS).tookPart());
    h.put("F248", s -> information(s, CompetenceSupportTheme.FREDA_SHORT_QUESTIONS).offered());
    h.put("F249", s -> information(s, CompetenceSupportTheme.FREDA_DESCRIPTION).tookPart());
    h.put("F250", s -> information(s, CompetenceSupportTheme.FREDA_DESCRIPTION).offered());
    h.put("F251", s -> information(s, CompetenceSupportTheme.FREDA_DANGER_ASSESSMENT).tookPart());
    h.put("F252", s -> information(s, CompetenceSupportTheme.FREDA_DANGER_ASSESSMENT).offered());
    h.put("F256", s -> need(s, CompetenceNeed.BASIC_KNOWLEDGE));
    h.put("F257", s -> need(s, CompetenceNeed.REGULATIONS));
    h.put("F258", s -> need(s, CompetenceNeed.RESPECTIVE_RESPONSIBILITIES));
    h.put("F259", s -> need(s, CompetenceNeed.FREDA));
    h.put("F260", s -> need(s, CompetenceNeed.OTHER));
    h.put("F019", s -> s.webCourse().orElseThrow().launched());
    h.put("F234", s -> s.webCourse().orElseThrow().countedUntil());
    h.put("F235", s -> s.webCourse().orElseThrow().users());
    h.put("F236", s -> s.webCourse().orElseThrow().usersInGroups());
    h.put("F237", s -> s.webCourse().orElseThrow().groups());
    h.put("F238", s -> s.webCourse().orElseThrow().percentWithCertificate());
    h.put("F239", s -> s.webCourse().orElseThrow().percentFromSocialServices());
    // Socialstyrelsen's and NCK's own records, and what each county board did (held in words).
    h.put("F017", s -> record(s, "Socialstyrelsen har under 2016 anordnat utbildningsdagar för "
        + "länsstyrelsernas utvecklingsledare"));
    h.put("F018", s -> record(s, "Socialstyrelsen, länsstyrelserna och NCK har anordnat regionala "
        + "spridningskonferenser för att sprida webbkursen"));
    h.put("F020", s -> record(s, "NCK har genomfört möten med sitt nationella nätverk med "
        + "representanter från landsting och regioner"));
    h.put("F261", s -> record(s, "Socialstyrelsen har i samverkan med NCK anordnat en gemensam "
        + "dag om samverkan för länsstyrelserna och NCK:s nationella landstingsnätverk"));
    h.put("F229", s -> record(s, "Socialstyrelsen har gjort kompletterande telefonintervjuer med "
        + "samtliga länsstyrelser"));
    h.put("F231", s -> record(s, "Utvecklingsledare som angett en bedömning av det nationella "
        + "stödet"));
    h.put("F232", s -> record(s, "Utvecklingsledare som svarat att stödet fyller en viktig "
        + "funktion"));
    h.put("F253", s -> record(s, "Ideella föreningar och stiftelser som under 2016 erbjöds "
        + "information om SOSFS 2014:4"));
    h.put("F254", s -> record(s, "Länsstyrelser med en gemensam lokal skriftlig rutin inom området "
        + "våld i nära relationer"));
    h.put("F216", s -> board(s, "17", 0));
    h.put("F217", s -> board(s, "17", 1));
    h.put("F218", s -> board(s, "14", 0));
    h.put("F219", s -> board(s, "14", 1));
    h.put("F220", s -> board(s, "14", 2));
    h.put("F221", s -> board(s, "01", 0));
    h.put("F222", s -> board(s, "01", 1));
    h.put("F223", s -> board(s, "01", 2));
    h.put("F224", s -> board(s, "06", 0));
    h.put("F225", s -> board(s, "06", 1));
    h.put("F226", s -> board(s, "06", 2));
    h.put("F227", s -> board(s, "19", 0));
    return h;
  }

  private static CompetenceSupport information(NationalSupport support,
      CompetenceSupportTheme theme) {
    return support.information(theme).orElseThrow();
  }

  private static long record(NationalSupport support, String words) {
    return support.record(words).orElseThrow().value();
  }

  private static long board(NationalSupport support, String county, int figure) {
    return support.stimulusActivities().stream().filter(a -> a.board().id().equals(county))
        .findFirst().orElseThrow().figures().get(figure).value();
  }

  private static int need(NationalSupport support, CompetenceNeed need) {
    return support.survey().orElseThrow().boardsSeeingNeed().get(need);
  }

  // --- the check ---------------------------------------------------------------------------------

  private static Row original(Row row) {
    return row.repeatOf().isEmpty() ? row
        : original(rows.stream().filter(r -> r.id().equals(row.repeatOf())).findFirst()
            .orElseThrow());
  }

  private static boolean matches(Row row, Object computed, boolean held) {
    if (computed instanceof LocalDate date) {
      return date.equals(LocalDate.parse(row.value()));
    }
    BigDecimal actual = computed instanceof Amount a ? a.toBigDecimal()
        : new BigDecimal(computed.toString());
    BigDecimal published = new BigDecimal(row.value());
    if (!row.approximate() || held) {
      return actual.compareTo(published) == 0; // held figures keep the value as written
    }
    if (row.precision().equals("över")) {
      return actual.compareTo(published) > 0;
    }
    if (row.precision().equals("under")) { // "nästan": below it, but not by half
      return actual.compareTo(published) < 0
          && actual.multiply(BigDecimal.valueOf(2)).compareTo(published) > 0;
    }
    // Half a unit of the precision the words state: "cirka 10 miljoner" is 9,5 to 10,5 miljoner.
    BigDecimal half = new BigDecimal(row.precision()).divide(BigDecimal.valueOf(2));
    return actual.subtract(published).abs().compareTo(half) <= 0;
  }

  /** The value a row is checked against, from its source. */
  private static Object value(Source source, String id) {
    return switch (source) {
      case STATISTICS -> new StatisticsFigures(RoundStatistics.of(followUp)).rows().get(id).get();
      case ENGINE -> ENGINE.get(id).apply(followUp.allocation());
      case INPUT -> INPUTS.get(id).apply(followUp.allocation().round());
      case HELD -> HELD.get(id).apply(PublishedReports.nationalSupport2016());
    };
  }

  private static Set<String> checks(Source source) {
    return switch (source) {
      case STATISTICS -> StatisticsFigures.IDS;
      case ENGINE -> ENGINE.keySet();
      case INPUT -> INPUTS.keySet();
      case HELD -> HELD.keySet();
    };
  }

  private static Source source(Row row) {
    String id = original(row).id();
    return Stream.of(Source.values()).filter(s -> checks(s).contains(id)).findFirst()
        .orElseThrow(() -> new AssertionError(row.id() + " line " + row.line() + " is not checked: "
            + row.what()));
  }

  @Test
  void everyFigureIsWhatItsSourceGives() {
    List<String> wrong = new ArrayList<>();
    for (Row row : rows) {
      Source source = source(row);
      Object value = value(source, original(row).id());
      if (!matches(row, value, source == Source.HELD)) {
        wrong.add(row.id() + " (line " + row.line() + ", \"" + row.swedish() + "\"): published "
            + row.value() + ", " + source + " " + value);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyFigureIsCheckedOnceAndSaysAgainstWhat() {
    List<String> unaccounted = rows.stream().map(PublishedFiguresTest::original)
        .filter(r -> Stream.of(Source.values()).noneMatch(s -> checks(s).contains(r.id())))
        .map(r -> r.id() + " line " + r.line() + ": " + r.what()).distinct().toList();
    assertThat(unaccounted).isEmpty();
    List<String> ids = Stream.of(Source.values()).flatMap(s -> checks(s).stream())
        .toList();
    assertThat(ids).doesNotHaveDuplicates()
        .allMatch(id -> rows.stream().anyMatch(r -> r.id().equals(id) && r.repeatOf().isEmpty()));
    // What no recipient's report can give is held, never computed; what one can give is not held.
    assertThat(rows).allMatch(r -> (source(r) == Source.HELD) == original(r).kind().equals("survey"));
    // Approximate figures state their precision; exact ones do not.
    assertThat(rows).allMatch(r -> r.approximate() != r.precision().isEmpty());
  }

  /**
   * Every published figure is printed as published (issue 28): in the console under the heading
   * the source prints it under, with its words and its mark; in {@code report.html} as a marked
   * cell; in {@code statistics.json} with its source. The figures the main job once left out are
   * named here one by one.
   */
  @Test
  void everyPublishedFigureIsPrintedAsPublished(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path out) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    Round2016.report(followUp, new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8),
        se.utvecklingsmedel.decision.Language.SWEDISH);
    String console = bytes.toString(StandardCharsets.UTF_8);
    Round2016.write(followUp, out);
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(out.resolve("report.html").toFile(),
        "UTF-8");
    com.fasterxml.jackson.databind.JsonNode statistics = se.utvecklingsmedel.json.GrantJson
        .mapper().readTree(out.resolve("statistics.json").toFile());
    List<String> printed = new ArrayList<>();
    statistics.get("published").forEach(source -> source.get("figures").forEach(f ->
        printed.add(source.get("source").asText() + " " + f.get("id").asText() + " "
            + f.get("value").asText())));
    List<PublishedAccount.Figure> all = new ArrayList<>(PublishedAccount.account2016());
    all.addAll(PublishedAccount.finalReport());
    assertThat(printed).hasSize(all.size());
    for (PublishedAccount.Figure figure : all) {
      assertThat(printed).contains(figure.source() + " " + figure.id() + " " + figure.value());
      if (figure.repeat()) {
        continue;
      }
      String line = "[P]   " + figure.shown() + "  »" + figure.words() + "«";
      assertThat(console).as(figure.id()).contains(line);
      // Under its heading: the nearest heading above the line is the source's.
      String before = console.substring(0, console.indexOf(line));
      assertThat(before.substring(before.lastIndexOf("\n  ", before.length() - 2)))
          .as(figure.id()).startsWith("\n  " + figure.section());
      assertThat(page.select("td[data-label=" + figure.id() + "]").text()).as(figure.id())
          .isEqualTo(figure.shown() + " [P]");
    }
    // The figures the outputs once left out, each now printed as the source words it.
    assertThat(console).contains("[P]   44  »Därmed var det 44 kommuner som inte rekvirerade")
        .contains("[P]   cirka 90  »Ett nittiotal kommuner har kommenterat varför")
        .contains("[P]   cirka 40 %  »I cirka 40 procent av dessa kommuner")
        .contains("[P]   48  »48 av kommunerna som arbetat med insatser till våldsutsatta barn")
        .contains("[P]   28  »28 kommuner har samarbetat med andra aktörer")
        .contains("[P]   66  »Flertalet kommuner, 66 stycken, har använt någon särskild metod")
        .contains("[P]   64  »I 64 kommuner användes utvecklingsmedel för att arbeta med "
            + "standardiserade bedömningsmetoder")
        .contains("[P]   40  »40 organisationer har samarbetat med någon annan aktör")
        .contains("[P]   19  »19 organisationer att de använt sig av FREDA")
        .contains("[P]   1  »I samverkan med NCK har Socialstyrelsen anordnat en gemensam dag")
        .contains("[P]   273  »Antalet kommuner som har rekvirerat medel har ökat från 246 "
            + "kommuner 2016 till 273 kommuner 2018")
        .contains("[P]   92 %  »Även andelen använda medel hos kommuner har ökat från 81 till 92")
        .contains("[P]   över 33 000  »NCK:s webbutbildningar har under perioden haft över 33 000");
    // The held figures are in statistics.json and report.html too, not only in the console.
    NationalSupport support = PublishedReports.nationalSupport2016();
    assertThat(statistics.get("heldAsPublished").get("records")).hasSize(support.records().size());
    support.records().forEach(r -> assertThat(page.select("#held td[data-label=\"" + r.words()
        + "\"]").attr("data-value")).isEqualTo(Long.toString(r.value())));
  }

  /** The split of the 261 rows by what each is checked against (repeats included), pinned. */
  @Test
  void coverage() {
    Map<Source, Long> bySource = new java.util.EnumMap<>(Source.class);
    rows.forEach(r -> bySource.merge(source(r), 1L, Long::sum));
    assertThat(rows).hasSize(261);
    assertThat(bySource).containsExactlyInAnyOrderEntriesOf(Map.of(Source.STATISTICS, FROM_STATISTICS,
        Source.ENGINE, FROM_ENGINE, Source.INPUT, FROM_INPUTS, Source.HELD, HELD_ROWS));
  }

  /** Rows the library's statistics give (repeats included). */
  static final long FROM_STATISTICS = 193;

  /** Rows the allocation engine gives (repeats included). */
  static final long FROM_ENGINE = 4;

  /** Rows that check an input of the scenario (repeats included). */
  static final long FROM_INPUTS = 14;

  /** Rows held as published and checked against the held data (repeats included). */
  static final long HELD_ROWS = 50;
}
