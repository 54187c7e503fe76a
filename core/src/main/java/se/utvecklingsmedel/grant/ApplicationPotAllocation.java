package se.utvecklingsmedel.grant;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.Pot;

/**
 * An application pot handed out (<i>fördelning efter ansökan</i>): the applications, assessed for
 * eligibility and priority, and granted by the round's grant policy.
 *
 * <p>Source: the 2016 account — "Under 2016 ansökte 113 ideella organisationer om sammanlagt cirka
 * 55,5 miljoner kronor … beviljade Socialstyrelsen medel till 65 organisationer". Guarantee: no
 * applicant is granted more than it applied for, and {@code budget = granted + returned} exactly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApplicationPotAllocation extends PotAllocation {

  private final ImmutableList<Application> applications;
  private final ApplicationRules rules;

  ApplicationPotAllocation(Pot pot, ImmutableSortedMap<Recipient, RecipientGrant> grants,
      ImmutableList<Application> applications, ApplicationRules rules) {
    super(pot, grants);
    this.applications = applications;
    this.rules = rules;
  }

  /**
   * Returns the applications received, in applicant order.
   *
   * @return the applications
   */
  public ImmutableList<Application> applications() {
    return applications;
  }

  /**
   * Returns the rules: the priority rule and the grant policy.
   *
   * @return the rules
   */
  public ApplicationRules rules() {
    return rules;
  }

  /**
   * Returns the total applied for.
   *
   * @return the sum of the applications' amounts
   */
  public Amount applied() {
    return applications.stream().map(Application::amount).collect(Amount.summing());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ApplicationPotAllocation other && other.pot().equals(pot())
        && other.applications.equals(applications) && other.rules.equals(rules)
        && other.grants().equals(grants());
  }

  @Override
  public int hashCode() {
    return pot().hashCode() * 31 + grants().hashCode();
  }

  @Override
  public String toString() {
    return super.toString() + ", applied " + applied();
  }
}
