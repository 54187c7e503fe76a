package se.utvecklingsmedel.vocabulary;

import static java.util.Objects.requireNonNull;

/**
 * A code or identifier written as a short text (<i>kod</i>, <i>beteckning</i>): a county code, a
 * municipality code, an organisation number, a pot's id. What every such type does alike is written
 * once here: it holds its text in canonical form, two are equal when they are of one type with one
 * text, they are ordered by their text, and {@code toString} is the text. Each type checks its own
 * form in its factory, before the text reaches this class (team decision, as OpenGamma Strata's
 * {@code TypedString}).
 *
 * <p>Not for extension: only the library's own codes extend it (a subclass elsewhere fails when
 * constructed). This class is immutable and thread-safe, and so is every subclass (each is final).
 *
 * @param <T> the code's own type
 */
public abstract class Code<T extends Code<T>> implements Comparable<T> {

  private final String value;

  /**
   * Holds a text the subclass has checked and brought to its canonical form.
   *
   * @param value the text
   * @throws NullPointerException if {@code value} is null
   */
  protected Code(String value) {
    // Checked before the text is kept, so that a refused subclass's object holds nothing.
    if (!getClass().getPackageName().startsWith("se.utvecklingsmedel.")) {
      throw new UnsupportedOperationException("Code is the library's own base of its codes, not "
          + "for extension: " + getClass().getName() + " cannot extend it");
    }
    this.value = requireNonNull(value, "Code 'value' must not be null");
  }

  /**
   * Returns the text, in canonical form.
   *
   * @return the text, e.g. {@code 0180} or {@code stimulus-funds}
   */
  public final String value() {
    return value;
  }

  /**
   * Compares by text.
   *
   * @param other the other code of the same type
   * @return negative, zero or positive as this text sorts before, with or after the other's
   * @throws NullPointerException if {@code other} is null
   * @throws ClassCastException if {@code other} is a code of another type (through a raw type)
   */
  @Override
  public final int compareTo(T other) {
    requireNonNull(other, () -> getClass().getSimpleName() + " 'other' must not be null");
    if (other.getClass() != getClass()) {
      throw new ClassCastException(other.getClass().getSimpleName() + " " + other + " cannot be "
          + "compared with " + getClass().getSimpleName() + " " + value);
    }
    return value.compareTo(((Code<?>) other).value);
  }

  /**
   * Returns whether {@code other} is a code of the same type with the same text.
   *
   * @param other the object to compare with
   * @return whether they are equal
   */
  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && value.equals(((Code<?>) other).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the text.
   *
   * @return the text, as {@link #value()}
   */
  @Override
  public final String toString() {
    return value;
  }
}
