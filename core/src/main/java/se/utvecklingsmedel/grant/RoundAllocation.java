package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.utvecklingsmedel.deadline.Deadlines;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.DistributionMethod;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.round.UnclaimedFundsPool;
import se.utvecklingsmedel.vocabulary.FreeText;

/**
 * A round's pots turned into decided amounts per recipient (<i>fördelning av utvecklingsmedel</i>).
 *
 * <p>Built pot by pot with {@link #builder(GrantRound)}: requisition pots from a distribution key
 * and requisitions, application pots from applications, assignment pots from a key. The 2016
 * account is the model: "Under 2016 rekvirerade 246 kommuner tillsammans 44,4 miljoner kronor … 137
 * kommuner fick på så sätt ytterligare utvecklingsmedel om totalt cirka 5,6 miljoner kronor.
 * Därigenom fördelade Socialstyrelsen totalt 50 miljoner kronor".
 *
 * <pre>{@code
 * RoundAllocation allocation = RoundAllocation.builder(RoundCatalogue.round2016())
 *     .requisitions(PotId.MUNICIPALITIES, key, requisitions)
 *     .requisitions(PotId.REGIONS, regionKey, regionRequisitions)
 *     .applications(PotId.NON_PROFITS, applications)
 *     .applications(PotId.STIMULUS_FUNDS, stimulusApplications)
 *     .assignments(PotId.ADMINISTRATION_NCK, nckKey)
 *     .assignments(PotId.ADMINISTRATION_COUNTY_BOARDS, countyBoardKey)
 *     .build();
 * allocation.requisitionPot(PotId.MUNICIPALITIES).returned();
 * }</pre>
 *
 * <p>Guarantees: for every pot, budget = granted + returned exactly; the result does not depend on
 * the order requisitions or applications were given in. Invalid input — a requisition above its
 * keyed amount, a recipient outside the key, a second requisition or application from one
 * recipient, a requisition or application dated outside the round's {@linkplain GrantRound#window()
 * window}, a pot given twice or by the wrong method — throws {@link IllegalArgumentException}
 * naming the recipient or pot and the rule. {@link Builder#build()} demands every pot of the round;
 * an allocation of some pots only is made by {@link Builder#buildPartial()} and says so ({@link
 * #coversEveryPot()}).
 *
 * <p>The requisition deadline is judged like every deadline of the round, by lagen (1930:173): a
 * deadline on a Saturday, Sunday, public holiday, Midsummer, Christmas or New Year's Eve moves to
 * the next working day ({@link Deadlines}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundAllocation {

  private final GrantRound round;
  private final ImmutableMap<PotId, PotAllocation> pots;
  private final Optional<String> illustration;

  private RoundAllocation(GrantRound round, ImmutableMap<PotId, PotAllocation> pots,
      Optional<String> illustration) {
    this.round = round;
    this.pots = pots;
    this.illustration = illustration;
  }

  /**
   * Returns a builder for an allocation of a round, with Sweden's deadline rule.
   *
   * @param round the round
   * @return the builder
   */
  public static Builder builder(GrantRound round) {
    return builder(round, Deadlines.swedish());
  }

  /**
   * Returns a builder for an allocation of a round, judging the requisition deadline by the given
   * rule (the same rule a follow-up judges report and repayment deadlines by).
   *
   * @param round the round
   * @param deadlines the deadline rule
   * @return the builder
   */
  public static Builder builder(GrantRound round, Deadlines deadlines) {
    return new Builder(requireNonNull(round, "RoundAllocation 'round' must not be null"),
        requireNonNull(deadlines, "RoundAllocation 'deadlines' must not be null"));
  }

  /**
   * Returns what is invented, when the recipient-level inputs (key amounts, requisitions,
   * applications) are not real data but an illustration (<i>illustrativa uppgifter</i>): then every
   * grant is {@linkplain RecipientGrant#illustrative() illustrative}, its decision text says so,
   * and every output made from the allocation must say so (team decision, after publishing the
   * 2016 scenario's invented grants to real municipalities unmarked).
   *
   * @return the note saying what is invented, or empty for real data
   */
  public Optional<String> illustration() {
    return illustration;
  }

  /**
   * Returns whether the allocation's money can be paid out: unless the round rests on a condition
   * not yet recorded as met ({@link GrantRound#condition()}; 2022: "under förutsättning att
   * riksdagen beviljar medlen"), when its grants are decided but nothing is paid out, and so
   * nothing is followed up.
   *
   * @return true when nothing holds the money back
   */
  public boolean payable() {
    return round.condition().map(c -> c.isMet()).orElse(true);
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
   * Returns the allocated pots by id, in the round's order. To look one up, use {@link
   * #pot(PotId)}: a map's {@code get} takes any object, so {@code pots().get("municipalities")}
   * compiles and answers null.
   *
   * @return the pots
   */
  public ImmutableMap<PotId, PotAllocation> pots() {
    return pots;
  }

  /**
   * Returns whether every pot of the round is allocated. Only {@link Builder#buildPartial()} makes
   * an allocation that is not.
   *
   * @return true if no pot of the round is missing
   */
  public boolean coversEveryPot() {
    return pots.size() == round.pots().size();
  }

  /**
   * Returns the round's pots that this allocation does not cover.
   *
   * @return the missing pots' ids, in round order; empty when complete
   */
  public ImmutableList<PotId> unallocatedPots() {
    return round.pots().stream().map(Pot::id).filter(id -> !pots.containsKey(id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns one allocated pot.
   *
   * @param potId the pot's id
   * @return its allocation
   * @throws IllegalArgumentException if the pot was not allocated
   */
  public PotAllocation pot(PotId potId) {
    requireNonNull(potId, "RoundAllocation 'potId' must not be null");
    PotAllocation pot = pots.get(potId);
    checkRule(pot != null, RoundAllocation.class, round.year(), "",
        "RoundAllocation %s has no allocated pot '%s'; it has %s",
        round.year(), potId, pots.keySet());
    return pot;
  }

  /**
   * Returns one allocated requisition pot.
   *
   * @param potId the pot's id
   * @return its allocation
   * @throws IllegalArgumentException if the pot was not allocated or is not a requisition pot
   */
  public RequisitionPotAllocation requisitionPot(PotId potId) {
    return kind(potId, RequisitionPotAllocation.class, DistributionMethod.REQUISITION);
  }

  /**
   * Returns one allocated application pot.
   *
   * @param potId the pot's id
   * @return its allocation
   * @throws IllegalArgumentException if the pot was not allocated or is not an application pot
   */
  public ApplicationPotAllocation applicationPot(PotId potId) {
    return kind(potId, ApplicationPotAllocation.class, DistributionMethod.APPLICATION);
  }

  /**
   * Returns one allocated assignment pot.
   *
   * @param potId the pot's id
   * @return its allocation
   * @throws IllegalArgumentException if the pot was not allocated or is not an assignment pot
   */
  public AssignmentPotAllocation assignmentPot(PotId potId) {
    return kind(potId, AssignmentPotAllocation.class, DistributionMethod.ASSIGNMENT);
  }

  private <T extends PotAllocation> T kind(PotId potId, Class<T> type, DistributionMethod method) {
    PotAllocation pot = pot(potId);
    checkRule(type.isInstance(pot), RoundAllocation.class, round.year(), "",
        "RoundAllocation %s: pot %s is handed out by %s, not by %s",
        round.year(), potId, pot.pot().method(), method);
    return type.cast(pot);
  }

  /**
   * Returns a recipient's grants in every allocated pot.
   *
   * @param recipient the recipient
   * @return its grants, in pot order; empty if it has none
   */
  public ImmutableList<RecipientGrant> grantsTo(Recipient recipient) {
    requireNonNull(recipient, "RoundAllocation 'recipient' must not be null");
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
    requireNonNull(recipient, "RoundAllocation 'recipient' must not be null");
    return grantsTo(recipient).stream().map(RecipientGrant::granted).collect(Amount.summing());
  }

  /**
   * Returns the total budget of the allocated pots (of every pot, when {@link #coversEveryPot()}).
   *
   * @return the budget
   */
  public Amount budget() {
    return pots.values().stream().map(PotAllocation::budget).collect(Amount.summing());
  }

  /**
   * Returns the total granted in the allocated pots.
   *
   * @return the amount granted
   */
  public Amount granted() {
    return pots.values().stream().map(PotAllocation::granted).collect(Amount.summing());
  }

  /**
   * Returns the total returned to the state from the allocated pots.
   *
   * @return {@code budget() - granted()}
   */
  public Amount returned() {
    return pots.values().stream().map(PotAllocation::returned).collect(Amount.summing());
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
        && ((RoundAllocation) obj).pots.equals(pots)
        && ((RoundAllocation) obj).illustration.equals(illustration);
  }

  @Override
  public int hashCode() {
    return (round.hashCode() * 31 + pots.hashCode()) * 31 + illustration.hashCode();
  }

  @Override
  public String toString() {
    return "RoundAllocation " + round.year() + (illustration.isPresent() ? " (illustrative)" : "")
        + ": " + pots.values();
  }

  /**
   * Builds a {@link RoundAllocation} pot by pot; each pot is computed and checked when it is added.
   * Not thread-safe.
   */
  public static final class Builder {
    private final GrantRound round;
    private final Deadlines deadlines;
    private final Map<PotId, PotAllocation> pots = new LinkedHashMap<>();
    /** Requisition pots of a pool across pots: received, their unclaimed funds shared at build. */
    private final Map<PotId, RequisitionWorkflow> pooled = new LinkedHashMap<>();
    private Optional<String> illustration = Optional.empty();

    private Builder(GrantRound round, Deadlines deadlines) {
      this.round = round;
      this.deadlines = deadlines;
    }

    /**
     * Marks the allocation as an illustration: its recipient-level inputs are invented ({@link
     * RoundAllocation#illustration()}). Comes before the first pot, so that every grant is marked.
     *
     * @param illustration what is invented and why, in the language of the outputs (Swedish for the
     *     programme's readers), at most {@value FreeText#MAX_LENGTH} characters
     * @return this builder
     * @throws IllegalArgumentException if the note is blank or too long, or a pot was added already
     */
    public Builder illustrative(String illustration) {
      String checked = FreeText.check("RoundAllocation", "illustration",
          requireNonNull(illustration, "RoundAllocation 'illustration' must not be null"));
      checkRule(this.illustration.isEmpty(), RoundAllocation.class, round.year(), "illustration",
          "RoundAllocation %s: 'illustration' is given twice; give one note saying what is "
              + "invented", round.year());
      checkRule(pots.isEmpty(), RoundAllocation.class, round.year(), "illustration",
          "RoundAllocation %s: 'illustration' is given after pot %s; mark the allocation as "
              + "illustrative before its first pot, so that every grant is marked", round.year(),
          pots.keySet().stream().findFirst().orElse(null));
      this.illustration = Optional.of(checked);
      return this;
    }

    /**
     * Adds a requisition pot with the default rules ({@link RequisitionRules#defaults()}).
     *
     * @param potId the pot's id
     * @param key the distribution key
     * @param requisitions the requisitions received
     * @return this builder
     * @throws IllegalArgumentException as {@link #requisitions(PotId, DistributionKey, Collection,
     *     RequisitionRules)} says
     */
    public Builder requisitions(PotId potId, DistributionKey key,
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
     * @throws IllegalArgumentException if the pot is unknown, not a requisition pot or already
     * added;     if the key does not fit the pot; or if a requisition is from a recipient outside
     * the key,     the second from one recipient, or above its keyed amount
     */
    public Builder requisitions(PotId potId, DistributionKey key,
        Collection<Requisition> requisitions, RequisitionRules rules) {
      requireNonNull(key, "RoundAllocation \'key\' must not be null");
      requireNonNull(rules, "RoundAllocation \'rules\' must not be null");
      requireNonNull(requisitions, "RoundAllocation \'requisitions\' must not be null");
      Pot pot = pot(potId, DistributionMethod.REQUISITION);
      if (round.unclaimedFundsPool(potId).acrossPots()) {
        pooled.put(potId, RequisitionWorkflow.receive(round, pot, key,
            new ArrayList<>(requisitions), rules, deadlines, illustration.isPresent()));
      } else {
        pots.put(potId, RequisitionWorkflow.allocate(round, pot, key,
            new ArrayList<>(requisitions), rules, deadlines, illustration.isPresent()));
      }
      return this;
    }

    /**
     * Adds an application pot with the default rules ({@link ApplicationRules#defaults()}).
     *
     * @param potId the pot's id
     * @param applications the applications received
     * @return this builder
     * @throws IllegalArgumentException as {@link #applications(PotId, Collection,
     *     ApplicationRules)} says
     */
    public Builder applications(PotId potId, Collection<Application> applications) {
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
    public Builder applications(PotId potId, Collection<Application> applications,
        ApplicationRules rules) {
      requireNonNull(rules, "RoundAllocation \'rules\' must not be null");
      requireNonNull(applications, "RoundAllocation \'applications\' must not be null");
      Pot pot = pot(potId, DistributionMethod.APPLICATION);
      pots.put(potId, ApplicationWorkflow.allocate(round, pot, new ArrayList<>(applications), rules,
          illustration.isPresent()));
      return this;
    }

    /**
     * Adds an assignment pot (administration money), granted in full by a key of amounts or
     * weights.
     *
     * @param potId the pot's id
     * @param key who receives what
     * @return this builder
     * @throws IllegalArgumentException if the pot is unknown, not an assignment pot or already
     * added,     or the key does not fit the pot
     */
    public Builder assignments(PotId potId, DistributionKey key) {
      requireNonNull(key, "RoundAllocation \'key\' must not be null");
      pots.put(potId, RequisitionWorkflow.assign(round, pot(potId, DistributionMethod.ASSIGNMENT), key,
          illustration.isPresent()));
      return this;
    }

    private Pot pot(PotId potId, DistributionMethod method) {
      requireNonNull(potId, "RoundAllocation \'potId\' must not be null");
      Pot pot = round.pot(potId);
      checkRule(pot.method() == method, RoundAllocation.class, "", "",
          "RoundAllocation: pot %s is handed out by %s, not by %s",
          potId, pot.method(), method);
      checkRule(!pots.containsKey(potId) && !pooled.containsKey(potId), RoundAllocation.class, "",
          "", "RoundAllocation: pot %s is already allocated", potId);
      return pot;
    }

    /**
     * Returns the allocation of every pot of the round, in the round's order.
     *
     * @return the allocation
     * @throws IllegalArgumentException if a pot of the round was not added (the message names
     * them);     use {@link #buildPartial()} for an allocation of some pots only
     */
    public RoundAllocation build() {
      RoundAllocation allocation = buildPartial();
      checkRule(allocation.coversEveryPot(), RoundAllocation.class, round.year(), "",
          "RoundAllocation %s: pots %s are not allocated; add "
          + "them, or call buildPartial() for an allocation of some pots only", round.year(),
          allocation.unallocatedPots());
      return allocation;
    }

    /**
     * Returns the allocation of the pots added so far, in the round's order: a partial allocation
     * ({@link RoundAllocation#coversEveryPot()} is false unless every pot was added), e.g. to study
     * one pot.
     *
     * @return the allocation
     * @throws IllegalArgumentException if no pot was added
     */
    public RoundAllocation buildPartial() {
      checkRule(!pots.isEmpty() || !pooled.isEmpty(), RoundAllocation.class, round.year(), "",
          "RoundAllocation %s: no pot was added", round.year());
      Map<PotId, PotAllocation> all = new LinkedHashMap<>(pots);
      for (UnclaimedFundsPool pool : round.unclaimedFundsPools()) {
        List<RequisitionWorkflow> members = pool.pots().stream().filter(pooled::containsKey)
            .map(pooled::get).toList();
        if (!members.isEmpty()) {
          List<PotId> absent = pool.pots().stream().filter(p -> !pooled.containsKey(p)).toList();
          checkRule(absent.isEmpty(), RoundAllocation.class, round.year(), "",
              "RoundAllocation %s: pots %s share their unclaimed funds (%s), but %s %s not "
                  + "added; add every pot of the pool, or study one pot in a round without the "
                  + "pool", round.year(), pool.pots(), pool.sharing().label(), absent,
              absent.size() == 1 ? "is" : "are");
          UnclaimedFundsPools.share(pool, members).forEach(p -> all.put(p.pot().id(), p));
        }
      }
      ImmutableMap.Builder<PotId, PotAllocation> ordered = ImmutableMap.builder();
      for (Pot pot : round.pots()) {
        if (all.containsKey(pot.id())) {
          ordered.put(pot.id(), all.get(pot.id()));
        }
      }
      return new RoundAllocation(round, ordered.build(), illustration);
    }
  }
}
