package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Example;

/**
 * The differential safety net for a new reader: what {@link GrantJson#read} makes of each document
 * of {@link DifferentialCorpus} (a value, by a digest of its JSON, or an error's path and rule) is
 * pinned, as the reader of the 0.2 line makes it; a reader that replaces it must make the same of
 * every one. The default build compares the first {@value #DEFAULT} cases one by one; {@code
 * -Ddifferential.all=true} compares all {@value #ALL} by a digest of each thousand. {@code
 * -Ddifferential.approve=true} pins what the reader makes now.
 */
class ReaderDifferentialTest {

  static final int DEFAULT = 3_000;
  static final int ALL = 100_000;
  private static final int BLOCK = 1_000;
  private static final String CASES = "differential/outcomes.txt.gz";
  private static final String BLOCKS = "differential/blocks.txt";

  private static String outcome(DifferentialCorpus.Case c) {
    return DifferentialCorpus.outcome(c, json -> GrantJson.read(json, c.type()));
  }

  private static String line(DifferentialCorpus.Case c) {
    return c.index() + " " + c.type().getSimpleName() + " " + c.mutation() + " " + outcome(c);
  }

  @Example
  void everyCaseReadsAsPinned() throws IOException {
    int count = Boolean.getBoolean("differential.all") ? ALL : DEFAULT;
    if (Boolean.getBoolean("differential.approve")) {
      approve();
      return;
    }
    List<String> pinned = read(CASES);
    assertThat(pinned).hasSize(DEFAULT);
    List<String> different = new ArrayList<>();
    Map<String, Integer> kinds = new TreeMap<>();
    for (int i = 0; i < DEFAULT; i++) {
      String line = line(DifferentialCorpus.of(i));
      kinds.merge(line.split(" ")[2] + " " + line.split(" ")[3], 1, Integer::sum);
      if (!line.equals(pinned.get(i)) && different.size() < 20) {
        different.add("pinned " + pinned.get(i) + "\n  now " + line);
      }
    }
    assertThat(different).as("cases read otherwise than pinned").isEmpty();
    // The corpus is worth comparing: every mutation occurs, and both outcomes.
    assertThat(kinds.keySet().stream().map(k -> k.split(" ")[0]).distinct())
        .containsAll(DifferentialCorpus.MUTATIONS);
    assertThat(kinds.keySet()).anyMatch(k -> k.endsWith(" ok")).anyMatch(k -> k.endsWith(" error"));
    assertThat(kinds.keySet()).noneMatch(k -> k.endsWith(" crash"));
    if (count > DEFAULT) {
      List<String> blocks = read(BLOCKS);
      for (int b = 0; b < count / BLOCK; b++) {
        assertThat(block(b)).as("cases %s to %s", b * BLOCK, (b + 1) * BLOCK - 1)
            .isEqualTo(blocks.get(b));
      }
    }
  }

  /** A digest of what the reader makes of a thousand cases. */
  private static String block(int b) {
    StringBuilder all = new StringBuilder();
    for (int i = b * BLOCK; i < (b + 1) * BLOCK; i++) {
      all.append(line(DifferentialCorpus.of(i))).append('\n');
    }
    return DifferentialCorpus.digest(all.toString());
  }

  private static List<String> read(String resource) throws IOException {
    try (InputStream in = ReaderDifferentialTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource + " (pin it with -Ddifferential.approve=true)").isNotNull();
      InputStream text = resource.endsWith(".gz") ? new GZIPInputStream(in) : in;
      return new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8)).lines()
          .toList();
    }
  }

  private static void approve() throws IOException {
    Path dir = Path.of("src/test/resources/se/utvecklingsmedel/json/differential");
    Files.createDirectories(dir);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(
        dir.resolve("outcomes.txt.gz"))); PrintStream print = new PrintStream(out, true,
        StandardCharsets.UTF_8)) {
      for (int i = 0; i < DEFAULT; i++) {
        print.print(line(DifferentialCorpus.of(i)) + "\n");
      }
    }
    List<String> blocks = new ArrayList<>();
    for (int b = 0; b < ALL / BLOCK; b++) {
      blocks.add(block(b));
    }
    Files.write(dir.resolve("blocks.txt"), blocks, StandardCharsets.UTF_8);
  }
}
