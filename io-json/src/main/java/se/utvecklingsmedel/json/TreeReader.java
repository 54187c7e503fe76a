package se.utvecklingsmedel.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads one JSON value from a parser into a tree, token by token, with this library's rules and none
 * of the calling mapper's: a duplicate key is rejected, numbers stay exact (no {@code double}), and
 * the parser is left on the value's last token, so whatever follows is the caller's business (a
 * mapper with {@code FAIL_ON_TRAILING_TOKENS} reading a user's record holding an {@code Amount} is
 * not disturbed). Team decision for issue 17: the module's deserializers used
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
    return value(parser, token, path);
  }

  private static JsonNode value(JsonParser parser, JsonToken token, String path) throws IOException {
    switch (token) {
      case START_OBJECT:
        return object(parser, path);
      case START_ARRAY:
        return array(parser, path);
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
          throw new GrantJsonException(path, parser.getText(), "is not a finite number", e);
        }
      case VALUE_TRUE:
        return Json.FACTORY.booleanNode(true);
      case VALUE_FALSE:
        return Json.FACTORY.booleanNode(false);
      case VALUE_NULL:
        return Json.FACTORY.nullNode();
      default:
        throw new GrantJsonException(path, null, "is not a JSON value but " + token, null);
    }
  }

  private static ObjectNode object(JsonParser parser, String path) throws IOException {
    ObjectNode object = Json.FACTORY.objectNode();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT;
        token = parser.nextToken()) {
      String name = parser.currentName();
      String child = path + "." + name;
      JsonNode value = value(parser, parser.nextToken(), child);
      if (object.has(name)) {
        throw new GrantJsonException(child, null, "is a duplicate key: each key may appear once",
            null);
      }
      object.set(name, value);
    }
    return object;
  }

  private static ArrayNode array(JsonParser parser, String path) throws IOException {
    ArrayNode array = Json.FACTORY.arrayNode();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      array.add(value(parser, token, path + "[" + array.size() + "]"));
    }
    return array;
  }
}
