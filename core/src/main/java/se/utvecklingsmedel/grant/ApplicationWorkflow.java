package se.utvecklingsmedel.grant;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
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

  static PotAllocation allocate(GrantRound round, Pot pot, Collection<Application> applications,
      ApplicationRules rules) {
    Map<Recipient, Application> byApplicant = new TreeMap<>();
    for (Application application : applications) {
      checkArgument(byApplicant.put(application.applicant(), application) == null,
          "Application of %s in pot %s: the applicant applied twice", application.applicant(),
          pot.id());
    }
    Map<Recipient, List<String>> lines = new HashMap<>();
    Map<Recipient, Priority> priorities = new HashMap<>();
    List<Application> eligible = new ArrayList<>();
    for (Application application : byApplicant.values()) {
      Recipient applicant = application.applicant();
      List<String> explanation = new ArrayList<>();
      lines.put(applicant, explanation);
      explanation.add("Applied for " + application.amount() + " kr on " + application.date()
          + (application.developmentAreas().isEmpty() ? "" : " for " + application.developmentAreas()
              .stream().map(a -> a.label()).collect(Collectors.joining(", "))) + ".");
      Optional<String> ineligible = ineligibility(round, pot, application);
      if (ineligible.isPresent()) {
        explanation.add("Not eligible: " + ineligible.get() + ".");
        continue;
      }
      Priority priority = requireNonNull(rules.priority().priorityOf(application),
          () -> "PriorityRule returned null for " + applicant);
      priorities.put(applicant, priority);
      explanation.add("Eligible; priority " + priority.rank() + ": " + priority.reason() + ".");
      eligible.add(application);
    }
    eligible.sort(Comparator.<Application>comparingInt(a -> priorities.get(a.applicant()).rank())
        .thenComparing(Application::applicant));

    Map<Recipient, Amount> granted = rules.policy() == GrantPolicy.PROPORTIONAL
        ? proportional(pot, eligible, lines)
        : inPriorityOrder(pot, eligible, rules.policy(), lines);

    ImmutableSortedMap.Builder<Recipient, RecipientGrant> grants = ImmutableSortedMap.naturalOrder();
    for (Application application : byApplicant.values()) {
      Recipient applicant = application.applicant();
      Amount amount = granted.getOrDefault(applicant, Amount.zero());
      Decision decision = amount.isZero() ? Decision.REJECTED
          : amount.equals(application.amount()) ? Decision.GRANTED : Decision.PARTIALLY_GRANTED;
      grants.put(applicant, ImmutableRecipientGrant.builder().recipient(applicant).potId(pot.id())
          .requested(application.amount()).redistributed(Amount.zero()).granted(amount)
          .decision(decision).priority(Optional.ofNullable(priorities.get(applicant)))
          .explanation(lines.get(applicant)).build());
    }
    return new PotAllocation(pot, grants.build(), Amount.zero(), Optional.empty(), Optional.empty(),
        new PotAllocation.Inputs(Optional.empty(), ImmutableList.of(),
            ImmutableList.copyOf(byApplicant.values()), Optional.empty(), Optional.of(rules)));
  }

  private static Optional<String> ineligibility(GrantRound round, Pot pot, Application application) {
    if (!pot.serves(application.applicant().category())) {
      return Optional.of("pot " + pot.id() + " does not serve " + application.applicant().category()
          .label().toLowerCase(java.util.Locale.ROOT));
    }
    return round.applicationPeriod().filter(period -> !period.contains(application.date()))
        .map(period -> "received " + application.date() + ", outside the application period "
            + period.getStart() + " – " + period.getEndInclusive());
  }

  private static Map<Recipient, Amount> inPriorityOrder(Pot pot, List<Application> eligible,
      GrantPolicy policy, Map<Recipient, List<String>> lines) {
    Map<Recipient, Amount> granted = new HashMap<>();
    Amount left = pot.budget();
    for (Application application : eligible) {
      Recipient applicant = application.applicant();
      Amount asked = application.amount();
      if (!asked.isGreaterThan(left)) {
        left = left.minus(asked);
        granted.put(applicant, asked);
        lines.get(applicant).add("Granted in full in priority order; " + left
            + " kr left in the pot.");
      } else if (policy == GrantPolicy.PRIORITY_ORDER_LAST_PARTIAL && left.isPositive()) {
        granted.put(applicant, left);
        lines.get(applicant).add("Granted in part: the " + left + " kr left in the pot, the last "
            + "grant in priority order.");
        left = Amount.zero();
      } else {
        lines.get(applicant).add(left.isZero()
            ? "Rejected: the pot was used up by applications of higher priority."
            : "Rejected: " + asked + " kr does not fit the " + left + " kr left in the pot, and "
                + "only whole applications are granted.");
      }
    }
    return granted;
  }

  private static Map<Recipient, Amount> proportional(Pot pot, List<Application> eligible,
      Map<Recipient, List<String>> lines) {
    Map<Recipient, Amount> granted = new HashMap<>();
    if (eligible.isEmpty()) {
      return granted;
    }
    Weights.Builder<Recipient> weights = Weights.builder();
    Map<Recipient, Amount> caps = new HashMap<>();
    for (Application application : eligible) {
      weights.put(application.applicant(), application.amount().toOre());
      caps.put(application.applicant(), application.amount());
    }
    Allocation<Recipient> allocation = Apportionment.capped(pot.budget(), weights.build(), caps);
    for (Application application : eligible) {
      Recipient applicant = application.applicant();
      Amount amount = allocation.amountOf(applicant);
      granted.put(applicant, amount);
      lines.get(applicant).add((amount.equals(application.amount())
          ? "Granted in full: the pot covers every eligible application"
          : "Scaled down with every eligible application in proportion to the amount applied for")
          + ": " + allocation.certificateOf(applicant));
    }
    return granted;
  }
}
