package se.utvecklingsmedel.allocation;

/**
 * The criterion that decided whether a recipient received one of the extra öre of a
 * largest-remainder apportionment.
 *
 * <p>After every recipient has the floor of its exact quota, the öre left over go one each to the
 * recipients ranked highest by (1) larger remainder, (2) larger weight, (3) the key's natural
 * order. A recipient's deciding criterion is the first of these on which it differs from its
 * nearest rival on the other side of the cut: the last recipient that received an extra öre, or the
 * first that did not. Input order never decides (team decision).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TieBreak {
  /** No contest: there were no extra öre to hand out, or the recipient was not ranked. */
  NONE("no extra öre were contested"),
  /** The remainders differed: the plain largest-remainder rule decided. */
  REMAINDER("decided by remainder"),
  /** The remainders were equal and the larger weight won. */
  WEIGHT("remainders tied, decided by the larger weight"),
  /** Remainders and weights were equal and the key's natural order decided. */
  KEY("remainders and weights tied, decided by key order");

  private final String description;

  TieBreak(String description) {
    this.description = description;
  }

  /**
   * Returns a short phrase for certificates, e.g. {@code "decided by remainder"}.
   *
   * @return the phrase
   */
  public String description() {
    return description;
  }
}
