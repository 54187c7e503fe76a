package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The node factory this module writes with. */
final class Json {

  /** Keeps decimals exactly as written ({@code 400000.00}, never {@code 4E+5}). */
  @SuppressWarnings("deprecation") // the replacement, JsonNodeFeature, configures mappers, not factories
  static final JsonNodeFactory FACTORY = JsonNodeFactory.withExactBigDecimals(true);

  /** Reads trees back from tokens, with this module's node factory. */
  static final com.fasterxml.jackson.databind.ObjectMapper TREES =
      new com.fasterxml.jackson.databind.ObjectMapper().setNodeFactory(FACTORY);

  private Json() {
  }

  /** A whole number as a parser reads it back: the smallest node that holds it. */
  static JsonNode number(long number) {
    return number == (int) number ? FACTORY.numberNode((int) number) : FACTORY.numberNode(number);
  }
}
