package se.utvecklingsmedel.decision;

import static java.util.Objects.requireNonNull;
import se.utvecklingsmedel.vocabulary.FreeText;

/**
 * A rule's own words in Swedish and English, for rules the library does not know — a user's
 * priority rule or redistribution policy — so a decision can still be rendered in either language.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param swedish the words in Swedish
 * @param english the words in English
 */
public record Wording(String swedish, String english) {

  /**
   * Validates the words.
   *
   * @param swedish the Swedish words, not blank
   * @param english the English words, not blank
   * @throws NullPointerException if a text is null
   * @throws IllegalArgumentException if a text is blank
   */
  public Wording {
    requireNonNull(swedish, "Wording 'swedish' must not be null");
    requireNonNull(english, "Wording 'english' must not be null");
    swedish = FreeText.check("Wording", "swedish", swedish);
    english = FreeText.check("Wording", "english", english);
  }

  /**
   * Returns words given in one language only, used for both.
   *
   * @param words the words
   * @return the wording
   */
  public static Wording same(String words) {
    requireNonNull(words, "Wording 'words' must not be null");
    return new Wording(words, words);
  }

  /**
   * Returns the words in a language.
   *
   * @param language the language
   * @return the words
   */
  public String in(Language language) {
    requireNonNull(language, "Wording 'language' must not be null");
    return language == Language.SWEDISH ? swedish : english;
  }
}
