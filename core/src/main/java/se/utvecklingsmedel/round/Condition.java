package se.utvecklingsmedel.round;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import se.utvecklingsmedel.vocabulary.FreeText;

/**
 * A condition a round's money rests on (<i>villkor</i>), and the day it was recorded as met. The
 * programme's 2022 non-profit call was made "under förutsättning att riksdagen beviljar medlen"
 * (Socialstyrelsen's grant page for non-profits, 2021/2022 version): until the condition is met,
 * grants can be decided but nothing is paid out ({@link
 * se.utvecklingsmedel.grant.RoundAllocation#payable()}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param words the condition in the source's words
 * @param met the day it was recorded as met, or empty while it is not
 */
public record Condition(String words, Optional<LocalDate> met) {

  /**
   * Validates the condition: its words are free text of at most {@value FreeText#MAX_LENGTH}
   * characters.
   *
   * @param words the words
   * @param met the day it was met, or empty
   */
  public Condition {
    words = FreeText.check("Condition", "words", requireNonNull(words,
        "Condition 'words' must not be null"));
    requireNonNull(met, "Condition 'met' must not be null");
  }

  /**
   * Returns a condition not yet met.
   *
   * @param words the condition in the source's words
   * @return the condition
   */
  public static Condition of(String words) {
    return new Condition(words, Optional.empty());
  }

  /**
   * Returns this condition recorded as met on a day.
   *
   * @param day the day it was met, e.g. the day parliament granted the money
   * @return the condition, met
   */
  public Condition metOn(LocalDate day) {
    return new Condition(words, Optional.of(requireNonNull(day, "Condition 'day' must not be null")));
  }

  /**
   * Returns whether the condition is recorded as met.
   *
   * @return true once it is met
   */
  public boolean isMet() {
    return met.isPresent();
  }
}
