package se.utvecklingsmedel.round;

import static java.util.Objects.requireNonNull;

/**
 * A published source a fact of the programme comes from, as a reader names it: its title, its
 * publisher and its date or version, and where it is found.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the short id the catalogue's facts cite it by, e.g. {@code S4}
 * @param title the title
 * @param publisher the publisher, e.g. Socialstyrelsen or Regeringen
 * @param date the date or version as the source gives it ({@code 2020-03-12}, {@code 2019
 *     version})
 * @param where where it is found
 */
public record Source(String id, String title, String publisher, String date, String where) {

  /**
   * Validates the source: no part is null.
   *
   * @param id the id
   * @param title the title
   * @param publisher the publisher
   * @param date the date or version
   * @param where where it is found
   */
  public Source {
    requireNonNull(id, "Source 'id' must not be null");
    requireNonNull(title, "Source 'title' must not be null");
    requireNonNull(publisher, "Source 'publisher' must not be null");
    requireNonNull(date, "Source 'date' must not be null");
    requireNonNull(where, "Source 'where' must not be null");
  }

  /**
   * Returns the source as a citation: {@code Regeringen, Uppdrag att … (2020-03-12)}.
   *
   * @return the citation
   */
  @Override
  public String toString() {
    return publisher + ", " + title + " (" + date + ")";
  }
}
