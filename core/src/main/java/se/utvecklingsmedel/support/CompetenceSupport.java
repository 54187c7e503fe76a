package se.utvecklingsmedel.support;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.util.Objects;
import java.util.Optional;
import se.utvecklingsmedel.statistics.Share;
import se.utvecklingsmedel.vocabulary.CompetenceSupportTheme;

/**
 * The county administrative boards' information to municipalities on one theme
 * (<i>kompetensstöd</i>): how many municipalities were offered it and how many took part.
 *
 * <p>Source: the 2016 account, the boards' survey — e.g. "185 kommuner har tagit del av information
 * om webbkursen … 277 kommuner har erbjudits informationen." Checks: the counts are between 0 and
 * 290 (the municipalities), and no more took part than were offered.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CompetenceSupport {

  /** The number of municipalities, the most that can be offered anything. */
  public static final int MUNICIPALITIES = 290;

  private final CompetenceSupportTheme theme;
  private final int offered;
  private final int tookPart;

  private CompetenceSupport(CompetenceSupportTheme theme, int offered, int tookPart) {
    requireNonNull(theme, "CompetenceSupport 'theme' must not be null");
    checkRule(offered >= 0 && offered <= MUNICIPALITIES, CompetenceSupport.class, theme, "offered",
        "CompetenceSupport %s: 'offered' must be from 0 to 290, but was %s", theme, offered);
    checkRule(tookPart >= 0 && tookPart <= offered, CompetenceSupport.class, theme, "tookPart",
        "CompetenceSupport %s: 'tookPart' must be from 0 to 'offered' %s, but was %s", theme,
        offered, tookPart);
    this.theme = theme;
    this.offered = offered;
    this.tookPart = tookPart;
  }

  /**
   * Returns the record of one theme.
   *
   * @param theme the theme
   * @param offered municipalities offered the information, 0 to 290
   * @param tookPart municipalities that took part, 0 to {@code offered}
   * @return the record
   * @throws IllegalArgumentException if a count is out of range
   */
  public static CompetenceSupport of(CompetenceSupportTheme theme, int offered, int tookPart) {
    return new CompetenceSupport(theme, offered, tookPart);
  }

  /**
   * Returns the theme.
   *
   * @return the theme
   */
  public CompetenceSupportTheme theme() {
    return theme;
  }

  /**
   * Returns the municipalities offered the information.
   *
   * @return the count
   */
  public int offered() {
    return offered;
  }

  /**
   * Returns the municipalities that took part.
   *
   * @return the count
   */
  public int tookPart() {
    return tookPart;
  }

  /**
   * Returns the share of the municipalities offered the information that took part.
   *
   * @return {@code tookPart / offered}, or empty if none was offered
   */
  public Optional<Share> participationRate() {
    return offered == 0 ? Optional.empty() : Optional.of(Share.of(tookPart, offered));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CompetenceSupport that && theme == that.theme
        && offered == that.offered && tookPart == that.tookPart;
  }

  @Override
  public int hashCode() {
    return Objects.hash(theme, offered, tookPart);
  }

  @Override
  public String toString() {
    return "CompetenceSupport " + theme.label() + ": " + tookPart + " of " + offered;
  }
}
