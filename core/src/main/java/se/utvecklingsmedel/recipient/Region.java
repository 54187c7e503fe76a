package se.utvecklingsmedel.recipient;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A region (<i>region</i>, in 2016 <i>landsting</i>): the county council of one county, identified
 * by the county's code.
 *
 * <p>From {@link ReferenceData}: 21 in all, as in the 2016 account ("21 landsting"). Gotland has no
 * county council; its municipality carries the region's tasks, which {@link #carriedBy()} names.
 * The display name {@code Region <county>} is derived from the county (team decision: the 2016
 * names varied, e.g. Stockholms läns landsting, and are not in the published sources). Before 2020
 * the county councils were <i>landsting</i> (the 2016 account: "21 landsting"), so a name as of a
 * day before {@link ReferenceData#REGIONS_FROM} is a description in lower case, {@code landstinget
 * i Stockholms län} ({@link #displayNameAsOf}): true of every council then, whatever it called
 * itself (Region Skåne, Stockholms läns landsting, Landstinget Sörmland), and never a name it may
 * not have had. A table of the councils' own names by date would need a source; none of the
 * project's has one.
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
   * Returns the name on a day: the description {@code landstinget i Stockholms län} before 2020
   * (for Gotland {@code Gotlands kommun}, which carried the county council's tasks), {@code Region
   * Stockholm} from 2020.
   *
   * @param date the day
   * @return the name on that day
   */
  @Override
  public String displayNameAsOf(LocalDate date) {
    requireNonNull(date, "Region 'date' must not be null");
    if (!date.isBefore(ReferenceData.REGIONS_FROM)) {
      return displayName();
    }
    return carriedBy.map(Municipality::swedishLabel).orElse("landstinget i " + county.name());
  }

  /**
   * Returns the designation on a day: before 2020 {@code landstinget i Stockholms län}, for Gotland
   * {@code Gotlands kommun (med landstingets uppgifter)}; from 2020 as {@link #swedishLabel()}.
   *
   * @param date the day
   * @return the designation on that day
   */
  @Override
  public String swedishLabelAsOf(LocalDate date) {
    requireNonNull(date, "Region 'date' must not be null");
    if (!date.isBefore(ReferenceData.REGIONS_FROM)) {
      return swedishLabel();
    }
    return carriedBy.map(m -> m.swedishLabel() + " (med landstingets uppgifter)")
        .orElse("landstinget i " + county.name());
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
