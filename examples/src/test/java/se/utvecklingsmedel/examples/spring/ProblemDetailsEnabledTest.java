package se.utvecklingsmedel.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code spring.mvc.problemdetails.enabled=true} Spring Boot adds its own handler, which
 * answers an unreadable body with "Failed to read request" and no path; the example's handler is
 * ordered first, so every unreadable body still names its path.
 */
class ProblemDetailsEnabledTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static ConfigurableApplicationContext service;
  private static String base;

  @BeforeAll
  static void start() {
    service = GrantServiceTest.run(Map.of("spring.mvc.problemdetails.enabled", "true"));
    base = GrantServiceTest.base(service);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a duplicate key   | {\"total\": \"1.00\", \"total\": \"2.00\", \"parts\": []} | $.total",
      "a wrong type      | {\"total\": \"1.00\", \"parts\": \"x\"}                   | $.parts",
      "a float amount    | {\"total\": 1.5, \"parts\": []}                           | $.total",
      "truncated JSON    | {\"total\": \"1.00\", \"parts\": [                        | $.parts",
      "trailing content  | {\"total\": \"1.00\", \"parts\": []} 1                    | $",
      "not JSON at all   | total=1                                                   | $"})
  void everyUnreadableBodyNamesItsPath(String what, String body, String path) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/split"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode problem = new ObjectMapper().readTree(response.body());
    assertThat(problem.get("path").asText()).as(what).isEqualTo(path);
    assertThat(problem.get("detail").asText()).as(what).isNotBlank()
        .isNotEqualTo("Failed to read request");
  }
}
