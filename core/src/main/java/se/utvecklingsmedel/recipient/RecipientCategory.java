package se.utvecklingsmedel.recipient;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.RegionalActivityArea;
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

  /**
   * Returns the label on a day: for county councils {@code Landsting} before 2020 and {@code
   * Region} from 2020 ({@link ReferenceData#REGIONS_FROM}); every other category's label as {@link
   * #label()} gives it.
   *
   * @param date the day, e.g. the first day of a round's year
   * @return the label on that day
   * @throws NullPointerException if {@code date} is null
   */
  public String labelAsOf(LocalDate date) {
    requireNonNull(date, "RecipientCategory 'date' must not be null");
    if (this != REGION) {
      return label;
    }
    return date.isBefore(ReferenceData.REGIONS_FROM) ? "Landsting" : "Region";
  }

  /**
   * Returns whether a recipient of this category reports work in the area: a municipality in a
   * {@link MunicipalActivityArea}, a region in a {@link RegionalActivityArea}, a non-profit in a
   * {@link DevelopmentArea}; county boards and NCK in none (the 2016 account's follow-up forms).
   *
   * @param area the area
   * @return whether the area is one of this category's
   * @throws NullPointerException if {@code area} is null
   */
  public boolean reportsIn(ActivityArea area) {
    requireNonNull(area, "RecipientCategory 'area' must not be null");
    return switch (this) {
      case MUNICIPALITY -> area instanceof MunicipalActivityArea;
      case REGION -> area instanceof RegionalActivityArea;
      case NON_PROFIT_ORGANISATION -> area instanceof DevelopmentArea;
      case COUNTY_ADMINISTRATIVE_BOARD, NATIONAL_CENTRE -> false;
    };
  }
}
