package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published Javadoc as a user reads it (issue 11): every public builder lists its own methods,
 * each with a description, and no page names a generated {@code Immutable*} class a user cannot see.
 *
 * <p>Reads the Javadoc jar that {@code mvn verify} attaches beside each module's jar; under
 * {@code mvn test} alone there is no jar yet and the test is skipped, except in CI, where
 * {@code .ci/run} sets {@code UTVECKLINGSMEDEL_REQUIRE_JAVADOC} and a missing jar fails.
 */
class JavadocTest {

  private static final Pattern GENERATED = Pattern.compile(
      "se\\.utvecklingsmedel\\.\\w+\\.Immutable\\w*|\\b[A-Z]\\w*Def\\b");
  /** A row of the method summary: the method's name, then its description up to the next row. */
  private static final Pattern SUMMARY_ROW = Pattern.compile(
      "href=\"#(\\w+)\\([^\"]*\\)\" class=\"member-name-link\">.*?<div class=\"col-last[^\"]*\">"
          + "(.*?)(?=<div class=\"col-first|</div>\\s*</div>\\s*(</section>|</div>))", Pattern.DOTALL);

  private static Path javadocJar(String module) {
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      String name = path.getFileName().toString();
      Path dir = null;
      if (name.startsWith("utvecklingsmedel-" + module + "-") && name.endsWith(".jar")) {
        dir = path.getParent();
      } else if (path.endsWith(Path.of(module, "target", "classes"))) {
        dir = path.getParent();
      }
      if (dir != null) {
        try (var files = Files.list(dir)) {
          return files.filter(p -> p.getFileName().toString().endsWith("-javadoc.jar")).findFirst()
              .orElse(null);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return null;
  }

  /**
   * The module's Javadoc jar. Under {@code mvn test} alone there is none yet and the test is
   * skipped; where {@code UTVECKLINGSMEDEL_REQUIRE_JAVADOC} is set (CI, {@code .ci/run}) its absence
   * fails.
   */
  private static Path requiredJavadocJar(String module) throws IOException {
    Path jar = javadocJar(module);
    if (jar == null) {
      String missing = "no Javadoc jar of " + module + ": run mvn verify";
      assertThat(System.getenv("UTVECKLINGSMEDEL_REQUIRE_JAVADOC")).as(missing).isNull();
      assumeTrue(false, missing);
    }
    return jar;
  }

  private static Map<String, String> pages(Path jar) throws IOException {
    Map<String, String> pages = new TreeMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        if (entry.getName().endsWith(".html")) {
          pages.put(entry.getName(),
              new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return pages;
  }

  @ParameterizedTest
  @ValueSource(strings = {"core", "io-json"})
  void noPageNamesAGeneratedClass(String module) throws IOException {
    Path jar = requiredJavadocJar(module);
    List<String> offending = new ArrayList<>();
    pages(jar).forEach((name, html) -> {
      Matcher m = GENERATED.matcher(html);
      if (m.find()) {
        offending.add(name + ": " + m.group());
      }
    });
    assertThat(offending).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"core"})
  void everyBuilderMethodIsListedWithADescription(String module) throws IOException {
    Path jar = requiredJavadocJar(module);
    Map<String, String> builders = new TreeMap<>();
    pages(jar).forEach((name, html) -> {
      if (name.endsWith(".Builder.html") && !name.contains("class-use")) {
        builders.put(name, html);
      }
    });
    // GrantRound, Pot, Requisition, Application, RoundAllocation, FollowUpReport, PublishedFigures,
    // CategoryStatistics and Weights.
    assertThat(builders).hasSizeGreaterThanOrEqualTo(9);
    builders.forEach((name, html) -> {
      Matcher row = SUMMARY_ROW.matcher(html);
      List<String> methods = new ArrayList<>();
      while (row.find()) {
        methods.add(row.group(1));
        assertThat(row.group(2).replaceAll("<[^>]+>", "").strip())
            .as(name + " " + row.group(1)).isNotEmpty();
      }
      assertThat(methods).as(name).contains("build");
      assertThat(html).as(name).doesNotContain("Methods inherited from class se.utvecklingsmedel");
    });
  }
}
