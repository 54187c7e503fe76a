package se.utvecklingsmedel.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.OrganisationNumber;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;

/**
 * jqwik arbitraries for the domain, each shrinking towards the simplest case (fewer recipients,
 * smaller amounts, on-time full requisitions): amounts with their edge cases, weights with ties,
 * zeros and huge values, distribution keys over real municipalities, whole requisition scenarios,
 * rounds with a consistent timeline, follow-ups with reports consistent with their grants,
 * applications and dates. The same are offered as the domain context {@link
 * UtvecklingsmedelDomain}.
 */
public final class Generators {

  /** The most an amount here can be: a year's whole appropriation, ten times over. */
  public static final Amount MAXIMUM = Amount.ofKronor(1_000_000_000);

  /** The requisition deadline of the generated rounds: a Saturday, so the law moves it to Monday. */
  public static final LocalDate DEADLINE = LocalDate.of(2016, 4, 30);

  /** The report deadline of the generated rounds: 31 March of the year after, a Friday. */
  public static final LocalDate REPORT_DEADLINE = LocalDate.of(2017, 3, 31);

  /** The day {@link #datedFollowUps()} shares unclaimed funds, after every late requisition. */
  public static final LocalDate REDISTRIBUTED = LocalDate.of(2016, 9, 15);

  private Generators() {
  }

  /**
   * Returns 2016 rounds with a consistent timeline: a requisition deadline in the year's first half,
   * a report deadline after the use period, a repayment deadline from then to three months on, and
   * the municipalities' budget from 1 öre to 50 MSEK.
   *
   * @return the arbitrary
   */
  public static Arbitrary<GrantRound> rounds() {
    return Combinators.combine(amountsBetween(Amount.ofOre(1), Amount.ofKronor(50_000_000)),
            Arbitraries.integers().between(0, 180), Arbitraries.integers().between(0, 180),
            Arbitraries.integers().between(0, 90))
        .as((budget, requisition, report, repayment) -> {
          LocalDate reportDeadline = LocalDate.of(2017, 1, 1).plusDays(report);
          return GrantRound.builder().from(round2016WithMunicipalBudget(budget))
              .requisitionDeadline(LocalDate.of(2016, 1, 15).plusDays(requisition))
              .reportDeadline(reportDeadline).repaymentDeadline(reportDeadline.plusDays(repayment))
              .build();
        });
  }

  /** How one grant's report comes in. */
  enum Report { NONE, IN_TIME, LATE, INCOMPLETE, OUTSIDE_PURPOSE }

  /**
   * Returns follow-ups of generated requisition scenarios (allocated under the default rules), with
   * reports consistent with their grants: for each grant none, one in time, one late, an incomplete
   * one, or one declaring use outside the purpose, each using a share of the grant; judged the day
   * after the report deadline, so missing and incomplete reports raise claims.
   *
   * @return the arbitrary
   */
  public static Arbitrary<FollowUp> followUps() {
    return requisitionScenarios().flatMap(scenario -> followUpOf(
        RoundAllocation.builder(scenario.round())
            .requisitions(RequisitionScenario.POT, scenario.key(), scenario.requisitions())
            .buildPartial()));
  }

  /**
   * Returns follow-ups as {@link #followUps()} does, of rounds that date every decision, so that
   * each can be entered in a {@link se.utvecklingsmedel.ledger.Ledger}: unclaimed funds shared on
   * {@link #REDISTRIBUTED}, and a minimum claim of none, 1 öre, 100 kr or 10 000 kr, so that some
   * claims are written off. Capped shares of unclaimed funds, late and incomplete reports and
   * recoveries come from the scenarios and reports as in {@link #followUps()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<FollowUp> datedFollowUps() {
    Arbitrary<Optional<Amount>> minimum = Arbitraries.of(Optional.empty(),
        Optional.of(Amount.ofOre(1)), Optional.of(Amount.ofKronor(100)),
        Optional.of(Amount.ofKronor(10_000)));
    return Combinators.combine(requisitionScenarios(), minimum).as((scenario, least) -> {
      GrantRound round = GrantRound.builder().from(scenario.round()).minimumClaim(least).build();
      return RoundAllocation.builder(round).requisitions(RequisitionScenario.POT, scenario.key(),
          scenario.requisitions(), RequisitionRules.defaults()
              .withRedistributionDecided(REDISTRIBUTED)).buildPartial();
    }).flatMap(Generators::followUpOf);
  }

  /** Reports consistent with an allocation's grants, judged after the report deadline. */
  private static Arbitrary<FollowUp> followUpOf(RoundAllocation allocation) {
    List<RecipientGrant> grants = allocation.pot(RequisitionScenario.POT).grants().values()
        .stream().filter(g -> g.granted().signum() > 0).toList();
    return Combinators.combine(Arbitraries.of(Report.class).list().ofSize(grants.size()),
            Arbitraries.integers().between(0, 100).list().ofSize(grants.size()))
        .as((kinds, shares) -> {
          List<FollowUpReport> reports = new ArrayList<>();
          for (int i = 0; i < grants.size(); i++) {
            RecipientGrant g = grants.get(i);
            Report kind = kinds.get(i);
            if (kind == Report.NONE) {
              continue;
            }
            Amount used = Amount.ofOre(g.granted().toOre() * shares.get(i) / 100);
            reports.add(FollowUpReport.builder().recipient(g.recipient()).potId(g.potId())
                .granted(g.granted()).used(used)
                .submitted(kind == Report.LATE ? REPORT_DEADLINE.plusDays(5)
                    : REPORT_DEADLINE.minusDays(10))
                .complete(kind != Report.INCOMPLETE)
                .hadActivity(true)
                .usedOutsidePurpose(kind == Report.OUTSIDE_PURPOSE
                    ? Amount.ofOre(used.toOre() / 2) : Amount.zero())
                .build());
          }
          return FollowUp.of(allocation, reports, REPORT_DEADLINE.plusDays(10));
        });
  }

