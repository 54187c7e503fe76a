/**
 * Exact Swedish money: {@link se.utvecklingsmedel.money.Amount}, a non-negative sum of kronor held
 * as whole öre.
 *
 * <p>There is deliberately no floating point anywhere in this package: every operation is exact or
 * throws. Splitting an amount between recipients is the job of {@link
 * se.utvecklingsmedel.allocation}.
 */
package se.utvecklingsmedel.money;
