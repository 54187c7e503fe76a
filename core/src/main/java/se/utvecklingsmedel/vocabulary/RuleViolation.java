package se.utvecklingsmedel.vocabulary;

import static java.util.Objects.requireNonNull;

/**
 * A broken rule of a value, as data (<i>regelbrott</i>): besides its message, where in the value
 * the rule is broken, as a path relative to the value ({@code "pots[1].id"}), so that a reader of a
 * document (io-json) can name the innermost place without reading the message. Source: team
 * decision.
 *
 * <p>Thrown where a rule concerns one element of a value's list, which the message alone cannot
 * place; other rules throw a plain {@link IllegalArgumentException} that names its field in quotes.
 * The message is cut at 1 000 characters.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleViolation extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The longest message kept. */
  private static final int MAX_MESSAGE = 1_000;

  /** Where in the value the rule is broken, relative to it. */
  private final String path;

  /**
   * Makes the violation.
   *
   * @param path where in the value the rule is broken, relative to it, e.g. {@code "pots[1].id"};
   *     empty for the value itself
   * @param message the message, naming the value, the field and the rule
   * @throws NullPointerException if an argument is null
   */
  public RuleViolation(String path, String message) {
    super(cut(requireNonNull(message, "RuleViolation 'message' must not be null")));
    this.path = requireNonNull(path, "RuleViolation 'path' must not be null");
  }

  private static String cut(String message) {
    return message.length() <= MAX_MESSAGE ? message
        : message.substring(0, MAX_MESSAGE - 1) + "…";
  }

  /**
   * Returns where in the value the rule is broken.
   *
   * @return the path relative to the value, e.g. {@code "pots[1].id"}; empty for the value itself
   */
  public String path() {
    return path;
  }
}
