package se.utvecklingsmedel.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.ledger.Ledger;
import se.utvecklingsmedel.json.GrantJson;
import se.utvecklingsmedel.json.ThreeSixtyGiving;

/**
 * The main job: the 2016 round end to end.
 *
 * <p>Reads the 2016 scenario shipped with the examples ({@link Scenario2016}: the built-in round
 * with illustrative recipient-level data whose totals match the 2016 account), recomputes the
 * allocation, redistribution, utilisation and statistics from it, prints a report a grant
 * administrator would read, and writes the allocation, the statistics and a 360Giving export as
 * JSON to a folder.
 *
 * <p>Usage: {@code Round2016 [--lang sv|en] [output-folder]}: the report in Swedish (the default)
 * or English; the folder defaults to {@code target/round-2016}. Besides the JSON it writes {@code
 * report.html}, the round in Swedish with charts ({@link HtmlReport}).
 */
public final class Round2016 {

  private Round2016() {
  }

  /**
   * Runs the main job.
   *
   * @param args {@code [--lang sv|en] [output-folder]}
   */
  public static void main(String[] args) {
    Language language = Language.SWEDISH;
    Path out = Path.of("target/round-2016");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang")) {
        if (i + 1 == args.length) {
          throw new IllegalArgumentException("--lang needs a language: sv or en");
        }
        language = language(args[++i]);
      } else {
        out = Path.of(args[i]);
      }
    }
    FollowUp followUp = readScenario();
    report(followUp, System.out, language);
    write(followUp, out);
    System.out.println((language == Language.SWEDISH ? "Skrev allocation.json, statistics.json, "
        + "360giving.json, ledger.json och report.html till " : "Wrote allocation.json, "
        + "statistics.json, 360giving.json, ledger.json and report.html to ")
        + out.toAbsolutePath());
  }

  /** "sv" or "en", as {@code --lang} takes them. */
  static Language language(String code) {
    switch (code) {
      case "sv":
        return Language.SWEDISH;
      case "en":
        return Language.ENGLISH;
      default:
        throw new IllegalArgumentException("--lang must be sv or en, but was '" + code + "'");
    }
  }

  /**
   * Reads the shipped scenario, recomputing everything from its inputs.
   *
   * @return the 2016 follow-up
   */
  static FollowUp readScenario() {
    try (InputStream in = Round2016.class.getResourceAsStream(Scenario2016.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The scenario " + Scenario2016.RESOURCE + " is missing");
      }
      return GrantJson.read(in, FollowUp.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(FollowUp followUp, Path folder) {
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("allocation.json"), GrantJson.write(followUp.allocation()),
          StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("statistics.json"), StatisticsDocument.of(followUp),
          StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("360giving.json"),
          GrantJson.mapper().writeValueAsString(ThreeSixtyGiving.export(followUp)),
          StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("report.html"), HtmlReport.of(followUp),
          StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("ledger.json"), GrantJson.write(Ledger.of(followUp)),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write to " + folder, e);
    }
  }

  /**
   * Prints the report in a language.
   *
   * @param followUp the follow-up
   * @param out where to print
   * @param language Swedish or English
   */
  static void report(FollowUp followUp, PrintStream out, Language language) {
    new ConsoleReport(followUp, out, language).print();
  }
}
