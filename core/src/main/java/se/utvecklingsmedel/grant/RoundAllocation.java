package se.utvecklingsmedel.grant;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.DistributionMethod;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;

/**
 * A round's pots turned into decided amounts per recipient (<i>fördelning av utvecklingsmedel</i>).
 *
 * <p>Built pot by pot with {@link #builder(GrantRound)}: requisition pots from a distribution key and
 * requisitions, application pots from applications, assignment pots from a key of amounts. Seed 004
 * is the model: "Under 2016 rekvirerade 246 kommuner tillsammans 44,4 miljoner kronor … 137 kommuner
 * fick på så sätt ytterligare utvecklingsmedel om totalt cirka 5,6 miljoner kronor. Därigenom fördelade
 * Socialstyrelsen totalt 50 miljoner kronor".
 *
 * <pre>{@code
 * RoundAllocation allocation = RoundAllocation.builder(GrantRound.round2016())
 *     .requisitions("municipalities", key, requisitions)
 *     .applications("non-profits", applications)
 *     .build();
 * allocation.pot("municipalities").returned();
 * }</pre>
 *
 * <p>Guarantees: for every pot, budget = granted + returned exactly; the result does not depend on
 * the order requisitions or applications were given in. Invalid input — a requisition above its keyed
 * amount, a recipient outside the key, a second requisition or application from one recipient, a pot
 * given twice or by the wrong method — throws {@link IllegalArgumentException} naming the recipient or
 * pot and the rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundAllocation {

  private final GrantRound round;
  private final ImmutableMap<String, PotAllocation> pots;

  private RoundAllocation(GrantRound round, ImmutableMap<String, PotAllocation> pots) {
    this.round = round;
    this.pots = pots;
  }

  /**
   * Returns a builder for an allocation of a round.
   *
   * @param round the round
   * @return the builder
   */
  public static Builder builder(GrantRound round) {
    return new Builder(requireNonNull(round, "RoundAllocation 'round' must not be null"));
  }

  /**
   * Returns the round.
   *
   * @return the round
   */
  public GrantRound round() {
    return round;
  }

  /**
   * Returns the allocated pots by id, in the round's order.
   *
   * @return the pots
   */
  public ImmutableMap<String, PotAllocation> pots() {
    return pots;
  }

  /**
   * Returns one allocated pot.
   *
   * @param potId the pot's id
   * @return its allocation
   * @throws IllegalArgumentException if the pot was not allocated
   */
  public PotAllocation pot(String potId) {
    PotAllocation pot = pots.get(potId);
    checkArgument(pot != null, "RoundAllocation %s has no allocated pot '%s'; it has %s",
        round.year(), potId, pots.keySet());
    return pot;
  }

  /**
   * Returns a recipient's grants in every allocated pot.
   *
   * @param recipient the recipient
   * @return its grants, in pot order; empty if it has none
   */
  public ImmutableList<RecipientGrant> grantsTo(Recipient recipient) {
    return pots.values().stream().filter(p -> p.grants().containsKey(recipient))
        .map(p -> p.grantOf(recipient)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the total granted to a recipient across the allocated pots.
   *
   * @param recipient the recipient
   * @return the total, zero if it has no grant
   */
  public Amount totalGrantedTo(Recipient recipient) {
    return Amount.total(grantsTo(recipient).stream().map(RecipientGrant::granted)::iterator);
  }

  /**
   * Returns the total budget of the allocated pots.
   *
   * @return the budget
   */
  public Amount budget() {
    return Amount.total(pots.values().stream().map(PotAllocation::budget)::iterator);
  }

  /**
   * Returns the total granted in the allocated pots.
   *
   * @return the amount granted
   */
  public Amount granted() {
    return Amount.total(pots.values().stream().map(PotAllocation::granted)::iterator);
  }

  /**
   * Returns the total returned to the state from the allocated pots.
   *
   * @return {@code budget() - granted()}
   */
  public Amount returned() {
    return Amount.total(pots.values().stream().map(PotAllocation::returned)::iterator);
  }

  /**
   * Compares this allocation with another — say, under another key, budget or policy — per pot and
   * per recipient, so an administrator can see who gains and who loses.
   *
   * @param other the allocation to compare with; this one is "before", the other "after"
   * @return the comparison
   */
  public AllocationComparison compare(RoundAllocation other) {
    return AllocationComparison.of(this, requireNonNull(other, "RoundAllocation 'other' must not be null"));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RoundAllocation && ((RoundAllocation) obj).round.equals(round)
        && ((RoundAllocation) obj).pots.equals(pots);
  }

  @Override
  public int hashCode() {
    return round.hashCode() * 31 + pots.hashCode();
  }

  @Override
  public String toString() {
    return "RoundAllocation " + round.year() + ": " + pots.values();
  }

  /**
   * Builds a {@link RoundAllocation} pot by pot; each pot is computed and checked when it is added.
   * Not thread-safe.
   */
  public static final class Builder {
    private final GrantRound round;
    private final Map<String, PotAllocation> pots = new LinkedHashMap<>();

    private Builder(GrantRound round) {
      this.round = round;
    }

    /**
     * Adds a requisition pot with the default rules ({@link RequisitionRules#defaults()}).
     *
     * @param potId the pot's id
     * @param key the distribution key
     * @param requisitions the requisitions received
     * @return this builder
     * @throws IllegalArgumentException as {@link #requisitions(String, DistributionKey, Collection,
     *     RequisitionRules)} says
     */
    public Builder requisitions(String potId, DistributionKey key,
        Collection<Requisition> requisitions) {
      return requisitions(potId, key, requisitions, RequisitionRules.defaults());
    }

    /**
     * Adds a requisition pot.
     *
     * @param potId the pot's id
     * @param key the distribution key
     * @param requisitions the requisitions received
     * @param rules the late and redistribution policies
     * @return this builder
     * @throws IllegalArgumentException if the pot is unknown, not a requisition pot or already added;
     *     if the key does not fit the pot; or if a requisition is from a recipient outside the key,
     *     the second from one recipient, or above its keyed amount
     */
    public Builder requisitions(String potId, DistributionKey key,
        Collection<Requisition> requisitions, RequisitionRules rules) {
      Pot pot = pot(potId, DistributionMethod.REQUISITION);
      requireNonNull(key, "RoundAllocation: 'key' must not be null");
      requireNonNull(rules, "RoundAllocation: 'rules' must not be null");
      pots.put(potId, RequisitionWorkflow.allocate(round, pot, key,
          List.copyOf(requireNonNull(requisitions, "RoundAllocation: 'requisitions' must not be null")),
          rules));
      return this;
    }

    /**
     * Adds an application pot with the default rules ({@link ApplicationRules#defaults()}).
     *
     * @param potId the pot's id
     * @param applications the applications received
     * @return this builder
     * @throws IllegalArgumentException as {@link #applications(String, Collection,
     *     ApplicationRules)} says
     */
    public Builder applications(String potId, Collection<Application> applications) {
      return applications(potId, applications, ApplicationRules.defaults());
    }

    /**
     * Adds an application pot.
     *
     * @param potId the pot's id
     * @param applications the applications received
     * @param rules the priority rule and grant policy
     * @return this builder
     * @throws IllegalArgumentException if the pot is unknown, not an application pot or already
     *     added, or an applicant applied twice
     */
    public Builder applications(String potId, Collection<Application> applications,
        ApplicationRules rules) {
      Pot pot = pot(potId, DistributionMethod.APPLICATION);
      requireNonNull(rules, "RoundAllocation: 'rules' must not be null");
      pots.put(potId, ApplicationWorkflow.allocate(round, pot,
          List.copyOf(requireNonNull(applications, "RoundAllocation: 'applications' must not be null")),
          rules));
      return this;
    }

    /**
     * Adds an assignment pot (administration money), granted in full by a key of amounts or weights.
     *
     * @param potId the pot's id
     * @param key who receives what
     * @return this builder
     * @throws IllegalArgumentException if the pot is unknown, not an assignment pot or already added,
     *     or the key does not fit the pot
     */
    public Builder assignments(String potId, DistributionKey key) {
      Pot pot = pot(potId, DistributionMethod.ASSIGNMENT);
      pots.put(potId, RequisitionWorkflow.assign(pot,
          requireNonNull(key, "RoundAllocation: 'key' must not be null")));
      return this;
    }

    private Pot pot(String potId, DistributionMethod method) {
      requireNonNull(potId, "RoundAllocation: 'potId' must not be null");
      Pot pot = round.pot(potId);
      checkArgument(pot.method() == method, "RoundAllocation: pot %s is handed out by %s, not by %s",
          potId, pot.method(), method);
      checkArgument(!pots.containsKey(potId), "RoundAllocation: pot %s is already allocated", potId);
      return pot;
    }

    /**
     * Returns the allocation of the pots added, in the round's order.
     *
     * @return the allocation
     */
    public RoundAllocation build() {
      ImmutableMap.Builder<String, PotAllocation> ordered = ImmutableMap.builder();
      for (Pot pot : round.pots()) {
        if (pots.containsKey(pot.id())) {
          ordered.put(pot.id(), pots.get(pot.id()));
        }
      }
      return new RoundAllocation(round, ordered.build());
    }
  }
}
