package se.utvecklingsmedel.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Objects;
import java.util.regex.Pattern;

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

  /** Where Jackson describes its source in a message: {@code [Source: …; line: 1, column: 1]}. */
  private static final Pattern SOURCE = Pattern.compile(
      "\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);

  /** The JSON path of the offending value, e.g. {@code $.pots[2].budget}. */
  private final String path;
  /** The offending value as JSON, or null when there is none to show. */
  private final String value;
  /** The rule the value breaks. */
  private final String rule;

  /** The longest value kept: a whole subtree would make a message of any size. */
  static final int MAX_VALUE = 200;

  /** Whether the input is no JSON document at all (a duplicate key, a value that is no JSON). */
  private final transient boolean malformed;

  GrantJsonException(String path, String value, String rule, Throwable cause) {
    this(path, value, rule, cause, false);
  }

  /** The input is no JSON document: reported before any rule a document breaks. */
  static GrantJsonException malformed(String path, String value, String rule, Throwable cause) {
    return new GrantJsonException(path, value, rule, cause, true);
  }

  boolean isMalformed() {
    return malformed;
  }

  private GrantJsonException(String path, String value, String rule, Throwable cause,
      boolean malformed) {
    super("At " + cut(oneLine(path), MAX_PATH) + (value == null ? "" : ", value "
        + cut(oneLine(value), MAX_VALUE)) + ": " + cut(oneLine(rule), MAX_RULE), cause);
    this.path = cut(oneLine(path), MAX_PATH);
    this.value = value == null ? null : cut(oneLine(value), MAX_VALUE);
    this.rule = cut(oneLine(rule), MAX_RULE);
    this.malformed = malformed;
  }

  /**
   * Returns why a document could not be read, from whatever a mapper threw: the library's own
   * error if the cause chain holds one, else Jackson's, with the path Jackson knows (a duplicate
   * key, content after the document, truncated JSON, a wrong type in a type of your own), else an
   * error at {@code $}. For an exception handler, e.g. Spring's {@code
   * HttpMessageNotReadableException}, so that every unreadable body is answered with a path.
   *
   * <pre>{@code
   * GrantJsonException bad = GrantJsonException.from(e);
   * bad.path();   // "$.parts[1].municipality", "$.partial" (a duplicate key), "$" …
   * bad.rule();   // the rule, or Jackson's own words
   * }</pre>
   *
   * @param thrown what was thrown while reading
   * @return the library's error in the chain, or one made from Jackson's
   * @throws NullPointerException if {@code thrown} is null
   */
  public static GrantJsonException from(Throwable thrown) {
    Objects.requireNonNull(thrown, "GrantJsonException 'thrown' must not be null");
    JsonProcessingException json = null;
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof GrantJsonException grant) {
        return grant;
      }
      if (json == null && t instanceof JsonProcessingException j) {
        json = j;
      }
    }
    if (json == null) {
      return new GrantJsonException("$", null, "is not a JSON document"
          + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage()), thrown);
    }
    String path = "$";
    if (json instanceof JsonMappingException mapping
        && !mapping.getPath().isEmpty()) {
      StringBuilder p = new StringBuilder("$");
      for (JsonMappingException.Reference r : mapping.getPath()) {
        p.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
      }
      path = p.toString();
    } else if (json.getProcessor() instanceof JsonParser parser) {
      path = GrantJsonModule.path(parser.getParsingContext().pathAsPointer());
    }
    JsonLocation at = json.getLocation();
    return new GrantJsonException(path, null, "is not valid JSON: " + jacksonWords(json)
        + (at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column "
            + at.getColumnNr() + ")"), thrown);
  }

  /**
   * Jackson's own words for a parse error, with the description of its source (which Jackson
   * redacts, saying so at length) left out: {@code "… (start marker at line 1, column 1)"}.
   */
  static String jacksonWords(JsonProcessingException e) {
    // A source a mapper includes may hold any text, "]" too: the description ends at its line.
    String words = e.getOriginalMessage();
    return words == null ? e.getClass().getSimpleName()
        : SOURCE.matcher(words).replaceAll("line $1, column $2");
  }

  /**
   * The text on one line: a control character or a line or paragraph separator from the document
   * (or echoed by a rule) is written as a backslash, {@code u} and four hexadecimal digits.
   */
  private static String oneLine(String text) {
    StringBuilder line = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      boolean breaks = type == Character.CONTROL || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR;
      if (breaks && line == null) {
        line = new StringBuilder(text.substring(0, i));
      }
      if (line != null) {
        line.append(breaks ? String.format("\\u%04X", (int) c) : String.valueOf(c));
      }
    }
    return line == null ? text : line.toString();
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
