package se.utvecklingsmedel.round;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * What the public sources state about one round (<i>uppgifter om en omgång</i>), each fact with
 * its source, and nothing they do not state: a budget, a date or a decision no source gives is
 * empty here, never filled in. Made by {@link Programme} from the catalogue it ships.
 *
 * <p>A round whose facts are complete becomes a {@link GrantRound} ({@link #round()}) and can be
 * allocated. One with unknown facts can be listed and read, but {@link #round()} refuses it and
 * names what is missing; {@link #builder()} gives a round's builder with every known fact set, so
 * that a user who knows the rest supplies it in one builder call:
 *
 * <pre>{@code
 * RoundFacts facts = Programme.builtIn().facts(RoundId.parse("2021:1"));
 * facts.missing();   // [usePeriod, unspentCeiling, unclaimedFunds]
 * GrantRound round = facts.builder().usePeriod(LocalDateRange.ofClosed(
 *     LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)))
 *     .unspentCeiling(UnspentCeiling.LAPSES).build();  // unclaimed funds: the pots' own, as 2016
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundFacts {

  /**
   * A pot as a source states it: its budget may be unknown.
   *
   * @param id the pot's id
   * @param label its label
   * @param categories the categories it serves
   * @param method how it is handed out
   * @param budget its budget, or empty when no source gives it
   * @param kind whether the budget is fixed or a ceiling ("högst")
   */
  public record PotFacts(PotId id, String label, Set<RecipientCategory> categories,
      DistributionMethod method, Optional<Amount> budget, BudgetKind kind) {

    /**
     * Validates the pot's facts: no part is null.
     *
     * @param id the id
     * @param label the label
     * @param categories the categories
     * @param method the method
     * @param budget the budget, or empty
     * @param kind the kind of budget
     */
    public PotFacts {
      requireNonNull(id, "PotFacts 'id' must not be null");
      requireNonNull(label, "PotFacts 'label' must not be null");
      categories = Set.copyOf(requireNonNull(categories, "PotFacts 'categories' must not be null"));
      requireNonNull(method, "PotFacts 'method' must not be null");
      requireNonNull(budget, "PotFacts 'budget' must not be null");
      requireNonNull(kind, "PotFacts 'kind' must not be null");
    }

    /**
     * Returns the pot with its budget, known or supplied.
     *
     * @param budget the budget, which must be the one the sources give if they give one
     * @return the pot
     * @throws IllegalArgumentException if the sources give another budget
     */
    public Pot withBudget(Amount budget) {
      requireNonNull(budget, "PotFacts 'budget' must not be null");
      checkRule(this.budget.map(budget::equals).orElse(true), Pot.class, id, "budget",
          "Pot %s: the sources give the budget %s kr, not %s kr", id, this.budget.orElse(null),
          budget);
      return Pot.builder().id(id).label(label).addAllCategories(categories).method(method)
          .budget(budget).budgetKind(kind).build();
    }
  }

  /**
   * Money a later decision adds to a year (<i>tillskott</i>), possibly earmarked: a round of its own
   * ({@code round}, e.g. 2021:2) that tops up an earlier one ({@code topsUp}, 2021:1), listed on the
   * round it tops up.
   *
   * @param round the top-up's own round, whose facts give the rest
   * @param topsUp the round of the year it adds to
   * @param amount the amount
   * @param earmark what the money is for, in the source's words, or empty
   * @param source the source
   */
  public record TopUp(RoundId round, RoundId topsUp, Amount amount, Optional<String> earmark,
      Source source) {

    /**
     * Validates the top-up: the amount is above zero.
     *
     * @param round the top-up's round
     * @param topsUp the round it adds to
     * @param amount the amount
     * @param earmark the earmark, or empty
     * @param source the source
     */
    public TopUp {
      requireNonNull(round, "TopUp 'round' must not be null");
      requireNonNull(topsUp, "TopUp 'topsUp' must not be null");
      requireNonNull(amount, "TopUp 'amount' must not be null");
      requireNonNull(earmark, "TopUp 'earmark' must not be null");
      requireNonNull(source, "TopUp 'source' must not be null");
      checkRule(amount.signum() > 0, TopUp.class, round, "amount",
          "TopUp of %s: 'amount' must be above zero, but was %s kr", round, amount);
    }
  }

  /**
   * One fact and where it comes from.
   *
   * @param name what it is ({@code pot}, {@code requisitionDeadline}, …)
   * @param value its value as the catalogue writes it
   * @param source the source that states it
   */
  public record Fact(String name, String value, Source source) {

    /**
     * Validates the fact: no part is null.
     *
     * @param name the name
     * @param value the value
     * @param source the source
     */
    public Fact {
      requireNonNull(name, "Fact 'name' must not be null");
      requireNonNull(value, "Fact 'value' must not be null");
      requireNonNull(source, "Fact 'source' must not be null");
    }
  }

  private final RoundId id;
  private final ImmutableList<Fact> facts;
  private final Optional<String> legalBasis;
  private final Optional<GovernmentDecision> decision;
  private final ImmutableList<PotFacts> pots;
  private final Optional<Amount> budgetTotal;
  private final Optional<LocalDateRange> applicationPeriod;
  private final Optional<LocalDate> requisitionDeadline;
  private final Optional<LocalDateRange> usePeriod;
  private final Optional<YearRelativeDate> reportDeadline;
  private final ImmutableList<LocalDate> governmentReportDeadlines;
  private final Optional<LocalDate> closed;
  private final Optional<String> unclaimedFunds;
  private final ImmutableList<UnclaimedFundsPool> unclaimedFundsPools;
  private final Optional<String> scope;
  private final Set<ScopeTerm> scopeTerms;
  private final Optional<String> condition;
  private final Optional<RoundId> topUpOf;
  private final Optional<String> earmark;
  private final Optional<UnspentCeiling> unspentCeiling;
  private final ImmutableList<TopUp> topUps;
  private final Optional<PublishedStatistics> published;

  RoundFacts(RoundId id, List<Fact> facts, Optional<String> legalBasis,
      Optional<GovernmentDecision> decision, List<PotFacts> pots, Optional<Amount> budgetTotal,
      Optional<LocalDateRange> applicationPeriod, Optional<LocalDate> requisitionDeadline,
      Optional<LocalDateRange> usePeriod, Optional<YearRelativeDate> reportDeadline,
      List<LocalDate> governmentReportDeadlines, Optional<LocalDate> closed,
      Optional<String> unclaimedFunds, List<UnclaimedFundsPool> unclaimedFundsPools,
      Optional<String> scope, Set<ScopeTerm> scopeTerms,
      Optional<String> condition, Optional<RoundId> topUpOf, Optional<String> earmark,
      Optional<UnspentCeiling> unspentCeiling, List<TopUp> topUps,
      Optional<PublishedStatistics> published) {
    this.id = id;
    this.facts = ImmutableList.copyOf(facts);
    this.legalBasis = legalBasis;
    this.decision = decision;
    this.pots = ImmutableList.copyOf(pots);
    this.budgetTotal = budgetTotal;
    this.applicationPeriod = applicationPeriod;
    this.requisitionDeadline = requisitionDeadline;
    this.usePeriod = usePeriod;
    this.reportDeadline = reportDeadline;
    this.governmentReportDeadlines = ImmutableList.copyOf(governmentReportDeadlines);
    this.closed = closed;
    this.unclaimedFunds = unclaimedFunds;
    this.unclaimedFundsPools = ImmutableList.copyOf(unclaimedFundsPools);
    this.scope = scope;
    this.scopeTerms = com.google.common.collect.Sets.immutableEnumSet(scopeTerms);
    this.condition = condition;
    this.topUpOf = topUpOf;
    this.earmark = earmark;
    this.unspentCeiling = unspentCeiling;
    this.topUps = ImmutableList.copyOf(topUps);
    this.published = published;
  }

  /**
   * Returns the round's id.
   *
   * @return the id
   */
  public RoundId id() {
    return id;
  }

  /**
   * Returns every fact the sources state about the round, each with its source, in the
   * catalogue's order.
   *
   * @return the facts
   */
  public ImmutableList<Fact> facts() {
    return facts;
  }

  /**
   * Returns the legal basis as text, if a source gives it.
   *
   * @return the legal basis, or empty
   */
  public Optional<String> legalBasis() {
    return legalBasis;
  }

  /**
   * Returns the decision the round rests on, if a source gives it.
   *
   * @return the decision, or empty
   */
  public Optional<GovernmentDecision> decision() {
    return decision;
  }

  /**
   * Returns the pots a source names, each with its budget if the source gives it.
   *
   * @return the pots, empty if no source names them
   */
  public ImmutableList<PotFacts> pots() {
    return pots;
  }

  /**
   * Returns the round's total, where a source gives it but not its pots (2019's first round: 50
   * MSEK, recipients not stated).
   *
   * @return the total, or empty
   */
  public Optional<Amount> budgetTotal() {
    return budgetTotal;
  }

  /**
   * Returns the call's period (<i>utlysning</i>), if a source gives it.
   *
   * @return the period, or empty
   */
  public Optional<LocalDateRange> applicationPeriod() {
    return applicationPeriod;
  }

  /**
   * Returns the last day to requisition, if a source gives it for every requisition pot.
   *
   * @return the deadline, or empty
   */
  public Optional<LocalDate> requisitionDeadline() {
    return requisitionDeadline;
  }

  /**
   * Returns the period the funds must be used in, if a source gives it.
   *
   * @return the period, or empty
   */
  public Optional<LocalDateRange> usePeriod() {
    return usePeriod;
  }

  /**
   * Returns the report deadline relative to the round's year, if a source gives it ("senast den 31
   * mars året efter").
   *
   * @return the deadline, or empty
   */
  public Optional<YearRelativeDate> reportDeadline() {
    return reportDeadline;
  }

  /**
   * Returns the days by which Socialstyrelsen reports on the round to the Government Offices.
   *
   * @return the days, empty if no source gives them
   */
  public ImmutableList<LocalDate> governmentReportDeadlines() {
    return governmentReportDeadlines;
  }

  /**
   * Returns the day the round closed, where a source says only that (2019's first round:
   * "fördelades fram till den 1 juni 2019").
   *
   * @return the day, or empty
   */
  public Optional<LocalDate> closed() {
    return closed;
  }

  /**
   * Returns what the round says of unclaimed funds, in the source's words (who may share them:
   * within a category, or across categories as in 2020; "får" or "ska").
   *
   * @return the rule in words, or empty
   */
  public Optional<String> unclaimedFunds() {
    return unclaimedFunds;
  }

  /**
   * Returns the unclaimed-funds rule as data, where a source states it: which requisition pots share
   * their unclaimed funds together, and whether they shall or may ({@link UnclaimedFundsPool}; 2020:
   * municipalities and regions, "får fördelas"; 2019:2: the municipalities, a team reading of the
   * grant page's statement that they are redistributed as "shall").
   *
   * @return the pools; empty where no source states the rule as more than the 2016 practice
   */
  public ImmutableList<UnclaimedFundsPool> unclaimedFundsPools() {
    return unclaimedFundsPools;
  }

  /**
   * Returns the round's scope, in the source's words (2019's second round adds victims of sexual
   * offences, female genital mutilation and prostitution).
   *
   * @return the scope, or empty for the programme's base scope
   */
  public Optional<String> scope() {
    return scope;
  }

  /**
   * Returns the round's scope as terms ({@link GrantRound#scope()}): what its words name.
   *
   * @return the terms, empty when the sources state no scope
   */
  public Set<ScopeTerm> scopeTerms() {
    return scopeTerms;
  }

  /**
   * Returns a condition the round's money rests on, in the source's words (2022: the non-profits
   * applied on condition that parliament grants the money).
   *
   * @return the condition, or empty
   */
  public Optional<String> condition() {
    return condition;
  }

  /**
   * Returns the money later decisions add to the round's year: each a round of its own.
   *
   * @return the top-ups, each with its round and source
   */
  public ImmutableList<TopUp> topUps() {
    return topUps;
  }

  /**
   * Returns the round this one tops up, if it is a top-up.
   *
   * @return the earlier round of its year, or empty
   */
  public Optional<RoundId> topUpOf() {
    return topUpOf;
  }

  /**
   * Returns what the round's money is earmarked for, in the source's words, if it is.
   *
   * @return the earmark, or empty
   */
  public Optional<String> earmark() {
    return earmark;
  }

  /**
   * Returns what happens to what a ceiling leaves unspent, where a source states it.
   *
   * @return the rule, or empty (for 2021 no source states it: {@link #missing()} names it)
   */
  public Optional<UnspentCeiling> unspentCeiling() {
    return unspentCeiling;
  }

  /**
   * Returns what a source publishes of the round's outcome, as partial statistics: for 2018, 273
   * municipalities requisitioned and 92 % was used, and nothing else.
   *
   * @return the published statistics, or empty
   */
  public Optional<PublishedStatistics> published() {
    return published;
  }

  /**
   * Returns what a round needs and no source gives: {@code legalBasis}, {@code pots}, {@code
   * budget of <pot>}, {@code usePeriod}.
   *
   * @return the missing facts, empty when the round can be built
   */
  public ImmutableList<String> missing() {
    List<String> missing = new ArrayList<>();
    if (legalBasis.isEmpty()) {
      missing.add("legalBasis");
    }
    if (pots.isEmpty()) {
      missing.add("pots");
    }
    pots.stream().filter(p -> p.budget().isEmpty())
        .forEach(p -> missing.add("budget of " + p.id()));
    if (usePeriod.isEmpty()) {
      missing.add("usePeriod");
    }
    if (unspentCeiling.isEmpty() && pots.stream().anyMatch(p -> p.kind() == BudgetKind.CEILING)) {
      missing.add("unspentCeiling");
    }
    // A round with requisition pots whose unclaimed-funds rule no source states: a built round
    // would share each pot's own, as in 2016, and that is the user's decision to take.
    if (unclaimedFunds.isEmpty() && pots.stream()
        .anyMatch(p -> p.method() == DistributionMethod.REQUISITION)) {
      missing.add("unclaimedFunds");
    }
    return ImmutableList.copyOf(missing);
  }

  /**
   * Returns a round's builder with every fact the sources give set: year, place, decision, legal
   * basis, the pots whose budgets are known, dates, scope, condition. A user supplies the rest and
   * builds. What the user leaves unset takes the round's own defaults: in particular a round's use
   * period is its calendar year unless set, which {@link #missing()} still lists as missing when
   * no source gives it, so that taking the default is the user's decision, not the catalogue's.
   *
   * @return the builder
   */
  public GrantRound.Builder builder() {
    GrantRound.Builder builder = GrantRound.builder().year(id.year()).place(id.place());
    legalBasis.ifPresent(builder::legalBasis);
    decision.ifPresent(builder::decision);
    pots.stream().filter(p -> p.budget().isPresent())
        .forEach(p -> builder.addPots(p.withBudget(p.budget().get())));
    applicationPeriod.ifPresent(builder::applicationPeriod);
    requisitionDeadline.ifPresent(builder::requisitionDeadline);
    usePeriod.ifPresent(builder::usePeriod);
    reportDeadline.ifPresent(d -> builder.reportDeadline(d.in(id.year())));
    builder.addAllGovernmentReportDeadlines(governmentReportDeadlines);
    builder.addAllScope(scopeTerms);
    builder.addAllUnclaimedFundsPools(unclaimedFundsPools);
    topUpOf.ifPresent(builder::topUpOf);
    earmark.ifPresent(builder::earmark);
    unspentCeiling.ifPresent(builder::unspentCeiling);
    condition.ifPresent(words -> builder.condition(Condition.of(words)));
    return builder;
  }

  /**
   * Returns the round, if the sources give all it needs.
   *
   * @return the round
   * @throws IllegalArgumentException if a fact is missing; the message names each and says how to
   *     supply them
   */
  public GrantRound round() {
    ImmutableList<String> missing = missing();
    if (!missing.isEmpty()) {
      throw new RuleViolation(RoundFacts.class, id.toString(), missing.get(0), "Round " + id
          + " cannot be allocated: the sources do not give its " + String.join(", ", missing)
          + ". Supply them: Programme.builtIn().facts(RoundId.parse(\"" + id + "\")).builder() "
          + "has every known fact; set the rest (a pot without a known budget with "
          + "pots().get(i).withBudget(amount)) and build().");
    }
    return builder().build();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RoundFacts other && other.id.equals(id) && other.facts.equals(facts);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + facts.hashCode();
  }

  /**
   * Returns a summary: {@code RoundFacts 2021:1: 13 facts; missing [usePeriod, unspentCeiling,
   * unclaimedFunds]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "RoundFacts " + id + ": " + facts.size() + " facts; missing " + missing();
  }
}
