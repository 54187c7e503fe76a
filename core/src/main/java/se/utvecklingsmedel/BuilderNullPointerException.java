package se.utvecklingsmedel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A null given to a generated builder: the message names the builder and the attribute, as every
 * other check of the library does ("Requisition.Builder 'amount' must not be null", "Pot.Builder
 * 'categories' must not hold null").
 *
 * <p>Immutables constructs it with the attribute's name only ({@code "amount"}, {@code "categories
 * element"}); the builder is the caller of the generated null check, so it is read off the stack,
 * once, when the exception is made. Internal: in a package the module does not export.
 */
public final class BuilderNullPointerException extends NullPointerException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception for a null given as {@code attribute}.
   *
   * @param attribute the attribute's name as Immutables gives it, such as {@code "amount"} or {@code
   *     "pots element"}
   */
  public BuilderNullPointerException(String attribute) {
    super(message(owner(), attribute));
  }

  private static String message(String owner, String attribute) {
    int entry = attribute.indexOf(" value for key: ");
    if (entry > 0) {
      return owner + " '" + attribute.substring(0, entry) + "' must not hold null: the entry of "
          + attribute.substring(entry + " value for key: ".length()) + " is null";
    }
    for (String part : new String[] {" element", " key", " value"}) {
      if (attribute.endsWith(part)) {
        return owner + " '" + attribute.substring(0, attribute.length() - part.length())
            + "' must not hold null";
      }
    }
    if (attribute.equals("instance")) {
      return owner + " 'instance' to copy must not be null";
    }
    return owner + " '" + attribute + "' must not be null";
  }

  /** The generated builder (or value type) whose null check failed, as {@code Foo.Builder}. */
  private static String owner() {
    List<Class<?>> callers = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
            .filter(type -> type != BuilderNullPointerException.class)
            .limit(3)
            .collect(Collectors.toList()));
    return callers.stream().filter(type -> type.getSimpleName().equals("Builder")
            && type.getEnclosingClass() != null).findFirst()
        .map(type -> type.getEnclosingClass().getSimpleName() + ".Builder")
        .orElse(callers.isEmpty() ? "Builder" : callers.get(0).getSimpleName());
  }
}
