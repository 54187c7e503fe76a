package se.utvecklingsmedel.round;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;
import se.utvecklingsmedel.vocabulary.FreeText;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * One year's programme of development funds (<i>bidragsomgång</i>): its legal basis, pots and
 * dates.
 *
 * <p>Dates: the application period (<i>ansökningsperiod</i>); the requisition deadline (<i>sista
 * dag för rekvisition</i>); the use period (<i>användningsperiod</i>), a closed date range, 1
 * January – 31 December of the year unless set otherwise; the follow-up report deadline (<i>sista
 * dag för återrapportering</i>); and the repayment deadline (<i>sista dag för återbetalning</i>).
 * Deadlines the sources do not give are left empty, never invented.
 *
 * <p>Checks (team decisions): the year is from 2000 to 2100; the legal basis is not
 * blank; there is at least one pot; pot ids are unique; a category is served by at most one
 * followed-up pot (requisition or application) and at most one assignment pot — the 2016 account
 * reports per category on one pot each, and the stimulus funds and the administration money may
 * both go to NCK because only the first is a grant; the budgets add up without overflow.
 *
 * <p>The timeline is checked as one (team decision): the use period starts in the round's
 * year and lasts at most {@value #MAX_USE_YEARS} years (the 2016 account's funds were to be used
 * within the calendar year, "till och med den 31 december 2016"; two years leave room for a
 * decision that allows use into the next year, and reject typing errors such as 2019–2035); the
 * application period lies from a year before the round's year (a call may close before its grant
 * year: the 2022 non-profits' call ran from 18 October to 21 December 2021) to the end of the use
 * period, the requisition deadline from 1 January of the round's year to the end of the use period; the report deadline comes after the use period ends; the repayment deadline
 * comes after the use period ends and not before the report deadline. Each deadline — requisition,
 * report, repayment — is judged with lagen (1930:173) through {@code Deadlines} where it is
 * applied: a deadline on a holiday moves to the next working day (the application period is a
 * period, not a deadline, and is applied as set).
 *
 * <p>A round for another year is built with {@link #builder()}; {@link RoundCatalogue} finds rounds
 * by year.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class GrantRoundDef {

  /** The longest use period a round may give, in years (team decision). */
  public static final int MAX_USE_YEARS = 2;

  GrantRoundDef() {
  }



  /**
   * Returns the year of the round.
   *
   * @return e.g. 2016
   */
  public abstract int year();

  /**
   * Returns the round's place within its year: 1 unless the year has several rounds (2019 had two).
   *
   * @return the place, from 1 to 9
   */
  @Value.Default
  public int place() {
    return 1;
  }

  /**
   * Returns the round's identity: its year and place, {@code 2019:2}.
   *
   * @return the identity
   */
  public RoundId id() {
    return RoundId.of(year(), place());
  }

  /**
   * Returns the decision the round rests on, as data, if it is known: its date, number and case
   * numbers. {@link #legalBasis()} cites it as text.
   *
   * @return the decision, or empty when the sources do not give it
   */
  public abstract Optional<GovernmentDecision> decision();

  /**
   * Returns the forms of violence the round's money is for. Empty when the round states none: then
   * no report is refused for what its work is about (the 2016 round's funded work included honour-
   * related violence, prostitution and trafficking; the 2016 account gives no narrower scope).
   *
   * @return the scope, empty for no restriction
   */
  public abstract Set<ScopeTerm> scope();

  /**
   * Returns a condition the round's money rests on, if any (2022: that parliament grants it). While
   * it is not met, the round's grants can be decided but nothing is paid out or followed up.
   *
   * @return the condition, or empty
   */
  public abstract Optional<Condition> condition();

  /**
   * Returns the round this one adds money to, if it is a top-up (<i>tillskott</i>): a later
   * decision of the same year adding money to it (2021: 21 MSEK, "arbetet förstärks"; 2022: 60
   * MSEK, about half earmarked). A top-up is a round of its own, with its own pots and dates.
   *
   * @return the earlier round of the same year it tops up, or empty
   */
  public abstract Optional<RoundId> topUpOf();

  /**
   * Returns what the money is earmarked for, in the source's words, if it is (<i>öronmärkt</i>).
   *
   * @return the earmark, free text of at most 1 000 characters, or empty
   */
  public abstract Optional<String> earmark();

  /**
   * Returns what happens to what a pot with a ceiling ({@link BudgetKind#CEILING}) leaves
   * unspent, as the round states it. A round with a ceiling must state it; one without must not.
   *
   * @return the rule, or empty for a round without a ceiling
   */
  public abstract Optional<UnspentCeiling> unspentCeiling();

  /**
   * Returns the pools of requisition pots whose unclaimed funds are shared together, with whether
   * they shall or may be shared ({@link UnclaimedFundsPool}; 2020: municipalities and regions, "får
   * fördelas"). A requisition pot in none shares its own unclaimed funds, as in 2016.
   *
   * @return the pools, each pot in at most one; empty by default
   */
  public abstract List<UnclaimedFundsPool> unclaimedFundsPools();

  /**
   * Returns the pool a requisition pot's unclaimed funds go to: the round's pool that names it, or
   * the pot alone, shared as in 2016 ({@link Sharing#SHALL}; team decision: the model's default).
   *
   * @param id a pot of the round
   * @return its pool
   * @throws IllegalArgumentException if the round has no such pot
   */
  public UnclaimedFundsPool unclaimedFundsPool(PotId id) {
    pot(id);
    return unclaimedFundsPools().stream().filter(p -> p.pots().contains(id)).findFirst()
        .orElseGet(() -> UnclaimedFundsPool.of(Sharing.SHALL, id));
  }

  /**
   * Returns the legal basis: the government decision the round rests on, kept in Unicode NFC.
   *
   * @return the decision reference, e.g. {@link RoundCatalogue#LEGAL_BASIS_2016}
   */
  public abstract String legalBasis();

  /**
   * Returns the pots, in the order they were added.
   *
   * @return at least one pot
   */
  public abstract List<Pot> pots();

  /**
   * Returns the period in which applications are received (<i>ansökningsperiod</i>), if the round
   * sets one.
   *
   * @return the application period, a closed range
   */
  public abstract Optional<LocalDateRange> applicationPeriod();

  /**
   * Returns the last day to requisition funds, if the round sets one.
   *
   * @return the requisition deadline
   */
  public abstract Optional<LocalDate> requisitionDeadline();

  /**
   * Returns the period in which funds must be used: 1 January to 31 December of the year unless set
   * otherwise.
   *
   * @return the use period, a closed range
   */
  @Value.Default
  public LocalDateRange usePeriod() {
    return LocalDateRange.ofClosed(LocalDate.of(year(), 1, 1), LocalDate.of(year(), 12, 31));
  }

  /**
   * Returns the last day to file the follow-up report, if the round sets one.
   *
   * @return the report deadline
   */
  public abstract Optional<LocalDate> reportDeadline();

  /**
   * Returns the last day to repay unused funds, if the round sets one.
   *
   * @return the repayment deadline
   */
  public abstract Optional<LocalDate> repaymentDeadline();

  /**
   * Returns the smallest claim Socialstyrelsen raises: a repayment or recovery claim below it is
   * not made. None by default: the published sources give none.
   *
   * @return the minimum claim, or empty for none
   */
  public abstract Optional<Amount> minimumClaim();

  /**
   * Returns the days by which Socialstyrelsen reports on the round to the government
   * (<i>redovisning till Regeringskansliet</i>), in order: the annual reports, and last the final
   * report of the assignment (<i>slutredovisning</i>). Source: the 2016 account, "En
   * slutredovisning av uppdraget ska lämnas … senast den 30 september 2019. En årlig redovisning …
   * senast den 30 september 2017 respektive 2018".
   *
   * <p>The days are as the decision states them: 30 September 2017 is a Saturday. Where a deadline
   * is met on the next working day, {@link se.utvecklingsmedel.deadline.Deadlines#effective} gives
   * it (2 October 2017).
   *
   * @return the deadlines, each after the use period ends, strictly increasing; empty if none is
   * set
   */
  public abstract List<LocalDate> governmentReportDeadlines();

  /**
   * Returns the pot with the given id.
   *
   * @param id the pot's id
   * @return the pot
   * @throws IllegalArgumentException if the round has no such pot
   */
  public Pot pot(PotId id) {
    requireNonNull(id, "GrantRound 'id' must not be null");
    return pots().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() ->
        new RuleViolation(GrantRound.class, String.valueOf(year()), "", "GrantRound " + named() + " has no pot '" + id + "'; it has "
            + pots().stream().map(Pot::id).toList()));
  }

  /**
   * Returns the round's window (team decision): from 1 January of its year, or from the start of
   * an application period that opens before the year (a call that closes before its grant year, as
   * the 2022 non-profits' did), to the last day of its use period. A requisition or application dated outside it cannot belong to the round and is
   * rejected; a follow-up report must come after the use period begins.
   *
   * @return the window, a closed range
   */
  public LocalDateRange window() {
    LocalDate yearStart = LocalDate.of(year(), 1, 1);
    LocalDate start = applicationPeriod().map(LocalDateRange::getStart)
        .filter(d -> d.isBefore(yearStart)).orElse(yearStart);
    return LocalDateRange.ofClosed(start, usePeriod().getEndInclusive());
  }

  /**
   * Returns whether work in an area is within the round's scope: work against prostitution and
   * trafficking needs a scope naming prostitution or trafficking; every other area is within any
   * scope, and everything is within a round that states none (team decision after the 2019, 2020
   * and 2021 rounds' scopes).
   *
   * @param area the area of work
   * @return whether the round's money may be used for it
   */
  public boolean inScope(ActivityArea area) {
    requireNonNull(area, "GrantRound 'area' must not be null");
    boolean againstProstitution = area == MunicipalActivityArea.AGAINST_PROSTITUTION_AND_TRAFFICKING
        || area == DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING;
    return scope().isEmpty() || !againstProstitution || scope().contains(ScopeTerm.PROSTITUTION)
        || scope().contains(ScopeTerm.TRAFFICKING_FOR_SEXUAL_PURPOSES);
  }

  /**
   * Returns whether work with a group is within the round's scope: women in prostitution need a
   * scope naming prostitution; honour-related violence as a group of victims of intimate-partner
   * violence is within any scope, as in 2016.
   *
   * @param group the group
   * @return whether the round's money may be used for work with it
   */
  public boolean inScope(VulnerableGroup group) {
    requireNonNull(group, "GrantRound 'group' must not be null");
    return scope().isEmpty() || group != VulnerableGroup.WOMEN_IN_PROSTITUTION
        || scope().contains(ScopeTerm.PROSTITUTION);
  }

  /**
   * Returns the scope in words, for messages: {@code Våld i nära relationer, Hedersrelaterat våld
   * och förtryck}.
   *
   * @return the scope's labels in order, or "ingen begränsning"
   */
  public String scopeText() {
    return scope().isEmpty() ? "ingen begränsning" : scope().stream().sorted()
        .map(ScopeTerm::label).collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * Returns the pots that serve a category.
   *
   * @param category the category
   * @return the pots, in round order
   */
  public ImmutableList<Pot> potsFor(RecipientCategory category) {
    requireNonNull(category, "GrantRound 'category' must not be null");
    return pots().stream().filter(p -> p.serves(category)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the sum of the pots' budgets.
   *
   * @return the total budget
   */
  @Value.Derived
  public Amount totalBudget() {
    Amount total = Amount.zero();
    for (int i = 0; i < pots().size(); i++) {
      try {
        total = total.plus(pots().get(i).budget());
      } catch (ArithmeticException e) {
        RuleViolation violation = new RuleViolation(GrantRound.class, String.valueOf(year()), "pots[" + i + "].budget", "GrantRound "
            + year() + ": the pots' budgets add up beyond the range of an Amount");
        violation.initCause(e);
        throw violation;
      }
    }
    return total;
  }

  /**
   * Returns a one-line summary with the use period as its first and last day (not threeten-extra's
   * end-exclusive form), e.g. {@code "GrantRound 2016 (Regeringsbeslut …): use period 2016-01-01 –
   * 2016-12-31, 6 pots, 105500000.00 kr"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "GrantRound " + (place() == 1 ? String.valueOf(year()) : id().toString()) + " ("
        + legalBasis() + "): use period " + usePeriod().getStart()
        + " – " + usePeriod().getEndInclusive() + ", " + pots().size() + " pots, " + totalBudget()
        + " kr";
  }

  /**
   * Keeps the legal basis in Unicode NFC, so that two spellings of one text are one value (team decision):
   * Immutables builds the value again from what this returns and checks that.
   */
  @Value.Check
  GrantRoundDef normalized() {
    String nfc = Normalizer.normalize(legalBasis(), Normalizer.Form.NFC);
    return nfc.equals(legalBasis()) ? this : GrantRound.builder().from((GrantRound) this).legalBasis(nfc).build();
  }

  /** The round as a message names it: {@code 2016}, or {@code 2019:2} for a later round of a year. */
  private String named() {
    return place() == 1 ? String.valueOf(year()) : year() + ":" + place();
  }

  @Value.Check
  void check() {
    checkRule(year() >= 2000 && year() <= 2100, GrantRound.class, "", "year",
        "GrantRound 'year' must be from 2000 to 2100, but was %s", year());
    checkRule(place() >= 1 && place() <= 9, GrantRound.class, year(), "place",
        "GrantRound %s: 'place' must be from 1 to 9, but was %s", year(), place());
    FreeText.check("GrantRound " + named() + ":", "legalBasis", legalBasis());
    checkRule(!pots().isEmpty(), GrantRound.class, year(), "pots",
        "GrantRound %s: 'pots' must have at least one pot", named());
    checkPots();
    checkPools();
    checkTopUpAndCeiling();
    checkUsePeriod();
    checkTimeline();
    totalBudget();
  }

  private void checkPots() {
    Set<PotId> ids = new HashSet<>();
    for (int i = 0; i < pots().size(); i++) {
      Pot pot = pots().get(i);
      if (!ids.add(pot.id())) {
        throw new RuleViolation(GrantRound.class, String.valueOf(year()), "pots[" + i + "].id", "GrantRound " + named() + ": pot id '"
            + pot.id() + "' is used twice");
      }
      for (Pot earlier : pots().subList(0, i)) {
        for (RecipientCategory category : pot.categories()) {
          checkRule(!earlier.serves(category) || !clash(earlier, pot), GrantRound.class, year(),
              "pots[" + i + "].categories",
              "GrantRound %s: pots '%s' and '%s' overlap: both hand out %s to %s", named(),
              earlier.id(), pot.id(), pot.followedUp() ? "followed-up grants" : "by assignment",
              category);
        }
      }
    }
  }

  /** A top-up adds to an earlier round of its year; a ceiling's unspent part is the round's to say. */
  private void checkTopUpAndCeiling() {
    topUpOf().ifPresent(of -> checkRule(of.year() == year() && of.place() < place(),
        GrantRound.class, year(), "topUpOf", "GrantRound %s: 'topUpOf' %s must be an earlier "
            + "round of the same year", named(), of));
    earmark().ifPresent(e -> FreeText.check("GrantRound " + named() + ":", "earmark", e));
    Optional<Pot> ceiling = pots().stream().filter(p -> p.budgetKind() == BudgetKind.CEILING)
        .findFirst();
    checkRule(ceiling.isPresent() == unspentCeiling().isPresent(), GrantRound.class, year(),
        "unspentCeiling", ceiling.isPresent()
            ? "GrantRound %s: pot '%s' has a ceiling (högst); state what happens to what it "
                + "leaves unspent ('unspentCeiling': LAPSES or OTHER_USE_IN_COMMISSION; no source "
                + "states it for 2021, and there is no default)"
            : "GrantRound %s: 'unspentCeiling' is stated, but no pot has a ceiling%s", named(),
        ceiling.map(p -> p.id().toString()).orElse(""));
  }

  /** Each pool names requisition pots of the round, each pot in one pool at most. */
  private void checkPools() {
    Set<PotId> pooled = new HashSet<>();
    for (int i = 0; i < unclaimedFundsPools().size(); i++) {
      for (PotId id : unclaimedFundsPools().get(i).pots()) {
        String path = "unclaimedFundsPools[" + i + "].pots";
        Optional<Pot> pot = pots().stream().filter(p -> p.id().equals(id)).findFirst();
        checkRule(pot.isPresent(), GrantRound.class, year(), path,
            "GrantRound %s: an unclaimed-funds pool names pot '%s', which the round does not have",
            named(), id);
        checkRule(pot.get().method() == DistributionMethod.REQUISITION, GrantRound.class, year(),
            path, "GrantRound %s: an unclaimed-funds pool names pot '%s', which is handed out by "
                + "%s: only requisition pots leave funds unclaimed", named(), id,
            pot.get().method());
        checkRule(pooled.add(id), GrantRound.class, year(), path,
            "GrantRound %s: pot '%s' is in two unclaimed-funds pools", named(), id);
      }
    }
  }

  /** Two pots clash on a shared category when both are followed up, or both are assignments. */
  private static boolean clash(Pot one, Pot other) {
    return one.followedUp() == other.followedUp();
  }

  private void checkUsePeriod() {
    LocalDate useStart = usePeriod().getStart();
    LocalDate useEnd = usePeriod().getEndInclusive();
    checkRule(useStart.getYear() == year(), GrantRound.class, year(), "usePeriod",
        "GrantRound %s: 'usePeriod' must start in %s, but starts %s", named(), year(), useStart);
    checkRule(!useEnd.isAfter(useStart.plusYears(MAX_USE_YEARS).minusDays(1)), GrantRound.class, year(), "usePeriod",
        "GrantRound %s: 'usePeriod' %s – %s is longer than %s years, the most a round may give "
            + "(team decision)", named(), useStart, useEnd, MAX_USE_YEARS);
  }

  private void checkTimeline() {
    LocalDate yearStart = LocalDate.of(year(), 1, 1);
    LocalDate useEnd = usePeriod().getEndInclusive();
    decision().ifPresent(d -> checkDate("decision", " date", "decision.date", d.date(),
        !d.date().isAfter(useEnd), "must not be after the use period ends", useEnd));
    applicationPeriod().ifPresent(period -> {
      LocalDate yearBefore = yearStart.minusYears(1);
      checkDate("applicationPeriod", " start", "applicationPeriod.start", period.getStart(),
          !period.getStart().isBefore(yearBefore),
          "must not be more than a year before the round's year begins (a call may close before "
              + "its year, as the 2022 non-profits' did; team decision),", yearBefore);
      checkDate("applicationPeriod", " end", "applicationPeriod.end", period.getEndInclusive(),
          !period.getEndInclusive().isAfter(useEnd), "must not be after the use period ends", useEnd);
    });
    requisitionDeadline().ifPresent(d -> {
      checkDate("requisitionDeadline", "", "requisitionDeadline", d, !d.isBefore(yearStart),
          "must not be before the round's year begins", yearStart);
      checkDate("requisitionDeadline", "", "requisitionDeadline", d, !d.isAfter(useEnd),
          "must not be after the use period ends", useEnd);
    });
    reportDeadline().ifPresent(d -> checkDate("reportDeadline", "", "reportDeadline", d,
        d.isAfter(useEnd), "must be after the use period ends", useEnd));
    LocalDate previous = useEnd;
    int i = 0;
    for (LocalDate d : governmentReportDeadlines()) {
      checkDate("governmentReportDeadlines", "", "governmentReportDeadlines[" + i++ + "]", d,
          d.isAfter(previous), previous.equals(useEnd) ? "must be after the use period ends"
              : "must be after the one before,", previous);
      previous = d;
    }
    repaymentDeadline().ifPresent(d -> {
      checkDate("repaymentDeadline", "", "repaymentDeadline", d, d.isAfter(useEnd),
          "must be after the use period ends", useEnd);
      reportDeadline().ifPresent(report -> checkDate("repaymentDeadline", "", "repaymentDeadline",
          d, !d.isBefore(report), "must not be before the report deadline", report));
    });
  }

  /** A date's rule, broken at its innermost place ({@code path}: a list's element, a part). */
  private void checkDate(String field, String verb, String path, LocalDate date, boolean ok,
      String rule, LocalDate other) {
    checkRule(ok, GrantRound.class, year(), path, "GrantRound %s: '%s'%s %s %s %s", named(), field,
        verb, date, rule, other);
  }

}
