package se.utvecklingsmedel.support;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import se.utvecklingsmedel.vocabulary.FreeText;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * One figure a source states about the competence support in prose (<i>redovisad uppgift</i>),
 * held as published in the source's own words: how many training days, seminars, participants or
 * views. The library computes nothing from these; it keeps and prints them, so an official can hold
 * the printout beside the source. Figures the library does compute with have their own types
 * ({@link WebCourse}, {@link CompetenceSupport}, {@link CountyBoardSurvey}).
 *
 * <p>Source: the 2016 account, "Socialstyrelsens och länsstyrelsernas kompetensstöd" — e.g.
 * "Socialstyrelsen har under 2016 anordnat tre utbildningsdagar för länsstyrelsernas
 * utvecklingsledare". Team decision: such one-off facts are held as text and number rather than as
 * a type each.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param words what the figure counts, in the source's words (Swedish)
 * @param value the figure
 * @param unit what the figure is counted in, in Swedish ("utbildningsdagar", "personer", "procent")
 * @param precision how the source states it: exactly, about ("cirka") or as a lower bound ("över")
 */
public record HeldFigure(String words, long value, String unit, Precision precision) {

  /**
   * How a source states a figure.
   *
   * <p>This enum is immutable and thread-safe.
   */
  public enum Precision implements SwedishLabelled {
    /** As an exact count: "tre utbildningsdagar". */
    EXACT(""),
    /** As about so many: "cirka 460 deltagare", "hälften". */
    ABOUT("cirka"),
    /** As a lower bound: "över 32 000 visningar". */
    MORE_THAN("över");

    private final String label;

    Precision(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /**
   * Creates a figure.
   *
   * @param words what the figure counts, not blank
   * @param value the figure, zero or more
   * @param unit its unit, not blank
   * @param precision how the source states it
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank or the value negative
   */
  public HeldFigure {
    requireNonNull(words, "HeldFigure 'words' must not be null");
    requireNonNull(unit, "HeldFigure 'unit' must not be null");
    requireNonNull(precision, "HeldFigure 'precision' must not be null");
    words = FreeText.check("HeldFigure", "words", words); // kept in NFC
    unit = FreeText.check("HeldFigure of " + words + ":", "unit", unit);
    checkRule(value >= 0, HeldFigure.class, words, "value",
        "HeldFigure of %s: 'value' must not be negative, but was %s", words,
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
    return new HeldFigure(words, value, unit, Precision.EXACT);
  }

  /**
   * Returns a figure the source states as about so many ("cirka", "hälften").
   *
   * @param words what the figure counts
   * @param value the figure
   * @param unit its unit
   * @return the figure
   */
  public static HeldFigure about(String words, long value, String unit) {
    return new HeldFigure(words, value, unit, Precision.ABOUT);
  }

  /**
   * Returns a figure the source states as a lower bound ("över").
   *
   * @param words what the figure counts
   * @param value the bound
   * @param unit its unit
   * @return the figure
   */
  public static HeldFigure moreThan(String words, long value, String unit) {
    return new HeldFigure(words, value, unit, Precision.MORE_THAN);
  }

  /**
   * Returns the figure as the report prints it: "cirka 460 deltagare: Deltagare i …".
   *
   * @return the figure with its precision, unit and words
   */
  @Override
  public String toString() {
    return (precision == Precision.EXACT ? "" : precision.label() + " ") + value + " " + unit + ": "
        + words;
  }
}
