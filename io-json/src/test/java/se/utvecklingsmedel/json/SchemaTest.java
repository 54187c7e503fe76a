package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.grant.RoundAllocation;

/** The shipped schemas accept what GrantJson writes, and reject what it rejects for shape. */
class SchemaTest {

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
      SpecVersion.VersionFlag.V202012, builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
          "https://schemas.utvecklingsmedel.se/", "classpath:se/utvecklingsmedel/json/schema/")));

  static JsonSchema schema(String name) {
    return FACTORY.getSchema(SchemaLocation.of("https://schemas.utvecklingsmedel.se/" + name));
  }

  static Set<ValidationMessage> validate(String schema, Object value) {
    return schema(schema).validate(GrantJson.tree(value));
  }

  @Test
  void theExamplesValidate() {
    assertThat(validate("grant-round.schema.json", Fixtures.ROUND)).isEmpty();
    assertThat(validate("distribution-key.schema.json", Fixtures.key())).isEmpty();
    assertThat(validate("requisition.schema.json", Fixtures.requisitions().get(0))).isEmpty();
    assertThat(validate("application.schema.json", Fixtures.applications().get(0))).isEmpty();
    assertThat(validate("follow-up-report.schema.json", Fixtures.report())).isEmpty();
    RoundAllocation allocation = Fixtures.allocation();
    assertThat(validate("round-allocation.schema.json", allocation)).isEmpty();
    assertThat(validate("follow-up.schema.json", Fixtures.followUp())).isEmpty();
    assertThat(validate("round-statistics.schema.json", Fixtures.followUp().statistics())).isEmpty();
  }

  @Test
  void theSchemasRejectWrongShapes() {
    ObjectNode round = (ObjectNode) GrantJson.tree(Fixtures.ROUND);
    round.put("year", 2016.5);
    assertThat(schema("grant-round.schema.json").validate(round)).isNotEmpty();
    ObjectNode requisition = (ObjectNode) GrantJson.tree(Fixtures.requisitions().get(0));
    requisition.put("amount", 12.5);
    assertThat(schema("requisition.schema.json").validate(requisition)).isNotEmpty();
    requisition.put("amount", "12.505");
    assertThat(schema("requisition.schema.json").validate(requisition)).isNotEmpty();
    ObjectNode extra = (ObjectNode) GrantJson.tree(Fixtures.requisitions().get(0));
    extra.put("unknown", true);
    assertThat(schema("requisition.schema.json").validate(extra)).isNotEmpty();
    JsonNode badRecipient = GrantJson.mapper().createObjectNode().put("type", "kommun");
    ObjectNode application = (ObjectNode) GrantJson.tree(Fixtures.applications().get(0));
    application.set("applicant", badRecipient);
    assertThat(schema("application.schema.json").validate(application)).isNotEmpty();
    ObjectNode statistics = (ObjectNode) GrantJson.tree(Fixtures.followUp().statistics());
    ((ObjectNode) statistics.get("categories").get(0)).put("reportsLate", -1);
    assertThat(schema("round-statistics.schema.json").validate(statistics)).isNotEmpty();
  }
}
