package se.utvecklingsmedel.decision;

import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * The decision on a requisition or an application (<i>beslut</i>).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Decision implements SwedishLabelled {
  /** Granted in full (a requisition: accepted, plus any share of unclaimed funds). */
  GRANTED("Beviljad"),
  /** Granted in part. */
  PARTIALLY_GRANTED("Delvis beviljad"),
  /** Rejected, with the reasons said. */
  REJECTED("Avslag"),
  /** A keyed recipient that did not requisition: its keyed amount is unclaimed. */
  NOT_REQUISITIONED("Ej rekvirerad"),
  /** Administration money assigned for a mission (the 2016 account: "för att genomföra uppdraget"): not a
   * grant that is followed up. */
  ASSIGNED("Tilldelad för uppdraget");

  private final String label;

  Decision(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
