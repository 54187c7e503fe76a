package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.CertificateLine;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.deadline.Deadline;
import se.utvecklingsmedel.deadline.Deadlines;
import se.utvecklingsmedel.decision.Decision;
import se.utvecklingsmedel.decision.Reason;
import se.utvecklingsmedel.decision.Wording;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.Sharing;
import se.utvecklingsmedel.vocabulary.FreeText;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * Hands out a requisition pot in four steps: the keyed amounts; the requisitions checked against
 * them, the round's window and its deadline; the unclaimed funds shared among the eligible
 * recipients that asked for more; and each recipient's grant with its explanation.
 */
final class RequisitionWorkflow {

  /** Where a requisition stands after the deadline is judged. */
  private enum Standing { ON_TIME, LATE_ACCEPTED, LATE_REFUSED }

  private final GrantRound round;
  private final Pot pot;
  private final RequisitionRules rules;
  private final Deadlines deadlines;
  private final boolean illustrative;
  private final DistributionKey.Keyed keyed;
  private final LocalDateRange window;
  // By position in the key (recipient order): each recipient is searched for once.
  private final Requisition[] requisitions;
  private final Standing[] standing;
  private final int[] sharePosition;
  private final DistributionKey key;
  private int lastReceived = -1;
  private Amount requisitioned = Amount.zero();
  private ImmutableList<Requisition> received;
  /** Whether the redistribution is a pool's across pots, read by recipient. */
  private boolean pooled;
  /** What the pot's pool left unclaimed: the pot's own, or all its pots'. */
  private Amount poolUnclaimed;

  private RequisitionWorkflow(GrantRound round, Pot pot, DistributionKey key, RequisitionRules rules,
      Deadlines deadlines, boolean illustrative) {
    this.round = round;
    this.illustrative = illustrative;
    this.pot = pot;
    this.rules = rules;
    this.deadlines = deadlines;
    this.key = key;
    this.keyed = key.keyed(pot);
    this.window = requisitionWindow(round, deadlines);
    this.requisitions = new Requisition[keyed.size()];
    this.standing = new Standing[keyed.size()];
    this.sharePosition = new int[keyed.size()];
  }

  static RequisitionPotAllocation allocate(GrantRound round, Pot pot, DistributionKey key,
      Collection<Requisition> requisitions, RequisitionRules rules, Deadlines deadlines,
      boolean illustrative) {
    RequisitionWorkflow workflow = receive(round, pot, key, requisitions, rules, deadlines,
        illustrative);
    Optional<Allocation<Recipient>> redistribution = workflow.shares()
        ? workflow.redistribute() : Optional.empty();
    Amount granted = workflow.requisitioned.plus(redistribution.map(Allocation::distributed)
        .orElse(Amount.zero()));
    return workflow.finish(redistribution, workflow.unclaimed(), false,
        pot.budget().minus(granted), Amount.zero(), Amount.zero());
  }

  /** Steps 1 and 2: the requisitions received and judged, before any unclaimed funds are shared. */
  static RequisitionWorkflow receive(GrantRound round, Pot pot, DistributionKey key,
      Collection<Requisition> requisitions, RequisitionRules rules, Deadlines deadlines,
      boolean illustrative) {
    RequisitionWorkflow workflow = new RequisitionWorkflow(round, pot, key, rules, deadlines,
        illustrative);
    int n = 0;
    for (Requisition requisition : requisitions) {
      try {
        workflow.receive(requisition);
      } catch (RuleViolation e) {
        throw e.within("requisitions[" + n + "]"); // the requisition's place
      }
      n++;
    }
    ImmutableList.Builder<Requisition> received =
        ImmutableList.builderWithExpectedSize(requisitions.size());
    for (int i = 0; i < workflow.requisitions.length; i++) {
      if (workflow.requisitions[i] != null) {
        workflow.judgeDeadline(i);
        received.add(workflow.requisitions[i]);
      }
    }
    workflow.received = received.build();
    workflow.checkRedistributionDate();
    return workflow;
  }

  Pot pot() {
    return pot;
  }

