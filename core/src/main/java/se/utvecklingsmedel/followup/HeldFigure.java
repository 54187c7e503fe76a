package se.utvecklingsmedel.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One figure a source states about the competence support in prose (<i>redovisad uppgift</i>),
 * held as published in the source's own words: how many training days, seminars, participants or
 * views. The library computes nothing from these; it keeps and prints them, so an official can hold
 * the printout beside the source. Figures the library does compute with have their own types ({@link
 * WebCourse}, {@link CompetenceSupport}, {@link CountyBoardSurvey}).
 *
 * <p>Source: seed 004, "Socialstyrelsens och länsstyrelsernas kompetensstöd" — e.g. "Socialstyrelsen
 * har under 2016 anordnat tre utbildningsdagar för länsstyrelsernas utvecklingsledare". Team
 * decision: such one-off facts are held as text and number rather than as a type each.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param words what the figure counts, in the source's words (Swedish)
 * @param value the figure
 * @param unit what the figure is counted in, in Swedish ("utbildningsdagar", "personer", "procent")
 * @param approximate whether the source states it as approximate ("cirka", "över")
 */
public record HeldFigure(String words, long value, String unit, boolean approximate) {

  /**
   * Creates a figure.
   *
   * @param words what the figure counts, not blank
   * @param value the figure, zero or more
   * @param unit its unit, not blank
   * @param approximate whether the source states it as approximate
   * @throws NullPointerException if a text is null
   * @throws IllegalArgumentException if a text is blank or the value negative
   */
  public HeldFigure {
    requireNonNull(words, "HeldFigure 'words' must not be null");
    requireNonNull(unit, "HeldFigure 'unit' must not be null");
    checkArgument(!words.isBlank(), "HeldFigure 'words' must not be blank");
    checkArgument(!unit.isBlank(), "HeldFigure of %s: 'unit' must not be blank", words);
    checkArgument(value >= 0, "HeldFigure of %s: 'value' must not be negative, but was %s", words,
        value);
  }

  /**
   * Returns an exact figure.
   *
   * @param words what the figure counts
   * @param value the figure
   * @param unit its unit
   * @return the figure
   */
  public static HeldFigure exact(String words, long value, String unit) {
    return new HeldFigure(words, value, unit, false);
  }

  /**
   * Returns a figure the source states as approximate.
   *
   * @param words what the figure counts
   * @param value the figure
   * @param unit its unit
   * @return the figure
   */
  public static HeldFigure approximate(String words, long value, String unit) {
    return new HeldFigure(words, value, unit, true);
  }

  /**
   * Returns the figure as the report prints it: "460 deltagare (ungefärligt): …".
   *
   * @return the figure with its unit and words
   */
  @Override
  public String toString() {
    return value + " " + unit + (approximate ? " (ungefärligt)" : "") + ": " + words;
  }
}
