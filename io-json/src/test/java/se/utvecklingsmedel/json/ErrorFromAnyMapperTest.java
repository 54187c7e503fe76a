package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.round.GrantRound;

/**
 * {@link GrantJsonException#from}: every way a mapper fails to read a body gives a path and a rule,
 * whether the library or Jackson found it, as an exception handler needs them.
 */
class ErrorFromAnyMapperTest {

  /** A request of the user's own, holding a library value. */
  record Request(String name, List<Integer> weights, GrantRound round) {
  }

  /** Strict as Spring Boot's example configures it: duplicates and trailing tokens refused. */
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new GrantJsonModule())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private static GrantJsonException error(String json) {
    Throwable thrown = catchThrowable(() -> MAPPER.readValue(json, Request.class));
    assertThat(thrown).as(json).isNotNull();
    // As Spring wraps it: the mapper's exception is the cause of another.
    return GrantJsonException.from(new IllegalStateException("I/O error", thrown));
  }

  @Test
  void theLibrarysOwnErrorIsReturnedAsItIs() {
    String round = GrantJson.write(Fixtures.ROUND).replaceFirst("\"year\" : 2016",
        "\"year\" : 1999");
    GrantJsonException e = error("{\"name\": \"x\", \"weights\": [], \"round\": " + round + "}");
    assertThat(e.path()).isEqualTo("$.round.year");
  }

  @Test
  void aDuplicateKeyInTheUsersOwnTypeIsNamedAtItsPath() {
    GrantJsonException e = error("{\"name\": \"x\", \"name\": \"y\"}");
    assertThat(e.path()).isEqualTo("$.name");
    assertThat(e.rule()).startsWith("is not valid JSON: Duplicate field 'name'");
  }

  @Test
  void aWrongTypeIsNamedAtItsPath() {
    GrantJsonException e = error("{\"name\": \"x\", \"weights\": [1, \"two\"]}");
    assertThat(e.path()).isEqualTo("$.weights[1]");
    assertThat(e.rule()).startsWith("is not valid JSON: ");
  }

  @Test
  void truncatedJsonIsNamedWhereItEnded() {
    GrantJsonException e = error("{\"name\": \"x\", \"weights\": [1, 2");
    assertThat(e.path()).isEqualTo("$.weights");
    assertThat(e.rule()).contains("end-of-input");
  }

  @Test
  void contentAfterTheDocumentIsAtTheRoot() {
    GrantJsonException e = error("{\"name\": \"x\"} 1");
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.rule()).contains("Trailing token");
  }

  @Test
  void somethingThatIsNotJsonAtAllIsAtTheRoot() {
    assertThat(error("not json").path()).isEqualTo("$");
    GrantJsonException e = GrantJsonException.from(new IllegalStateException("no body"));
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.rule()).isEqualTo("is not a JSON document: no body");
    assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(1_000);
    assertThatNullPointerException().isThrownBy(() -> GrantJsonException.from(null))
        .withMessageContaining("'thrown'");
  }
}
