package se.utvecklingsmedel.grant;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;

/**
 * Hands out a requisition pot: keyed amounts, requisitions checked against them and the deadline,
 * then the unclaimed funds shared among those that asked for more.
 */
final class RequisitionWorkflow {

  private RequisitionWorkflow() {
  }

  static PotAllocation allocate(GrantRound round, Pot pot, DistributionKey key,
      Collection<Requisition> requisitions, RequisitionRules rules) {
    Allocation<Recipient> keyed = key.keyedAmounts(pot);
    Map<Recipient, Requisition> byRecipient = new TreeMap<>();
    for (Requisition requisition : requisitions) {
      Recipient recipient = requisition.recipient();
      checkArgument(key.covers(recipient),
          "Requisition of %s in pot %s: the recipient is not in the distribution key", recipient,
          pot.id());
      checkArgument(byRecipient.put(recipient, requisition) == null,
          "Requisition of %s in pot %s: the recipient requisitioned twice", recipient, pot.id());
      Amount keyedAmount = keyed.amountOf(recipient);
      checkArgument(!requisition.amount().isGreaterThan(keyedAmount),
          "Requisition of %s in pot %s: %s kr is more than its keyed amount %s kr", recipient,
          pot.id(), requisition.amount(), keyedAmount);
    }

    Optional<LocalDate> deadline = round.requisitionDeadline();
    Map<Recipient, Boolean> accepted = new HashMap<>();
    Set<Recipient> late = new HashSet<>();
    Amount requisitioned = Amount.zero();
    for (Requisition requisition : byRecipient.values()) {
      if (deadline.map(d -> requisition.date().isAfter(d)).orElse(false)) {
        late.add(requisition.recipient());
      }
      boolean ok = !late.contains(requisition.recipient())
          || rules.late() == LateRequisitionPolicy.ACCEPT;
      accepted.put(requisition.recipient(), ok);
      if (ok) {
        requisitioned = requisitioned.plus(requisition.amount());
      }
    }
    Amount unclaimed = pot.budget().minus(requisitioned);

    // Candidates for unclaimed funds: accepted requisitions that opted in.
    Weights.Builder<Recipient> weights = Weights.builder();
    Map<Recipient, Amount> caps = new HashMap<>();
    boolean anyWeight = false;
    int candidates = 0;
    for (Requisition requisition : byRecipient.values()) {
      Recipient recipient = requisition.recipient();
      if (!accepted.get(recipient) || !requisition.wantsUnclaimedFunds()) {
        continue;
      }
      long weight = rules.redistribution().weight(new RedistributionCandidate(recipient,
          key.weights().weightOf(recipient), keyed.amountOf(recipient), requisition.amount(),
          requisition.maximumExtra()));
      weights.put(recipient, weight);
      anyWeight |= weight > 0;
      candidates++;
      requisition.maximumExtra().ifPresent(max -> caps.put(recipient, max));
    }
    Optional<Allocation<Recipient>> redistribution = anyWeight && unclaimed.isPositive()
        ? Optional.of(Apportionment.capped(unclaimed, weights.build(), caps))
        : Optional.empty();

    ImmutableSortedMap.Builder<Recipient, RecipientGrant> grants = ImmutableSortedMap.naturalOrder();
    for (Recipient recipient : keyed.keys()) {
      Amount keyedAmount = keyed.amountOf(recipient);
      Requisition requisition = byRecipient.get(recipient);
      List<String> lines = new ArrayList<>();
      lines.add("Keyed amount " + keyedAmount + " kr by the distribution key (" + key.basis()
          + "): " + keyed.certificateOf(recipient));
      ImmutableRecipientGrant.Builder grant = ImmutableRecipientGrant.builder()
          .recipient(recipient).potId(pot.id()).keyedAmount(keyedAmount);
      if (requisition == null) {
        lines.add("Did not requisition: the keyed amount " + keyedAmount + " kr is unclaimed.");
        grants.put(recipient, grant.requested(Amount.zero()).redistributed(Amount.zero())
            .granted(Amount.zero()).decision(Decision.NOT_REQUISITIONED).explanation(lines).build());
        continue;
      }
      Amount amount = requisition.amount();
      if (!accepted.get(recipient)) {
        lines.add("Requisitioned " + amount + " kr on " + requisition.date() + ", after the "
            + "requisition deadline " + deadline.orElseThrow() + ": refused, as late requisitions "
            + "are; the keyed amount " + keyedAmount + " kr is unclaimed.");
        grants.put(recipient, grant.requested(amount).redistributed(Amount.zero())
            .granted(Amount.zero()).decision(Decision.REJECTED).explanation(lines).build());
        continue;
      }
      lines.add("Requisitioned " + amount + " kr on " + requisition.date()
          + (late.contains(recipient) ? ", after the requisition deadline " + deadline.orElseThrow()
              + ", accepted late as the round's policy allows" : "")
          + ": at most the keyed amount, accepted"
          + (amount.equals(keyedAmount) ? "." : "; the other " + keyedAmount.minus(amount)
              + " kr of the keyed amount is unclaimed."));
      Amount extra = Amount.zero();
      if (!requisition.wantsUnclaimedFunds()) {
        lines.add("Did not ask for a share of unclaimed funds.");
      } else if (redistribution.isEmpty()) {
        lines.add("Asked for a share of unclaimed funds, but there were none to share"
            + (unclaimed.isPositive() ? " by a weight above zero" : "") + ".");
      } else {
        extra = redistribution.get().amountOf(recipient);
        lines.add("Asked for a share of unclaimed funds"
            + requisition.maximumExtra().map(m -> " (at most " + m + " kr)").orElse("")
            + ": " + extra + " kr of the " + unclaimed + " kr unclaimed, shared "
            + rules.redistribution().description() + " among " + candidates + ": "
            + redistribution.get().certificateOf(recipient));
      }
      Amount granted = amount.plus(extra);
      lines.add("Granted " + granted + " kr = requisitioned " + amount + " kr + redistributed "
          + extra + " kr.");
      grants.put(recipient, grant.requested(amount).redistributed(extra).granted(granted)
          .decision(Decision.GRANTED).explanation(lines).build());
    }
    return new PotAllocation(pot, grants.build(), requisitioned, Optional.of(keyed), redistribution,
        new PotAllocation.Inputs(Optional.of(key), ImmutableList.copyOf(byRecipient.values()),
            ImmutableList.of(), Optional.of(rules), Optional.empty()));
  }

  /** An assignment pot: the keyed amounts, each granted in full. */
  static PotAllocation assign(Pot pot, DistributionKey key) {
    Allocation<Recipient> keyed = key.keyedAmounts(pot);
    ImmutableSortedMap.Builder<Recipient, RecipientGrant> grants = ImmutableSortedMap.naturalOrder();
    for (Recipient recipient : keyed.keys()) {
      Amount amount = keyed.amountOf(recipient);
      grants.put(recipient, ImmutableRecipientGrant.builder().recipient(recipient).potId(pot.id())
          .keyedAmount(amount).requested(amount).redistributed(Amount.zero()).granted(amount)
          .decision(Decision.GRANTED)
          .addExplanation("Assigned " + amount + " kr to carry out the mission, by the key ("
              + key.basis() + "): " + keyed.certificateOf(recipient))
          .build());
    }
    return new PotAllocation(pot, grants.build(), Amount.zero(), Optional.of(keyed), Optional.empty(),
        new PotAllocation.Inputs(Optional.of(key), ImmutableList.of(), ImmutableList.of(),
            Optional.empty(), Optional.empty()));
  }
}
