package se.utvecklingsmedel.vocabulary;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

/**
 * A method or programme the sources do not name, by its reported name (<i>annan metod</i>).
 *
 * <p>The name is kept as reported, trimmed; it must not be blank, and must not be the label of a
 * {@link KnownMethod} (use that constant, so counts of a named method are never split).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OtherMethod implements Method {

  private final String label;

  /**
   * Returns the method of the given name.
   *
   * @param label the reported name, trimmed
   * @return the method
   * @throws IllegalArgumentException if the name is blank or names a known method
   */
  public static OtherMethod of(String label) {
    return new OtherMethod(label);
  }

  private OtherMethod(String label) {
    requireNonNull(label, "OtherMethod 'label' must not be null");
    label = FreeText.checkName("OtherMethod", "label", label);
    for (KnownMethod known : KnownMethod.values()) {
      checkRule(!known.label().equalsIgnoreCase(label), OtherMethod.class, "", "",
          "OtherMethod '%s' is a named method: use KnownMethod.%s", label, known.name());
    }
    this.label = label;
  }

  /**
   * Returns the reported name.
   *
   * @return the reported name
   */
  @Override
  public String label() {
    return label;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OtherMethod that && label.equals(that.label);
  }

  @Override
  public int hashCode() {
    return label.hashCode();
  }

  @Override
  public String toString() {
    return "OtherMethod[label=" + label + "]";
  }
}
