package se.utvecklingsmedel.followup;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import se.utvecklingsmedel.vocabulary.ActivityArea;

/**
 * The one way the builders add per-area entries (work, outcomes): an area put again replaces its
 * entry, and a null area or value is named by the builder and the attribute.
 */
final class AreaEntries {

  private AreaEntries() {
  }

  static <V> void putAll(Map<ActivityArea, V> target, Map<? extends ActivityArea, ? extends V> entries,
      String owner) {
    entries.forEach((area, value) -> target.put(
        requireNonNull(area, () -> owner + " must not hold a null area"),
        requireNonNull(value, () -> owner + " must not hold null: the entry of " + area
            + " is null")));
  }
}
