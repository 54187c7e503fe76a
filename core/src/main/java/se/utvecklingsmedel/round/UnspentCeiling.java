package se.utvecklingsmedel.round;

import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * What happens to what a pot with a ceiling leaves unspent (<i>det som inte fördelas inom
 * ramen</i>), as the round states it.
 *
 * <p>Source: the decision of 18 March 2021 gives the regions and the non-profits "högst" 25 and 4
 * MSEK and says nothing of what is left; so the catalogue leaves it unknown, and a round with a
 * ceiling must state it (team decision: no default).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum UnspentCeiling implements SwedishLabelled {
  /** It goes back to the state, as a fixed sum's remainder does. */
  LAPSES("återgår till staten"),
  /** Socialstyrelsen may use it for other work within its commission. */
  OTHER_USE_IN_COMMISSION("får användas till annat inom uppdraget");

  private final String label;

  UnspentCeiling(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
