package se.utvecklingsmedel.vocabulary;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A term of the programme with its Swedish label, as the source documents write it.
 *
 * <p>Every enum of the programme's vocabulary implements this, and parses its labels back with
 * {@link #parse(Class, String)}: case-insensitively, with runs of white space folded, never by a
 * guess.
 */
public interface SwedishLabelled {

  /**
   * Returns the Swedish label.
   *
   * @return the label, e.g. {@code "Insatser för våldsutsatta kvinnor"}
   */
  String label();

  /**
   * Returns the constant of {@code type} whose label matches {@code label}, ignoring case and
   * folding white space.
   *
   * @param type the enum type
   * @param label the Swedish label
   * @param <E> the enum type
   * @return the matching constant
   * @throws IllegalArgumentException if no constant has that label; the message lists the labels
   */
  static <E extends Enum<E> & SwedishLabelled> E parse(Class<E> type, String label) {
    requireNonNull(type, "SwedishLabelled 'type' must not be null");
    requireNonNull(label, () -> type.getSimpleName() + " 'label' must not be null");
    String wanted = fold(label);
    for (E constant : type.getEnumConstants()) {
      if (fold(constant.label()).equals(wanted)) {
        return constant;
      }
    }
    throw new RuleViolation(type, "", "", type.getSimpleName() + " has no label '" + label
        + "': expected one of " + Arrays.stream(type.getEnumConstants())
            .map(c -> "'" + c.label() + "'").collect(Collectors.joining(", ")));
  }

  private static String fold(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
