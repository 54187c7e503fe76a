package se.utvecklingsmedel.grant;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

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
public abstract class Application {

  Application() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
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
    checkArgument(amount().signum() > 0, "Application of %s: 'amount' must be above zero", applicant());
    checkArgument(!(applicant() instanceof NonProfitOrganisation) || !developmentAreas().isEmpty(),
        "Application of %s: 'developmentAreas' must name at least one for a non-profit", applicant());
    checkArgument(municipality().isEmpty() || county().isEmpty(),
        "Application of %s: give the work's 'municipality' or its 'county', not both", applicant());
  }

  /**
   * Builds an {@link Application}; {@link #build()} runs every check. Not thread-safe: use it at
   * once, do not share or store it.
   */
  public static final class Builder {
    private final ImmutableApplication.Builder delegate = ImmutableApplication.generatedBuilder();

    Builder() {
    }

    /**
     * Copies every attribute of {@code instance} into this builder: attributes are replaced, absent
     * optional ones leave a value already set, and list elements and map entries are added.
     *
     * @param instance the value to copy
     * @return this builder
     */
    public Builder from(Application instance) {
      requireNonNull(instance, "Application.Builder \'instance\' must not be null");
      delegate.from(instance);
      return this;
    }

    /**
     * Sets {@link Application#applicant() applicant}: who applies.
     *
     * @param applicant who applies
     * @return this builder
     */
    public Builder applicant(Recipient applicant) {
      requireNonNull(applicant, "Application.Builder 'applicant' must not be null");
      delegate.applicant(applicant);
      return this;
    }

    /**
     * Sets {@link Application#amount() amount}: the amount applied for.
     *
     * @param amount the amount applied for
     * @return this builder
     */
    public Builder amount(Amount amount) {
      requireNonNull(amount, "Application.Builder 'amount' must not be null");
      delegate.amount(amount);
      return this;
    }

    /**
     * Adds one element to {@link Application#developmentAreas() developmentAreas}: the development
     * areas the work falls in.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addDevelopmentArea(DevelopmentArea element) {
      requireNonNull(element, "Application.Builder \'element\' of \'developmentAreas\' must not be null");
      delegate.addDevelopmentArea(element);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link Application#developmentAreas() developmentAreas}: the
     * development areas the work falls in.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addDevelopmentAreas(DevelopmentArea... elements) {
      requireNonNull(elements, "Application.Builder 'developmentAreas' must not be null");
      delegate.addDevelopmentAreas(elements);
      return this;
    }

    /**
     * Replaces {@link Application#developmentAreas() developmentAreas} with {@code elements}: the
     * development areas the work falls in.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder developmentAreas(Iterable<DevelopmentArea> elements) {
      requireNonNull(elements, "Application.Builder 'developmentAreas' must not be null");
      delegate.developmentAreas(elements);
      return this;
    }

    /**
     * Adds each of {@code elements} to {@link Application#developmentAreas() developmentAreas}: the
     * development areas the work falls in.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addAllDevelopmentAreas(Iterable<DevelopmentArea> elements) {
      requireNonNull(elements, "Application.Builder 'developmentAreas' must not be null");
      delegate.addAllDevelopmentAreas(elements);
      return this;
    }

    /**
     * Sets {@link Application#municipality() municipality}: the municipality the work is done in,
     * if it is done in one.
     *
     * @param municipality the municipality the work is done in, if it is done in one
     * @return this builder
     */
    public Builder municipality(Municipality municipality) {
      requireNonNull(municipality, "Application.Builder 'municipality' must not be null");
      delegate.municipality(municipality);
      return this;
    }

    /**
     * Sets or clears {@link Application#municipality() municipality}: the municipality the work is
     * done in, if it is done in one. An empty one clears it.
     *
     * @param municipality the municipality the work is done in, if it is done in one, or empty
     * @return this builder
     */
    public Builder municipality(Optional<? extends Municipality> municipality) {
      requireNonNull(municipality, "Application.Builder 'municipality' must not be null");
      delegate.municipality(municipality);
      return this;
    }

    /**
     * Sets {@link Application#county() county}: the county the work is done in, if it is done
     * county-wide.
     *
     * @param county the county the work is done in, if it is done county-wide
     * @return this builder
     */
    public Builder county(County county) {
      requireNonNull(county, "Application.Builder 'county' must not be null");
      delegate.county(county);
      return this;
    }

    /**
     * Sets or clears {@link Application#county() county}: the county the work is done in, if it is
     * done county-wide. An empty one clears it.
     *
     * @param county the county the work is done in, if it is done county-wide, or empty
     * @return this builder
     */
    public Builder county(Optional<? extends County> county) {
      requireNonNull(county, "Application.Builder 'county' must not be null");
      delegate.county(county);
      return this;
    }

    /**
     * Sets {@link Application#similarSupportExists() similarSupportExists}: whether similar support
     * already exists where the work is done.
     *
     * @param similarSupportExists whether similar support already exists where the work is done
     * @return this builder
     */
    public Builder similarSupportExists(boolean similarSupportExists) {
      delegate.similarSupportExists(similarSupportExists);
      return this;
    }

    /**
     * Sets {@link Application#date() date}: the day the application was received.
     *
     * @param date the day the application was received
     * @return this builder
     */
    public Builder date(LocalDate date) {
      requireNonNull(date, "Application.Builder 'date' must not be null");
      delegate.date(date);
      return this;
    }

    /**
     * Builds the Application, running every check.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute was not set
     * @throws IllegalArgumentException if the attributes break a rule of the type
     */
    public Application build() {
      return delegate.build();
    }
  }
}
