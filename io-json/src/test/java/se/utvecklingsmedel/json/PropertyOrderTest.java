package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.RoundAllocation;

/**
 * The reader takes properties in document order, as the writer writes them, and reads a document
 * whose properties come in any other order just as well (it looks for them again): the order is the
 * writer's habit, not a rule.
 */
class PropertyOrderTest {

  /** Every object's properties in reverse order, at every depth. */
  private static JsonNode reversed(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.reverse(names);
      ObjectNode copy = Json.FACTORY.objectNode();
      names.forEach(name -> copy.set(name, reversed(node.get(name))));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = Json.FACTORY.arrayNode();
      node.forEach(element -> copy.add(reversed(element)));
      return copy;
    }
    return node;
  }

  private static <T> void readsInAnyOrder(T value, Class<T> type) {
    String reversed = reversed(GrantJson.parse(GrantJson.write(value))).toPrettyString();
    assertThat(reversed).isNotEqualTo(GrantJson.write(value));
    assertThat(GrantJson.read(reversed, type)).isEqualTo(value);
  }

  @Test
  void documentsReadTheSameWithTheirPropertiesReversed() {
    readsInAnyOrder(Fixtures.report(), FollowUpReport.class);
    readsInAnyOrder(Fixtures.allocation(), RoundAllocation.class);
    readsInAnyOrder(Fixtures.followUp(), FollowUp.class);
    readsInAnyOrder(Fixtures.ROUND, se.utvecklingsmedel.round.GrantRound.class);
  }

  @Test
  void anUnknownPropertyAmongReorderedOnesIsStillNamed() {
    ObjectNode report = (ObjectNode) reversed(GrantJson.parse(GrantJson.write(Fixtures.report())));
    report.put("surplus", 1);
    GrantJsonException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        GrantJsonException.class, () -> GrantJson.read(report.toString(), FollowUpReport.class));
    assertThat(e.path()).isEqualTo("$.surplus");
    assertThat(e.rule()).startsWith("is not a known property here");
  }
}
