package se.utvecklingsmedel.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.utvecklingsmedel.decision.Language;

/**
 * Every figure the published sources state about the 2016 funds, as data: one row per place a
 * figure is stated, with the document's own words and the heading it stands under. The main job
 * prints them all, marked as published and with their source, beside the figures it computes from
 * its illustrative scenario, so that no reader takes one for the other.
 *
 * <p>Two tables, each with its note of origin in its first lines: {@code published-figures-2016.tsv}
 * (Socialstyrelsen's account of the 2016 funds, every figure it states) and {@code
 * published-figures-2016-2018.tsv} (the 2016–2018 final report and the news item on it).
 */
final class PublishedAccount {

  /** The 2016 account, as a reader names it. */
  static final String ACCOUNT_2016 = "Socialstyrelsen, redovisning av 2016 års utvecklingsmedel "
      + "och kompetensstöd (delredovisning till Regeringskansliet, 30 september 2017)";

  /** The sources of the 2016–2018 table, by the id its rows name. */
  static final ImmutableMap<String, String> SOURCES = ImmutableMap.of(
      "S13", "Socialstyrelsen, Kvalitetsutveckling av arbetet mot våld i nära relationer – En "
          + "slutredovisning av kompetensstödet och utvecklingsmedlen 2016–2018",
      "N", "Socialstyrelsen, nyheten »Våldet mer synligt i kommunerna« om slutredovisningen "
          + "2016–2018");

  private PublishedAccount() {
  }

  /**
   * One figure where a source states it.
   *
   * @param id the row's id ({@code F003})
   * @param line the line in the team's copy of the document
   * @param category the recipient category, {@code ROUND} or {@code COMPETENCE_SUPPORT}
   * @param section the heading it stands under in the document
   * @param what what it counts, in English
   * @param swedish the document's own words
   * @param value the value as written: a number or an ISO date
   * @param unit count, kronor, percent, date, people, …
   * @param approximate whether the words give it approximately
   * @param kind input, derived or survey
   * @param repeatOf the row it restates, or empty
   * @param precision for an approximate figure, its precision, "över" or "under"
   * @param source the document
   */
  record Figure(String id, int line, String category, String section, String what,
      String swedish, String value, String unit, boolean approximate, String kind,
      String repeatOf, String precision, String source) {

    /** The value as a Swedish reader writes it: "cirka 10 000 000 kr", "över 32 000", "nästan 10", "81 %". */
    String shown() {
      // "cirka" only where the source says it in so many words; a round number ("44,4 miljoner")
      // is approximate by the table's rule, but the source adds no word to it.
      String prefix = !approximate ? "" : precision.equals("över") ? "över "
          : precision.equals("under") ? "nästan "
          : swedish.matches("(?i).*(cirka|ungefär|ett [a-zåäö]+tal|omkring).*") ? "cirka " : "";
      return prefix + switch (unit) {
        case "kronor" -> ConsoleReport.grouped(Long.parseLong(value)) + " kr";
        case "percent" -> value + " %";
        case "date" -> Language.SWEDISH.date(LocalDate.parse(value));
        default -> ConsoleReport.grouped(Long.parseLong(value));
      };
    }

    /** The document's words, with the line breaks' hyphens joined ("utveckl- ingsmedel"). */
    String words() {
      return swedish.replaceAll("(\\p{Ll})- (?!och |eller |samt )(\\p{Ll})", "$1$2");
    }

    /** Whether the row restates another. */
    boolean repeat() {
      return !repeatOf.isEmpty();
    }
  }

  /** Every figure of the 2016 account, in document order. */
  static List<Figure> account2016() {
    return read("published-figures-2016.tsv", ACCOUNT_2016);
  }

  /** Every figure of the 2016–2018 final report and the news item on it. */
  static List<Figure> finalReport() {
    return read("published-figures-2016-2018.tsv", null);
  }

  private static List<Figure> read(String name, String source) {
    List<Figure> rows = new ArrayList<>();
    try (InputStream in = PublishedAccount.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The table " + name + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8));
      reader.lines().filter(l -> !l.startsWith("#") && !l.startsWith("id\t")).forEach(l -> {
        String[] f = l.split("\t", -1);
        rows.add(new Figure(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4], f[5], f[6], f[7],
            f[8].equals("approx"), f[9], f[10], f[11],
            source != null ? source : SOURCES.get(f[12])));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ImmutableList.copyOf(rows);
  }
}
