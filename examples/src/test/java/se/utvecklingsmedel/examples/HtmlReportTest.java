package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * report.html as a reader gets it, independently of any browser: the page and its inline SVG
 * parsed, and every figure a chart draws or a table lists checked against the statistics objects
 * and the totals the 2016 account publishes — never against a copy of the page's own sums — and
 * nothing loaded from elsewhere. Every chart must draw something.
 */
class HtmlReportTest {

  private static FollowUp followUp;
  private String html;
  private Document page;

  @BeforeAll
  static void read() {
    followUp = Round2016.readScenario();
  }

  /** Rendered for each test, so that a mutation tool sees each test run the renderer. */
  @BeforeEach
  void render() {
    html = HtmlReport.of(followUp);
    page = Jsoup.parse(html, "", Parser.htmlParser());
  }

  /** What every chart and its table show, by label: the exact values in the page. */
  private Map<String, Long> shown(String selector) {
    Map<String, Long> shown = new LinkedHashMap<>();
    for (Element e : page.select(selector)) {
      Long before = shown.put(e.attr("data-label"), Long.parseLong(e.attr("data-value")));
      assertThat(before).as("shown twice: " + e.attr("data-label")).isNull();
    }
    return shown;
  }

  @Test
  void itIsOneSelfContainedSwedishPage() {
    assertThat(page.select("html").attr("lang")).isEqualTo("sv");
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("link, img, iframe, object, embed")).isEmpty();
    assertThat(page.select("[src], [href]")).isEmpty();
    assertThat(html).doesNotContain("@import").doesNotContain("url(").doesNotContain("@font-face");
    assertThat(page.select("svg")).hasSize(7);
    assertThat(page.select("svg")).allMatch(svg -> svg.attr("xmlns")
        .equals("http://www.w3.org/2000/svg"));
    assertThat(page.select("h1").text()).isEqualTo("Utvecklingsmedel 2016 – uppföljning");
  }

  /** One pot's row in the money chart and table, as the statistics of its categories give it. */
  private static void expectPot(Map<String, Long> expected, String label, Amount budget,
      RecipientCategory... categories) {
    expected.put(label + " – Budget", budget.toOre());
    expected.put(label + " – Beviljat", sum(s -> s.funds().grantedAmount(), categories));
    expected.put(label + " – Förbrukat", sum(s -> s.utilisation().usedAmount(), categories));
    expected.put(label + " – Ej förbrukat", sum(s -> s.utilisation().unusedAmount(), categories));
  }

  private static long sum(Function<CategoryStatistics, Amount> figure,
      RecipientCategory... categories) {
    long ore = 0;
    for (RecipientCategory category : categories) {
      ore = Math.addExact(ore, figure.apply(RoundStatistics.of(followUp).of(category)).toOre());
    }
    return ore;
  }

  /** Öre from kronor as the account writes them. */
  private static long kronor(long kronor) {
    return kronor * 100;
  }

  /**
   * The money chart and table against the statistics of each pot's categories (the page sums the
   * reports of each pot; the statistics count them per category) and against the totals the 2016
   * account publishes: budgets and grants exactly, unused funds within the precision it states.
   */
  @Test
  void moneyPerPotIsTheStatisticsAndThePublishedTotals() {
    Map<String, Long> expected = new LinkedHashMap<>();
    expectPot(expected, "Utvecklingsmedel till kommuner", Amount.ofKronor(50_000_000),
        RecipientCategory.MUNICIPALITY);
    expectPot(expected, "Utvecklingsmedel till landsting", Amount.ofKronor(20_000_000),
        RecipientCategory.REGION);
    expectPot(expected, "Utvecklingsmedel till ideella föreningar och stiftelser",
        Amount.ofKronor(15_000_000), RecipientCategory.NON_PROFIT_ORGANISATION);
    expectPot(expected, "Särskilda stimulansmedel till länsstyrelserna och NCK", Amount.ofKronor(5_000_000),
        RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD, RecipientCategory.NATIONAL_CENTRE);
    Map<String, Long> chart = shown("#money-chart g[data-value]");
    assertThat(chart.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    assertThat(chart).isEqualTo(expected);
    assertThat(shown("#money-table td[data-value]")).isEqualTo(chart);
    // The account's totals: granted "50 miljoner … 20 miljoner … 15 miljoner … fem miljoner";
    // unused "cirka 10 miljoner", "cirka 5,7 miljoner", "cirka 1,8 miljoner", "cirka 400 000".
    assertThat(chart).containsEntry("Utvecklingsmedel till kommuner – Beviljat", kronor(50_000_000))
        .containsEntry("Utvecklingsmedel till landsting – Beviljat", kronor(20_000_000))
        .containsEntry("Utvecklingsmedel till ideella föreningar och stiftelser – Beviljat",
            kronor(15_000_000))
        .containsEntry("Särskilda stimulansmedel till länsstyrelserna och NCK – Beviljat", kronor(5_000_000));
    assertThat(chart.get("Utvecklingsmedel till kommuner – Ej förbrukat"))
        .isBetween(kronor(9_500_000), kronor(10_500_000));
    assertThat(chart.get("Utvecklingsmedel till landsting – Ej förbrukat"))
        .isBetween(kronor(5_650_000), kronor(5_750_000));
    assertThat(chart.get("Utvecklingsmedel till ideella föreningar och stiftelser – Ej förbrukat"))
        .isBetween(kronor(1_750_000), kronor(1_850_000));
    assertThat(chart.get("Särskilda stimulansmedel till länsstyrelserna och NCK – Ej förbrukat"))
        .isBetween(kronor(350_000), kronor(450_000));
    // The bars are drawn in proportion: the largest, the municipalities' budget, is the widest.
    assertThat(page.select("#money-chart g[data-label=\"Utvecklingsmedel till kommuner – Budget\"] "
        + "rect").attr("width")).isEqualTo("310");
  }

  /**
   * The share used per category, in tenths of a percent: used / (used + unused) from the
   * statistics' amounts, worked out here in whole öre (not through {@code shareUsed}, which the
   * page draws), and for the regions and non-profits within what the account's totals allow.
   */
  @Test
  void theShareUsedPerCategoryIsUsedOverReported() {
    Map<String, Long> expected = new LinkedHashMap<>();
    for (CategoryStatistics c : RoundStatistics.of(followUp).categories().values()) {
      BigInteger used = BigInteger.valueOf(c.utilisation().usedAmount().toOre());
      BigInteger reported = used.add(BigInteger.valueOf(c.utilisation().unusedAmount().toOre()));
      if (reported.signum() > 0) {
        // tenths of a percent, half up: (1000 · used + reported / 2) / reported
        expected.put(c.category().labelAsOf(java.time.LocalDate.of(2016, 1, 1)), used.multiply(BigInteger.valueOf(1000))
            .add(reported.divide(BigInteger.TWO)).divide(reported).longValueExact());
      }
    }
    Map<String, Long> chart = shown("#shares-chart g[data-value]");
    assertThat(chart).isNotEmpty().isEqualTo(expected);
    assertThat(shown("#shares-table td[data-value]")).isEqualTo(chart);
    // Regions: 20 miljoner granted, cirka 5,7 miljoner unused, so 71,25–71,75 % used.
    assertThat(chart.get("Landsting")).isBetween(712L, 718L);
    // Non-profits: 15 miljoner granted, cirka 1,8 miljoner unused, so 87,67–88,33 % used.
    assertThat(chart.get("Ideell förening eller stiftelse")).isBetween(876L, 884L);
    assertThat(page.select("#shares-table td.n").eachText())
        .allMatch(text -> text.matches("\\d{1,3},\\d % \\[I\\]"));
  }

  @Test
  void theMostCommonAreasInstrumentsAndGroupsAreTheStatistics() {
    for (CategoryStatistics c : RoundStatistics.of(followUp).categories().values()) {
      if (!c.work().areas().isEmpty()) {
        String id = "#areas-" + c.category().name();
        Map<String, Long> shown = shown(id + "-chart g[data-value]");
        assertThat(shown).hasSize(Math.min(8, c.work().areas().size()));
        shown.forEach((label, n) -> assertThat(count(c.work().areas(), label)).as(label).isEqualTo(n));
        assertThat(shown(id + "-table td[data-value]")).isEqualTo(shown);
        // The most common: nothing left out counts more than the least shown.
        long least = shown.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(c.work().areas().entrySet()).filteredOn(e -> !shown.containsKey(e.getKey().label()))
            .allMatch(e -> e.getValue() <= least);
      }
    }
    assertThat(shown("#areas-NON_PROFIT_ORGANISATION-chart g[data-value]"))
        .containsEntry("Kvalitetsutveckling av eget arbete", 38L)
        .containsEntry("Insatser för våldsutsatta kvinnor", 27L);
    Map<String, Long> instruments = shown("#instruments-chart g[data-value]");
    assertThat(instruments).isNotEmpty();
    Map<String, Long> allInstruments = summed(s -> s.work().instruments());
    instruments.forEach((label, n) -> assertThat(allInstruments.get(label)).as(label).isEqualTo(n));
    mostCommon(instruments, allInstruments);
    Map<String, Long> groups = shown("#groups-chart g[data-value]");
    assertThat(groups).isNotEmpty();
    Map<String, Long> allGroups = summed(s -> s.work().vulnerableGroups());
    groups.forEach((label, n) -> assertThat(allGroups.get(label)).as(label).isEqualTo(n));
    mostCommon(groups, allGroups);
    assertThat(groups).containsKey("Hedersrelaterat våld");
  }

  @Test
  void aDecisionTextInSwedishIsShown() {
    assertThat(page.select("#decision").text()).startsWith("ILLUSTRATIVT EXEMPEL: ")
        .contains("Beslut om utvecklingsmedel till kommuner: ")
        .contains("Beviljat belopp: ").contains("Skäl för beslutet:")
        .contains("Återbetalning och återkrav:");
  }

  /** Recipients per term's label, over every category. */
  private Map<String, Long> summed(
      Function<CategoryStatistics, ? extends Map<? extends SwedishLabelled, Integer>> counts) {
    Map<String, Long> all = new LinkedHashMap<>();
    RoundStatistics.of(followUp).categories().values().forEach(c -> counts.apply(c)
        .forEach((term, n) -> all.merge(term.label(), (long) n, Long::sum)));
    return all;
  }

  /** A chart of the most common: eight (or all), and nothing left out counts more. */
  private static void mostCommon(Map<String, Long> shown, Map<String, Long> all) {
    assertThat(shown).hasSize(Math.min(8, all.size()));
    long least = shown.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    assertThat(all.entrySet()).filteredOn(e -> !shown.containsKey(e.getKey()))
        .allMatch(e -> e.getValue() <= least);
  }

  /** Every bar of every chart: drawn when its value is above zero, wider for a larger value. */
  @Test
  void everyChartDrawsItsBarsInProportion() {
    for (Element svg : page.select("svg")) {
      List<long[]> bars = new java.util.ArrayList<>();
      for (Element g : svg.select("g[data-value]")) {
        bars.add(new long[] {Long.parseLong(g.attr("data-value")),
            Long.parseLong(g.selectFirst("rect").attr("width"))});
      }
      assertThat(bars).as(svg.parent().id()).isNotEmpty();
      bars.forEach(b -> assertThat(b[1] > 0).as(svg.parent().id()).isEqualTo(b[0] > 0));
      bars.sort(java.util.Comparator.comparingLong(b -> b[0]));
      for (int i = 1; i < bars.size(); i++) {
        assertThat(bars.get(i)[1]).as(svg.parent().id()).isGreaterThanOrEqualTo(bars.get(i - 1)[1]);
      }
    }
  }

  private static long count(Map<? extends SwedishLabelled, Integer> counts, String label) {
    return counts.entrySet().stream().filter(e -> e.getKey().label().equals(label))
        .mapToLong(Map.Entry::getValue).sum();
  }
}