  /** What a pool's redistribution gives this pot's recipients. */
  Amount receivedFrom(Allocation<Recipient> shared) {
    Amount received = Amount.zero();
    for (int i = 0; i < keyed.size(); i++) {
      if (sharePosition[i] >= 0) {
        received = received.plus(shared.amountOf(keyed.recipient(i)));
      }
    }
    return received;
  }

  RequisitionRules rules() {
    return rules;
  }

  /** What the pot leaves unclaimed: its budget less what was requisitioned and accepted. */
  Amount unclaimed() {
    return pot.budget().minus(requisitioned);
  }

  Amount requisitioned() {
    return requisitioned;
  }

  /**
   * Whether the pot's unclaimed funds are shared: always where they shall be, and where they may
   * be only by a decision to share them, recorded as its date ({@link Sharing}).
   */
  boolean shares() {
    return round.unclaimedFundsPool(pot.id()).sharing() == Sharing.SHALL
        || rules.redistributionDecided().isPresent();
  }

  /**
   * Step 4: each recipient's grant, its share read from the redistribution (the pot's own, or its
   * pool's across pots, by recipient), and the pot with the accounts of its pool.
   */
  RequisitionPotAllocation finish(Optional<Allocation<Recipient>> redistribution,
      Amount poolUnclaimed, boolean pooled, Amount returned, Amount transferredIn,
      Amount transferredOut) {
    this.pooled = pooled;
    this.poolUnclaimed = poolUnclaimed;
    ImmutableSortedMap.Builder<Recipient, RecipientGrant> grants =
        ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < keyed.size(); i++) {
      grants.put(keyed.recipient(i), grant(i, redistribution));
    }
    return new RequisitionPotAllocation(pot, grants.build(), key, received, rules,
        keyed.amounts(), requisitioned, redistribution, returned, transferredIn, transferredOut);
  }

  /**
   * The later decision that shares unclaimed funds comes after every requisition it follows; a
   * broken rule is at {@code rules.redistributionDecided}, the pot's inputs' path, as a
   * requisition's is at {@code requisitions[i]}.
   */
  private void checkRedistributionDate() {
    rules.redistributionDecided().ifPresent(decided -> {
      String path = "rules.redistributionDecided";
      checkRule(!decided.isAfter(round.usePeriod().getEndInclusive()), RequisitionRules.class,
          pot.id(), path, "RequisitionRules of pot %s: 'redistributionDecided' %s is after the "
              + "round's use period ends %s: the money could no longer be used", pot.id(), decided,
          round.usePeriod().getEndInclusive());
      round.requisitionDeadline().map(deadlines::effective).ifPresent(deadline -> checkRule(
          decided.isAfter(deadline), RequisitionRules.class, pot.id(), path,
          "RequisitionRules of pot %s: 'redistributionDecided' %s is not after the requisition "
              + "deadline %s: what is unclaimed is known only after it", pot.id(), decided,
          deadline));
      for (Requisition requisition : requisitions) {
        checkRule(requisition == null || !decided.isBefore(requisition.date()),
            RequisitionRules.class, pot.id(), path,
            "RequisitionRules of pot %s: 'redistributionDecided' %s is before the requisition of "
                + "%s, dated %s: unclaimed funds are shared in a later step, after the "
                + "requisitions", pot.id(), decided, requisition == null ? null
                : requisition.recipient(), requisition == null ? null : requisition.date());
      }
    });
  }

  /** Step 1: a requisition must fit the key, the round's window and its keyed amount. */
  private void receive(Requisition requisition) {
    checkRule(requisition != null, RoundAllocation.class, "", "",
        "RoundAllocation 'requisitions' must not hold null (pot %s)", pot.id());
    Recipient recipient = requisition.recipient();
    int i = keyed.indexOf(recipient, lastReceived + 1);
    checkRule(i >= 0, Requisition.class, recipient, "recipient",
        "Requisition of %s in pot %s: the recipient is not in the distribution key%s", recipient,
        pot.id(), i >= 0 || pot.categories().contains(recipient.category()) ? ""
            : ": it is a " + recipient.category() + ", and the pot serves " + pot.categories());
    checkRule(window.contains(requisition.date()), Requisition.class, recipient, "date",
        "Requisition of %s in pot %s: 'date' %s is outside the round's window %s – %s (from 1 "
            + "January of the round's year to the end of its use period, or to its requisition "
            + "deadline as lagen (1930:173) moves it)", recipient, pot.id(), requisition.date(),
        window.getStart(), window.getEndInclusive());
    checkRule(requisitions[i] == null, Requisition.class, recipient, "",
        "Requisition of %s in pot %s: the recipient requisitioned twice", recipient, pot.id());
    requisitions[i] = requisition;
    lastReceived = i;
    Amount keyedAmount = keyed.amount(i);
    checkRule(!requisition.amount().isGreaterThan(keyedAmount), Requisition.class, recipient,
        "amount",
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
  private void judgeDeadline(int i) {
    Requisition requisition = requisitions[i];
    Optional<LocalDate> missed = round.requisitionDeadline()
        .filter(d -> !deadlines.isInTime(requisition.date(), d));
    Standing judged = missed.isEmpty() ? Standing.ON_TIME
        : rules.late().acceptsLate(requisition, deadlines.effective(missed.get()))
            ? Standing.LATE_ACCEPTED : Standing.LATE_REFUSED;
    standing[i] = judged;
    if (judged != Standing.LATE_REFUSED) {
      requisitioned = requisitioned.plus(requisition.amount());
    }
  }

  private boolean requisitionedInFull(int i) {
    return requisitions[i].amount().equals(keyed.amount(i));
  }

  /** Whether an accepted requisition that asked for more may share in the unclaimed funds. */
  private boolean eligible(int i) {
    return rules.eligibility() == UnclaimedFundsEligibility.ANY_REQUISITION
        || requisitionedInFull(i);
  }

  private boolean candidate(int i) {
    return requisitions[i] != null && standing[i] != Standing.LATE_REFUSED
        && requisitions[i].wantsUnclaimedFunds() && eligible(i);
  }

  /** Step 3: the unclaimed funds shared among the eligible candidates, capped by what each can use. */
  private Optional<Allocation<Recipient>> redistribute() {
    Amount unclaimed = unclaimed();
    Weights.Builder<Recipient> weights = Weights.builder();
    Map<Recipient, Amount> caps = new HashMap<>();
    boolean anyWeight = candidates(weights, caps, false);
    return anyWeight && unclaimed.signum() > 0
        ? Optional.of(Apportionment.capped(unclaimed, weights.build(), caps))
        : Optional.empty();
  }

  /**
   * Adds the pot's candidates for unclaimed funds to a pool's weights and caps; across pots each
   * weighs by its keyed amount in öre, the measure two keys share ({@link
   * se.utvecklingsmedel.round.UnclaimedFundsPool}).
   *
   * @return whether any candidate weighs above zero
   */
  boolean candidates(Weights.Builder<Recipient> weights, Map<Recipient, Amount> caps,
      boolean acrossPots) {
    boolean anyWeight = false;
    int candidates = 0;
    for (int i = 0; i < requisitions.length; i++) {
      if (!candidate(i)) {
        sharePosition[i] = -1;
        continue;
      }
      Requisition requisition = requisitions[i];
      Recipient recipient = requisition.recipient();
      long weight = rules.redistribution().weight(new RedistributionCandidate(recipient,
          acrossPots ? keyed.amount(i).toOre() : keyed.weight(i), keyed.amount(i),
          requisition.amount(), requisition.maximumExtra()));
      weights.put(recipient, weight);
      sharePosition[i] = candidates++;
      anyWeight |= weight > 0;
      requisition.maximumExtra().ifPresent(max -> caps.put(recipient, max));
    }
    return anyWeight;
  }

  /** A candidate's line in the redistribution: by position in its pot's own, by key in a pool's. */
  private CertificateLine<Recipient> line(int i, Allocation<Recipient> shared) {
    return pooled ? shared.certificateOf(keyed.recipient(i))
        : shared.certificate().get(sharePosition[i]);
  }

  /** Step 4: one recipient's grant and the reasons for it. */
  private RecipientGrant grant(int i, Optional<Allocation<Recipient>> redistribution) {
    Recipient recipient = keyed.recipient(i);
    Amount keyedAmount = keyed.amount(i);
    Requisition requisition = requisitions[i];
    List<Reason> reasons = new ArrayList<>(4);
    reasons.add(keyed.reason(i));
    RecipientGrant.Builder grant = new RecipientGrant.Builder()
        .recipient(recipient).recipientName(recipient.displayNameAsOf(round.usePeriod()
            .getStart())).potId(pot.id()).potLabel(pot.label()).keyedAmount(keyedAmount)
        .illustrative(illustrative);
    if (requisition == null) {
      reasons.add(new Reason.NotRequisitioned(keyedAmount));
      return grant.requested(Amount.zero()).redistributed(Amount.zero()).granted(Amount.zero())
          .decision(Decision.NOT_REQUISITIONED).reasons(reasons).build();
    }
    Amount amount = requisition.amount();
    grant.decided(requisition.date()); // accepted, or refused, as it comes in (team decision)
    if (standing[i] == Standing.LATE_REFUSED) {
      reasons.add(new Reason.RefusedLate(amount, requisition.date(), deadline(), keyedAmount));
      return grant.requested(amount).redistributed(Amount.zero()).granted(Amount.zero())
          .decision(Decision.REJECTED).reasons(reasons).build();
    }
    reasons.add(new Reason.Requisitioned(amount, requisition.date(), keyedAmount,
        standing[i] == Standing.LATE_ACCEPTED ? Optional.of(deadline()) : Optional.empty()));
    int share = sharePosition[i];
    Amount extra = share >= 0 && redistribution.isPresent()
        ? line(i, redistribution.get()).amount() : Amount.zero();
    reasons.add(extraReason(i, redistribution));
    Amount granted = amount.plus(extra);
    if (extra.signum() > 0) {
      grant.redistributionDecided(rules.redistributionDecided());
    }
    reasons.add(new Reason.GrantTotal(granted, amount, extra));
    return grant.requested(amount).redistributed(extra).granted(granted)
        .decision(Decision.GRANTED).reasons(reasons).build();
  }

  private Deadline deadline() {
    LocalDate deadline = round.requisitionDeadline().orElseThrow();
    return new Deadline(deadline, deadlines.effective(deadline));
  }

  private Reason extraReason(int i, Optional<Allocation<Recipient>> redistribution) {
    Requisition requisition = requisitions[i];
    if (!requisition.wantsUnclaimedFunds()) {
      return new Reason.NoShareAsked();
    }
    if (!eligible(i)) {
      return new Reason.NotEligibleForShare(requisition.amount(), keyed.amount(i));
    }
    if (redistribution.isEmpty()) {
      return !shares() && poolUnclaimed.signum() > 0 ? new Reason.NotShared(poolUnclaimed)
          : new Reason.NothingToShare(poolUnclaimed.signum() > 0);
    }
    Allocation<Recipient> shared = redistribution.get();
    CertificateLine<Recipient> line = line(i, shared);
    Wording description = requireNonNull(rules.redistribution().description(),
        () -> "RedistributionPolicy " + FreeText.oneLine(String.valueOf(rules.redistribution()))
            + " returned a null description");
    return new Reason.Redistributed(line.amount(), shared.total(), requisition.maximumExtra(),
        description, shared.weights().size(), line);
  }

  /** An assignment pot: the keyed amounts, each assigned in full. */
  static AssignmentPotAllocation assign(GrantRound round, Pot pot, DistributionKey key,
      boolean illustrative) {
    DistributionKey.Keyed keyed = key.keyed(pot);
    ImmutableSortedMap.Builder<Recipient, RecipientGrant> grants = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < keyed.size(); i++) {
      Recipient recipient = keyed.recipient(i);
      Amount amount = keyed.amount(i);
      grants.put(recipient, new RecipientGrant.Builder().recipient(recipient)
          .recipientName(recipient.displayNameAsOf(round.usePeriod().getStart()))
          .potId(pot.id()).potLabel(pot.label()).illustrative(illustrative).keyedAmount(amount).requested(amount).redistributed(Amount.zero())
          .granted(amount).decision(Decision.ASSIGNED)
          .addReasons(keyed.reason(i), new Reason.Assigned(amount)).build());
    }
    return new AssignmentPotAllocation(pot, grants.build(), key);
  }
}
