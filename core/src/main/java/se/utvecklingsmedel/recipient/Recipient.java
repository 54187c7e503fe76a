package se.utvecklingsmedel.recipient;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;


/**
 * A recipient of development funds (<i>bidragsmottagare</i>): one of a closed set of kinds.
 *
 * <p>Municipalities, regions, county administrative boards and the national centre come from
 * {@link ReferenceData}; non-profit organisations are made with {@link NonProfitOrganisation#of}.
 * Recipients are ordered by category, then by identifier, so they can key an allocation.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Recipient extends Comparable<Recipient>
    permits Municipality, Region, NonProfitOrganisation, CountyAdministrativeBoard, NationalCentre {

  /**
   * Returns the recipient's category.
   *
   * @return the category
   */
  RecipientCategory category();

  /**
   * Returns the identifier within the category: municipality code, county code, organisation
   * number, or {@code NCK}.
   *
   * @return the identifier
   */
  String id();

  /**
   * Returns the everyday name, e.g. {@code Stockholm}, {@code Region Gotland}.
   *
   * @return the display name
   */
  String displayName();

  /**
   * Returns the full Swedish designation, e.g. {@code Stockholms kommun},
   * {@code Länsstyrelsen i Stockholms län}.
   *
   * @return the Swedish label
   */
  String swedishLabel();

  /**
   * Returns the everyday name the recipient had on a day: a county council is a <i>landsting</i>
   * until 2019 and a <i>region</i> from 2020 ({@link ReferenceData#REGIONS_FROM}); every other
   * recipient keeps its name.
   *
   * @param date the day, e.g. the day of a decision, or the first day of a round's year
   * @return the display name on that day
   * @throws NullPointerException if {@code date} is null
   */
  default String displayNameAsOf(LocalDate date) {
    requireNonNull(date, "Recipient 'date' must not be null");
    return displayName();
  }

  /**
   * Returns the full Swedish designation the recipient had on a day, as {@link
   * #displayNameAsOf(LocalDate)} says.
   *
   * @param date the day
   * @return the Swedish label on that day
   * @throws NullPointerException if {@code date} is null
   */
  default String swedishLabelAsOf(LocalDate date) {
    requireNonNull(date, "Recipient 'date' must not be null");
    return swedishLabel();
  }

  /**
   * Orders by category, then by identifier.
   *
   * @param other the other recipient
   * @return the comparison
   */
  @Override
  default int compareTo(Recipient other) {
    requireNonNull(other, "Recipient 'other' must not be null");
    // Compared directly: the round's sorted maps compare recipients millions of times.
    int byCategory = category().compareTo(other.category());
    return byCategory != 0 ? byCategory : id().compareTo(other.id());
  }
}
