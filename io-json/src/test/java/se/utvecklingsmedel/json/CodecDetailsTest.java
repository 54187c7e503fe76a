package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utvecklingsmedel.followup.RoundStatistics;
import se.utvecklingsmedel.followup.Share;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.round.GrantRound;

/** The codecs' small rules, each pinned: where a stated result differs, bounds, entry points. */
class CodecDetailsTest {

  private static JsonNode json(String text) {
    try {
      return GrantJson.mapper().readTree(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theFirstDifferenceIsTheInnermostPlaceTheyDiffer() {
    assertThat(Node.firstDifference(json("{\"a\":[1,2]}"), json("{\"a\":[1,2]}"), "$"))
        .isNull();
    assertThat(Node.firstDifference(json("{\"a\":[1,3]}"), json("{\"a\":[1,2]}"), "$"))
        .isEqualTo("$.a[1]");
    assertThat(Node.firstDifference(json("{\"a\":[1]}"), json("{\"a\":[1,2]}"), "$"))
        .isEqualTo("$.a[1]");
    assertThat(Node.firstDifference(json("{\"a\":[1,2,3]}"), json("{\"a\":[1,2]}"), "$"))
        .isEqualTo("$.a[2]");
    assertThat(Node.firstDifference(json("{\"b\":1}"), json("{\"a\":1,\"b\":1}"), "$"))
        .isEqualTo("$.a");
    assertThat(Node.firstDifference(json("{\"a\":1,\"c\":2}"), json("{\"a\":1}"), "$"))
        .isEqualTo("$.c");
    assertThat(Node.firstDifference(json("{\"a\":1.0}"), json("{\"a\":1}"), "$")).isNull();
    assertThat(Node.firstDifference(json("[1.0,2]"), json("[1,2.00]"), "$")).isNull();
    assertThat(Node.firstDifference(json("{\"a\":1.5}"), json("{\"a\":1}"), "$"))
        .isEqualTo("$.a");
    assertThat(Node.firstDifference(json("{\"a\":\"x\"}"), json("{\"a\":{}}"), "$"))
        .isEqualTo("$.a");
  }

  @Test
  void aStatedResultThatDiffersSaysWhatRecomputingGives() {
    ObjectNode document = (ObjectNode) GrantJson.tree(Fixtures.allocation());
    ((ObjectNode) document.get("pots").get(0).get("result")).put("returned", "1.00");
    GrantJsonException e = catchThrowableOfType(GrantJsonException.class,
        () -> GrantJson.read(document.toString(), RoundAllocation.class));
    assertThat(e.path()).isEqualTo("$.pots[0].result.returned");
    assertThat(e.rule()).startsWith("the stated result does not follow from the inputs: "
        + "recomputing gives \"");
    assertThat(e.value()).isNull();
  }

  @Test
  void countsAreWholeNumbersOfAtMostTenDigits() {
    ObjectNode statistics = (ObjectNode) GrantJson.tree(Fixtures.followUp().statistics());
    ((ObjectNode) statistics.get("categories").get(0)).put("usedNothing", 3_000_000_000L);
    GrantJsonException e = catchThrowableOfType(GrantJsonException.class,
        () -> GrantJson.read(statistics.toString(), RoundStatistics.class));
    assertThat(e.path()).isEqualTo("$.categories[0].usedNothing");
    assertThat(e.rule()).isEqualTo("must be a whole number of at most 10 digits");
    assertThat(e.value()).isEqualTo("3000000000");
  }

  @Test
  void aShareMustBeReduced() throws IOException {
    var mapper = GrantJson.mapper();
    assertThat(catchThrowable(() -> mapper.readValue("{\"numerator\":2,\"denominator\":4}",
        Share.class))).hasMessageContaining("must be reduced: 1/2");
    assertThat(mapper.readValue("{\"numerator\":1,\"denominator\":2}", Share.class))
        .isEqualTo(Share.of(1, 2));
  }

  @Test
  void everyEntryPointReadsTheSameDocument(@TempDir Path dir) throws IOException {
    String json = GrantJson.write(Fixtures.ROUND);
    Path file = Files.writeString(dir.resolve("round.json"), json);
    assertThat(GrantJson.read(file, GrantRound.class)).isEqualTo(Fixtures.ROUND);
    assertThat(GrantJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        GrantRound.class)).isEqualTo(Fixtures.ROUND);
    assertThat(catchThrowable(() -> GrantJson.read(dir.resolve("none.json"), GrantRound.class)))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("none.json");
  }
}
