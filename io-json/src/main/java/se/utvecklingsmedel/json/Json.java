package se.utvecklingsmedel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.Map;

/** The node factory this module writes with, and its trees written to a generator. */
final class Json {

  /** Keeps decimals exactly as written ({@code 400000.00}, never {@code 4E+5}). */
  @SuppressWarnings("deprecation") // the replacement, JsonNodeFeature, configures mappers, not factories
  static final JsonNodeFactory FACTORY = JsonNodeFactory.withExactBigDecimals(true);

  /** Reads trees back from tokens, with this module's node factory. */
  static final com.fasterxml.jackson.databind.ObjectMapper TREES =
      new com.fasterxml.jackson.databind.ObjectMapper().setNodeFactory(FACTORY);

  private Json() {
  }

  /**
   * Writes a tree token by token, as the mapper writes it, without asking the mapper for a
   * serializer (a look-up per tree, and a document writes thousands of small ones).
   */
  static void write(JsonGenerator json, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        json.writeStartObject();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
          json.writeFieldName(property.getKey());
          write(json, property.getValue());
        }
        json.writeEndObject();
      }
      case ARRAY -> {
        json.writeStartArray();
        for (JsonNode element : node) {
          write(json, element);
        }
        json.writeEndArray();
      }
      case STRING -> json.writeString(node.textValue());
      case BOOLEAN -> json.writeBoolean(node.booleanValue());
      case NULL -> json.writeNull();
      case NUMBER -> { // each kind as itself, so that a tree written to tokens reads back the same
        switch (node.numberType()) {
          case INT -> json.writeNumber(node.intValue());
          case LONG -> json.writeNumber(node.longValue());
          case BIG_INTEGER -> json.writeNumber(node.bigIntegerValue());
          case BIG_DECIMAL -> json.writeNumber(node.decimalValue());
          default -> json.writeTree(node); // a float or double: none is written here
        }
      }
      default -> json.writeTree(node);
    }
  }

  /** A whole number as a parser reads it back: the smallest node that holds it. */
  static JsonNode number(long number) {
    return number == (int) number ? FACTORY.numberNode((int) number) : FACTORY.numberNode(number);
  }
}
