package se.utvecklingsmedel.grant;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.deadline.Deadlines;
import se.utvecklingsmedel.decision.Deadline;
import se.utvecklingsmedel.decision.Reason;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;

/**
 * Hands out a requisition pot in four steps: the keyed amounts; the requisitions checked against
 * them, the round's window and its deadline; the unclaimed funds shared among the eligible recipients
 * that asked for more; and each recipient's grant with its explanation.
 */
final class RequisitionWorkflow {

  /** Where a requisition stands after the deadline is judged. */
  private enum Standing { ON_TIME, LATE_ACCEPTED, LATE_REFUSED }

  private final GrantRound round;
  private final Pot pot;
  private final DistributionKey key;
  private final RequisitionRules rules;
  private final Deadlines deadlines;
  private final DistributionKey.Keyed keyed;
  private final LocalDateRange window;
  private final SortedMap<Recipient, Requisition> byRecipient = new TreeMap<>();
  private final Map<Recipient, Standing> standing = new HashMap<>();
  private Amount requisitioned = Amount.zero();

  private RequisitionWorkflow(GrantRound round, Pot pot, DistributionKey key, RequisitionRules rules,
      Deadlines deadlines) {
    this.round = round;
    this.pot = pot;
    this.key = key;
    this.rules = rules;
    this.deadlines = deadlines;
    this.keyed = key.keyed(pot);
    this.window = requisitionWindow(round, deadlines);
  }

  static RequisitionPotAllocation allocate(GrantRound round, Pot pot, DistributionKey key,
      Collection<Requisition> requisitions, RequisitionRules rules, Deadlines deadlines) {
    RequisitionWorkflow workflow = new RequisitionWorkflow(round, pot, key, rules, deadlines);
    requisitions.forEach(workflow::receive);
    workflow.byRecipient.values().forEach(workflow::judgeDeadline);
    Optional<Allocation<Recipient>> redistribution = workflow.redistribute();
    ImmutableSortedMap.Builder<Recipient, RecipientGrant> grants = ImmutableSortedMap.naturalOrder();
    for (Recipient recipient : workflow.keyed.amounts().keySet()) {
      grants.put(recipient, workflow.grant(recipient, redistribution));
    }
    return new RequisitionPotAllocation(pot, grants.build(), key,
        ImmutableList.copyOf(workflow.byRecipient.values()), rules, workflow.keyed.amounts(),
        workflow.requisitioned, redistribution);
  }

  /** Step 1: a requisition must fit the key, the round's window and its keyed amount. */
  private void receive(Requisition requisition) {
    checkArgument(requisition != null, "RoundAllocation 'requisitions' must not hold null (pot %s)", pot.id());
    Recipient recipient = requisition.recipient();
    checkArgument(key.covers(recipient),
        "Requisition of %s in pot %s: the recipient is not in the distribution key", recipient,
        pot.id());
    checkArgument(window.contains(requisition.date()),
        "Requisition of %s in pot %s: 'date' %s is outside the round's window %s – %s (from 1 "
            + "January of the round's year to the end of its use period, or to its requisition "
            + "deadline as lagen (1930:173) moves it)", recipient, pot.id(), requisition.date(),
        window.getStart(), window.getEndInclusive());
    checkArgument(byRecipient.put(recipient, requisition) == null,
        "Requisition of %s in pot %s: the recipient requisitioned twice", recipient, pot.id());
    Amount keyedAmount = keyed.amounts().get(recipient);
    checkArgument(!requisition.amount().isGreaterThan(keyedAmount),
        "Requisition of %s in pot %s: 'amount' %s kr is more than its keyed amount %s kr",
        recipient, pot.id(), requisition.amount(), keyedAmount);
  }

  /**
   * The round's window, reaching to the requisition deadline as lagen (1930:173) moves it when that
   * falls after the use period (a deadline on 31 December that is a Saturday is met on 2 January).
   */
  private static LocalDateRange requisitionWindow(GrantRound round, Deadlines deadlines) {
    LocalDateRange window = round.window();
    LocalDate last = round.requisitionDeadline().map(deadlines::effective)
        .filter(d -> d.isAfter(window.getEndInclusive())).orElse(window.getEndInclusive());
    return LocalDateRange.ofClosed(window.getStart(), last);
  }

  /** Step 2: the deadline, moved by lagen (1930:173) like every deadline of the round. */
  private void judgeDeadline(Requisition requisition) {
    Optional<LocalDate> missed = round.requisitionDeadline()
        .filter(d -> !deadlines.isInTime(requisition.date(), d));
    Standing judged = missed.isEmpty() ? Standing.ON_TIME
        : rules.late().acceptsLate(requisition, deadlines.effective(missed.get()))
            ? Standing.LATE_ACCEPTED : Standing.LATE_REFUSED;
    standing.put(requisition.recipient(), judged);
    if (judged != Standing.LATE_REFUSED) {
      requisitioned = requisitioned.plus(requisition.amount());
    }
  }

  private boolean accepted(Recipient recipient) {
    return standing.get(recipient) != Standing.LATE_REFUSED;
  }

  private boolean requisitionedInFull(Requisition requisition) {
    return requisition.amount().equals(keyed.amounts().get(requisition.recipient()));
  }

