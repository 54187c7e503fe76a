package se.utvecklingsmedel.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * A mapper as Spring makes one by default ({@link Jackson2ObjectMapperBuilder}: the well-known
 * modules on the class path, parameter names, JDK 8 types and {@code java.time} among them), but
 * without the library's module, as a {@code @WebMvcTest} without {@code @Import} has it: it builds
 * no library value from a shape around the value's checks. Each shape here was built before core's
 * class files lost their parameter names.
 */
class SpringDefaultMapperTest {

  private static final ObjectMapper SPRING = Jackson2ObjectMapperBuilder.json().build();

  @ParameterizedTest(name = "{0} from {1}")
  @CsvSource(delimiter = '|', value = {
      "se.utvecklingsmedel.money.Amount                | {\"ore\": 100000}",
      "se.utvecklingsmedel.money.Amount                | {\"ore\": -5}",
      "se.utvecklingsmedel.money.Amount                | {}",
      "se.utvecklingsmedel.recipient.County            | {}",
      "se.utvecklingsmedel.recipient.Municipality      | {\"code\": \"2584\", \"name\": \"Kiruna\"}",
      "se.utvecklingsmedel.statistics.RoundStatistics  | {\"year\": 100000}",
      "se.utvecklingsmedel.statistics.Share            | {\"denominator\": 100}",
      "se.utvecklingsmedel.allocation.Allocation       | {}",
      "se.utvecklingsmedel.support.CountyBoardSurvey   | {\"respondents\": 100000}"})
  void noLibraryValueIsBuiltAroundItsChecks(String type, String json) throws Exception {
    Class<?> value = Class.forName(type);
    assertThat(catchThrowable(() -> SPRING.readValue(json, value)))
        .as(type + " from " + json).isInstanceOf(JsonMappingException.class);
  }
}
