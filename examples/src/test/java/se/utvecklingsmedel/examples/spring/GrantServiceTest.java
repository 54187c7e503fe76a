package se.utvecklingsmedel.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.json.GrantJson;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;

/**
 * The Spring Boot example service, started on 127.0.0.1 and called over HTTP as a client would
 * (issue 17): library types in and out through Spring's own mapper, 400 with the JSON path for each
 * bad body, 404 for an unknown municipality, every problem as {@code application/problem+json}.
 */
class GrantServiceTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Municipality KIRUNA = ReferenceData.municipality("2584");
  private static final Municipality STOCKHOLM = ReferenceData.municipality("0180");

  private static ConfigurableApplicationContext service;
  private static String base;

  @BeforeAll
  static void start() {
    service = run(Map.of());
    base = base(service);
  }

  /** The example service on a free port of 127.0.0.1, with further properties. */
  static ConfigurableApplicationContext run(Map<String, Object> properties) {
    Map<String, Object> all = new java.util.HashMap<>(Map.of("server.port", "0",
        "server.address", "127.0.0.1", "spring.main.banner-mode", "off",
        "logging.level.root", "WARN"));
    all.putAll(properties);
    return new SpringApplicationBuilder(GrantService.class).properties(all).run();
  }

  static String base(ConfigurableApplicationContext service) {
    return "http://127.0.0.1:"
        + ((WebServerApplicationContext) service).getWebServer().getPort();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  /** Kiruna's and Stockholm's requisitions in the 2016 municipalities' pot, by a key of amounts. */
  private static String allocation(Amount kirunaRequisition) {
    GrantRound round = RoundCatalogue.round2016();
    RoundAllocation allocation = RoundAllocation.builder(round)
        .requisitions(PotId.MUNICIPALITIES, DistributionKey.byAmounts("Bilaga 2 (exempel)",
            Map.of(KIRUNA, Amount.ofKronor(30_000_000), STOCKHOLM, Amount.ofKronor(20_000_000))),
            List.of(requisition(KIRUNA, kirunaRequisition),
                requisition(STOCKHOLM, Amount.ofKronor(20_000_000))))
        .buildPartial();
    return GrantJson.write(allocation);
  }

  private static Requisition requisition(Municipality municipality, Amount amount) {
    return Requisition.builder().recipient(municipality).amount(amount)
        .date(LocalDate.of(2016, 3, 1)).build();
  }

  private static HttpResponse<String> post(String path, String body) throws IOException,
      InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A problem answer: its status, media type, and the JSON path it names. */
  private static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(response.body().length()).isLessThan(1_500);
    return problem;
  }

  @Test
  void anAllocationDocumentIsReadAndItsTotalsWritten() throws Exception {
    HttpResponse<String> response = post("/allocations", allocation(Amount.ofKronor(30_000_000)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode summary = JSON.readTree(response.body());
    assertThat(summary.get("year").asInt()).isEqualTo(2016);
    assertThat(summary.get("granted").asText()).isEqualTo("50000000.00");
    assertThat(summary.get("pots").get(0).get("pot").asText()).isEqualTo("municipalities");
  }

  @Test
  void aSplitAddsUpToTheÖre() throws Exception {
    HttpResponse<String> response = post("/split", "{\"total\": \"100.00\", \"parts\": ["
        + "{\"municipality\": \"0180\", \"weight\": 1}, {\"municipality\": \"2584\", \"weight\": 2}]}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Allocation<?> allocation = GrantJson.mapper().readValue(response.body(), Allocation.class);
    assertThat(allocation.total()).isEqualTo(Amount.ofKronor(100));
    assertThat(Amount.total(allocation.amounts().values())).isEqualTo(Amount.ofKronor(100));
    assertThat(response.body()).contains("\"33.33\"").contains("\"66.67\"")
        .doesNotContain("\"zero\"").doesNotContain("\"positive\"");
  }

  @Test
  void anUnknownFieldIs400WithItsPath() throws Exception {
    ObjectNode document = (ObjectNode) JSON.readTree(allocation(Amount.ofKronor(30_000_000)));
    document.put("surplus", 1);
    JsonNode problem = problem(post("/allocations", document.toString()), 400);
    assertThat(problem.get("path").asText()).isEqualTo("$.surplus");
  }

  @Test
  void aFloatAmountIs400WithItsPath() throws Exception {
    JsonNode problem = problem(post("/split", "{\"total\": 100.5, \"parts\": []}"), 400);
    assertThat(problem.get("path").asText()).isEqualTo("$.total");
    assertThat(problem.get("detail").asText()).contains("amount in kronor as a decimal string");
  }

  @Test
  void aDuplicateKeyIs400WithItsPath() throws Exception {
    String document = allocation(Amount.ofKronor(30_000_000));
    String twice = document.replaceFirst("\\{", "{\"partial\": false, ");
    JsonNode problem = problem(post("/allocations", twice), 400);
    assertThat(problem.get("path").asText()).isEqualTo("$.partial");
    assertThat(problem.get("detail").asText()).containsIgnoringCase("duplicate");
  }

  @Test
  void aMalformedMunicipalityCodeIs400WithItsPath() throws Exception {
    JsonNode problem = problem(post("/split", "{\"total\": \"100.00\", \"parts\": ["
        + "{\"municipality\": \"0180\", \"weight\": 1}, {\"municipality\": \"25841\", \"weight\": 2}]}"),
        400);
    assertThat(problem.get("path").asText()).isEqualTo("$.parts[1].municipality");
    assertThat(problem.get("detail").asText()).contains("four digits");
    assertThat(problem(get("/municipalities/25x4"), 400).get("detail").asText())
        .contains("four digits");
  }

  @Test
  void aRequisitionAboveItsKeyIs400WithItsPath() throws Exception {
    ObjectNode document = (ObjectNode) JSON.readTree(allocation(Amount.ofKronor(30_000_000)));
    int kiruna = -1;
    JsonNode requisitions = document.get("pots").get(0).get("requisitions");
    for (int i = 0; i < requisitions.size(); i++) {
      if (requisitions.get(i).get("recipient").get("code").asText().equals("2584")) {
        ((ObjectNode) requisitions.get(i)).put("amount", "30000001.00");
        kiruna = i;
      }
    }
    assertThat(kiruna).isNotNegative();
    JsonNode problem = problem(post("/allocations", document.toString()), 400);
    assertThat(problem.get("path").asText()).startsWith("$.pots[0]");
    assertThat(problem.get("detail").asText()).contains("more than its keyed amount");
  }

  @Test
  void truncatedJsonIs400WithWhereItEnded() throws Exception {
    String document = allocation(Amount.ofKronor(30_000_000));
    JsonNode problem = problem(post("/allocations", document.substring(0, document.length() / 2)),
        400);
    assertThat(problem.get("path").asText()).startsWith("$.");
    assertThat(problem.get("detail").asText()).contains("end-of-input");
  }

  /** The service's own request type is as strict, by the mapper's settings in the example. */
  @Test
  void theSplitRequestIsReadStrictly() throws Exception {
    String part = "{\"municipality\": \"0180\", \"weight\": 1}";
    assertThat(problem(post("/split", "{\"total\": \"1.00\", \"parts\": [" + part + "], \"x\": 1}"),
        400).get("path").asText()).isEqualTo("$.x");
    JsonNode duplicate = problem(post("/split", "{\"total\": \"1.00\", \"total\": \"2.00\", "
        + "\"parts\": [" + part + "]}"), 400);
    assertThat(duplicate.get("detail").asText()).contains("Duplicate field 'total'");
    assertThat(duplicate.get("path").asText()).isEqualTo("$.total");
    assertThat(problem(post("/split", "{\"total\": \"1.00\", \"parts\": \"x\"}"), 400)
        .get("path").asText()).isEqualTo("$.parts");
    assertThat(problem(post("/split", "{\"total\": \"1.00\", \"parts\": [{\"municipality\": "
        + "\"0180\", \"weight\": 1.5}]}"), 400).get("path").asText())
        .isEqualTo("$.parts[0].weight");
    problem(post("/split", "{\"parts\": [" + part + "]}"), 400);
    problem(post("/split", "{\"total\": \"1.00\", \"parts\": [null]}"), 400);
    problem(post("/split", "{\"total\": \"1.00\", \"parts\": [{\"municipality\": null, "
        + "\"weight\": 1}]}"), 400);
    problem(post("/split", "{\"total\": \"1.00\", \"parts\": [{\"municipality\": \"0180\"}]}"),
        400);
  }

  @Test
  void contentAfterTheDocumentIs400() throws Exception {
    JsonNode problem = problem(post("/allocations", allocation(Amount.ofKronor(30_000_000)) + " 1"),
        400);
    assertThat(problem.get("path").asText()).isEqualTo("$");
    assertThat(problem.get("detail").asText()).contains("Trailing token");
  }

  @Test
  void anUnknownMunicipalityIs404() throws Exception {
    assertThat(problem(get("/municipalities/9999"), 404).get("detail").asText())
        .contains("9999");
    assertThat(problem(post("/split", "{\"total\": \"100.00\", \"parts\": ["
        + "{\"municipality\": \"9999\", \"weight\": 1}]}"), 404).get("detail").asText())
        .contains("9999");
    HttpResponse<String> kiruna = get("/municipalities/2584");
    assertThat(kiruna.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(kiruna.body()).get("name").asText()).isEqualTo("Kiruna");
  }
}
