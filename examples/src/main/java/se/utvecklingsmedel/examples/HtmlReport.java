package se.utvecklingsmedel.examples;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.ledger.Account;
import se.utvecklingsmedel.ledger.EntryKind;
import se.utvecklingsmedel.ledger.Ledger;
import se.utvecklingsmedel.ledger.LedgerEntry;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.published.PublishedReports;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.support.NationalSupport;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * The round as one self-contained HTML page in Swedish ({@code report.html}): charts where an
 * official would rather look than read — money per pot (budget, granted, used, unused), the share
 * used per category, the most common areas, instruments and groups — drawn as inline SVG from the
 * computed figures, each with a table of the same figures beneath it, and one decision text. No
 * script, no style sheet, font or image from elsewhere: it opens in any browser with nothing
 * installed.
 *
 * <p>Every figure drawn or tabled carries its exact value in a {@code data-value} attribute (öre
 * for money, tenths of a per cent for shares, a count otherwise) beside its {@code data-label}, so
 * a test can check each against the statistics without reading pixels.
 */
final class HtmlReport {

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  private static final String[] COLOURS = {"#1f5f8b", "#4f9fd1", "#2e8b57", "#d9822b"};
  private static final int TOP = 8;

  private final FollowUp followUp;
  private final StringBuilder html = new StringBuilder(64 * 1024);

  private HtmlReport(FollowUp followUp) {
    this.followUp = followUp;
  }

  /**
   * Returns the page.
   *
   * @param followUp the round's follow-up
   * @return the whole HTML document
   */
  static String of(FollowUp followUp) {
    return new HtmlReport(followUp).page();
  }

  /**
   * One bar of a chart: its label, its exact value, how it is written and where it comes from
   * ({@link #PUBLISHED}, {@link #FROM_PUBLISHED} or {@link #ILLUSTRATIVE}).
   */
  record Bar(String label, long value, String text, String provenance) {
  }

  /** A figure as a source publishes it. */
  static final String PUBLISHED = "published";
  /** A figure computed from published inputs. */
  static final String FROM_PUBLISHED = "computed";
  /** A figure computed from invented recipient-level data. */
  static final String ILLUSTRATIVE = "illustrative";

  /** The visible mark of each provenance, as the console report marks it. */
  private static String mark(String provenance) {
    return switch (provenance) {
      case PUBLISHED -> "[P]";
      case FROM_PUBLISHED -> "[B]";
      default -> "[I]";
    };
  }

  /** The provenance of what this report computes: illustrative when the inputs are invented. */
  private String computed() {
    return followUp.allocation().illustration().isPresent() ? ILLUSTRATIVE : FROM_PUBLISHED;
  }

