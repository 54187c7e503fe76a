package se.utvecklingsmedel.recipient;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;
import se.utvecklingsmedel.vocabulary.FreeText;

/**
 * A non-profit organisation (<i>ideell förening eller stiftelse</i>), identified by its
 * organisation number.
 *
 * <p>Non-profits apply for development funds (the 2016 account: "ideella föreningar och stiftelser
 * som bedriver verksamhet utan vinstdrivande syfte"). The organisation number must be of legal-form
 * group 8, the group of ideella föreningar och stiftelser (Skatteverket's numbering). Two
 * organisations are the same recipient exactly when their organisation numbers are equal; the name
 * is for display.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NonProfitOrganisation extends Identified implements Recipient {

  private final OrganisationNumber number;
  private final String name;

  private NonProfitOrganisation(OrganisationNumber number, String name) {
    this.number = number;
    this.name = name;
  }

  /**
   * Returns the organisation.
   *
   * @param number its organisation number, of legal-form group 8
   * @param name its name, not blank
   * @return the organisation
   * @throws IllegalArgumentException if the number is not of group 8 or the name is blank
   */
  public static NonProfitOrganisation of(OrganisationNumber number, String name) {
    requireNonNull(number, "NonProfitOrganisation 'number' must not be null");
    requireNonNull(name, "NonProfitOrganisation 'name' must not be null");
    checkRule(number.legalFormGroup() == 8, NonProfitOrganisation.class, number, "",
        "NonProfitOrganisation %s must have an organisation number of group 8 (ideella föreningar "
            + "och stiftelser), but its group is %s", number, number.legalFormGroup());
    return new NonProfitOrganisation(number,
        FreeText.checkName("NonProfitOrganisation " + number + ":", "name", name).strip());
  }

  /**
   * Returns the organisation.
   *
   * @param number its organisation number, e.g. {@code 802000-1239}
   * @param name its name
   * @return the organisation
   * @throws IllegalArgumentException if the number or the name is invalid
   */
  public static NonProfitOrganisation of(String number, String name) {
    requireNonNull(number, "NonProfitOrganisation 'number' must not be null");
    requireNonNull(name, "NonProfitOrganisation 'name' must not be null");
    return of(OrganisationNumber.of(number), name);
  }

  /**
   * Returns the organisation number.
   *
   * @return the number
   */
  public OrganisationNumber number() {
    return number;
  }

  @Override
  public RecipientCategory category() {
    return RecipientCategory.NON_PROFIT_ORGANISATION;
  }

  @Override
  public String id() {
    return number.value();
  }

  @Override
  public String displayName() {
    return name;
  }

  @Override
  public String swedishLabel() {
    return name + " (" + number + ")";
  }
}
