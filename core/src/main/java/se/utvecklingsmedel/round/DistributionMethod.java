package se.utvecklingsmedel.round;

import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * How a pot is handed out (<i>fördelningsform</i>).
 *
 * <p>Source: the 2016 account (the 2016 annual report): municipalities and county councils received
 * funds "efter rekvisition", non-profits and the stimulus funds "efter ansökan", and NCK and the
 * county boards had money to "förfoga över … för att genomföra uppdraget".
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DistributionMethod implements SwedishLabelled {
  /** Requisition up to the amount a distribution key sets. */
  REQUISITION("Rekvisition"),
  /** Application, assessment and grant. */
  APPLICATION("Ansökan"),
  /** Assignment: money to carry out a government mission (administration). */
  ASSIGNMENT("Uppdrag");

  private final String label;

  DistributionMethod(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
