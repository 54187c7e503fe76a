package se.utvecklingsmedel.examples.mutation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mutation profile's gate: reads PIT's {@code mutations.csv} of core, io-json and the examples'
 * main job and report renderers, and fails when
 * the whole scores below 90 % or any package below 85 % (issue 16). PIT's own threshold applies per
 * module; this adds the per-package floor and prints the table the README reports.
 *
 * <p>A mutant counts as detected, as PIT counts it, when it was killed, timed out, or ended the test
 * run with a memory or run error; one without a viable mutation is left out.
 *
 * <p>Usage: {@code MutationScores <mutations.csv> ...}; run by {@code mvn -Pmutation verify}.
 */
public final class MutationScores {

  static final int WHOLE = 90;
  static final int PACKAGE = 85;

  /** Detected and generated mutants of one package. */
  record Score(int detected, int generated) {
    Score plus(boolean isDetected) {
      return new Score(detected + (isDetected ? 1 : 0), generated + 1);
    }

    int percent() {
      return generated == 0 ? 100 : detected * 100 / generated;
    }
  }

  private MutationScores() {
  }

  /**
   * Prints the scores and exits non-zero below a threshold.
   *
   * @param args the CSV reports
   */
  public static void main(String[] args) {
    Map<String, Score> packages = new TreeMap<>();
    for (String file : args) {
      read(Path.of(file), packages);
    }
    List<String> failures = check(packages);
    System.out.println(table(packages));
    if (!failures.isEmpty()) {
      System.err.println("Mutation score below the threshold: " + failures);
      System.exit(1);
    }
  }

  static void read(Path csv, Map<String, Score> packages) {
    try {
      for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
        String[] columns = line.split(",", -1);
        if (columns.length < 6 || columns[5].equals("NON_VIABLE")) {
          continue;
        }
        String className = columns[1];
        String pkg = className.substring(0, className.lastIndexOf('.'));
        boolean detected = switch (columns[5]) {
          case "KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR" -> true;
          default -> false;
        };
        packages.merge(pkg, new Score(0, 0).plus(detected),
            (a, b) -> new Score(a.detected() + b.detected(), a.generated() + b.generated()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the PIT report " + csv, e);
    }
  }

  static List<String> check(Map<String, Score> packages) {
    List<String> failures = new ArrayList<>();
    packages.forEach((pkg, score) -> {
      if (score.percent() < PACKAGE) {
        failures.add(pkg + " " + score.percent() + " % < " + PACKAGE + " %");
      }
    });
    Score whole = whole(packages);
    if (whole.percent() < WHOLE) {
      failures.add("the whole " + whole.percent() + " % < " + WHOLE + " %");
    }
    return failures;
  }

  static Score whole(Map<String, Score> packages) {
    return packages.values().stream().reduce(new Score(0, 0),
        (a, b) -> new Score(a.detected() + b.detected(), a.generated() + b.generated()));
  }

  static String table(Map<String, Score> packages) {
    StringBuilder out = new StringBuilder("| package | detected / generated | score |\n|---|---:|---:|\n");
    packages.forEach((pkg, s) -> out.append("| ").append(pkg.replace("se.utvecklingsmedel.", ""))
        .append(" | ").append(s.detected()).append(" / ").append(s.generated()).append(" | ")
        .append(s.percent()).append(" % |\n"));
    Score whole = whole(packages);
    return out.append("| **all** | ").append(whole.detected()).append(" / ")
        .append(whole.generated()).append(" | ").append(whole.percent()).append(" % |").toString();
  }
}
