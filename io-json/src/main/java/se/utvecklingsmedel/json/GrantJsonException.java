package se.utvecklingsmedel.json;

/**
 * Why a JSON document could not be read or written: where (the JSON path, e.g.
 * {@code $.requisitions[17].amount}), what was there, and the rule it broke.
 *
 * <p>The one exception type of this module: malformed JSON, a wrong type, an unknown or missing
 * property, and every rule of the core value types surface as this, in one readable sentence.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GrantJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending value, e.g. {@code $.pots[2].budget}. */
  private final String path;
  /** The offending value as JSON, or null when there is none to show. */
  private final String value;
  /** The rule the value breaks. */
  private final String rule;

  /** The longest value kept: a whole subtree would make a message of any size (issue 17). */
  static final int MAX_VALUE = 200;

  GrantJsonException(String path, String value, String rule, Throwable cause) {
    super("At " + path + (value == null ? "" : ", value " + cut(value)) + ": " + rule, cause);
    this.path = path;
    this.value = value == null ? null : cut(value);
    this.rule = rule;
  }

  private static String cut(String value) {
    return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
  }

  /**
   * Returns where in the document the problem is.
   *
   * @return the JSON path, e.g. {@code $.pots[2].budget}; {@code $} for the whole document
   */
  public String path() {
    return path;
  }

  /**
   * Returns the offending value as JSON text, if there was one, cut to at most 200 characters (the
   * last one then an ellipsis).
   *
   * @return the value, or null where a value is missing
   */
  public String value() {
    return value;
  }

  /**
   * Returns the rule broken.
   *
   * @return the rule, in words
   */
  public String rule() {
    return rule;
  }
}
