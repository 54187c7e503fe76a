package se.utvecklingsmedel.json;

/**
 * Why a JSON document could not be read or written: where (the JSON path, e.g.
 * {@code $.requisitions[17].amount}), what was there, and the rule it broke. The message is at most
 * 1 000 characters whatever the input: the value is cut to 200 characters, and in the message the
 * path to 250 and the rule to 500.
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

  /** The longest value kept: a whole subtree would make a message of any size. */
  static final int MAX_VALUE = 200;

  GrantJsonException(String path, String value, String rule, Throwable cause) {
    super("At " + cut(path, MAX_PATH) + (value == null ? "" : ", value " + cut(value, MAX_VALUE))
        + ": " + cut(rule, MAX_RULE), cause);
    this.path = path;
    this.value = value == null ? null : cut(value, MAX_VALUE);
    this.rule = cut(rule, MAX_RULE);
  }

  /**
   * Path and rule are cut (the path in the message only, the rule also in {@link #rule()}), so
   * that no message exceeds 1 000 characters.
   */
  private static final int MAX_PATH = 250;
  private static final int MAX_RULE = 500;

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
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
   * Returns the rule broken, cut to at most 500 characters (the last one then an ellipsis).
   *
   * @return the rule, in words
   */
  public String rule() {
    return rule;
  }
}
