package se.utvecklingsmedel.json;

import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * Where in a document a rule core broke is: core's {@link RuleViolation} names the field or path
 * relative to the value it built ({@code requisitions[3].date}); this follows it from the value's
 * node as far as the document has it, so the error names the innermost place and shows what is
 * there. No message text is read.
 */
final class ViolationPlace {

  private ViolationPlace() {
  }

  /**
   * The innermost place of a rule: core's relative path as far as the document has it, and a
   * property the object leaves out named where it belongs.
   */
  static GrantJsonException of(Node node, RuntimeException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    Node at = node;
    StringBuilder where = new StringBuilder(node.path());
    if (e instanceof RuleViolation violation && !violation.path().isEmpty()) {
      for (String step : violation.path().split("\\.|(?=\\[)")) {
        Node next = at == null ? null : at.step(step);
        if (next == null) {
          if (at != null && at.isObject() && !step.startsWith("[")) {
            // A figure the rule needs and the object leaves out is named where it belongs.
            where.append('.').append(step);
            at = null;
          }
          break;
        }
        at = next;
        where.append(step.startsWith("[") ? step : "." + step);
      }
    }
    return new GrantJsonException(where.toString(), at == null ? null : at.shownIfRead(), message,
        e);
  }
}
