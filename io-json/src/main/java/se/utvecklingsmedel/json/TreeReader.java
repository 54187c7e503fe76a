package se.utvecklingsmedel.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads one JSON value from a parser into a tree, token by token, with this library's rules and
 * none of the calling mapper's: a duplicate key is rejected, numbers stay exact (no {@code
 * double}), and the parser is left on the value's last token, so whatever follows is the caller's
 * business (a mapper with {@code FAIL_ON_TRAILING_TOKENS} reading a user's record holding an {@code
 * Amount} is not disturbed). Team decision: the module's deserializers used
 * {@code parser.readValueAsTree()}, which follows the mapper's features, so a framework's lenient
 * mapper let a duplicate key through (the last value won).
 */
final class TreeReader {

  private TreeReader() {
  }

  /**
   * Reads the value at the parser's current token.
   *
   * @param parser the parser, on the first token of the value
   * @param path the JSON path of that value
   * @return the tree
   */
  static JsonNode read(JsonParser parser, String path) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      token = parser.nextToken();
    }
    if (token == null) {
      throw new GrantJsonException(path, null, "is empty: a JSON document is required", null);
    }
    return value(parser, token, new Where(null, path, -1));
  }

  /**
   * Where a value is, written out only for a message (a path string per value cost more
   * than the parse): the place of its container, and its name or index there.
   */
  private record Where(Where container, String name, int index) {
    @Override
    public String toString() {
      if (container == null) {
        return name;
      }
      return name != null ? container + "." + name : container + "[" + index + "]";
    }
  }

  private static JsonNode value(JsonParser parser, JsonToken token, Where at) throws IOException {
    switch (token) {
      case START_OBJECT:
        return object(parser, at);
      case START_ARRAY:
        return array(parser, at);
      case VALUE_STRING:
        return Json.FACTORY.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return Json.FACTORY.numberNode(parser.getIntValue());
          case LONG:
            return Json.FACTORY.numberNode(parser.getLongValue());
          default:
            return Json.FACTORY.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        try {
          return Json.FACTORY.numberNode(parser.getDecimalValue());
        } catch (NumberFormatException e) {
          // NaN or Infinity, which a lenient mapper's parser lets through.
          throw GrantJsonException.malformed(at.toString(), parser.getText(), "is not a finite number",
              e);
        }
      case VALUE_TRUE:
        return Json.FACTORY.booleanNode(true);
      case VALUE_FALSE:
        return Json.FACTORY.booleanNode(false);
      case VALUE_NULL:
        return Json.FACTORY.nullNode();
      default:
        throw GrantJsonException.malformed(at.toString(), null, "is not a JSON value but " + token,
            null);
    }
  }

  /** Whether a token's value cannot be rejected here, and so needs no place for a message. */
  private static boolean placeless(JsonToken token) {
    switch (token) {
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_TRUE:
      case VALUE_FALSE:
      case VALUE_NULL:
        return true;
      default:
        return false; // a float may be NaN; an embedded object is no JSON value
    }
  }

  private static ObjectNode object(JsonParser parser, Where at) throws IOException {
    ObjectNode object = Json.FACTORY.objectNode();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT;
        token = parser.nextToken()) {
      String name = parser.currentName();
      JsonToken first = parser.nextToken();
      JsonNode value = placeless(first)
          ? value(parser, first, null)
          : value(parser, first, new Where(at, name, -1));
      if (object.replace(name, value) != null) {
        throw GrantJsonException.malformed(new Where(at, name, -1).toString(), null,
            "is a duplicate key: each key may appear once", null);
      }
    }
    return object;
  }

  private static ArrayNode array(JsonParser parser, Where at) throws IOException {
    ArrayNode array = Json.FACTORY.arrayNode();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      array.add(placeless(token)
          ? value(parser, token, null)
          : value(parser, token, new Where(at, null, array.size())));
    }
    return array;
  }
}
