package se.utvecklingsmedel.grant;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.decision.Reason;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;

/**
 * Hands out an application pot: eligibility, priority, then the grant policy.
 */
final class ApplicationWorkflow {

  private ApplicationWorkflow() {
  }

  static ApplicationPotAllocation allocate(GrantRound round, Pot pot,
      Collection<Application> applications, ApplicationRules rules) {
    Map<Recipient, Application> byApplicant = receive(round, pot, applications);
    Map<Recipient, List<Reason>> lines = new HashMap<>();
    Map<Recipient, Priority> priorities = new HashMap<>();
    List<Application> eligible = new ArrayList<>();
    for (Application application : byApplicant.values()) {
      List<Reason> explanation = new ArrayList<>();
      lines.put(application.applicant(), explanation);
      assess(round, pot, application, rules, explanation).ifPresent(priority -> {
        priorities.put(application.applicant(), priority);
        eligible.add(application);
      });
    }
    eligible.sort(Comparator.<Application>comparingInt(a -> priorities.get(a.applicant()).rank())
        .thenComparing(Application::applicant));
    Map<Recipient, Amount> granted = award(pot, eligible, rules.policy(), lines);
    ImmutableSortedMap.Builder<Recipient, RecipientGrant> grants = ImmutableSortedMap.naturalOrder();
    for (Application application : byApplicant.values()) {
      Recipient applicant = application.applicant();
      grants.put(applicant, grant(pot, application, granted.getOrDefault(applicant, Amount.zero()),
          Optional.ofNullable(priorities.get(applicant)), lines.get(applicant)));
    }
    return new ApplicationPotAllocation(pot, grants.build(),
        ImmutableList.copyOf(byApplicant.values()), rules);
  }

  /** Each application must lie in the round's window; one per applicant. */
  private static Map<Recipient, Application> receive(GrantRound round, Pot pot,
      Collection<Application> applications) {
    Map<Recipient, Application> byApplicant = new TreeMap<>();
    LocalDateRange window = round.window();
    for (Application application : applications) {
      checkArgument(application != null, "RoundAllocation 'applications' must not hold null (pot %s)", pot.id());
      checkArgument(window.contains(application.date()),
          "Application of %s in pot %s: 'date' %s is outside the round's window %s – %s (from 1 "
              + "January of the round's year to the end of its use period)",
          application.applicant(), pot.id(), application.date(), window.getStart(),
          window.getEndInclusive());
      checkArgument(byApplicant.put(application.applicant(), application) == null,
          "Application of %s in pot %s: the applicant applied twice", application.applicant(),
          pot.id());
    }
    return byApplicant;
  }

  /** Eligibility, then priority: empty when the application is not eligible. */
  private static Optional<Priority> assess(GrantRound round, Pot pot, Application application,
      ApplicationRules rules, List<Reason> explanation) {
    Recipient applicant = application.applicant();
    explanation.add(new Reason.Applied(application.amount(), application.date(),
        ImmutableSet.copyOf(application.developmentAreas())));
    Optional<Reason> ineligible = ineligibility(round, pot, application);
    if (ineligible.isPresent()) {
      explanation.add(ineligible.get());
      return Optional.empty();
    }
    Priority priority = requireNonNull(rules.priority().priorityOf(application),
        () -> "PriorityRule returned null for " + applicant);
    explanation.add(new Reason.Prioritised(priority.rank(), priority.reason()));
    return Optional.of(priority);
  }

  private static RecipientGrant grant(Pot pot, Application application, Amount amount,
      Optional<Priority> priority, List<Reason> lines) {
    Decision decision = amount.signum() == 0 ? Decision.REJECTED
        : amount.equals(application.amount()) ? Decision.GRANTED : Decision.PARTIALLY_GRANTED;
    return ImmutableRecipientGrant.generatedBuilder().recipient(application.applicant()).potId(pot.id())
        .requested(application.amount()).redistributed(Amount.zero()).granted(amount)
        .decision(decision).priority(priority).reasons(lines).build();
  }

  private static Optional<Reason> ineligibility(GrantRound round, Pot pot,
      Application application) {
    if (!pot.serves(application.applicant().category())) {
      return Optional.of(new Reason.PotDoesNotServe(pot.id(), application.applicant().category()));
    }
    return round.applicationPeriod().filter(period -> !period.contains(application.date()))
        .map(period -> new Reason.OutsideApplicationPeriod(application.date(), period.getStart(),
            period.getEndInclusive()));
  }

  /** Whether an award's reason says what its amount does: "in full" is in full, "rejected" nothing. */
  private static boolean fits(GrantPolicy.Award award, Amount applied) {
    Amount amount = award.amount();
    Reason.AwardReason reason = award.reason();
    if (reason instanceof Reason.GrantedInFull) {
      return amount.equals(applied);
    } else if (reason instanceof Reason.GrantedInPart r) {
      return amount.equals(r.granted()) && amount.signum() > 0 && amount.isLessThan(applied);
    } else if (reason instanceof Reason.PotUsedUp || reason instanceof Reason.DoesNotFit) {
      return amount.signum() == 0;
    } else if (reason instanceof Reason.Proportional r) {
      return amount.equals(r.certificate().amount()) && r.inFull() == amount.equals(applied);
    }
    return true;
  }

  /** Calls the policy and checks what it returns: a user's policy cannot break the pot. */
  private static Map<Recipient, Amount> award(Pot pot, List<Application> ranked, GrantPolicy policy,
      Map<Recipient, List<Reason>> lines) {
    List<GrantPolicy.Award> awards = requireNonNull(policy.award(pot.budget(), List.copyOf(ranked)),
        () -> "GrantPolicy " + policy + " returned null for pot " + pot.id());
    checkArgument(awards.size() == ranked.size(), "GrantPolicy %s returned %s awards for %s "
        + "applications in pot %s", policy, awards.size(), ranked.size(), pot.id());
    Map<Recipient, Amount> granted = new HashMap<>();
    Amount total = Amount.zero();
    for (int i = 0; i < ranked.size(); i++) {
      Application application = ranked.get(i);
      GrantPolicy.Award award = requireNonNull(awards.get(i),
          () -> "GrantPolicy " + policy + " returned a null award in pot " + pot.id());
      checkArgument(!award.amount().isGreaterThan(application.amount()), "GrantPolicy %s awarded "
          + "%s kr to %s in pot %s, more than the %s kr applied for", policy, award.amount(),
          application.applicant(), pot.id(), application.amount());
      checkArgument(fits(award, application.amount()),
          "GrantPolicy %s: the reason %s does not fit the %s kr awarded to %s of the %s kr "
              + "applied for in pot %s", policy, award.reason(), award.amount(),
          application.applicant(), application.amount(), pot.id());
      total = total.plus(award.amount());
      granted.put(application.applicant(), award.amount());
      lines.get(application.applicant()).add(award.reason());
    }
    checkArgument(!total.isGreaterThan(pot.budget()), "GrantPolicy %s awarded %s kr in pot %s, more "
        + "than its budget %s kr", policy, total, pot.id(), pot.budget());
    return granted;
  }
}
