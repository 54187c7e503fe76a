package se.utvecklingsmedel.recipient;

import static java.util.Objects.requireNonNull;


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
