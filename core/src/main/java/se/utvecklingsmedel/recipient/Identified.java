package se.utvecklingsmedel.recipient;

/**
 * Equality, hash code and text of every {@link Recipient}, by category and identifier: two
 * recipients are the same recipient exactly when they compare as equal, as a sorted map needs.
 */
abstract class Identified {

  private Recipient self() {
    return (Recipient) this;
  }

  @Override
  public final boolean equals(Object obj) {
    return obj instanceof Recipient
        && ((Recipient) obj).category() == self().category()
        && ((Recipient) obj).id().equals(self().id());
  }

  @Override
  public final int hashCode() {
    return self().category().hashCode() * 31 + self().id().hashCode();
  }

  /**
   * Returns the identifier and display name, e.g. {@code 0180 Stockholm}.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return self().id() + " " + self().displayName();
  }
}
