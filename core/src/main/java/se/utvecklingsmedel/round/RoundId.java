package se.utvecklingsmedel.round;

import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.util.Objects;

/**
 * A round's identity (<i>omgång</i>): its year and its place within the year, written {@code
 * 2019:2}. Most years have one round; 2019 had two, the second for municipalities only (the
 * programme's 2019 grant page: 50 MSEK "fördelades fram till den 1 juni 2019", then a further
 * 30 MSEK with a call on 27 June 2019).
 *
 * <p>Rounds are ordered by year, then by place. This class is immutable and thread-safe.
 *
 * @param year the year, from 2000 to 2100
 * @param place the round's place within its year, from 1 to 9
 */
public record RoundId(int year, int place) implements Comparable<RoundId> {

  /**
   * Validates the identity.
   *
   * @param year the year
   * @param place the place within the year
   */
  public RoundId {
    checkRule(year >= 2000 && year <= 2100, RoundId.class, "", "year",
        "RoundId 'year' must be from 2000 to 2100, but was %s", year);
    checkRule(place >= 1 && place <= 9, RoundId.class, year, "place",
        "RoundId %s: 'place' must be from 1 to 9, but was %s", year, place);
  }

  /**
   * Returns the identity of a round.
   *
   * @param year the year
   * @param place the place within the year
   * @return the identity
   */
  public static RoundId of(int year, int place) {
    return new RoundId(year, place);
  }

  /**
   * Reads an identity as {@link #toString()} writes it, {@code 2019:2}.
   *
   * @param text the text
   * @return the identity
   * @throws IllegalArgumentException if the text is not a year, a colon and a place
   */
  public static RoundId parse(String text) {
    Objects.requireNonNull(text, "RoundId 'text' must not be null");
    checkRule(text.matches("\\d{4}:\\d"), RoundId.class, "", "",
        "RoundId '%s' must be a year, a colon and a place, such as 2019:2", text);
    return new RoundId(Integer.parseInt(text.substring(0, 4)), text.charAt(5) - '0');
  }

  /**
   * Returns the identity as a Swedish reader says it: {@code 2019, omgång 2}.
   *
   * @return the Swedish label
   */
  public String swedish() {
    return year + ", omgång " + place;
  }

  @Override
  public int compareTo(RoundId other) {
    Objects.requireNonNull(other, "RoundId 'other' must not be null");
    int byYear = Integer.compare(year, other.year);
    return byYear != 0 ? byYear : Integer.compare(place, other.place);
  }

  /**
   * Returns {@code 2019:2}.
   *
   * @return the identity as text
   */
  @Override
  public String toString() {
    return year + ":" + place;
  }
}
