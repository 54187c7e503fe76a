package se.utvecklingsmedel.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import se.utvecklingsmedel.vocabulary.CompetenceSupportTheme;

/**
 * The county administrative boards' information to municipalities on one theme
 * (<i>kompetensstöd</i>): how many municipalities were offered it and how many took part.
 *
 * <p>Source: seed 004, the boards' survey — e.g. "185 kommuner har tagit del av information om
 * webbkursen … 277 kommuner har erbjudits informationen." Checks: the counts are between 0 and 290 (the
 * municipalities), and no more took part than were offered.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param theme the theme
 * @param offered municipalities offered the information
 * @param tookPart municipalities that took part
 */
public record CompetenceSupport(CompetenceSupportTheme theme, int offered, int tookPart) {

  /** The number of municipalities, the most that can be offered anything. */
  public static final int MUNICIPALITIES = 290;

  /**
   * Validates the record.
   *
   * @param theme the theme
   * @param offered municipalities offered it
   * @param tookPart municipalities that took part
   * @throws IllegalArgumentException if a count is out of range
   */
  public CompetenceSupport {
    requireNonNull(theme, "CompetenceSupport 'theme' must not be null");
    checkArgument(offered >= 0 && offered <= MUNICIPALITIES,
        "CompetenceSupport %s: 'offered' must be from 0 to 290, but was %s", theme, offered);
    checkArgument(tookPart >= 0 && tookPart <= offered,
        "CompetenceSupport %s: 'tookPart' must be from 0 to 'offered' %s, but was %s", theme,
        offered, tookPart);
  }

  /**
   * Returns the share of the municipalities offered the information that took part.
   *
   * @return {@code tookPart / offered}, or empty if none was offered
   */
  public Optional<Share> participationRate() {
    return offered == 0 ? Optional.empty() : Optional.of(Share.of(tookPart, offered));
  }
}
