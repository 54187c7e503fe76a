/**
 * The money trail of a round (<i>huvudbok</i>): a {@link se.utvecklingsmedel.ledger.Ledger} of
 * dated movements between {@link se.utvecklingsmedel.ledger.Account accounts}, built from an
 * allocation and its follow-up, that reconciles to the öre with every pot, grant, settlement and
 * claim, and reads as a Swedish account per recipient (<i>kontoutdrag</i>).
 */
package se.utvecklingsmedel.ledger;
