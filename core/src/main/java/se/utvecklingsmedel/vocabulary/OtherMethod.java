package se.utvecklingsmedel.vocabulary;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A method or programme the sources do not name, by its reported name (<i>annan metod</i>).
 *
 * <p>The name is kept as reported, trimmed; it must not be blank, and must not be the label of a
 * {@link KnownMethod} (use that constant, so counts of a named method are never split).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param label the reported name
 */
public record OtherMethod(String label) implements Method {

  /**
   * Validates and trims the name.
   *
   * @param label the reported name
   * @throws IllegalArgumentException if the name is blank or names a known method
   */
  public OtherMethod {
    requireNonNull(label, "OtherMethod 'label' must not be null");
    label = label.strip();
    checkArgument(!label.isEmpty(), "OtherMethod 'label' must not be blank");
    for (KnownMethod known : KnownMethod.values()) {
      checkArgument(!known.label().equalsIgnoreCase(label),
          "OtherMethod '%s' is a named method: use KnownMethod.%s", label, known.name());
    }
  }
}
