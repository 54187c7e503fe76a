package se.utvecklingsmedel.recipient;

/**
 * The national centre: Nationellt centrum för kvinnofrid (NCK) at Uppsala University, the one
 * recipient of its category.
 *
 * <p>NCK gives national competence support, applies for stimulus funds and had 0.5 MSEK to carry
 * out its mission in 2016 (the 2016 account). Its identifier is {@code NCK}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalCentre extends Identified implements Recipient {

  /** The national centre, NCK. */
  public static final NationalCentre NCK = new NationalCentre();

  private NationalCentre() {
  }

  @Override
  public RecipientCategory category() {
    return RecipientCategory.NATIONAL_CENTRE;
  }

  @Override
  public String id() {
    return "NCK";
  }

  @Override
  public String displayName() {
    return "Nationellt centrum för kvinnofrid";
  }

  @Override
  public String swedishLabel() {
    return "Nationellt centrum för kvinnofrid (NCK), Uppsala universitet";
  }
}
