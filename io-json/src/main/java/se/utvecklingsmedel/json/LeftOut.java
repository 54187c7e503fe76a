package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The properties a writer leaves out because they hold their default, each with the defaults seen:
 * a stated result may give such a property explicitly ({@code "extraOre": false}) and still equal
 * the recomputed one, and a property with any other name is not a default, whatever its value.
 * Filled as values are written; read by the comparison of stated results.
 */
final class LeftOut {

  private static final Map<String, Set<JsonNode>> DEFAULTS = new ConcurrentHashMap<>();

  private LeftOut() {
  }

  /** The defaults seen, as values, so that each is written to JSON once, not per object written. */
  private static final Map<String, Set<Object>> SEEN = new ConcurrentHashMap<>();

  /** A property {@code name} left out when it holds {@code byDefault}. */
  static void register(String name, JsonNode byDefault) {
    DEFAULTS.computeIfAbsent(name, n -> ConcurrentHashMap.newKeySet()).add(byDefault);
  }

  /** A property {@code name} left out when it holds {@code byDefault}, written by {@code form}. */
  static <V> void register(String name, V byDefault, Form<V> form) {
    if (SEEN.computeIfAbsent(name, n -> ConcurrentHashMap.newKeySet()).add(byDefault)) {
      register(name, form.write(byDefault));
    }
  }

  /** Whether a stated property is one a writer leaves out, with its default. */
  static boolean isDefault(String name, JsonNode stated) {
    Set<JsonNode> defaults = DEFAULTS.get(name);
    return defaults != null && defaults.contains(stated);
  }
}
