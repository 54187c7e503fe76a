package se.utvecklingsmedel.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One JSON object's properties, read from its {@link Node}'s tokens in document order as a codec
 * asks for them: a property that comes before the one asked for is kept (in a token buffer, by its
 * node) until it is asked for; which were asked for is noted, so that {@link #done()} refuses the
 * others; a key given twice is refused where it comes.
 */
final class ObjectReader {

  // An object has a few dozen properties at most: arrays searched in order (property names are
  // mostly the parser's interned strings) cost less than hash tables made per object.
  private final Node object;
  private String[] names = new String[8]; // read, in document order
  private Node[] values = new Node[8];
  private int count;
  private String[] asked = new String[8];
  private int askedCount;
  private List<String> takenAbsent; // optional properties taken as absent (Reordered)
  private String peeked; // the name of the property at the parser, its value not yet read

  ObjectReader(Node object) {
    this.object = object;
  }

  /**
   * A property asked for, and noted as known here: kept from before, or read on from the parser,
   * keeping the properties before it. An optional property looked for only {@code next} is taken
   * as absent if another comes first; met later, the document is read again ({@link
   * Reordered}).
   */
  Node ask(String name, boolean next) {
    if (askedCount == asked.length) {
      asked = Arrays.copyOf(asked, askedCount * 2);
    }
    asked[askedCount++] = name;
    Node kept = kept(name);
    if (kept != null || object.ended()) {
      return kept;
    }
    object.begin();
    for (String read = nextName(); read != null; read = nextName()) {
      if (next && !same(read, name)) {
        if (takenAbsent == null) {
          takenAbsent = new ArrayList<>(2);
        }
        takenAbsent.add(name);
        return null;
      }
      Node value = nextValue();
      if (same(read, name)) {
        return value;
      }
      object.release(value); // kept in a buffer until asked for
    }
    return null;
  }

  private static boolean same(String a, String b) {
    return a == b || a.equals(b);
  }

  /** Where a name is among the first {@code length}, looked for from {@code from} on, then before. */
  private static int indexOf(String[] in, int length, String name, int from) {
    for (int i = Math.min(from, length); i < length; i++) {
      if (same(in[i], name)) {
        return i;
      }
    }
    for (int i = 0; i < Math.min(from, length); i++) {
      if (same(in[i], name)) {
        return i;
      }
    }
    return -1;
  }

  /** A property read, whether or not it was asked for; null if the object has none. */
  Node kept(String name) {
    int i = indexOf(names, count, name, askedCount - 1); // mostly asked in document order
    return i < 0 ? null : values[i];
  }

  /** The names of the properties read so far, in document order. */
  List<String> read() {
    return Arrays.asList(names).subList(0, count);
  }

  /** The names of all the object's properties, in document order: the whole object is read. */
  List<String> names() {
    object.begin();
    readRest();
    return List.of(Arrays.copyOf(names, count));
  }

  /** The properties nobody asked for, in document order: the whole object is read. */
  Map<String, Node> unasked() {
    object.begin();
    readRest();
    Map<String, Node> unasked = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      if (indexOf(asked, askedCount, names[i], i) < 0) {
        unasked.put(names[i], values[i]);
      }
    }
    return unasked;
  }

  /** The name of the next property, its value not yet read; null at the object's end. */
  private String nextName() {
    if (peeked != null) {
      return peeked;
    }
    try {
      JsonParser parser = object.begin();
      if (parser.nextToken() == JsonToken.END_OBJECT) {
        object.ended(true);
        return null;
      }
      peeked = parser.currentName();
      return peeked;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value of the property {@link #nextName()} gave. */
  private Node nextValue() {
    String read = peeked;
    peeked = null;
    try {
      object.begin().nextToken();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (takenAbsent != null && takenAbsent.contains(read)) {
      throw new Reordered();
    }
    if (indexOf(names, count, read, count) >= 0) {
      throw GrantJsonException.malformed(object.childPath(read), null,
          "is a duplicate key: each key may appear once", null);
    }
    Node value = object.child(read, -1);
    if (count == names.length) {
      names = Arrays.copyOf(names, count * 2);
      values = Arrays.copyOf(values, count * 2);
    }
    names[count] = read;
    values[count++] = value;
    return value;
  }

  /** Reads the properties nobody asked for yet, keeping each. */
  void readRest() {
    if (object.ended()) {
      return;
    }
    for (String read = nextName(); read != null; read = nextName()) {
      object.release(nextValue());
    }
  }

  /** Refuses the first property nobody asked for, naming those that were. */
  void done() {
    object.begin();
    readRest();
    for (int i = 0; i < count; i++) {
      if (indexOf(asked, askedCount, names[i], i) < 0) {
        throw new GrantJsonException(object.childPath(names[i]), values[i].shown(),
            "is not a known property here; known: " + String.join(", ",
                new TreeSet<>(Arrays.asList(asked).subList(0, askedCount))), null);
      }
    }
  }

  /**
   * A property not asked for whose name is one or two letters from a required one, such as
   * "requisitoning" for "requisitioning": the likely reason it is missing. A property name the
   * schemas give some object is never taken for a misspelling.
   */
  String misspelt(String name) {
    for (String other : unasked().keySet()) {
      if (!SchemaNames.ALL.contains(other)
          && withinTwoEdits(name.toLowerCase(Locale.ROOT), other.toLowerCase(Locale.ROOT))) {
        return " (the object has '" + other + "', which is not a property here)";
      }
    }
    return "";
  }

  /**
   * Every property name the module's schemas give some object, read once: such a name is a
   * property, never a misspelling (while reading, the properties an object's form asks for later
   * are not known yet; "unusedAmount" beside a missing "usedAmount").
   */
  private static final class SchemaNames {
    static final Set<String> ALL = load();

    private static Set<String> load() {
      Set<String> names = new HashSet<>();
      Deque<String> files = new ArrayDeque<>();
      CodecRegistry.documentSchemas().forEach(files::add);
      Set<String> seen = new HashSet<>();
      while (!files.isEmpty()) {
        String file = files.pop();
        if (!seen.add(file)) {
          continue;
        }
        try (InputStream in = GrantJsonSchema.class.getResourceAsStream(GrantJsonSchema.RESOURCES + file)) {
          collect(Json.TREES.readTree(in), names, files);
        } catch (IOException e) {
          throw new UncheckedIOException("io-json: cannot read its schema " + file, e);
        }
      }
      return Set.copyOf(names);
    }

    private static void collect(JsonNode node, Set<String> names, Deque<String> files) {
      if (node.isObject()) {
        node.properties().forEach(p -> {
          if (p.getKey().equals("properties") && p.getValue().isObject()) {
            p.getValue().fieldNames().forEachRemaining(names::add);
          } else if (p.getKey().equals("$ref") && p.getValue().isTextual()
              && !p.getValue().asText().startsWith("#")) {
            files.add(p.getValue().asText().replaceFirst("#.*", ""));
          }
          collect(p.getValue(), names, files);
        });
      } else if (node.isArray()) {
        node.forEach(element -> collect(element, names, files));
      }
    }
  }

  /** Whether one text becomes the other by at most two insertions, deletions or substitutions. */
  private static boolean withinTwoEdits(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 2 || a.length() > 100 || b.length() > 100) {
      return false;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        current[j] = Math.min(Math.min(current[j - 1], previous[j]) + 1,
            previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()] <= 2;
  }

  /** A document that lists an optional property after one asked for later. */
  static final class Reordered extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Reordered() {
      super(null, null, false, false);
    }
  }
}
