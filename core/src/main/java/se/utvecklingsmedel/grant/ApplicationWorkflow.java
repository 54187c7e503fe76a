package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.decision.AwardReason;
import se.utvecklingsmedel.decision.Decision;
import se.utvecklingsmedel.decision.Reason;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.FreeText;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * Hands out an application pot: eligibility, priority, then the grant policy.
 */
final class ApplicationWorkflow {

  private ApplicationWorkflow() {
  }

  static ApplicationPotAllocation allocate(GrantRound round, Pot pot,
      Collection<Application> applications, ApplicationRules rules, boolean illustrative) {
    // By position in applicant order: no maps from applicant to its lines.
    Application[] byApplicant = receive(round, pot, applications);
    rules.decided().ifPresent(decided -> {
      // At the pot's inputs' path, rules.decided, as an application's is at applications[i].
      checkRule(!decided.isAfter(round.usePeriod().getEndInclusive()), ApplicationRules.class,
          pot.id(), "rules.decided", "ApplicationRules of pot %s: 'decided' %s is after the "
              + "round's use period ends %s: the money could no longer be used", pot.id(), decided,
          round.usePeriod().getEndInclusive());
      for (Application application : byApplicant) {
        checkRule(!decided.isBefore(application.date()), ApplicationRules.class, pot.id(),
            "rules.decided", "ApplicationRules of pot %s: 'decided' %s is before the application "
                + "of %s, dated %s: applications are decided after they come in", pot.id(),
            decided, application.applicant(), application.date());
      }
    });
    int n = byApplicant.length;
    List<List<Reason>> lines = new ArrayList<>(n);
    Priority[] priorities = new Priority[n];
    List<Integer> eligible = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<Reason> explanation = new ArrayList<>(4);
      lines.add(explanation);
      Optional<Priority> priority = assess(round, pot, byApplicant[i], rules, explanation);
      if (priority.isPresent()) {
        priorities[i] = priority.get();
        eligible.add(i);
      }
    }
    // Applicant order breaks ties of rank: a stable sort of positions in that order.
    eligible.sort(Comparator.comparingInt(i -> priorities[i].rank()));
    Amount[] granted = award(pot, byApplicant, eligible, rules.policy(), lines, applications);
    ImmutableSortedMap.Builder<Recipient, RecipientGrant> grants =
        ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < n; i++) {
      Application application = byApplicant[i];
      grants.put(application.applicant(), grant(round, pot, application, rules, illustrative,
          granted[i] == null ? Amount.zero() : granted[i], Optional.ofNullable(priorities[i]),
          lines.get(i)));
    }
    return new ApplicationPotAllocation(pot, grants.build(), ImmutableList.copyOf(byApplicant),
        rules);
  }

  /** The applications checked, in applicant order. */
  private static Application[] receive(GrantRound round, Pot pot,
      Collection<Application> applications) {
    LocalDateRange window = round.window();
    List<Application> received = new ArrayList<>(applications.size());
    Set<Recipient> applicants = new HashSet<>();
    long applied = 0;
    int n = 0;
    for (Application application : applications) {
      try {
        received.add(receive(round, application, window, applicants, pot));
        // What the pot is asked for in all must be an amount (ApplicationPotAllocation.applied).
        long before = applied;
        applied += application.amount().toOre();
        checkRule(applied >= before, Application.class, application.applicant(), "amount",
            "Application of %s in pot %s: 'amount' %s kr brings what the pot's applications ask "
                + "for in all beyond the most an amount holds, %s kr", application.applicant(),
            pot.id(), application.amount(), Amount.ofOre(Long.MAX_VALUE));
      } catch (RuleViolation e) {
        throw e.within("applications[" + n + "]"); // the application's place
      }
      n++;
    }
    Application[] byApplicant = received.toArray(new Application[0]);
    Arrays.sort(byApplicant, Comparator.comparing(Application::applicant));
    return byApplicant;
  }

  /** One application: null, outside the window or a second from its applicant is refused. */
  private static Application receive(GrantRound round, Application application,
      LocalDateRange window, Set<Recipient> applicants, Pot pot) {
    checkRule(application != null, RoundAllocation.class, "", "",
        "RoundAllocation 'applications' must not hold null (pot %s)", pot.id());
    checkRule(window.contains(application.date()), Application.class, application.applicant(),
        "date",
        "Application of %s in pot %s: 'date' %s is outside the round's window %s – %s (from 1 "
            + "January of the round's year to the end of its use period)",
        application.applicant(), pot.id(), application.date(), window.getStart(),
        window.getEndInclusive());
    for (DevelopmentArea area : application.developmentAreas()) {
      if (!round.inScope(area)) { // the round's id and scope text made only for the message
        checkRule(false, Application.class, application.applicant(),
            "developmentAreas", "Application of %s in pot %s: 'developmentAreas' names %s, which "
                + "is outside round %s's scope (%s)", application.applicant(), pot.id(),
            area.label(), round.id(), round.scopeText());
      }
    }
    checkRule(applicants.add(application.applicant()), Application.class,
        application.applicant(), "",
        "Application of %s in pot %s: the applicant applied twice", application.applicant(),
        pot.id());
    return application;
  }

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

  private static RecipientGrant grant(GrantRound round, Pot pot, Application application,
      ApplicationRules rules,
      boolean illustrative, Amount amount,
      Optional<Priority> priority, List<Reason> lines) {
    Decision decision = amount.signum() == 0 ? Decision.REJECTED
        : amount.equals(application.amount()) ? Decision.GRANTED : Decision.PARTIALLY_GRANTED;
    return new RecipientGrant.Builder().recipient(application.applicant())
        .recipientName(application.applicant().displayNameAsOf(round.usePeriod().getStart()))
        .potId(pot.id())
        .potLabel(pot.label()).illustrative(illustrative).decided(rules.decided())
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

  /** Where an application stands in the list given, {@code "applications[3]"}. */
  private static String placeOf(Application application, Collection<Application> given) {
    int k = 0;
    for (Application each : given) {
      if (each == application) {
        return "applications[" + k + "]";
      }
      k++;
    }
    return "";
  }

  /** Calls the policy and checks what it returns: a user's policy cannot break the pot. */
  private static Amount[] award(Pot pot, Application[] byApplicant, List<Integer> ranked,
      GrantPolicy policy, List<List<Reason>> lines, Collection<Application> given) {
    List<Application> inOrder = new ArrayList<>(ranked.size());
    ranked.forEach(i -> inOrder.add(byApplicant[i]));
    List<GrantPolicy.Award> awards = requireNonNull(policy.award(pot.budget(),
            List.copyOf(inOrder)),
        () -> "GrantPolicy " + FreeText.oneLine(String.valueOf(policy)) + " returned null for pot "
            + pot.id());
    checkRule(awards.size() == ranked.size(), GrantPolicy.class, policy, "",
        "GrantPolicy %s returned %s awards for %s "
        + "applications in pot %s", policy, awards.size(), ranked.size(), pot.id());
    Amount[] granted = new Amount[byApplicant.length];
    Amount total = Amount.zero();
    List<GrantPolicy.Award> proportional = null; // the pot's own proportional shares, once asked
    for (int r = 0; r < ranked.size(); r++) {
      int i = ranked.get(r);
      Application application = byApplicant[i];
      GrantPolicy.Award award = requireNonNull(awards.get(r),
          () -> "GrantPolicy " + FreeText.oneLine(String.valueOf(policy))
              + " returned a null award in pot " + pot.id());
      // A broken rule of one award is named at its application (applications[k], as given).
      if (award.amount().isGreaterThan(application.amount())) {
        checkRule(false, GrantPolicy.class, policy, placeOf(application, given), "GrantPolicy %s "
            + "awarded %s kr to %s in pot %s, more than the %s kr applied for", policy,
            award.amount(), application.applicant(), pot.id(), application.amount());
      }
      Amount left = pot.budget().minusOrZero(total);
      if (!award.reason().agreesWith(application.applicant(), award.amount(),
          application.amount(), left)) {
        checkRule(false, GrantPolicy.class, policy, placeOf(application, given),
            "GrantPolicy %s: the reason %s does not fit the %s kr awarded to %s of the %s kr "
                + "applied for in pot %s", policy, award.reason(), award.amount(),
            application.applicant(), application.amount(), pot.id());
      }
      if (award.reason() instanceof AwardReason.Proportional share
          && policy != StandardGrantPolicy.PROPORTIONAL) {
        // A proportional share is the pot's: its certificate must be the line the pot's budget
        // shared over the amounts applied for gives, not one made up (team decision).
        if (proportional == null) {
          proportional = StandardGrantPolicy.PROPORTIONAL.award(pot.budget(), inOrder);
        }
        Reason pots = proportional.get(r).reason();
        if (!share.equals(pots)) {
          checkRule(false, GrantPolicy.class, policy, placeOf(application, given),
              "GrantPolicy %s: the proportional share of %s in pot %s is not the pot's: sharing "
                  + "its budget %s kr over the amounts applied for gives %s", policy,
              application.applicant(), pot.id(), pot.budget(), pots);
        }
      }
      total = total.plus(award.amount());
      granted[i] = award.amount();
      lines.get(i).add(award.reason());
    }
    checkRule(!total.isGreaterThan(pot.budget()), GrantPolicy.class, policy, "",
        "GrantPolicy %s awarded %s kr in pot %s, more "
        + "than its budget %s kr", policy, total, pot.id(), pot.budget());
    return granted;
  }
}