  /**
   * Returns amounts from zero to {@link #MAXIMUM}, with the edge cases 0, 1 öre and the maximum.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Amount> amounts() {
    return amountsBetween(Amount.zero(), MAXIMUM);
  }

  /**
   * Returns amounts in a closed range, with its ends and 1 öre above the lower as edge cases.
   *
   * @param min the least
   * @param max the most, not below {@code min}
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code max} is below {@code min}
   * @throws NullPointerException if an argument is null
   */
  public static Arbitrary<Amount> amountsBetween(Amount min, Amount max) {
    requireNonNull(min, "Generators.amountsBetween 'min' must not be null");
    requireNonNull(max, "Generators.amountsBetween 'max' must not be null");
    if (max.isLessThan(min)) {
      throw new IllegalArgumentException("Generators.amountsBetween 'max' " + max
          + " kr must not be below 'min' " + min + " kr");
    }
    return Arbitraries.longs().between(min.toOre(), max.toOre())
        .edgeCases(c -> c.includeOnly(min.toOre(), Math.min(max.toOre(), min.toOre() + 1),
            max.toOre()))
        .map(Amount::ofOre);
  }

  /**
   * Returns one weight: mostly ordinary, sometimes tied small values, zero, or huge (up to
   * 10<sup>15</sup>, the most a policy may return).
   *
   * @return the arbitrary
   */
  public static Arbitrary<Long> weight() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.longs().between(1, 1_000_000)),
        Tuple.of(3, Arbitraries.longs().between(1, 3)),
        Tuple.of(1, Arbitraries.just(0L)),
        Tuple.of(1, Arbitraries.longs().between(1, 1_000_000_000_000_000L)));
  }

  /**
   * Returns weights over 1 to 25 real municipalities, at least one above zero.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Weights<Recipient>> weights() {
    return municipalities().flatMap(ms -> weight().list().ofSize(ms.size()).map(ws -> {
      Weights.Builder<Recipient> weights = Weights.builder();
      for (int i = 0; i < ms.size(); i++) {
        weights.put(ms.get(i), i == 0 ? Math.max(1, ws.get(i)) : ws.get(i));
      }
      return weights.build();
    }));
  }

  /**
   * Returns distribution keys by weights over real municipalities.
   *
   * @return the arbitrary
   */
  public static Arbitrary<DistributionKey> distributionKeys() {
    return weights().map(w -> DistributionKey.byWeights("Genererad nyckel", w));
  }

  /** 1 to 25 distinct municipalities, in code order; shrinks to the first. */
  private static Arbitrary<List<Municipality>> municipalities() {
    List<Municipality> all = ReferenceData.municipalities();
    return Arbitraries.integers().between(0, all.size() - 1).set().ofMinSize(1).ofMaxSize(25)
        .map(s -> s.stream().sorted().map(all::get).toList());
  }

  /** What one municipality does with its keyed amount. */
  enum Choice {
    NONE, FULL, FULL_ASKING, FULL_ASKING_CAPPED, PART, PART_ASKING, LATE, LATE_ASKING,
    /** On 1 or 2 May 2016: after the stated Saturday deadline, in time by the law's move. */
    ON_THE_MOVED_DEADLINE
  }

  /**
   * Returns whole requisition scenarios: a 2016 round whose municipalities' pot has a budget from
   * 1 öre to 50 MSEK and a requisition deadline ({@link #DEADLINE}), a key over real
   * municipalities, and for each one of: no requisition, full, full and asking for unclaimed funds
   * (with or without a cap), part, part and asking, late, late and asking, or on 1 or 2 May (after
   * the stated deadline, in time because lagen (1930:173) moves it to Monday 2 May).
   *
   * @return the arbitrary
   */
  public static Arbitrary<RequisitionScenario> requisitionScenarios() {
    Arbitrary<Amount> budget = amountsBetween(Amount.ofOre(1), Amount.ofKronor(50_000_000));
    return Combinators.combine(budget, weights()).flatAs((b, w) -> {
      int n = w.keys().size();
      return Combinators.combine(Arbitraries.of(Choice.class).list().ofSize(n),
              Arbitraries.integers().between(1, 99).list().ofSize(n),
              Arbitraries.integers().between(0, 60).list().ofSize(n))
          .as((choices, parts, days) -> scenario(b, w, choices, parts, days));
    });
  }

  /** The 2016 round with the municipalities' pot given another budget. */
  private static GrantRound round2016WithMunicipalBudget(Amount budget) {
    GrantRound base = RoundCatalogue.round2016();
    List<Pot> pots = new ArrayList<>();
    for (Pot pot : base.pots()) {
      pots.add(pot.id().equals(PotId.MUNICIPALITIES) ? Pot.builder().from(pot).budget(budget)
          .build() : pot);
    }
    return GrantRound.builder().from(base).pots(pots).build();
  }

  private static RequisitionScenario scenario(Amount budget, Weights<Recipient> weights,
      List<Choice> choices, List<Integer> parts, List<Integer> days) {
    GrantRound round = GrantRound.builder().from(round2016WithMunicipalBudget(budget))
        .requisitionDeadline(DEADLINE)
        .reportDeadline(REPORT_DEADLINE).repaymentDeadline(REPORT_DEADLINE.plusMonths(1)).build();
    DistributionKey key = DistributionKey.byWeights("Genererad nyckel", weights);
    Map<Recipient, Amount> keyed = key.keyedAmounts(round.pot(RequisitionScenario.POT));
    List<Requisition> requisitions = new ArrayList<>();
    List<Recipient> recipients = new ArrayList<>(weights.keys());
    for (int i = 0; i < recipients.size(); i++) {
      Recipient r = recipients.get(i);
      Amount amount = keyed.get(r);
      Choice choice = choices.get(i);
      if (choice == Choice.NONE || amount.signum() == 0) {
        continue;
      }
      boolean part = choice == Choice.PART || choice == Choice.PART_ASKING;
      boolean late = choice == Choice.LATE || choice == Choice.LATE_ASKING;
      LocalDate date = late ? DEADLINE.plusDays(3 + days.get(i))
          : choice == Choice.ON_THE_MOVED_DEADLINE ? DEADLINE.plusDays(1 + days.get(i) % 2)
          : DEADLINE.minusDays(days.get(i));
      Amount asked = part ? Amount.ofOre(Math.max(1, amount.toOre() * parts.get(i) / 100)) : amount;
      Requisition.Builder b = Requisition.builder().recipient(r).amount(asked)
          .date(date)
          .wantsUnclaimedFunds(choice == Choice.FULL_ASKING || choice == Choice.FULL_ASKING_CAPPED
              || choice == Choice.PART_ASKING || choice == Choice.LATE_ASKING);
      if (choice == Choice.FULL_ASKING_CAPPED) {
        b.maximumExtra(Amount.ofOre(Math.max(1, amount.toOre() * parts.get(i) / 100)));
      }
      requisitions.add(b.build());
    }
    return new RequisitionScenario(round, weights, ImmutableList.copyOf(requisitions));
  }

  /**
   * Returns applications to the 2016 round's non-profits' pot: an organisation, an amount from
   * 1 kr to 2 MSEK, a day in February 2016, one to three development areas and whether similar
   * support exists.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Application> applications() {
    return Combinators.combine(Arbitraries.integers().between(0, 9_999),
            amountsBetween(Amount.ofKronor(1), Amount.ofKronor(2_000_000)),
            Arbitraries.integers().between(1, 29),
            Arbitraries.of(DevelopmentArea.class).set().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of(true, false))
        .as((n, amount, day, areas, similar) -> Application.builder()
            .applicant(NonProfitOrganisation.of(OrganisationNumber.withCheckDigit(
                String.format("802%06d", 400_000 + n)), "Förening " + n))
            .amount(amount).date(LocalDate.of(2016, 2, day)).addAllDevelopmentAreas(areas)
            .similarSupportExists(similar).build());
  }

  /**
   * Returns days from 1990 to 2100: the days the library's calendar answers for (lagen (1989:253)
   * fixed Sweden's holidays from 1990; {@code Deadlines} refuses a day before).
   *
   * @return the arbitrary
   */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(),
            LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }
}
