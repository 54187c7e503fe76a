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
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.statistics.Share;
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

  /** Amounts and dates read by hand (issue 15) accept and refuse exactly the documented forms. */
  @Test
  void amountsAndDatesAreReadByHandAsStrictlyAsTheirPatterns() {
    for (String ok : new String[] {"0", "12", "1.5", "1.50", "007.05", "9999999999999999.99"}) {
      assertThat(new Node(Json.FACTORY.textNode(ok), "$").amount())
          .isEqualTo(se.utvecklingsmedel.money.Amount.parse(ok));
    }
    for (String bad : new String[] {"", ".", "1.", ".5", "1.505", "1.5.0", "1,50", "-1", " 1",
        "1e2", "١"}) {
      GrantJsonException e = catchThrowableOfType(
          () -> new Node(Json.FACTORY.textNode(bad), "$").amount(), GrantJsonException.class);
      assertThat(e).as(bad).isNotNull();
      assertThat(e.getMessage()).as(bad).contains("must be an amount in kronor as a decimal string");
    }
    assertThat(new Node(Json.FACTORY.textNode("2016-02-29"), "$").date())
        .isEqualTo(java.time.LocalDate.of(2016, 2, 29));
    for (String bad : new String[] {"2016-0a-01", "2016-01-0b", "20a6-01-01", "2016/01/01",
        "2016-1-01", "2015-02-29", "2016-13-01", "+2016-01-01"}) {
      GrantJsonException e = catchThrowableOfType(
          () -> new Node(Json.FACTORY.textNode(bad), "$").date(), GrantJsonException.class);
      assertThat(e).as(bad).isNotNull();
      assertThat(e.getMessage()).as(bad).contains("must be a date in ISO-8601 form, yyyy-mm-dd");
    }
  }

  /** A long list is checked for repeats with a set, a short one pair by pair: the same answer. */
  @Test
  void aRepeatIsFoundInAShortListAndInALongOne() {
    for (int size : new int[] {2, 16, 17, 40}) {
      com.fasterxml.jackson.databind.node.ArrayNode list = Json.FACTORY.arrayNode();
      for (int i = 0; i < size - 1; i++) {
        list.add("m" + i);
      }
      Node distinct = new Node(list, "$.methods");
      assertThat(distinct.distinctList(Node::string)).hasSize(size - 1);
      list.add("m" + (size - 1) / 2);
      GrantJsonException e = catchThrowableOfType(
          () -> new Node(list, "$.methods").distinctList(Node::string), GrantJsonException.class);
      assertThat(e).as("size " + size).isNotNull();
      assertThat(e.path()).isEqualTo("$.methods[" + (size - 1) + "]");
      assertThat(e.getMessage()).contains("is listed twice");
    }
  }

  @Test
  void theFirstDifferenceIsTheInnermostPlaceTheyDiffer() {
    assertThat(StatedPart.firstDifference(json("{\"a\":[1,2]}"), json("{\"a\":[1,2]}"), "$"))
        .isNull();
    assertThat(StatedPart.firstDifference(json("{\"a\":[1,3]}"), json("{\"a\":[1,2]}"), "$"))
        .isEqualTo("$.a[1]");
    assertThat(StatedPart.firstDifference(json("{\"a\":[1]}"), json("{\"a\":[1,2]}"), "$"))
        .isEqualTo("$.a[1]");
    assertThat(StatedPart.firstDifference(json("{\"a\":[1,2,3]}"), json("{\"a\":[1,2]}"), "$"))
        .isEqualTo("$.a[2]");
    assertThat(StatedPart.firstDifference(json("{\"b\":1}"), json("{\"a\":1,\"b\":1}"), "$"))
        .isEqualTo("$.a");
    assertThat(StatedPart.firstDifference(json("{\"a\":1,\"c\":2}"), json("{\"a\":1}"), "$"))
        .isEqualTo("$.c");
    assertThat(StatedPart.firstDifference(json("{\"a\":1.0}"), json("{\"a\":1}"), "$")).isNull();
    assertThat(StatedPart.firstDifference(json("[1.0,2]"), json("[1,2.00]"), "$")).isNull();
    assertThat(StatedPart.firstDifference(json("{\"a\":1.5}"), json("{\"a\":1}"), "$"))
        .isEqualTo("$.a");
    assertThat(StatedPart.firstDifference(json("{\"a\":\"x\"}"), json("{\"a\":{}}"), "$"))
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
    ObjectNode statistics = (ObjectNode) GrantJson.tree(RoundStatistics.of(Fixtures.followUp()));
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

  @Test
  void aTreeWrittenTokenByTokenIsWhatTheMapperWritesAndReadsBackTheSame() throws IOException {
    ObjectNode tree = Json.FACTORY.objectNode().put("text", "åäö \"citat\"").put("int", 7)
        .put("long", 12_345_678_901L).put("yes", true).putNull("none")
        .put("decimal", new java.math.BigDecimal("400000.00"))
        .put("big", new java.math.BigInteger("123456789012345678901234567890"));
    tree.putArray("list").add(1).add("två").addObject().put("inner", false);
    tree.putObject("empty");
    com.fasterxml.jackson.databind.ObjectMapper mapper = GrantJson.mapper();
    java.io.StringWriter text = new java.io.StringWriter();
    try (com.fasterxml.jackson.core.JsonGenerator json = mapper.createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      Json.write(json, tree);
    }
    assertThat(text.toString()).isEqualTo(mapper.writeValueAsString(tree));
    com.fasterxml.jackson.databind.util.TokenBuffer tokens =
        new com.fasterxml.jackson.databind.util.TokenBuffer(null, false);
    Json.write(tokens, tree);
    JsonNode back = Json.TREES.readTree(tokens.asParser());
    assertThat(back).isEqualTo(tree);
    assertThat(back.get("int").isInt()).isTrue();
    assertThat(back.get("long").isLong()).isTrue();
  }
}
