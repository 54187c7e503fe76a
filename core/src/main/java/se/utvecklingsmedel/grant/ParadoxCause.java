package se.utvecklingsmedel.grant;

import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * Why a recipient's amount moved against its weight share or the budget ({@link Paradox}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ParadoxCause implements SwedishLabelled {
  /**
   * The key's rounding of the last öre (largest remainder: the Alabama and population paradoxes),
   * never more than one öre.
   */
  ROUNDING("avrundningen av sista öret i fördelningsnyckeln (största rest)",
      "the key's rounding of the last öre (largest remainder)"),
  /** The recipient's own requisition was another amount, or accepted otherwise. */
  REQUEST("en annan rekvisition från mottagaren", "another requisition from the recipient"),
  /** The recipient could share unclaimed funds in one allocation and not in the other. */
  ELIGIBILITY("ändrad rätt att ta del av ej rekvirerade medel",
      "a changed eligibility for unclaimed funds"),
  /** The recipient's share of unclaimed funds reached the most it asked for in one of them. */
  CAP("ett tak: mottagaren bad om högst ett visst belopp av ej rekvirerade medel",
      "a cap: the recipient asked for at most a set amount of unclaimed funds"),
  /**
   * The unclaimed funds, or those sharing them, changed (other recipients' requisitions or keyed
   * amounts), and with them this one's share.
   */
  REDISTRIBUTION("fördelningen av ej rekvirerade medel: det som fanns att fördela, eller de som "
      + "delade på det, ändrades", "the sharing of unclaimed funds: what there was to share, or "
      + "who shared it, changed");

  private final String label;
  private final String english;

  ParadoxCause(String label, String english) {
    this.label = label;
    this.english = english;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Returns the cause in English.
   *
   * @return the cause, e.g. {@code "a changed eligibility for unclaimed funds"}
   */
  public String english() {
    return english;
  }
}