  private String page() {
    html.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Utvecklingsmedel 2016 – uppföljning</title>\n<style>\n")
        .append("body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;")
        .append("margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a;line-height:1.4}\n")
        .append("h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem}")
        .append("table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem}")
        .append("th,td{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left}")
        .append("td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}")
        .append("figure{margin:1rem 0}figcaption{font-size:.9rem;color:#555}")
        .append("pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem;font-size:.85rem}")
        .append(".mark{font-size:.75rem;color:#555;margin-left:.25rem}")
        .append(".illustration{background:#fff4d6;border-left:4px solid #d9822b;padding:.5rem 1rem}"
            + "\n")
        .append("</style>\n</head>\n<body>\n");
    GrantRound round = followUp.allocation().round();
    html.append("<h1>Utvecklingsmedel ").append(round.year()).append(" – uppföljning</h1>\n")
        .append("<p>").append(text(round.legalBasis())).append(markSpan(PUBLISHED))
        .append("</p>\n");
    html.append("<p id=\"legend\">Märkning: <b>[P]</b> publicerat, med källan; <b>[B]</b> "
        + "beräknat från publicerade uppgifter; <b>[I]</b> illustrativt: beräknat från påhittade "
        + "uppgifter per mottagare, även där en summa stämmer med en publicerad.</p>\n");
    followUp.allocation().illustration().ifPresent(note -> html.append("<p id=\"illustration\" "
        + "class=\"illustration\">").append(text(note))
        .append(markSpan(ILLUSTRATIVE)).append("</p>\n"));
    html.append("<p>Uppföljningen avser förbrukningen av medlen till och med ")
        .append(Language.SWEDISH.date(round.usePeriod().getEndInclusive()))
        .append(" (användningsperioden) ").append(markSpan(PUBLISHED))
        .append(". Återrapporteringarna är bedömda per ")
        .append(Language.SWEDISH.date(followUp.asOf())).append(", scenariots dag ")
        .append(markSpan(computed())).append('.');
    if (!round.governmentReportDeadlines().isEmpty()) {
      html.append(" Redovisningar till Regeringskansliet ska lämnas senast ")
          .append(text(round.governmentReportDeadlines().stream().map(Language.SWEDISH::date)
              .collect(java.util.stream.Collectors.joining(", ")))).append(' ')
          .append(markSpan(PUBLISHED)).append('.');
    }
    html.append("</p>\n");
    money();
    shares();
    for (CategoryStatistics c : RoundStatistics.of(followUp).categories().values()) {
      if (!c.work().areas().isEmpty()) {
        terms("areas-" + c.category().name(), "Vanligaste områdena: "
            + c.category().labelAsOf(round.usePeriod().getStart()),
            "Område", c.work().areas());
      }
    }
    terms("instruments", "Vanligaste bedömningsmetoderna (mottagare i alla kategorier, en summa "
        + "som källan inte publicerar)",
        "Bedömningsmetod", summed(s -> s.work().instruments()));
    terms("groups", "Vanligaste särskilt utsatta grupperna (mottagare i alla kategorier, en summa "
        + "som källan inte publicerar)",
        "Grupp", summed(s -> s.work().vulnerableGroups()));
    example();
    ledger();
    held(PublishedReports.nationalSupport2016());
    published("Alla uppgifter som källan publicerar", PublishedAccount.ACCOUNT_2016,
        PublishedAccount.account2016(), "published-2016");
    published("Senare publicerat om hela satsningen 2016–2018", "Slutredovisningen 2016–2018 och "
        + "nyheten om den", PublishedAccount.finalReport(), "published-2016-2018");
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  /** Money per followed-up pot: budget, granted, used, unused. */
  private void money() {
    String[] series = {"Budget", "Beviljat", "Förbrukat", "Ej förbrukat"};
    Map<String, List<Bar>> groups = new LinkedHashMap<>();
    for (PotAllocation pot : followUp.allocation().pots().values()) {
      if (!pot.pot().followedUp()) {
        continue;
      }
      List<FollowUpReport> reports = followUp.settlements().stream()
          .filter(s -> s.grant().potId().equals(pot.pot().id()))
          .flatMap(s -> s.report().stream()).toList();
      Amount used = Amount.total(reports.stream().map(FollowUpReport::usedOfGrant).toList());
      Amount unused = Amount.total(reports.stream().map(FollowUpReport::unused).toList());
      List<Bar> bars = new ArrayList<>();
      Amount[] values = {pot.budget(), pot.granted(), used, unused};
      for (int i = 0; i < series.length; i++) {
        bars.add(new Bar(series[i], values[i].toOre(), values[i].toSwedishString(),
            i == 0 ? PUBLISHED : computed()));
      }
      groups.put(pot.pot().label(), bars);
    }
    html.append("<h2>Pengar per pott</h2>\n<figure id=\"money\">\n");
    groupedChart("money", groups, series);
    html.append("<figcaption>Budget, beviljat, förbrukat och ej förbrukat per pott, i kronor. "
        + "Budgeten enligt regeringsbeslutet ").append(markSpan(PUBLISHED)).append("; övriga "
        + "belopp beräknade ur scenariot ").append(markSpan(computed()))
        .append("</figcaption>\n</figure>\n<table id=\"money-table\">\n<tr><th>Pott</th>");
    for (String s : series) {
      html.append("<th>").append(s).append("</th>");
    }
    html.append("</tr>\n");
    groups.forEach((pot, bars) -> {
      html.append("<tr><td>").append(text(pot)).append("</td>");
      bars.forEach(b -> html.append("<td class=\"n\" data-label=\"").append(text(pot + " – "
          + b.label())).append("\" data-value=\"").append(b.value())
          .append("\" data-provenance=\"").append(b.provenance()).append("\">")
          .append(text(b.text())).append(markSpan(b.provenance())).append("</td>"));
      html.append("</tr>\n");
    });
    html.append("</table>\n");
    unreported();
  }

  /**
   * Per pot, what was granted to recipients that did not report: with it, granted = used + unused
   * + not reported on, so every row of the money table adds up.
   */
  private void unreported() {
    html.append("<table id=\"unreported-table\">\n<tr><th>Pott</th><th>Ej återrapporterat"
        + "</th></tr>\n");
    for (PotAllocation pot : followUp.allocation().pots().values()) {
      if (!pot.pot().followedUp()) {
        continue;
      }
      Amount unreported = Amount.total(followUp.settlements().stream()
          .filter(s -> s.grant().potId().equals(pot.pot().id()) && s.report().isEmpty())
          .map(s -> s.grant().granted()).toList());
      html.append("<tr><td>").append(text(pot.pot().label())).append("</td><td class=\"n\" "
          + "data-label=\"").append(text(pot.pot().label() + " – Ej återrapporterat"))
          .append("\" data-value=\"").append(unreported.toOre()).append("\" data-provenance=\"")
          .append(computed()).append("\">").append(text(unreported.toSwedishString()))
          .append(markSpan(computed())).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  /** The share of reported funds used, per category. */
  private void shares() {
    List<Bar> bars = new ArrayList<>();
    for (CategoryStatistics c : RoundStatistics.of(followUp).categories().values()) {
      c.utilisation().shareUsed().ifPresent(share -> {
        long tenths = share.percent(1, RoundingMode.HALF_UP).movePointRight(1).longValueExact();
        bars.add(new Bar(c.category().labelAsOf(followUp.allocation().round().usePeriod()
            .getStart()), tenths, share.percent(1, RoundingMode.HALF_UP).toPlainString()
            .replace('.', ',') + " %", computed()));
      });
    }
    html.append("<h2>Andel förbrukade av återrapporterade medel per kategori</h2>\n"
        + "<figure id=\"shares\">\n");
    barChart("shares", bars, 1000);
    html.append("<figcaption>Förbrukade medel som andel av förbrukade och ej förbrukade medel i "
        + "återrapporteringarna ").append(markSpan(computed()))
        .append(".</figcaption>\n</figure>\n");
    table("shares-table", "Kategori", "Andel förbrukad", bars);
  }

  private void terms(String id, String title, String column, Map<?, Integer> counts) {
    List<Bar> bars = counts.entrySet().stream()
        .map(e -> new Bar(((SwedishLabelled) e.getKey()).label(), e.getValue(),
            Integer.toString(e.getValue()), computed()))
        .sorted(Comparator.comparingLong(Bar::value).reversed().thenComparing(Bar::label))
        .limit(TOP)
        .toList();
    html.append("<h2>").append(text(title)).append("</h2>\n<figure id=\"").append(id)
        .append("\">\n");
    barChart(id, bars, bars.isEmpty() ? 1 : bars.get(0).value());
    html.append("<figcaption>Antal mottagare som anger vart och ett (högst ").append(TOP)
        .append(") ").append(markSpan(computed())).append(".</figcaption>\n</figure>\n");
    table(id + "-table", column, "Mottagare", bars);
  }

  /** Per term, the recipients of every category naming it. */
  private Map<Object, Integer> summed(
      Function<CategoryStatistics, Map<?, Integer>> counts) {
    Map<Object, Integer> sum = new LinkedHashMap<>();
    RoundStatistics.of(followUp).categories().values().forEach(c ->
        counts.apply(c).forEach((term, n) -> sum.merge(term, n, Integer::sum)));
    return sum;
  }

  private void example() {
    followUp.settlements().stream()
        .filter(s -> s.grant().redistributed().signum() > 0 && !s.claims().isEmpty())
        .findFirst().map(s -> s.decisionText(Language.SWEDISH)).ifPresent(decision -> html
            .append("<h2>Exempel på beslut med skäl ").append(markSpan(computed()))
            .append("</h2>\n<pre id=\"decision\">")
            .append(text(decision)).append("</pre>\n"));
  }

  /**
   * The round's ledger: each kind's total, each account's balance, and every recipient's account
   * (kontoutdrag), folded, one table each.
   */
  private void ledger() {
    Ledger ledger = Ledger.of(followUp);
    String provenance = computed();
    html.append("<h2>Huvudbok").append(markSpan(provenance)).append("</h2>\n<p>")
        .append(ledger.entries().size()).append(" händelser. Varje händelse flyttar pengar från "
            + "ett konto till ett annat; statens anslag visar vad omgången dragit netto, summan av "
            + "de andra kontona.</p>\n");
    List<Bar> totals = new ArrayList<>();
    for (EntryKind kind : EntryKind.values()) {
      Amount total = ledger.total(kind);
      if (total.signum() > 0) {
        totals.add(new Bar(kind.label(), total.toOre(), total.toSwedishString(), provenance));
      }
    }
    table("ledger-totals", "Händelse", "Summa", totals);
    List<Bar> balances = new ArrayList<>();
    for (Account account : Account.values()) {
      Amount balance = ledger.balance(account);
      balances.add(new Bar(account.label(), balance.toOre(), balance.toSwedishString(),
          provenance));
    }
    table("ledger-balances", "Konto", "Ställning vid sista händelsen", balances);
    html.append("<h2>Kontoutdrag per mottagare").append(markSpan(provenance)).append("</h2>\n");
    LocalDate named = followUp.allocation().round().usePeriod().getStart();
    for (Recipient recipient : ledger.recipients()) {
      html.append("<details class=\"statement\"><summary>")
          .append(text(recipient.swedishLabelAsOf(named))).append("</summary>\n");
      Ledger own = ledger.forRecipient(recipient);
      for (PotId pot : followUp.allocation().pots().keySet()) {
        List<LedgerEntry> entries = own.forPot(pot).entries();
        if (entries.isEmpty()) {
          continue;
        }
        html.append("<table><caption>")
            .append(text(followUp.allocation().pot(pot).pot().label())).append(markSpan(provenance))
            .append("</caption>\n<tr><th>Datum</th><th>Händelse</th><th>Belopp</th></tr>\n");
        for (LedgerEntry entry : entries) {
          html.append("<tr><td>").append(entry.date()).append("</td><td>")
              .append(text(entry.kind().label())).append("</td><td class=\"n\">")
              .append(text(entry.amount().toSwedishString())).append("</td></tr>\n");
        }
        for (Account account : EnumSet.range(Account.SET_ASIDE, Account.WRITTEN_OFF)) {
          Amount held = own.forPot(pot).balance(account);
          if (held.signum() > 0) {
            html.append("<tr><th colspan=\"2\">Ställning: ").append(text(account.label()))
                .append("</th><td class=\"n\">").append(text(held.toSwedishString()))
                .append("</td></tr>\n");
          }
        }
        html.append("</table>\n");
      }
      html.append("</details>\n");
    }
  }

  // --- drawing ---------------------------------------------------------------------------------

  private static final int WIDTH = 760;
  private static final int LABEL = 300;
  private static final int ROW_HEIGHT = 24;

  /** Horizontal bars, each scaled to {@code max}, with its label and value written beside it. */
  private void barChart(String id, List<Bar> bars, long max) {
    int height = bars.size() * ROW_HEIGHT + 10;
    svgOpen(id, height);
    int y = 5;
    for (Bar bar : bars) {
      bar(bar, bar.label(), bar.label(), y, max, COLOURS[0], 18);
      y += ROW_HEIGHT;
    }
    html.append("</svg>\n");
  }

  /** One group of bars per pot, one bar per series, with a legend. */
  private void groupedChart(String id, Map<String, List<Bar>> groups, String[] series) {
    long max = groups.values().stream().flatMap(List::stream).mapToLong(Bar::value).max()
        .orElse(1);
    int height = 30 + groups.size() * (series.length * 16 + 36);
    svgOpen(id, height);
    for (int i = 0; i < series.length; i++) {
      html.append("<rect x=\"").append(LABEL + i * 110).append("\" y=\"6\" width=\"12\" "
          + "height=\"12\" fill=\"").append(COLOURS[i]).append("\"/><text x=\"")
          .append(LABEL + 16 + i * 110).append("\" y=\"16\" font-size=\"12\">").append(series[i])
          .append("</text>");
    }
    int y = 30;
    for (Map.Entry<String, List<Bar>> group : groups.entrySet()) {
      html.append("<text x=\"0\" y=\"").append(y + 12)
          .append("\" font-size=\"13\" font-weight=\"bold\">").append(text(group.getKey()))
          .append("</text>\n");
      y += 18;
      int i = 0;
      for (Bar bar : group.getValue()) {
        bar(bar, group.getKey() + " – " + bar.label(), bar.label(), y, max, COLOURS[i++], 13);
        y += 16;
      }
      y += 18;
    }
    html.append("</svg>\n");
  }

  private void svgOpen(String id, int height) {
    html.append("<svg id=\"").append(id).append("-chart\" xmlns=\"http://www.w3.org/2000/svg\" "
        + "width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" font-family=\"system-ui,sans-serif\">\n");
  }

  private void bar(Bar bar, String label, String leftText, int y, long max, String colour,
      int height) {
    int span = WIDTH - LABEL - 150;
    // Pixels in whole numbers, rounded half up: no floating point near money.
    long width = max == 0 ? 0 : Math.max(bar.value() == 0 ? 0 : 1,
        Math.addExact(Math.multiplyExact((long) span, bar.value()), max / 2) / max);
    html.append("<g data-label=\"").append(text(label)).append("\" data-value=\"")
        .append(bar.value()).append("\" data-provenance=\"").append(bar.provenance())
        .append("\"><text x=\"").append(LABEL - 8).append("\" y=\"")
        .append(y + height - 3).append("\" font-size=\"12\" text-anchor=\"end\">")
        .append(text(shorten(leftText))).append("</text><rect x=\"").append(LABEL)
        .append("\" y=\"").append(y).append("\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" fill=\"").append(colour).append("\"/><text x=\"")
        .append(LABEL + width + 6).append("\" y=\"").append(y + height - 3)
        .append("\" font-size=\"12\">").append(text(bar.text() + " " + mark(bar.provenance())))
        .append("</text></g>\n");
  }

  private void table(String id, String labelColumn, String valueColumn, List<Bar> bars) {
    html.append("<table id=\"").append(id).append("\">\n<tr><th>").append(text(labelColumn))
        .append("</th><th>").append(text(valueColumn)).append("</th></tr>\n");
    for (Bar bar : bars) {
      html.append("<tr><td>").append(text(bar.label())).append("</td><td class=\"n\" "
          + "data-label=\"").append(text(bar.label())).append("\" data-value=\"")
          .append(bar.value()).append("\" data-provenance=\"").append(bar.provenance())
          .append("\">").append(text(bar.text())).append(markSpan(bar.provenance()))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  /** The visible mark, in a span a reader sees and a test finds. */
  private static String markSpan(String provenance) {
    return " <span class=\"mark\" data-provenance=\"" + provenance + "\">" + mark(provenance)
        + "</span>";
  }

  /** The figures no report gives, as the 2016 account publishes them. */
  private void held(NationalSupport support) {
    html.append("<h2>Uppgifter enligt källan, inte omräknade ").append(markSpan(PUBLISHED))
        .append("</h2>\n<p>").append(text(support.source())).append(".</p>\n")
        .append("<table id=\"held\">\n<tr><th>Uppgift</th><th>Värde</th></tr>\n");
    support.information().forEach(i -> {
      heldRow("Länsstyrelsernas information till kommunerna, erbjudits: " + i.theme().label(),
          i.offered(), Integer.toString(i.offered()));
      heldRow("Länsstyrelsernas information till kommunerna, tagit del: " + i.theme().label(),
          i.tookPart(), Integer.toString(i.tookPart()));
    });
    support.survey().ifPresent(s -> {
      heldRow("Länsstyrelsernas enkät: svar", s.respondents(), Integer.toString(s.respondents()));
      s.boardsSeeingNeed().forEach((need, n) -> heldRow("Länsstyrelser som ser ett behov: "
          + need.label(), n, Integer.toString(n)));
    });
    support.webCourse().ifPresent(w -> {
      heldRow("NCK:s webbkurs: användare t.o.m. " + Language.SWEDISH.date(w.countedUntil()),
          w.users(), ConsoleReport.grouped(w.users()));
      heldRow("NCK:s webbkurs: användare i grupper", w.usersInGroups(),
          ConsoleReport.grouped(w.usersInGroups()));
      heldRow("NCK:s webbkurs: grupper", w.groups(), Integer.toString(w.groups()));
      heldRow("NCK:s webbkurs: andel som skrev ut ett intyg", w.percentWithCertificate(),
          w.percentWithCertificate() + " %");
      heldRow("NCK:s webbkurs: andel från socialtjänsten", w.percentFromSocialServices(),
          w.percentFromSocialServices() + " %");
    });
    support.records().forEach(f -> heldRow(f.words(), f.value(), ConsoleReport.value(f)));
    support.stimulusActivities().forEach(a -> a.figures().forEach(f -> heldRow(
        a.board().displayName() + ": " + f.words(), f.value(), ConsoleReport.value(f))));
    html.append("</table>\n");
  }

  private void heldRow(String what, long value, String shown) {
    html.append("<tr><td>").append(text(what)).append("</td><td class=\"n\" data-label=\"")
        .append(text(what)).append("\" data-value=\"").append(value)
        .append("\" data-provenance=\"").append(PUBLISHED).append("\">").append(text(shown))
        .append(markSpan(PUBLISHED)).append("</td></tr>\n");
  }

  /** Every figure a source publishes, under its headings, with its words and its line. */
  private void published(String heading, String title, List<PublishedAccount.Figure> figures,
      String id) {
    html.append("<h2>").append(text(heading)).append(markSpan(PUBLISHED))
        .append("</h2>\n<p>").append(text(title)).append(". En uppgift som källan upprepar står "
            + "en gång.</p>\n<table id=\"").append(id).append("\">\n"
            + "<tr><th>Rubrik</th><th>Värde</th><th>Källans ord</th></tr>\n");
    for (PublishedAccount.Figure f : figures) {
      if (f.repeat()) {
        continue;
      }
      html.append("<tr><td>").append(text(f.section())).append("</td><td class=\"n\" "
          + "data-label=\"").append(text(f.id())).append("\" data-provenance=\"")
          .append(PUBLISHED).append("\">").append(text(f.shown())).append(markSpan(PUBLISHED))
          .append("</td><td>»").append(text(f.words())).append("«")
          .append(f.source().equals(PublishedAccount.ACCOUNT_2016) ? ""
              : " (" + text(f.source()) + ")").append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static String shorten(String label) {
    return label.length() <= 40 ? label : label.substring(0, 38) + "…";
  }

  private static String text(String text) {
    return HTML.escape(text);
  }
}
