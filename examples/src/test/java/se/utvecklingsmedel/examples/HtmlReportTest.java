package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.followup.CategoryStatistics;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * report.html as a reader gets it, independently of any browser (issue 13): the page and its inline
 * SVG parsed, and every figure a chart draws or a table lists checked against the computed
 * statistics — and nothing loaded from elsewhere.
 */
class HtmlReportTest {

  private static FollowUp followUp;
  private static String html;
  private static Document page;

  @BeforeAll
  static void render() {
    followUp = Round2016.readScenario();
    html = HtmlReport.of(followUp);
    page = Jsoup.parse(html, "", Parser.htmlParser());
  }

  /** What every chart and its table show, by label: the exact values in the page. */
  private static Map<String, Long> shown(String selector) {
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
    assertThat(page.select("svg").attr("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(page.select("h1").text()).isEqualTo("Utvecklingsmedel 2016 – uppföljning");
  }

  @Test
  void moneyPerPotIsTheRoundsInChartAndTable() {
    Map<String, Long> expected = new LinkedHashMap<>();
    for (PotAllocation pot : followUp.allocation().pots().values()) {
      if (!pot.pot().followedUp()) {
        continue;
      }
      List<FollowUpReport> reports = followUp.settlements().stream()
          .filter(s -> s.grant().potId().equals(pot.pot().id()))
          .flatMap(s -> s.report().stream()).toList();
      String id = pot.pot().label();
      expected.put(id + " – Budget", pot.budget().toOre());
      expected.put(id + " – Beviljat", pot.granted().toOre());
      expected.put(id + " – Förbrukat", Amount.total(reports.stream()
          .map(FollowUpReport::usedOfGrant).toList()).toOre());
      expected.put(id + " – Ej förbrukat", Amount.total(reports.stream()
          .map(FollowUpReport::unused).toList()).toOre());
    }
    assertThat(expected).containsEntry("Utvecklingsmedel till kommuner – Budget", 5_000_000_000L)
        .containsEntry("Utvecklingsmedel till kommuner – Ej förbrukat", 952_000_000L);
    assertThat(shown("#money-chart g[data-value]")).isEqualTo(expected);
    assertThat(shown("#money-table td[data-value]")).isEqualTo(expected);
    // The bars are drawn in proportion: the largest, the municipalities' budget, is the widest.
    assertThat(page.select("#money-chart g[data-label=\"Utvecklingsmedel till kommuner – Budget\"] "
        + "rect").attr("width")).isEqualTo("310");
  }

  @Test
  void theShareUsedPerCategoryIsTheStatistics() {
    Map<String, Long> expected = new LinkedHashMap<>();
    for (CategoryStatistics c : followUp.statistics().categories().values()) {
      c.shareUsed().ifPresent(s -> expected.put(c.category().label(),
          s.percent(1, RoundingMode.HALF_UP).movePointRight(1).longValueExact()));
    }
    assertThat(expected).containsEntry("Kommun", 809L);
    assertThat(shown("#shares-chart g[data-value]")).isEqualTo(expected);
    assertThat(shown("#shares-table td[data-value]")).isEqualTo(expected);
    assertThat(page.select("#shares-table td.n").first().text()).isEqualTo("80,9 %");
  }

  @Test
  void theMostCommonAreasInstrumentsAndGroupsAreTheStatistics() {
    for (CategoryStatistics c : followUp.statistics().categories().values()) {
      if (!c.areas().isEmpty()) {
        String id = "#areas-" + c.category().name();
        Map<String, Long> shown = shown(id + "-chart g[data-value]");
        assertThat(shown).hasSizeLessThanOrEqualTo(8).isNotEmpty();
        shown.forEach((label, n) -> assertThat(count(c.areas(), label)).as(label).isEqualTo(n));
        assertThat(shown(id + "-table td[data-value]")).isEqualTo(shown);
        // The most common: nothing left out counts more than the least shown.
        long least = shown.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(c.areas().entrySet()).filteredOn(e -> !shown.containsKey(e.getKey().label()))
            .allMatch(e -> e.getValue() <= least);
      }
    }
    assertThat(shown("#areas-NON_PROFIT_ORGANISATION-chart g[data-value]"))
        .containsEntry("Kvalitetsutveckling av eget arbete", 38L)
        .containsEntry("Insatser för våldsutsatta kvinnor", 27L);
    Map<String, Long> instruments = shown("#instruments-chart g[data-value]");
    instruments.forEach((label, n) -> assertThat(followUp.statistics().categories().values()
        .stream().mapToLong(c -> count(c.instruments(), label)).sum()).as(label).isEqualTo(n));
    Map<String, Long> groups = shown("#groups-chart g[data-value]");
    groups.forEach((label, n) -> assertThat(followUp.statistics().categories().values()
        .stream().mapToLong(c -> count(c.vulnerableGroups(), label)).sum()).as(label)
        .isEqualTo(n));
    assertThat(groups).containsKey("Hedersrelaterat våld");
  }

  @Test
  void aDecisionTextInSwedishIsShown() {
    assertThat(page.select("#decision").text()).startsWith("Beslut om utvecklingsmedel: ")
        .contains("Beviljat belopp: ").contains("Skäl för beslutet:")
        .contains("Återbetalning och återkrav:");
  }

  private static long count(Map<? extends SwedishLabelled, Integer> counts, String label) {
    return counts.entrySet().stream().filter(e -> e.getKey().label().equals(label))
        .mapToLong(Map.Entry::getValue).sum();
  }
}
