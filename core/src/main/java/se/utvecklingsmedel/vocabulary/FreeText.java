package se.utvecklingsmedel.vocabulary;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;

/**
 * The one rule every free-text input of the library follows (<i>fritext</i>): names of
 * organisations, a key's basis, a round's legal basis, a pot's label, a priority's reason, the
 * words of a {@code Wording}, a method named in words, held figures' words and sources.
 *
 * <p>Such text is printed in decisions, reports and exports, so it must not be able to forge a line
 * of its own ("Jouren\nBeslut: Avslås") or to change what a reader sees. A text is refused when it
 * holds a control character (line breaks and tabs included), a line or paragraph separator, a
 * bidirectional override or isolate, or a lone surrogate (which a UTF-8 round trip turns into
 * "?"); when it is blank once white space and invisible formatting characters (a zero-width space)
 * are removed; and when it is longer than {@value #MAX_LENGTH} characters ({@value #MAX_NAME_LENGTH} for a
 * name). It is kept in Unicode's
 * composed form (NFC), so that names which look the same are the same. Source: team decision.
 *
 * <p>A message shows the text cut at 200 characters, with control characters written as escapes,
 * on one line.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FreeText {

  /** The most characters (code points) a free text may have. */
  public static final int MAX_LENGTH = 1_000;

  /**
   * The most characters a name may have: messages and decision texts repeat names, so that a
   * message naming one stays short.
   */
  public static final int MAX_NAME_LENGTH = 200;

  /** The most characters of a text a message shows. */
  private static final int SHOWN = 200;

  private FreeText() {
  }

  /**
   * Checks a free text and returns it in composed form (NFC).
   *
   * @param subject how a message names the owner, e.g. {@code "DistributionKey"} or {@code "Pot
   *     municipalities:"}
   * @param field the field, e.g. {@code "basis"}
   * @param text the text
   * @return the text in NFC
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text breaks the rule; the message names the subject,
   *     the field and the rule
   */
  public static String check(String subject, String field, String text) {
    return check(subject, field, text, MAX_LENGTH);
  }

  /**
   * Checks a name (of an organisation, a pot, a method named in words), which messages repeat:
   * as {@link #check(String, String, String)}, at most {@value #MAX_NAME_LENGTH} characters.
   *
   * @param subject how a message names the owner
   * @param field the field, e.g. {@code "name"}
   * @param name the name
   * @return the name in NFC
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if the name breaks the rule
   */
  public static String checkName(String subject, String field, String name) {
    requireNonNull(name, () -> "FreeText 'name' (" + subject + " '" + field + "') must not be null");
    return check(subject, field, name, MAX_NAME_LENGTH);
  }

  private static String check(String subject, String field, String text, int maxLength) {
    requireNonNull(subject, "FreeText 'subject' must not be null");
    requireNonNull(field, "FreeText 'field' must not be null");
    requireNonNull(text, () -> "FreeText 'text' (" + subject + " '" + field + "') must not be null");
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    int length = composed.codePointCount(0, composed.length());
    if (length > maxLength) {
      throw new IllegalArgumentException(subject + " '" + field + "' must be at most " + maxLength
          + " characters, but has " + length + ": " + shown(composed));
    }
    boolean visible = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (forbidden(c)) {
        throw new IllegalArgumentException(subject + " '" + field + "' must not hold "
            + (Character.getType(c) == Character.SURROGATE ? "a lone surrogate" : "a line break or "
            + "other control character") + String.format(" (U+%04X at %d): ", c, i)
            + shown(text));
      }
      visible |= !Character.isWhitespace(c) && !Character.isSpaceChar(c)
          && Character.getType(c) != Character.FORMAT;
      i += Character.charCount(c);
    }
    if (!visible) {
      throw new IllegalArgumentException(subject + " '" + field + "' must not be blank");
    }
    return composed;
  }

  private static boolean forbidden(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  /** A text as a message shows it: on one line, cut at 200 characters, quoted. */
  static String shown(String text) {
    StringBuilder shown = new StringBuilder("\"");
    int count = 0;
    for (int i = 0; i < text.length() && count < SHOWN; count++) {
      int c = text.codePointAt(i);
      shown.append(forbidden(c) ? String.format("\\u%04X", c) : new String(Character.toChars(c)));
      i += Character.charCount(c);
    }
    return shown.append(count < text.codePointCount(0, text.length()) ? "…\"" : "\"").toString();
  }
}
