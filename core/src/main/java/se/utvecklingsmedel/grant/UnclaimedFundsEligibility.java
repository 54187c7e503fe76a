package se.utvecklingsmedel.grant;

import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * Who may share in unclaimed funds (<i>vem som får ta del av ej rekvirerade medel</i>).
 *
 * <p>Source: the 2016 account says only that the unclaimed funds went to "de kommuner som angav att
 * de önskade ta del av dessa medel". Team decision: a recipient that requisitioned less than
 * its own keyed amount has not used its own share, so it does not share in the money others left —
 * otherwise the money it declined itself flows back to it. A round whose decision says otherwise
 * chooses {@link #ANY_REQUISITION}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum UnclaimedFundsEligibility implements SwedishLabelled {
  /** Only a recipient that requisitioned its whole keyed amount (the default). */
  FULL_REQUISITION_ONLY("Endast den som rekvirerat hela sitt belopp"),
  /** Any recipient with an accepted requisition that asked for more. */
  ANY_REQUISITION("Var och en som rekvirerat och önskat mer");

  private final String label;

  UnclaimedFundsEligibility(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
