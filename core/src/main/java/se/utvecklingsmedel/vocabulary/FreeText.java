package se.utvecklingsmedel.vocabulary;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one rule every free-text input of the library follows (<i>fritext</i>): names of
 * organisations, a key's basis, a round's legal basis, a pot's label, a priority's reason, the
 * words of a {@code Wording}, a method named in words, held figures' words and sources.
 *
 * <p>Such text is printed in decisions, reports and exports, so it must not be able to forge a line
 * of its own ("Jouren\nBeslut: Avslås") or to change what a reader sees. A text is refused when it
 * holds a control character (line breaks and tabs included), a line or paragraph separator, an
 * invisible formatting character (a zero-width space, a soft hyphen, a bidirectional override or
 * isolate, a tag character; the zero-width joiner and non-joiner excepted), a private-use or
 * unassigned code point, or a lone surrogate (which a UTF-8 round trip turns into "?"); when no
 * character a reader sees is left (white space, fillers and combining marks alone are blank); and
 * when a word mixes Latin with Cyrillic or Greek letters (which can pass for another word); and
 * when it has more than {@value #MAX_LENGTH} characters ({@value #MAX_NAME_LENGTH} for a name),
 * counted as given and as kept. It is kept in Unicode's composed form (NFC), so that names which
 * look the same are the same; a name's runs of spaces are kept as one. Source: team decision.
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

  /**
   * The last text found plain Latin-1 ({@link #plainLatin1}): whether a text is plain depends on
   * the text alone, so the same instance need not be looked at twice. A race only costs a look.
   */
  private static volatile String lastPlain;

  /** A run of space separators, a no-break space too. */
  private static final Pattern SPACES = Pattern.compile("\\p{Zs}+");

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
   * as {@link #check(String, String, String)}, at most {@value #MAX_NAME_LENGTH} characters; runs
   * of spaces (no-break spaces too) are kept as one space, and none at either end, so that a name
   * written twice is the same name (team decision).
   *
   * @param subject how a message names the owner
   * @param field the field, e.g. {@code "name"}
   * @param name the name
   * @return the name in NFC, its spaces as one
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if the name breaks the rule
   */
  public static String checkName(String subject, String field, String name) {
    requireNonNull(name, () -> "FreeText 'name' (" + subject + " '" + field + "') must not be null");
    return SPACES.matcher(check(subject, field, name, MAX_NAME_LENGTH)).replaceAll(" ").strip();
  }

  private static String check(String subject, String field, String text, int maxLength) {
    requireNonNull(subject, "FreeText 'subject' must not be null");
    requireNonNull(field, "FreeText 'field' must not be null");
    requireNonNull(text, () -> "FreeText 'text' (" + subject + " '" + field + "') must not be null");
    if (text.length() <= maxLength && (text == lastPlain || plainLatin1(text))) {
      // The common case, told in one pass: it keeps every rule and is already NFC. The same text
      // (one key's basis in each of a round's reasons, say) is told once.
      if (text != lastPlain) {
        lastPlain = text; // written only when it changes: a volatile write per call is not free
      }
      return text;
    }
    int length = text.codePointCount(0, text.length());
    if (length > maxLength) {
      throw new RuleViolation(FreeText.class, subject, field, subject + " '" + field + "' must be at most " + maxLength
          + " characters, but has " + length + ": " + shown(text));
    }
    boolean visible = false;
    int wordScripts = 0; // the scripts of the word so far: 1 Latin, 2 Cyrillic or Greek
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (forbidden(c)) {
        throw new RuleViolation(FreeText.class, subject, field, subject + " '" + field + "' must not hold "
            + (Character.getType(c) == Character.SURROGATE ? "a lone surrogate"
            : Character.getType(c) == Character.FORMAT ? "an invisible formatting character"
            : Character.getType(c) == Character.PRIVATE_USE
                || Character.getType(c) == Character.UNASSIGNED ? "an unassigned or private character"
            : "a line break or other control character") + String.format(" (U+%04X at %d): ", c, i)
            + shown(text));
      }
      visible |= visible(c);
      // A word that mixes Latin with Cyrillic or Greek letters can pass for another ("аvslås"
      // with a Cyrillic а reads as "avslås"): refused (team decision).
      if (Character.isLetter(c)) {
        wordScripts |= scriptOf(c);
        if (wordScripts == 3) {
          throw new RuleViolation(FreeText.class, subject, field, subject + " '" + field
              + "' must not mix Latin with Cyrillic or Greek letters in one word"
              + String.format(" (U+%04X at %d): ", c, i) + shown(text));
        }
      } else if (!Character.isIdentifierIgnorable(c) && Character.getType(c)
          != Character.NON_SPACING_MARK) {
        wordScripts = 0; // a word ends
      }
      i += Character.charCount(c);
    }
    if (!visible) {
      throw new RuleViolation(FreeText.class, subject, field, subject + " '" + field + "' must not be blank");
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    int composedLength = composed.codePointCount(0, composed.length());
    if (composedLength > maxLength) { // composing can lengthen a text (U+FB2C is three)
      throw new RuleViolation(FreeText.class, subject, field, subject + " '" + field
          + "' must be at most " + maxLength + " characters, but has " + composedLength
          + " in composed form (NFC): " + shown(text));
    }
    return composed;
  }

  /**
   * Control characters, separators, lone surrogates, private-use and unassigned code points, and
   * invisible formatting characters (a zero-width space, a soft hyphen, bidirectional controls, tag
   * characters), which can hide or reorder what a reader sees; the zero-width joiner and non-joiner,
   * which some scripts need, are kept.
   */
  private static boolean forbidden(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
        || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
        || (type == Character.FORMAT && c != 0x200C && c != 0x200D);
  }

  /**
   * Whether a text keeps the rule without a closer look: only printable Latin-1 characters (no
   * control character, no soft hyphen), at least one of them neither a space nor a no-break space.
   * Such a text is in NFC already (Latin-1 has no combining marks) and all its letters are Latin.
   */
  private static boolean plainLatin1(String text) {
    boolean visible = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || c > 0xFF) {
        return false;
      }
      visible |= c != ' ' && c != 0xA0;
    }
    return visible;
  }

  /**
   * 1 for a Latin letter, 2 for a Cyrillic or Greek one, else 0. The letters below U+0250 are
   * Latin but for the micro sign (common to all scripts), and are told without a look-up: this runs
   * for every character of every text, a round's thousand decision reasons included.
   */
  private static int scriptOf(int letter) {
    if (letter < 0x0250) {
      return letter == 0xB5 ? 0 : 1;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(letter);
    return script == Character.UnicodeScript.LATIN ? 1
        : script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK
        ? 2 : 0;
  }

  /** A character a reader sees: a letter, digit, punctuation mark or symbol that is not blank. */
  private static boolean visible(int c) {
    if (c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800) {
      return false; // Hangul fillers and the blank braille pattern look like nothing
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }

  /**
   * Returns a text as a message shows it: quoted, on one line (a control character, separator or
   * other character the rule refuses written as a backslash, {@code u} and four hexadecimal
   * digits), cut at 200 characters. For the
   * messages of checks that echo what they were given.
   *
   * @param text the text
   * @return the text as shown, quoted
   */
  public static String shown(String text) {
    requireNonNull(text, "FreeText 'text' must not be null");
    return "\"" + oneLine(text) + "\"";
  }

  /**
   * Returns a value as a message holds it: on one line, escaped as {@link #shown} escapes, cut at
   * 200 characters with "…", not quoted. A short value of visible characters is itself. For
   * messages that name a value of the user's (a policy's {@code toString}, say).
   *
   * @param text the value's text
   * @return the text on one line, cut
   * @throws NullPointerException if {@code text} is null
   */
  public static String oneLine(String text) {
    requireNonNull(text, "FreeText 'text' must not be null");
    StringBuilder shown = new StringBuilder();
    int i = 0;
    // At most 200 characters shown, an escape counted as the characters it takes.
    while (i < text.length() && shown.length() < SHOWN) {
      int c = text.codePointAt(i);
      shown.append(forbidden(c) ? String.format("\\u%04X", c) : new String(Character.toChars(c)));
      i += Character.charCount(c);
    }
    return shown.append(i < text.length() ? "…" : "").toString();
  }
}
