package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The properties of an object read by {@link TreeReader}, in document order, held in two arrays.
 * Team decision: a {@code LinkedHashMap} per JSON object, with an entry object per
 * property, was most of what building the tree allocated; an object here has a handful of
 * properties, found by a short search that mostly compares interned names by identity. An object
 * with many properties gets a hash index too, so no input makes reading quadratic. A
 * {@link Node} reads the arrays directly, without copying them.
 *
 * <p>Not thread-safe while it is built; the tree is read by one thread.
 */
final class PropertyMap extends AbstractMap<String, JsonNode> {

  /** From this many properties on, a name is found by a hash index. */
  private static final int INDEXED = 32;

  private String[] names = new String[4];
  private JsonNode[] values = new JsonNode[4];
  private int size;
  private Map<String, Integer> index; // only for a large object

  /** A JSON object over a property map, which a {@link Node} reads without a copy. */
  static final class ReadObject extends ObjectNode {
    private static final long serialVersionUID = 1L;

    private final transient PropertyMap properties;

    ReadObject(PropertyMap properties) {
      super(Json.FACTORY, properties);
      this.properties = properties;
    }
  }

  /** The properties of any JSON object: its own map if it has one, else a copy. */
  static PropertyMap of(JsonNode object) {
    if (object instanceof ReadObject read) {
      return read.properties;
    }
    PropertyMap copy = new PropertyMap();
    object.fields().forEachRemaining(field -> copy.put(field.getKey(), field.getValue()));
    return copy;
  }

  /** The position of a name, or -1. */
  int indexOf(Object name) {
    if (index != null) {
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }
    for (int i = 0; i < size; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  String nameAt(int i) {
    return names[i];
  }

  JsonNode valueAt(int i) {
    return values[i];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object name) {
    return indexOf(name) >= 0;
  }

  @Override
  public JsonNode get(Object name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  @Override
  public JsonNode put(String name, JsonNode value) {
    int i = indexOf(name);
    if (i >= 0) {
      JsonNode old = values[i];
      values[i] = value;
      return old;
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    values[size] = value;
    if (index != null) {
      index.put(name, size);
    } else if (size + 1 == INDEXED) {
      index = new HashMap<>();
      for (int k = 0; k <= size; k++) {
        index.put(names[k], k);
      }
    }
    size++;
    return null;
  }

  @Override
  public JsonNode remove(Object name) {
    int i = indexOf(name);
    if (i < 0) {
      return null;
    }
    JsonNode old = values[i];
    removeAt(i);
    return old;
  }

  private void removeAt(int i) {
    System.arraycopy(names, i + 1, names, i, size - i - 1);
    System.arraycopy(values, i + 1, values, i, size - i - 1);
    size--;
    names[size] = null;
    values[size] = null;
    if (index != null) {
      index.clear();
      for (int k = 0; k < size; k++) {
        index.put(names[k], k);
      }
    }
  }

  @Override
  public void clear() {
    Arrays.fill(names, 0, size, null);
    Arrays.fill(values, 0, size, null);
    size = 0;
    index = null;
  }

  @Override
  public Set<Map.Entry<String, JsonNode>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, JsonNode>> iterator() {
        return new Iterator<>() {
          private int next;
          private int last = -1;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<String, JsonNode> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            last = next++;
            return new Property(last);
          }

          @Override
          public void remove() {
            if (last < 0) {
              throw new IllegalStateException();
            }
            removeAt(last);
            next = last;
            last = -1;
          }
        };
      }
    };
  }

  /** One property, written through to the map. */
  private final class Property implements Map.Entry<String, JsonNode> {
    private final int i;

    Property(int i) {
      this.i = i;
    }

    @Override
    public String getKey() {
      return names[i];
    }

    @Override
    public JsonNode getValue() {
      return values[i];
    }

    @Override
    public JsonNode setValue(JsonNode value) {
      JsonNode old = values[i];
      values[i] = value;
      return old;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Map.Entry<?, ?> e && getKey().equals(e.getKey())
          && getValue().equals(e.getValue());
    }

    @Override
    public int hashCode() {
      return getKey().hashCode() ^ getValue().hashCode();
    }

    @Override
    public String toString() {
      return getKey() + "=" + getValue();
    }
  }
}
