package se.utvecklingsmedel.recipient;

import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * The categories of recipient of development funds (<i>mottagarkategorier</i>).
 *
 * <p>Source: the 2016 account (the 2016 annual report): municipalities and county councils
 * requisition, non- profit associations and foundations apply, county administrative boards and NCK
 * apply for stimulus funds and carry out the support mission.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RecipientCategory implements SwedishLabelled {
  /** Kommun (290). */
  MUNICIPALITY("Kommun"),
  /** Landsting, since 2019 region (21, Gotland's municipality included). */
  REGION("Landsting/region"),
  /** Ideell förening eller stiftelse. */
  NON_PROFIT_ORGANISATION("Ideell förening eller stiftelse"),
  /** Länsstyrelse (21). */
  COUNTY_ADMINISTRATIVE_BOARD("Länsstyrelse"),
  /** Nationellt centrum för kvinnofrid (NCK) vid Uppsala universitet. */
  NATIONAL_CENTRE("Nationellt centrum för kvinnofrid");

  private final String label;

  RecipientCategory(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
