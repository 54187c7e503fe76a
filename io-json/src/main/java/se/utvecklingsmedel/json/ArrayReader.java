package se.utvecklingsmedel.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One JSON array's elements, read from its {@link Node}'s tokens in order: each element a node, or,
 * for an array of an enum's constants, each a name with no node (terms are most of a report). The
 * elements are kept as read, for the innermost place of a broken rule.
 */
final class ArrayReader {

  private final Node array;
  private final List<Node> elements = new ArrayList<>();
  private List<String> names; // an array of names read without a node each

  ArrayReader(Node array) {
    this.array = array;
  }

  /** How many elements were read. */
  int count() {
    return names != null ? names.size() : elements.size();
  }

  /** An element read. */
  Node element(int i) {
    return names != null ? new Node(array, i, Node.quoted(names.get(i))) : elements.get(i);
  }

  /** Each element, as it comes. */
  void each(Consumer<Node> each) {
    JsonParser p = array.begin();
    try {
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        Node node = array.child(null, i);
        elements.add(node);
        each.accept(node);
        array.release(node);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    array.ended(true);
  }

  <T> ImmutableList<T> list(Function<Node, T> element) {
    ImmutableList.Builder<T> values = ImmutableList.builder();
    each(node -> values.add(element.apply(node)));
    return values.build();
  }

  /**
   * A list of distinct names of an enum's constants, read as {@code distinctList(n ->
   * n.enumValue(type))} reads it, with its messages, but with no node per element unless one is
   * wrong.
   */
  <E extends Enum<E>> ImmutableList<E> distinctEnums(Class<E> type) {
    JsonParser p = array.begin();
    names = new ArrayList<>();
    ImmutableList.Builder<E> read = ImmutableList.builder();
    E[] constants = type.getEnumConstants();
    try {
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        E value = p.currentToken() == JsonToken.VALUE_STRING ? constant(constants, p) : null;
        if (value == null) {
          array.child(null, i).enumValue(type); // throws, with its path
        }
        names.add(value.name());
        read.add(value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    array.ended(true);
    // Every element read first, then repeats looked for: the order of errors distinctList has.
    ImmutableList<E> values = read.build();
    EnumSet<E> seen = EnumSet.noneOf(type);
    for (int i = 0; i < values.size(); i++) {
      if (!seen.add(values.get(i))) {
        throw new GrantJsonException(array.path() + "[" + i + "]",
            Node.quoted(values.get(i).name()), "is listed twice", null);
      }
    }
    return values;
  }

  /**
   * The constant the parser's string names, or null: compared in the parser's own characters (a
   * string made and hashed per term was a tenth of reading a report).
   */
  private static <E extends Enum<E>> E constant(E[] constants, JsonParser p) throws IOException {
    char[] text = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    for (E constant : constants) {
      String name = constant.name();
      if (name.length() == length) {
        int i = 0;
        while (i < length && name.charAt(i) == text[offset + i]) {
          i++;
        }
        if (i == length) {
          return constant;
        }
      }
    }
    return null;
  }

  /** A list that must not name the same element twice, as a set in JSON must not. */
  <T> ImmutableList<T> distinctList(Function<Node, T> element) {
    ImmutableList<T> values = list(element);
    // A short list (a report's terms) is checked pair by pair; a long one with a set.
    Set<T> seen = values.size() > 16 ? new HashSet<>() : null;
    for (int i = 0; i < values.size(); i++) {
      if (seen != null ? !seen.add(values.get(i)) : values.subList(0, i).contains(values.get(i))) {
        throw new GrantJsonException(array.path() + "[" + i + "]",
            elements.get(i).shownIfRead(), "is listed twice", null);
      }
    }
    return values;
  }

  /**
   * Reads a list of objects, each a key and a value, as an ordered map: the one reader of keyed
   * entry lists. A key listed twice is rejected at its entry ("names 2584 Kiruna a second time").
   */
  <K, V> Map<K, V> entries(String keyField, Function<Node, K> key, String valueField,
      Function<Node, V> value) {
    Map<K, V> entries = new LinkedHashMap<>();
    list(entry -> {
      K k = key.apply(entry.field(keyField));
      V v = value.apply(entry.field(valueField));
      entry.done();
      if (entries.put(k, v) != null) {
        throw entry.error("names " + k + " a second time");
      }
      return k;
    });
    return entries;
  }
}
