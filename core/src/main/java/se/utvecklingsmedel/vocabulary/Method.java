package se.utvecklingsmedel.vocabulary;

import static java.util.Objects.requireNonNull;

/**
 * A method or programme (<i>metod, behandlingsprogram</i>) a recipient used: one the sources name
 * ({@link KnownMethod}) or another, by its free-text name ({@link OtherMethod}).
 *
 * <p>Source: the 2016 account (the 2016 annual report), which names the methods and adds "Andra
 * metoder förekommer också".
 */
public sealed interface Method extends SwedishLabelled permits KnownMethod, OtherMethod {

  /**
   * Returns the method's name as reported: the Swedish label of a named method, or the free-text
   * name of another.
   *
   * @return the Swedish label or the free-text name
   */
  @Override
  String label();

  /**
   * Returns the named method with this label, or an {@link OtherMethod} when no named method has
   * it.
   *
   * @param label the reported name
   * @return the method
   * @throws IllegalArgumentException if the label is blank
   */
  static Method of(String label) {
    requireNonNull(label, "Method 'label' must not be null");
    for (KnownMethod known : KnownMethod.values()) {
      if (known.label().equalsIgnoreCase(label.strip())) {
        return known;
      }
    }
    return OtherMethod.of(label);
  }
}
