package se.utvecklingsmedel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generated builder asked to build with a required attribute not set: the message names the
 * builder and each attribute, as every other check of the library does ("Pot.Builder 'method'
 * must be set: it has no default").
 *
 * <p>Immutables constructs it with its own message ("Cannot build Pot, some of required attributes
 * are not set [method]"), from which the type and the attributes are taken; any other message is
 * kept as it is. An {@link IllegalStateException}, as Immutables' own. Internal: in a package the
 * module does not export.
 */
public final class BuilderStateException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private static final Pattern MISSING =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

  /**
   * Makes the exception from the message Immutables gives.
   *
   * @param message Immutables' message
   */
  public BuilderStateException(String message) {
    super(message(message));
  }

  private static String message(String message) {
    Matcher missing = message == null ? null : MISSING.matcher(message);
    if (missing == null || !missing.matches()) {
      return message;
    }
    String[] attributes = missing.group(2).split(", ");
    return missing.group(1) + ".Builder '" + String.join("', '", attributes) + "' must be set: "
        + (attributes.length == 1 ? "it has" : "they have") + " no default";
  }
}
