/**
 * The allocation engine: exact splits of an {@link se.utvecklingsmedel.money.Amount} between
 * recipients by weight, with caps and base amounts, each with a certificate that explains every
 * öre.
 *
 * <p>Start at {@link se.utvecklingsmedel.allocation.Apportionment}; inputs are
 * {@link se.utvecklingsmedel.allocation.Weights}, results are
 * {@link se.utvecklingsmedel.allocation.Allocation}.
 */
package se.utvecklingsmedel.allocation;