  /** Whether an accepted requisition that asked for more may share in the unclaimed funds. */
  private boolean eligible(Requisition requisition) {
    return rules.eligibility() == UnclaimedFundsEligibility.ANY_REQUISITION
        || requisitionedInFull(requisition);
  }

  private List<Requisition> candidates() {
    return byRecipient.values().stream().filter(r -> accepted(r.recipient())
        && r.wantsUnclaimedFunds() && eligible(r)).toList();
  }

  /** Step 3: the unclaimed funds shared among the eligible candidates, capped by what each can use. */
  private Optional<Allocation<Recipient>> redistribute() {
    Amount unclaimed = pot.budget().minus(requisitioned);
    Weights.Builder<Recipient> weights = Weights.builder();
    Map<Recipient, Amount> caps = new HashMap<>();
    boolean anyWeight = false;
    for (Requisition requisition : candidates()) {
      Recipient recipient = requisition.recipient();
      long weight = rules.redistribution().weight(new RedistributionCandidate(recipient,
          key.keyWeight(recipient), keyed.amounts().get(recipient), requisition.amount(),
          requisition.maximumExtra()));
      weights.put(recipient, weight);
      anyWeight |= weight > 0;
      requisition.maximumExtra().ifPresent(max -> caps.put(recipient, max));
    }
    return anyWeight && unclaimed.signum() > 0
        ? Optional.of(Apportionment.capped(unclaimed, weights.build(), caps))
        : Optional.empty();
  }

  /** Step 4: one recipient's grant and the reasons for it. */
  private RecipientGrant grant(Recipient recipient, Optional<Allocation<Recipient>> redistribution) {
    Amount keyedAmount = keyed.amounts().get(recipient);
    Requisition requisition = byRecipient.get(recipient);
    List<Reason> reasons = new ArrayList<>();
    reasons.add(keyed.reason().apply(recipient));
    ImmutableRecipientGrant.Builder grant = ImmutableRecipientGrant.generatedBuilder()
        .recipient(recipient).potId(pot.id()).keyedAmount(keyedAmount);
    if (requisition == null) {
      reasons.add(new Reason.NotRequisitioned(keyedAmount));
      return grant.requested(Amount.zero()).redistributed(Amount.zero()).granted(Amount.zero())
          .decision(Decision.NOT_REQUISITIONED).reasons(reasons).build();
    }
    Amount amount = requisition.amount();
    if (!accepted(recipient)) {
      reasons.add(new Reason.RefusedLate(amount, requisition.date(), deadline(), keyedAmount));
      return grant.requested(amount).redistributed(Amount.zero()).granted(Amount.zero())
          .decision(Decision.REJECTED).reasons(reasons).build();
    }
    reasons.add(new Reason.Requisitioned(amount, requisition.date(), keyedAmount,
        standing.get(recipient) == Standing.LATE_ACCEPTED ? Optional.of(deadline())
            : Optional.empty()));
    Amount extra = redistribution.filter(r -> r.weights().contains(recipient))
        .map(r -> r.amountOf(recipient)).orElse(Amount.zero());
    reasons.add(extraReason(requisition, keyedAmount, redistribution));
    Amount granted = amount.plus(extra);
    reasons.add(new Reason.GrantTotal(granted, amount, extra));
    return grant.requested(amount).redistributed(extra).granted(granted)
        .decision(Decision.GRANTED).reasons(reasons).build();
  }

  private Deadline deadline() {
    LocalDate deadline = round.requisitionDeadline().orElseThrow();
    return new Deadline(deadline, deadlines.effective(deadline));
  }

  private Reason extraReason(Requisition requisition, Amount keyedAmount,
      Optional<Allocation<Recipient>> redistribution) {
    Recipient recipient = requisition.recipient();
    if (!requisition.wantsUnclaimedFunds()) {
      return new Reason.NoShareAsked();
    }
    if (!eligible(requisition)) {
      return new Reason.NotEligibleForShare(requisition.amount(), keyedAmount);
    }
    if (redistribution.isEmpty()) {
      return new Reason.NothingToShare(pot.budget().minus(requisitioned).signum() > 0);
    }
    Allocation<Recipient> shared = redistribution.get();
    return new Reason.Redistributed(shared.amountOf(recipient), shared.total(),
        requisition.maximumExtra(), rules.redistribution().description(), shared.weights().size(),
        shared.certificateOf(recipient));
  }

  /** An assignment pot: the keyed amounts, each assigned in full. */
  static AssignmentPotAllocation assign(Pot pot, DistributionKey key) {
    DistributionKey.Keyed keyed = key.keyed(pot);
    ImmutableSortedMap.Builder<Recipient, RecipientGrant> grants = ImmutableSortedMap.naturalOrder();
    keyed.amounts().forEach((recipient, amount) -> grants.put(recipient,
        ImmutableRecipientGrant.generatedBuilder().recipient(recipient).potId(pot.id())
            .keyedAmount(amount).requested(amount).redistributed(Amount.zero()).granted(amount)
            .decision(Decision.ASSIGNED)
            .addReasons(keyed.reason().apply(recipient), new Reason.Assigned(amount))
            .build()));
    return new AssignmentPotAllocation(pot, grants.build(), key);
  }
}
