package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.round.PotId;

/** Scalar values to JSON nodes, the one way this module writes them. */
final class Json {

  /** Keeps decimals exactly as written ({@code 400000.00}, never {@code 4E+5}). */
  @SuppressWarnings("deprecation") // the replacement, JsonNodeFeature, configures mappers, not factories
  static final JsonNodeFactory FACTORY = JsonNodeFactory.withExactBigDecimals(true);

  private Json() {
  }

  static JsonNode toNode(Object value) {
    if (value instanceof JsonNode) {
      return (JsonNode) value;
    }
    if (value instanceof Amount) {
      return FACTORY.textNode(value.toString());
    }
    if (value instanceof LocalDate) {
      return FACTORY.textNode(value.toString());
    }
    if (value instanceof String) {
      return FACTORY.textNode((String) value);
    }
    if (value instanceof PotId) {
      return FACTORY.textNode(value.toString());
    }
    if (value instanceof Enum) {
      return FACTORY.textNode(((Enum<?>) value).name());
    }
    if (value instanceof Boolean) {
      return FACTORY.booleanNode((Boolean) value);
    }
    if (value instanceof Integer) {
      return FACTORY.numberNode((Integer) value);
    }
    if (value instanceof Long) {
      long number = (Long) value;
      // As a parser reads it back: the smallest node that holds the number.
      return number == (int) number ? FACTORY.numberNode((int) number) : FACTORY.numberNode(number);
    }
    throw new IllegalArgumentException("No JSON form for " + value.getClass().getName());
  }
}
