package se.utvecklingsmedel.examples.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MutationScoresTest {

  @Test
  void countsAsPitDoesAndHoldsBothThresholds(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("mutations.csv");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 9; i++) {
      lines.append("A.java,se.utvecklingsmedel.a.A,M,m,1,KILLED,t\n");
    }
    lines.append("A.java,se.utvecklingsmedel.a.A,M,m,1,TIMED_OUT,none\n")
        .append("A.java,se.utvecklingsmedel.a.A,M,m,1,NON_VIABLE,none\n");
    for (int i = 0; i < 8; i++) {
      lines.append("B.java,se.utvecklingsmedel.b.B,M,m,1,KILLED,t\n");
    }
    lines.append("B.java,se.utvecklingsmedel.b.B,M,m,1,SURVIVED,none\n")
        .append("B.java,se.utvecklingsmedel.b.B,M,m,1,NO_COVERAGE,none\n");
    Files.writeString(csv, lines);
    Map<String, MutationScores.Score> packages = new TreeMap<>();
    MutationScores.read(csv, packages);
    assertThat(packages.get("se.utvecklingsmedel.a")).isEqualTo(new MutationScores.Score(10, 10));
    assertThat(packages.get("se.utvecklingsmedel.b")).isEqualTo(new MutationScores.Score(8, 10));
    // 18 of 20 is exactly 90 %: the whole passes; b at 80 % is below the package floor.
    assertThat(MutationScores.check(packages)).containsExactly("se.utvecklingsmedel.b 80 % < 85 %");
    assertThat(MutationScores.table(packages)).contains("| b | 8 / 10 | 80 % |")
        .contains("| **all** | 18 / 20 | 90 % |");
  }
}
