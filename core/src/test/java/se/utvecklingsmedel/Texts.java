package se.utvecklingsmedel;

import java.util.List;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.grant.RecipientGrant;

/** Tests' shorthand: a grant's reasons rendered in English, one sentence each. */
public final class Texts {

  private Texts() {
  }

  /**
   * Returns the grant's reasons as English sentences.
   *
   * @param grant the grant
   * @return one sentence per reason
   */
  public static List<String> english(RecipientGrant grant) {
    return grant.reasons().stream().map(r -> r.text(Language.ENGLISH)).toList();
  }
}
