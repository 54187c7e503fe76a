package se.utvecklingsmedel.support;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import se.utvecklingsmedel.recipient.CountyAdministrativeBoard;
import se.utvecklingsmedel.vocabulary.FreeText;

/**
 * What one county administrative board did with its stimulus funds (<i>länsstyrelsens insatser med
 * stimulansmedel</i>), as Socialstyrelsen reports it: a summary in the report's words and the
 * figures it states. Held as published; nothing here follows from a recipient's follow-up report.
 *
 * <p>Source: the 2016 account, "Länsstyrelsernas och NCK:s insatser med stimulansmedel" — one
 * passage per board (Värmland, Västra Götaland, Stockholm, Jönköping, Skåne, Västerbotten,
 * Västmanland, Kronoberg, Dalarna), e.g. "En informationsfilm har visats under nio veckor på
 * SF-biograferna i Karlstad och Örebro".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param board the county administrative board
 * @param summary what it did, in Swedish
 * @param figures the figures the source states about it, possibly none
 */
public record StimulusActivity(CountyAdministrativeBoard board, String summary,
    ImmutableList<HeldFigure> figures) {

  /**
   * Creates the record.
   *
   * @param board the board
   * @param summary what it did, not blank
   * @param figures its figures
   * @throws NullPointerException if an argument or a figure is null
   * @throws IllegalArgumentException if the summary is blank
   */
  public StimulusActivity {
    requireNonNull(board, "StimulusActivity 'board' must not be null");
    requireNonNull(summary, "StimulusActivity 'summary' must not be null");
    requireNonNull(figures, "StimulusActivity 'figures' must not be null");
    summary = FreeText.check("StimulusActivity of " + board.displayName() + ":", "summary",
        summary); // kept in NFC
  }
}
