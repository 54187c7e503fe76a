package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import se.utvecklingsmedel.statistics.RoundStatistics;

/**
 * The reader and the shipped schema judge the same statistics documents alike (issue 10). Generated
 * documents are valid statistics with one figure changed: to another count, a negative number, a
 * decimal, a string or null, removed, or joined by an unknown field. Whatever the schema rejects, the
 * reader rejects; the only documents the reader rejects and the schema accepts break a rule between
 * figures, which JSON Schema cannot state — and the reader then says so in the statistics' own words.
 */
class SchemaAgreementProperties {

  private static final ObjectNode VALID = (ObjectNode) GrantJson.tree(RoundStatistics.of(Fixtures.followUp()));
  private static final List<String> FIELDS = fields();
  /** The figures that are counts: most changes are made to these. */
  private static final List<String> COUNTS = FIELDS.stream()
      .filter(name -> VALID.get("categories").get(0).get(name).isInt()).toList();

  private static List<String> fields() {
    List<String> names = new ArrayList<>();
    VALID.get("categories").get(0).fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** One change to one figure of one category. */
  record Change(int category, String field, int kind, int count) {
    ObjectNode apply() {
      ObjectNode document = VALID.deepCopy();
      ObjectNode target = (ObjectNode) document.get("categories")
          .get(category % document.get("categories").size());
      JsonNodeFactory f = JsonNodeFactory.instance;
      switch (kind) {
        case 0 -> target.set(field, target.path(field).isInt()
            ? f.numberNode(Math.max(0, target.get(field).intValue() + count % 5 - 2))
            : f.numberNode(count));
        case 1 -> target.set(field, f.numberNode(-1 - count));
        case 2 -> target.set(field, f.numberNode(BigDecimal.valueOf(count).add(new BigDecimal("0.5"))));
        case 3 -> target.set(field, f.textNode(String.valueOf(count)));
        case 4 -> target.set(field, f.nullNode());
        case 5 -> target.remove(field);
        default -> target.put("unknown" + count, count);
      }
      return document;
    }
  }

  @Provide
  Arbitrary<Change> changes() {
    return Combinators.combine(Arbitraries.integers().between(0, 10), Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.of(COUNTS)), Tuple.of(1, Arbitraries.of(FIELDS))),
        Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just(0)),
            Tuple.of(6, Arbitraries.integers().between(1, 6))),
        Arbitraries.integers().between(0, 300))
        .as(Change::new);
  }

  @Property
  void whatTheSchemaRejectsTheReaderRejects(@ForAll("changes") Change change) {
    JsonNode document = change.apply();
    boolean schemaAccepts = GrantJsonSchema.of(RoundStatistics.class).validate(document)
        .isEmpty();
    GrantJsonException rejected = null;
    try {
      GrantJson.read(document.toString(), RoundStatistics.class);
    } catch (GrantJsonException e) {
      rejected = e;
    }
    if (!schemaAccepts) {
      assertThat(rejected).as("the schema rejects %s, so must the reader", change).isNotNull();
    } else if (rejected != null) {
      assertThat(rejected.rule()).as("only a rule between figures may tell them apart")
          .containsAnyOf("CategoryStatistics of", "must be at most", "must equal", "must be given");
    }
    if (rejected != null) {
      // The error is named inside the category changed, at a place the document has (a figure
      // left out is named where it belongs): core's rule violations carry the figure as data.
      int category = change.category() % document.get("categories").size();
      String at = "$.categories[" + category + "]";
      assertThat(rejected.path()).as("%s for %s", rejected.getMessage(), change).startsWith(at);
      String rest = rejected.path().substring(at.length());
      assertThat(rest).as("%s names a figure, not only the category", rejected.path())
          .startsWith(".");
      JsonNode node = document.get("categories").get(category);
      String[] steps = rest.substring(1).split("\\.|(?=\\[)");
      for (int i = 0; i < steps.length; i++) {
        node = steps[i].startsWith("[") ? node.get(Integer.parseInt(steps[i].substring(1,
            steps[i].length() - 1))) : node.get(steps[i]);
        // Only the last step may be left out: a figure named where it belongs.
        assertThat(node != null || i == steps.length - 1)
            .as("%s names a place the document has", rejected.path()).isTrue();
      }
    }
    Statistics.label("judged").collect(schemaAccepts ? (rejected == null ? "both accept"
        : "a rule between figures") : "both reject");
    Statistics.label("judged").coverage(cov -> {
      cov.check("both accept").count((n, tries) -> n * 50 >= tries);
      cov.check("both reject").count((n, tries) -> n * 50 >= tries);
      cov.check("a rule between figures").count((n, tries) -> n * 50 >= tries);
    });
  }
}
