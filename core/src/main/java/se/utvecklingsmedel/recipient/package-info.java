/**
 * Recipients of development funds and their identifiers: municipalities, regions, non-profit
 * organisations, county administrative boards and NCK, with the embedded reference data of Sweden's
 * municipalities and counties.
 *
 * <p>Start at {@link se.utvecklingsmedel.recipient.ReferenceData} and
 * {@link se.utvecklingsmedel.recipient.NonProfitOrganisation#of}.
 */
package se.utvecklingsmedel.recipient;
