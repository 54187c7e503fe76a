package se.utvecklingsmedel.round;

import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * Whether unclaimed funds are shared: the decision's "ska" or "får" (<i>skall/får fördelas</i>).
 *
 * <p>Team decisions: "shall" funds are shared whenever there are any and someone asked (2019's
 * second round, whose grant page says the funds are redistributed to the municipalities that asked,
 * read as "shall"); "may" funds are shared only by a decision to share them, recorded as its date
 * ({@link se.utvecklingsmedel.grant.RequisitionRules#redistributionDecided()}), and otherwise go
 * back to the state (the 2020 decision: "får fördelas").
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Sharing implements SwedishLabelled {
  /** Unclaimed funds are shared ("ska fördelas"). */
  SHALL("ska fördelas"),
  /** Unclaimed funds may be shared, by a decision to share them ("får fördelas"). */
  MAY("får fördelas");

  private final String label;

  Sharing(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
