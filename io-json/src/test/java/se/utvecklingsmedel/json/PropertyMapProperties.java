package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link PropertyMap}, the arrays a read JSON object keeps its properties in, behaves as a
 * {@code LinkedHashMap} does: the same answers to every look-up, the same order, equal trees,
 * through small objects and large ones (past the size where it indexes its names).
 */
class PropertyMapProperties {

  /** One step against the map: put a name, or remove it. */
  record Step(boolean put, String name, int value) {
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<String> names = Arbitraries.integers().between(0, 80).map(i -> "p" + i);
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 9).map(i -> i > 1),
        names, Arbitraries.integers().between(0, 1000)).as(Step::new);
    return step.list().ofMaxSize(200);
  }

  @Property(tries = 300)
  void answersAsALinkedHashMapDoes(@ForAll("steps") List<Step> steps) {
    PropertyMap map = new PropertyMap();
    Map<String, JsonNode> model = new LinkedHashMap<>();
    for (Step step : steps) {
      // a name from JSON is a new String: look-ups must not rely on identity alone
      String name = new String(step.name());
      if (step.put()) {
        JsonNode value = Json.FACTORY.numberNode(step.value());
        assertThat(map.put(name, value)).isEqualTo(model.put(name, value));
      } else {
        assertThat(map.remove(name)).isEqualTo(model.remove(name));
      }
      assertThat(map.size()).isEqualTo(model.size());
    }
    assertThat(new ArrayList<>(map.keySet())).containsExactlyElementsOf(model.keySet());
    for (int i = 0; i <= 80; i++) {
      assertThat(map.get("p" + i)).isEqualTo(model.get("p" + i));
      assertThat(map.containsKey("p" + i)).isEqualTo(model.containsKey("p" + i));
    }
    assertThat(map).isEqualTo(model);
    assertThat(model).isEqualTo(map);
    assertThat(map.hashCode()).isEqualTo(model.hashCode());
  }

  @Property(tries = 100)
  void removesThroughItsIterator(@ForAll("steps") List<Step> steps) {
    PropertyMap map = new PropertyMap();
    Map<String, JsonNode> model = new LinkedHashMap<>();
    steps.stream().filter(Step::put).forEach(step -> {
      map.put(step.name(), Json.FACTORY.numberNode(step.value()));
      model.put(step.name(), Json.FACTORY.numberNode(step.value()));
    });
    map.entrySet().removeIf(e -> e.getValue().intValue() % 2 == 0);
    model.entrySet().removeIf(e -> e.getValue().intValue() % 2 == 0);
    assertThat(map).isEqualTo(model);
    assertThat(new ArrayList<>(map.keySet())).containsExactlyElementsOf(model.keySet());
  }

  @Test
  void aReadObjectEqualsJacksonsOwnTree() throws Exception {
    String json = "{\"b\":1,\"a\":{\"x\":[1,2,{\"y\":null}]},\"c\":\"text\"}";
    JsonNode read = GrantJson.parse(json);
    JsonNode jackson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    assertThat(read).isInstanceOf(PropertyMap.ReadObject.class);
    assertThat(read).isEqualTo(jackson);
    assertThat(jackson).isEqualTo(read);
    assertThat(read.toString()).isEqualTo(jackson.toString());
    assertThat(read.hashCode()).isEqualTo(jackson.hashCode());
    ((ObjectNode) read).put("b", 2);
    assertThat(read.get("b").intValue()).isEqualTo(2);
    assertThat((Object) read.deepCopy()).isEqualTo(read);
  }

  @Test
  void entriesWriteThroughAndCompareAsMapEntries() {
    PropertyMap map = new PropertyMap();
    map.put("a", Json.FACTORY.numberNode(1));
    map.put("b", Json.FACTORY.textNode("x"));
    Map.Entry<String, JsonNode> first = map.entrySet().iterator().next();
    assertThat(first).isEqualTo(Map.entry("a", Json.FACTORY.numberNode(1)))
        .isNotEqualTo(Map.entry("a", Json.FACTORY.numberNode(2)))
        .isNotEqualTo(Map.entry("b", Json.FACTORY.numberNode(1))).isNotEqualTo("a=1");
    assertThat(first.hashCode()).isEqualTo(Map.entry("a", Json.FACTORY.numberNode(1)).hashCode());
    assertThat(first).hasToString("a=1");
    assertThat(first.setValue(Json.FACTORY.numberNode(3))).isEqualTo(Json.FACTORY.numberNode(1));
    assertThat(map.get("a")).isEqualTo(Json.FACTORY.numberNode(3));
    assertThat(map.entrySet()).hasSize(2);
    map.clear();
    assertThat(map).isEmpty();
    assertThat(map.get("a")).isNull();
    map.put("c", Json.FACTORY.numberNode(4));
    assertThat(map).containsOnlyKeys("c");
  }

  @Test
  void theMapOfAnyObjectIsItsOwnOrACopy() throws Exception {
    ObjectNode jackson = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree("{\"b\":1,\"a\":2}");
    PropertyMap copy = PropertyMap.of(jackson);
    assertThat(copy).isEqualTo(Map.of("b", jackson.get("b"), "a", jackson.get("a")));
    assertThat(copy.nameAt(0)).isEqualTo("b");
    JsonNode read = GrantJson.parse("{\"b\":1,\"a\":2}");
    assertThat(PropertyMap.of(read)).isSameAs(PropertyMap.of(read));
  }

  @Test
  void anIteratorRemovesOnlyWhatItReturned() {
    PropertyMap map = new PropertyMap();
    map.put("a", Json.FACTORY.numberNode(1));
    Iterator<Map.Entry<String, JsonNode>> it = map.entrySet().iterator();
    assertThatThrownBy(it::remove).isInstanceOf(IllegalStateException.class);
    it.next();
    it.remove();
    assertThat(map).isEmpty();
    assertThatThrownBy(it::next).isInstanceOf(java.util.NoSuchElementException.class);
  }
}
