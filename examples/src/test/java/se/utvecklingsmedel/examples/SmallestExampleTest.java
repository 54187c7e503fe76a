package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SmallestExampleTest {

  @Test
  void printsBothAllocationsWithTheirCertificates() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SmallestExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    // 1 000 000 kr × 975 000 / 2 153 000 = 452 856,48…; capped: Stockholm exactly 400 000 kr.
    assertThat(out).contains("By population: Allocation of 1000000.00 kr among 5 recipients by "
        + "largest remainder: distributed 1000000.00 kr, undistributed 0.00 kr");
    assertThat(out).containsPattern("0180 Stockholm +452 856,4[89] kr");
    assertThat(out).contains("0180 Stockholm: weight 975000; its cap of 400000.00 kr binds");
    assertThat(out).containsPattern("0180 Stockholm +400 000,00 kr");
  }
}
