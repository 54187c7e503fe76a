package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.json.GrantJson;
import se.utvecklingsmedel.json.ThreeSixtyGiving;
import se.utvecklingsmedel.ledger.Ledger;
import se.utvecklingsmedel.statistics.RoundStatistics;

/**
 * The main job's outputs for 2016, pinned: the console report in Swedish and in English, {@code
 * report.html} and {@code statistics.json} byte for byte against files read and checked by a person
 * (in {@code main-job/}), {@code allocation.json}, {@code 360giving.json} and {@code ledger.json} by
 * their SHA-256 (they are about 2 MB together). A change to any output, meant or not, fails here first: a refactor
 * must leave them byte-identical, and a change in behaviour must say so by updating the files.
 *
 * <p>On a difference the output is written to {@code target/main-job-actual/} to be compared with
 * {@code diff}. To accept a change, run this test with {@code -Dmain-job.approve=true}: it rewrites
 * the files in {@code src/test/resources}, and the diff is then part of the commit.
 */
class MainJobOutputsTest {

  private static final Path EXPECTED =
      Path.of("src/test/resources/se/utvecklingsmedel/examples/main-job");
  private static final Path ACTUAL = Path.of("target/main-job-actual");
  private static final boolean APPROVE = Boolean.getBoolean("main-job.approve");

  private static FollowUp followUp;

  @BeforeAll
  static void read() {
    followUp = Round2016.readScenario();
  }

  private static String console(Language language) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Round2016.report(followUp, out, language);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  /** The output, byte for byte as the pinned file. */
  private static void pinned(String file, String actual) throws IOException {
    Path expected = EXPECTED.resolve(file);
    if (APPROVE) {
      Files.createDirectories(EXPECTED);
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    String pinned = Files.readString(expected, StandardCharsets.UTF_8);
    if (!pinned.equals(actual)) {
      Files.createDirectories(ACTUAL);
      Files.writeString(ACTUAL.resolve(file), actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("%s differs from %s: diff it with %s", file, expected,
        ACTUAL.resolve(file)).isEqualTo(pinned);
  }

  /** The output by its SHA-256, as {@code digests.properties} pins it. */
  private static void digested(String file, String actual) throws IOException {
    Path digests = EXPECTED.resolve("digests.properties");
    Properties pinned = new Properties();
    if (Files.exists(digests)) {
      try (var in = Files.newBufferedReader(digests, StandardCharsets.UTF_8)) {
        pinned.load(in);
      }
    }
    String digest = Hashing.sha256().hashString(actual, StandardCharsets.UTF_8).toString();
    if (APPROVE) {
      pinned.setProperty(file, digest);
      Map<String, String> sorted = new LinkedHashMap<>();
      pinned.stringPropertyNames().stream().sorted()
          .forEach(k -> sorted.put(k, pinned.getProperty(k)));
      StringBuilder text = new StringBuilder("# SHA-256 of the main job's larger outputs "
          + "(MainJobOutputsTest).\n");
      sorted.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
      Files.writeString(digests, text, StandardCharsets.UTF_8);
    }
    if (!digest.equals(pinned.getProperty(file))) {
      Files.createDirectories(ACTUAL);
      Files.writeString(ACTUAL.resolve(file), actual, StandardCharsets.UTF_8);
    }
    assertThat(digest).as("SHA-256 of %s (written to %s)", file, ACTUAL.resolve(file))
        .isEqualTo(pinned.getProperty(file));
  }

  @Test
  void theConsoleReportInSwedish() throws IOException {
    pinned("console-sv.txt", console(Language.SWEDISH));
  }

  @Test
  void theConsoleReportInEnglish() throws IOException {
    pinned("console-en.txt", console(Language.ENGLISH));
  }

  @Test
  void reportHtml() throws IOException {
    pinned("report.html", HtmlReport.of(followUp));
  }

  @Test
  void statisticsJson() throws IOException {
    pinned("statistics.json", StatisticsDocument.of(followUp));
  }

  @Test
  void allocationJsonAnd360Giving() throws IOException {
    digested("allocation.json", GrantJson.write(followUp.allocation()));
    digested("360giving.json", GrantJson.mapper().writeValueAsString(
        ThreeSixtyGiving.export(followUp)));
    digested("ledger.json", GrantJson.write(Ledger.of(followUp)));
  }

  /**
   * The main job as run from the command line, {@code --lang en} and a folder: it prints the pinned
   * English report and a last line naming the folder, and writes the pinned files there.
   */
  @Test
  void theMainJobRunFromTheCommandLine(@org.junit.jupiter.api.io.TempDir Path folder)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream before = System.out;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      Round2016.main(new String[] {"--lang", "en", folder.toString()});
    } finally {
      System.setOut(before);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    assertThat(printed).isEqualTo(Files.readString(EXPECTED.resolve("console-en.txt"),
        StandardCharsets.UTF_8) + "Wrote allocation.json, statistics.json, 360giving.json, "
        + "ledger.json and report.html to " + folder.toAbsolutePath() + "\n");
    assertThat(Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(EXPECTED.resolve("report.html"), StandardCharsets.UTF_8));
  }

  /** What the main job writes is what is pinned here. */
  @Test
  void theMainJobWritesWhatIsPinned(@org.junit.jupiter.api.io.TempDir Path folder)
      throws IOException {
    Round2016.write(followUp, folder);
    assertThat(Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(EXPECTED.resolve("report.html"), StandardCharsets.UTF_8));
    assertThat(Files.readString(folder.resolve("statistics.json"), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(EXPECTED.resolve("statistics.json"), StandardCharsets.UTF_8));
    Properties digests = new Properties();
    try (var in = Files.newBufferedReader(EXPECTED.resolve("digests.properties"))) {
      digests.load(in);
    }
    for (String file : new String[] {"allocation.json", "360giving.json", "ledger.json"}) {
      assertThat(Hashing.sha256().hashString(Files.readString(folder.resolve(file),
          StandardCharsets.UTF_8), StandardCharsets.UTF_8).toString()).as(file)
          .isEqualTo(digests.getProperty(file));
    }
  }
}
