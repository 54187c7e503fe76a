package se.utvecklingsmedel.vocabulary;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Strings;

/**
 * A broken rule of a value, as data (<i>regelbrott</i>): the one exception core throws when an
 * input breaks one of its rules. Besides its message it carries the type whose rule is broken
 * ({@link #owner()}), what the value is about ({@link #subject()}, e.g. a recipient), and where in
 * the value the rule is broken, as a path relative to it ({@link #path()}: a field, {@code
 * "amount"}, or a place in a list, {@code "pots[1].id"}), so that a reader of a document (io-json)
 * names the innermost place without reading the message. Where a rule concerns one entry of a list
 * given to a call, the path starts at the call's argument: a requisition's amount given to {@code
 * RoundAllocation.Builder.requisitions} is {@code "requisitions[3].amount"}, a report's field given
 * to {@code FollowUp.of} is {@code "reports[2].submitted"}. Source: team decision.
 *
 * <p>Arithmetic is not a rule of an input: an {@code Amount} that would leave its range or go below
 * zero throws {@link ArithmeticException}, as its methods say.
 *
 * <p>The message is cut at 1 000 characters; it names the owner, the subject, the field and the
 * rule as it always has ("Requisition of 0180 Stockholm: 'amount' must be above zero").
 *
 * <p>Your own rules (a {@code GrantPolicy}'s, say) may throw it too, through {@link #checkRule}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleViolation extends IllegalArgumentException {

  private static final long serialVersionUID = 2L;

  /** The longest message kept. */
  private static final int MAX_MESSAGE = 1_000;

  /** The longest subject kept. */
  private static final int MAX_SUBJECT = 200;

  /** The type whose rule is broken. */
  private final Class<?> owner;
  /** What the broken value is about; empty for nothing named. */
  private final String subject;
  /** Where in the value the rule is broken, relative to it; empty for the whole. */
  private final String path;

  /**
   * Makes the violation.
   *
   * @param owner the type whose rule is broken, e.g. {@code Requisition.class}
   * @param subject what the value is about, e.g. a recipient, as its {@code toString}; empty when
   *     the owner names none (cut at 200 characters)
   * @param path where in the value the rule is broken, relative to it, e.g. {@code "amount"} or
   *     {@code "pots[1].id"}; empty for the value as a whole
   * @param message the message, naming the value, the field and the rule
   * @throws NullPointerException if an argument is null
   */
  public RuleViolation(Class<?> owner, String subject, String path, String message) {
    super(cut(requireNonNull(message, "RuleViolation 'message' must not be null"), MAX_MESSAGE));
    this.owner = requireNonNull(owner, "RuleViolation 'owner' must not be null");
    this.subject = cut(requireNonNull(subject, "RuleViolation 'subject' must not be null"),
        MAX_SUBJECT);
    this.path = requireNonNull(path, "RuleViolation 'path' must not be null");
  }

  /**
   * Throws a violation unless a rule holds: Guava's {@code checkArgument} with the rule's owner,
   * subject and place as data. The message is {@code template} with each {@code %s} replaced by
   * the next argument, as {@code checkArgument} forms it, each argument shown on one line and cut
   * at 200 characters (a user's policy whose {@code toString} is a page long stays one line).
   *
   * @param holds whether the rule holds
   * @param owner the type whose rule it is
   * @param subject what the value is about (its {@code toString} is kept); {@code ""} for none
   * @param path where in the value the rule is checked, relative to it; empty for the whole
   * @param template the message, with {@code %s} for each argument
   * @param args the message's arguments
   * @throws RuleViolation if {@code holds} is false
   * @throws NullPointerException if an argument is null (an element of {@code args} may be)
   */
  public static void checkRule(boolean holds, Class<?> owner, Object subject, String path,
      String template, Object... args) {
    requireNonNull(owner, "RuleViolation 'owner' must not be null");
    requireNonNull(subject, "RuleViolation 'subject' must not be null");
    requireNonNull(path, "RuleViolation 'path' must not be null");
    requireNonNull(template, "RuleViolation 'template' must not be null");
    requireNonNull(args, "RuleViolation 'args' must not be null");
    if (!holds) {
      Object[] shown = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        shown[i] = FreeText.oneLine(shown(args[i]));
      }
      throw new RuleViolation(owner, FreeText.oneLine(shown(subject)), path,
          Strings.lenientFormat(template, shown));
    }
  }

  /**
   * Returns this violation as seen from a value that holds the broken one at {@code place}: the
   * same owner, subject and message, the path prefixed ({@code "date"} within {@code
   * "requisitions[3]"} is {@code "requisitions[3].date"}).
   *
   * @param place where the broken value sits in the holding one, e.g. {@code "requisitions[3]"}
   * @return the violation with the longer path, thrown from the same place
   * @throws NullPointerException if {@code place} is null
   */
  public RuleViolation within(String place) {
    requireNonNull(place, "RuleViolation 'place' must not be null");
    RuleViolation moved = new RuleViolation(owner, subject, path.isEmpty() ? place
        : place.isEmpty() || path.startsWith("[") ? place + path : place + "." + path,
        getMessage());
    moved.setStackTrace(getStackTrace());
    if (getCause() != null) {
      moved.initCause(getCause());
    }
    for (Throwable suppressed : getSuppressed()) {
      moved.addSuppressed(suppressed);
    }
    return moved;
  }

  /** A value's text; one whose {@code toString} fails is named as Guava's formatting names it. */
  private static String shown(Object value) {
    try {
      return String.valueOf(value);
    } catch (RuntimeException e) {
      return "<" + value.getClass().getName() + "@" + Integer.toHexString(
          System.identityHashCode(value)) + " threw " + e.getClass().getName() + ">";
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /**
   * Returns the type whose rule is broken.
   *
   * @return the owner, e.g. {@code Requisition.class}
   */
  public Class<?> owner() {
    return owner;
  }

  /**
   * Returns what the broken value is about.
   *
   * @return the subject as the message names it, e.g. {@code "0180 Stockholm"}; empty when the
   *     owner names none
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns where in the value the rule is broken.
   *
   * @return the path relative to the value, e.g. {@code "amount"} or {@code "pots[1].id"}; empty
   *     for the value as a whole
   */
  public String path() {
    return path;
  }

  /**
   * Returns the rule broken, in words: the message.
   *
   * @return the message, at most 1 000 characters
   */
  public String rule() {
    return getMessage();
  }
}
