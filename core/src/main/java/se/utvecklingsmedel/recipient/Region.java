package se.utvecklingsmedel.recipient;

import java.util.Optional;

/**
 * A region (<i>region</i>, in 2016 <i>landsting</i>): the county council of one county, identified
 * by the county's code.
 *
 * <p>From {@link ReferenceData}: 21 in all, as in the 2016 account ("21 landsting"). Gotland has no
 * county council; its municipality carries the region's tasks, which {@link #carriedBy()} names.
 * The display name {@code Region <county>} is derived from the county (team decision: the 2016
 * names varied, e.g. Stockholms läns landsting, and are not in the published sources).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Region extends Identified implements Recipient {

  private final County county;
  private final Optional<Municipality> carriedBy;

  Region(County county, Optional<Municipality> carriedBy) {
    this.county = county;
    this.carriedBy = carriedBy;
  }

  /**
   * Returns the region's county.
   *
   * @return the county
   */
  public County county() {
    return county;
  }

  /**
   * Returns the municipality that carries the region's tasks, where there is no county council.
   *
   * @return Gotland's municipality for Gotland, empty for every other region
   */
  public Optional<Municipality> carriedBy() {
    return carriedBy;
  }

  @Override
  public RecipientCategory category() {
    return RecipientCategory.REGION;
  }

  @Override
  public String id() {
    return county.code().value();
  }

  @Override
  public String displayName() {
    return "Region " + county.shortName();
  }

  /**
   * Returns the region's designation, e.g. {@code Region Stockholm (Stockholms län)}, or for
   * Gotland {@code Region Gotland (Gotlands kommun, med regionens uppgifter)}.
   *
   * @return the Swedish label
   */
  @Override
  public String swedishLabel() {
    return displayName() + carriedBy.map(m -> " (" + m.swedishLabel() + ", med regionens uppgifter)")
        .orElse(" (" + county.name() + ")");
  }
}
