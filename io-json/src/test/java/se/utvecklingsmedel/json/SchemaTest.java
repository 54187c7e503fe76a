package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.published.PublishedReports;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.round.GrantRound;

/**
 * The shipped schemas, through {@link GrantJsonSchema}: they accept what GrantJson writes, reject what
 * it rejects for shape, and report in GrantJson's path form.
 */
class SchemaTest {

  static List<GrantJsonException> validate(Class<?> type, Object value) {
    return GrantJsonSchema.of(type).validate(GrantJson.tree(value));
  }

  /** One example of every document type, as GrantJson writes it. */
  private static final Map<Class<?>, Object> EXAMPLES = Map.of(
      se.utvecklingsmedel.round.RoundCatalogue.class, se.utvecklingsmedel.round.Programme.builtIn()
          .catalogue(),
      GrantRound.class, Fixtures.ROUND,
      DistributionKey.class, Fixtures.key(),
      Requisition.class, Fixtures.requisitions().get(0),
      Application.class, Fixtures.applications().get(0),
      FollowUpReport.class, Fixtures.report(),
      RoundAllocation.class, Fixtures.allocation(),
      FollowUp.class, Fixtures.followUp(),
      RoundStatistics.class, RoundStatistics.of(Fixtures.followUp()),
      PublishedStatistics.class, PublishedReports.statistics2018());

  @Test
  void everyDocumentTypeHasASchemaThatAcceptsWhatGrantJsonWrites() {
    assertThat(EXAMPLES.keySet()).hasSameSizeAs(CodecRegistry.documentNames());
    EXAMPLES.forEach((type, value) -> assertThat(validate(type, value)).as(type.getSimpleName())
        .isEmpty());
    assertThat(GrantJsonSchema.of(PublishedStatistics.class).id())
        .isEqualTo("https://schemas.utvecklingsmedel.se/published-statistics.schema.json");
    assertThat(GrantJsonSchema.of(GrantRound.class).toString())
        .isEqualTo("GrantJsonSchema[GrantRound, https://schemas.utvecklingsmedel.se/grant-round.schema.json]");
  }

  @Test
  void theSchemasRejectWrongShapes() {
    ObjectNode round = (ObjectNode) GrantJson.tree(Fixtures.ROUND);
    round.put("year", new BigDecimal("2016.5"));
    assertThat(GrantJsonSchema.of(GrantRound.class).validate(round)).isNotEmpty();
    ObjectNode requisition = (ObjectNode) GrantJson.tree(Fixtures.requisitions().get(0));
    requisition.put("amount", new BigDecimal("12.5"));
    assertThat(GrantJsonSchema.of(Requisition.class).validate(requisition)).isNotEmpty();
    requisition.put("amount", "12.505");
    assertThat(GrantJsonSchema.of(Requisition.class).validate(requisition)).isNotEmpty();
    ObjectNode extra = (ObjectNode) GrantJson.tree(Fixtures.requisitions().get(0));
    extra.put("unknown", true);
    assertThat(GrantJsonSchema.of(Requisition.class).validate(extra)).isNotEmpty();
    JsonNode badRecipient = GrantJson.mapper().createObjectNode().put("type", "kommun");
    ObjectNode application = (ObjectNode) GrantJson.tree(Fixtures.applications().get(0));
    application.set("applicant", badRecipient);
    assertThat(GrantJsonSchema.of(Application.class).validate(application)).isNotEmpty();
    ObjectNode statistics = (ObjectNode) GrantJson.tree(RoundStatistics.of(Fixtures.followUp()));
    ((ObjectNode) statistics.get("categories").get(0)).put("reportsLate", -1);
    assertThat(GrantJsonSchema.of(RoundStatistics.class).validate(statistics)).isNotEmpty();
    ObjectNode published = (ObjectNode) GrantJson.tree(PublishedReports.statistics2018());
    published.put("source", " ");
    assertThat(GrantJsonSchema.of(PublishedStatistics.class).validate(published)).isNotEmpty();
  }

  @Test
  void everyProblemIsReportedAtOnceInGrantJsonsPathForm() {
    String json = GrantJson.write(Fixtures.requisitions().get(0))
        .replace("\"date\" : \"2016-03-01\"", "\"date\" : 20160301")
        .replace("{", "{ \"note\" : \"sent by fax\",");
    assertThat(json).contains("20160301");

    List<GrantJsonException> problems = GrantJsonSchema.of(Requisition.class).validate(json);

    assertThat(problems).extracting(GrantJsonException::path).contains("$.date", "$");
    GrantJsonException date = problems.stream().filter(p -> p.path().equals("$.date")).findFirst()
        .orElseThrow();
    assertThat(date.value()).isEqualTo("20160301");
    assertThat(date.rule()).startsWith("breaks the schema (");
    assertThat(date.getMessage()).startsWith("At $.date, value 20160301: breaks the schema");
    assertThat(problems).anySatisfy(p -> assertThat(p.getMessage()).contains("note"));
  }

  @Test
  void aDocumentTheSchemaAcceptsMayStillBreakARuleBetweenValues() {
    String json = GrantJson.write(Fixtures.requisitions().get(0))
        .replace("\"date\" : \"2016-03-01\"", "\"date\" : \"2016-02-30\"");

    assertThat(GrantJsonSchema.of(Requisition.class).validate(json)).isEmpty();
    assertThatThrownBy(() -> GrantJson.read(json, Requisition.class))
        .isInstanceOf(GrantJsonException.class).hasMessageContaining("$.date");
  }

  @Test
  void rejectsWhatIsNotADocumentTypeOrNotJson() {
    assertThatIllegalArgumentException().isThrownBy(() -> GrantJsonSchema.of(Amount.class))
        .withMessageStartingWith("GrantJsonSchema 'type' must be a document type, one of [")
        .withMessageEndingWith("but was Amount");
    assertThatThrownBy(() -> GrantJsonSchema.of(GrantRound.class).validate("{\"year\": 2016, \"year\": 2017}"))
        .isInstanceOf(GrantJsonException.class).hasMessageContaining("$.year")
        .hasMessageContaining("duplicate");
    assertThatThrownBy(() -> GrantJsonSchema.of(GrantRound.class).validate(""))
        .isInstanceOf(GrantJsonException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> GrantJsonSchema.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("GrantJsonSchema 'type' must not be null");
    assertThatThrownBy(() -> GrantJsonSchema.of(GrantRound.class).validate((String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("GrantJsonSchema 'json' must not be null");
  }
}
