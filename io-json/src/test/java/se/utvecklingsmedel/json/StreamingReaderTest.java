package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.statistics.RoundStatistics;

/**
 * What the one-pass reader shows of a value it refuses, and where it stops: the value as JSON
 * (a structure whole, compact), the bounds of its numbers, the near-miss names it suggests, and
 * input that is no text.
 */
class StreamingReaderTest {

  private static GrantJsonException error(String json, Class<?> type) {
    return catchThrowableOfType(GrantJsonException.class, () -> GrantJson.read(json, type));
  }

  private static String round(String pots) {
    return "{\"year\":2016,\"legalBasis\":\"Beslut\",\"pots\":" + pots + "}";
  }

  @Test
  void aStructureInTheWrongPlaceIsShownWhole() {
    GrantJsonException e = error(round("{\"a\":[1,{\"b\":true}]}"), GrantRound.class);
    assertThat(e.path()).isEqualTo("$.pots");
    assertThat(e.value()).isEqualTo("{\"a\":[1,{\"b\":true}]}");
    assertThat(e.rule()).isEqualTo("must be a JSON array");
    GrantJsonException unknown = error("{\"year\":2016,\"surplus\":{\"x\":[null]},"
        + "\"legalBasis\":\"Beslut\",\"pots\":[]}", GrantRound.class);
    assertThat(unknown.path()).isEqualTo("$.surplus");
    assertThat(unknown.value()).isEqualTo("{\"x\":[null]}");
  }

  @Test
  void aRuleBrokenInsideAReadStructureShowsItsInnermostValue() {
    String pot = "{\"id\":\"a\",\"label\":\"A\",\"categories\":[\"MUNICIPALITY\"],"
        + "\"budget\":\"1.00\",\"method\":\"REQUISITION\"}";
    GrantJsonException e = error(round("[" + pot + "," + pot.replace("\"a\"", "\"b\"") + "]"),
        GrantRound.class);
    assertThat(e.path()).isEqualTo("$.pots[1].categories");
    assertThat(e.value()).isEqualTo("[\"MUNICIPALITY\"]");
  }

  @Test
  void countsHoldTenDigitsAndNoMore() {
    String statistics = GrantJson.write(RoundStatistics.of(Fixtures.followUp()));
    assertThat(error(statistics.replaceFirst("\"year\" : 2016", "\"year\" : 2147483648"),
        RoundStatistics.class).rule()).isEqualTo("must be a whole number of at most 10 digits");
    assertThat(error(statistics.replaceFirst("\"year\" : 2016", "\"year\" : -2147483649"),
        RoundStatistics.class).rule()).isEqualTo("must be a whole number of at most 10 digits");
    // At the bounds the number is read; the year's own rule refuses it.
    assertThat(error(statistics.replaceFirst("\"year\" : 2016", "\"year\" : 2147483647"),
        RoundStatistics.class).rule()).contains("must be from 2000 to 2100");
    assertThat(error(statistics.replaceFirst("\"year\" : 2016", "\"year\" : -2147483648"),
        RoundStatistics.class).rule()).contains("must be from 2000 to 2100");
  }

  @Test
  void aMissingPropertyNamesANameTwoLettersAwayAndNoFurther() {
    assertThat(error(round("[]").replace("\"year\"", "\"yr\""), GrantRound.class).rule())
        .isEqualTo("is required (the object has 'yr', which is not a property here)");
    assertThat(error(round("[]").replace("\"year\"", "\"y\""), GrantRound.class).rule())
        .isEqualTo("is required");
    assertThat(error(round("[]").replace("\"year\"", "\"yearly\""), GrantRound.class).rule())
        .isEqualTo("is required (the object has 'yearly', which is not a property here)");
    assertThat(error(round("[]").replace("\"year\"", "\"yearlyx\""), GrantRound.class).rule())
        .isEqualTo("is required");
    assertThat(error(round("[]").replace("\"year\"", "\"YEAR\""), GrantRound.class).rule())
        .isEqualTo("is required (the object has 'YEAR', which is not a property here)");
  }

  @Test
  void bytesThatAreNoTextAndAStreamThatFailsAreToldApart() {
    byte[] notUtf8 = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
    GrantJsonException e = catchThrowableOfType(GrantJsonException.class,
        () -> GrantJson.read(new ByteArrayInputStream(notUtf8), GrantRound.class));
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.rule()).startsWith("is not valid JSON");
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThat(catchThrowable(() -> GrantJson.read(failing, GrantRound.class)))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot read the input");
    assertThat(GrantJson.read(new ByteArrayInputStream(GrantJson.write(Fixtures.ROUND)
        .getBytes(StandardCharsets.UTF_8)), GrantRound.class)).isEqualTo(Fixtures.ROUND);
  }

  /** A value of a class with no property: no JSON form. */
  static final class Plain {
  }

  @Test
  void aValueWithoutAJsonFormIsNamedWithItsArticle() {
    assertThat(catchThrowableOfType(GrantJsonException.class, () -> GrantJson.write(new Object()))
        .rule()).isEqualTo("an Object has no JSON form");
    assertThat(catchThrowableOfType(GrantJsonException.class, () -> GrantJson.write(new Plain()))
        .rule()).isEqualTo("a Plain has no JSON form");
  }
}
