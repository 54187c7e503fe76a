package se.utvecklingsmedel.grant;

import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.County;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;

/**
 * An application for development funds (<i>ansökan om utvecklingsmedel</i>) from a non-profit
 * organisation, a county administrative board or NCK.
 *
 * <p>Source: the 2016 account — "Under 2016 ansökte 113 ideella organisationer om sammanlagt cirka
 * 55,5 miljoner kronor … Efter att ha bedömt de inkomna ansökningarna beviljade Socialstyrelsen
 * medel till 65 organisationer"; grants were for the seven development areas, favouring work that
 * improves direct support to individuals, with precedence where such work is missing. Checks on an
 * application alone: the amount is above zero; a non-profit names at least one development area;
 * the work is done in at most one place, a municipality or a county (none: nationwide). Eligibility
 * for a pot is assessed by {@link RoundAllocation}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class ApplicationDef {

  ApplicationDef() {
  }

  /**
   * Returns who applies.
   *
   * @return the applicant
   */
  public abstract Recipient applicant();

  /**
   * Returns the amount applied for.
   *
   * @return the amount, above zero
   */
  public abstract Amount amount();

  /**
   * Returns the development areas the work falls in.
   *
   * @return the areas; at least one for a non-profit
   */
  public abstract Set<DevelopmentArea> developmentAreas();

  /**
   * Returns the municipality the work is done in, if it is done in one.
   *
   * @return the municipality
   */
  public abstract Optional<Municipality> municipality();

  /**
   * Returns the county the work is done in, if it is done county-wide.
   *
   * @return the county
   */
  public abstract Optional<County> county();

  /**
   * Returns whether similar support already exists where the work is done.
   *
   * @return true if it does; false by default
   */
  @Value.Default
  public boolean similarSupportExists() {
    return false;
  }

  /**
   * Returns the day the application was received.
   *
   * @return the date
   */
  public abstract LocalDate date();

  @Value.Check
  void check() {
    checkRule(amount().signum() > 0, Application.class, applicant(), "amount",
        "Application of %s: 'amount' must be above zero", applicant());
    checkRule(!(applicant() instanceof NonProfitOrganisation) || !developmentAreas().isEmpty(), Application.class, applicant(), "developmentAreas",
        "Application of %s: 'developmentAreas' must name at least one for a non-profit", applicant());
    checkRule(municipality().isEmpty() || county().isEmpty(), Application.class, applicant(), "municipality",
        "Application of %s: give the work's 'municipality' or its 'county', not both", applicant());
  }

}
