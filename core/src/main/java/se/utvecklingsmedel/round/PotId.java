package se.utvecklingsmedel.round;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import se.utvecklingsmedel.vocabulary.Code;

import java.util.regex.Pattern;

/**
 * The identifier of a pot within its round (<i>anslagspostens beteckning</i>): a lower-case slug
 * such as {@code municipalities} or {@code stimulus-funds}.
 *
 * <p>A pot is named by this type everywhere — in a round, an allocation, a grant, a report, a claim
 * — so a pot id cannot be confused with a recipient's name or a label. In JSON it is the bare
 * string. The constants are the ids of the 2016 round's pots ({@link RoundCatalogue#round2016()});
 * rounds of other years may reuse them or name their own.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PotId extends Code<PotId> {

  // Compiled once: String.matches compiled its pattern on every value read.
  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** The 2016 pot for municipalities (50 MSEK by requisition, the 2016 account). */
  public static final PotId MUNICIPALITIES = new PotId("municipalities");
  /** The 2016 pot for regions (county councils; 20 MSEK by requisition, the 2016 account). */
  public static final PotId REGIONS = new PotId("regions");
  /** The 2016 pot for non-profit organisations (15 MSEK by application, the 2016 account). */
  public static final PotId NON_PROFITS = new PotId("non-profits");
  /** The 2016 stimulus funds for the county boards and NCK (5 MSEK by application, the 2016 account). */
  public static final PotId STIMULUS_FUNDS = new PotId("stimulus-funds");
  /** The 2016 administration money assigned to NCK for its mission (0.5 MSEK, the 2016 account). */
  public static final PotId ADMINISTRATION_NCK = new PotId("administration-nck");
  /** The 2016 administration money assigned to the county boards for their mission (15 MSEK). */
  public static final PotId ADMINISTRATION_COUNTY_BOARDS =
      new PotId("administration-county-boards");

  private static final int MAX_LENGTH = 64;

  /**
   * Validates the id.
   *
   * @param value the slug
   * @throws IllegalArgumentException if it is not a lower-case slug of at most 64 characters
   */
  private static String check(String value) {
    requireNonNull(value, "PotId 'value' must not be null");
    checkRule(value.length() <= MAX_LENGTH && FORM.matcher(value).matches(), PotId.class, "", "",
        "PotId '%s' must be a lower-case slug of at most %s characters, such as 'stimulus-funds'",
        value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH) + "…",
        MAX_LENGTH);
    return value;
  }

  private PotId(String value) {
    super(check(value));
  }

  /**
   * Returns the id for the given text.
   *
   * @param value the slug, e.g. {@code "municipalities"}
   * @return the id
   * @throws IllegalArgumentException if it is not a lower-case slug
   */
  public static PotId of(String value) {
    return new PotId(value);
  }
}
