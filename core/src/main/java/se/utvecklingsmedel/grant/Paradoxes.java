package se.utvecklingsmedel.grant;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.Optional;
import java.util.TreeSet;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.recipient.Recipient;

/** Finds the paradoxes between two allocations, as {@link Paradox}'s class comment says. */
final class Paradoxes {

  private Paradoxes() {
  }

  static ImmutableList<Paradox> between(RoundAllocation before, RoundAllocation after) {
    ImmutableList.Builder<Paradox> found = ImmutableList.builder();
    before.pots().forEach((id, b) -> {
      PotAllocation a = after.pots().get(id);
      Optional<DistributionKey> keyBefore = key(b);
      Optional<DistributionKey> keyAfter = a == null ? Optional.empty() : key(a);
      if (keyBefore.isPresent() && keyAfter.isPresent()) {
        pot(b, a, keyBefore.get(), keyAfter.get(), found);
      }
    });
    return found.build();
  }

  private static Optional<DistributionKey> key(PotAllocation pot) {
    return pot instanceof RequisitionPotAllocation r ? Optional.of(r.key())
        : pot instanceof AssignmentPotAllocation a ? Optional.of(a.key()) : Optional.empty();
  }

  private static void pot(PotAllocation before, PotAllocation after, DistributionKey keyBefore,
      DistributionKey keyAfter, ImmutableList.Builder<Paradox> found) {
    AmountChange budget = AmountChange.of(before.budget(), after.budget());
    int budgetMove = after.budget().compareTo(before.budget());
    BigInteger totalBefore = total(keyBefore);
    BigInteger totalAfter = total(keyAfter);
    TreeSet<Recipient> recipients = new TreeSet<>(before.grants().keySet());
    recipients.addAll(after.grants().keySet());
    for (Recipient recipient : recipients) {
      // Shares w/W compared exactly: wAfter * totalBefore against wBefore * totalAfter.
      int shareMove = Integer.signum(weight(keyAfter, recipient).multiply(totalBefore)
          .compareTo(weight(keyBefore, recipient).multiply(totalAfter)));
      boolean rise = budgetMove >= 0 && shareMove >= 0 && (budgetMove > 0 || shareMove > 0);
      boolean fall = budgetMove <= 0 && shareMove <= 0 && (budgetMove < 0 || shareMove < 0);
      Optional<RecipientGrant> b = Optional.ofNullable(before.grants().get(recipient));
      Optional<RecipientGrant> a = Optional.ofNullable(after.grants().get(recipient));
      AmountChange amount = AmountChange.of(granted(b), granted(a));
      if (rise && amount.isLoss() || fall && amount.isGain()) {
        AmountChange redistributed = AmountChange.of(redistributed(b), redistributed(a));
        AmountChange keyed = AmountChange.of(amount.before().minus(redistributed.before()),
            amount.after().minus(redistributed.after()));
        RecipientGrant named = a.or(() -> b).orElseThrow();
        found.add(new Paradox(before.pot().id(), named.potLabel(), recipient,
            named.recipientName(), budget, amount, shareMove, rise, keyed, redistributed,
            cause(before, after, recipient, rise, keyed, redistributed, b, a)));
      }
    }
  }

  /**
   * The cause of the part that moved against the expectation: the share of unclaimed funds if it
   * did, else the keyed part, which moves against only by the key's rounding or the recipient's own
   * requisition.
   */
  private static ParadoxCause cause(PotAllocation before, PotAllocation after, Recipient recipient,
      boolean rise, AmountChange keyed, AmountChange redistributed, Optional<RecipientGrant> b,
      Optional<RecipientGrant> a) {
    if (rise ? redistributed.isLoss() : redistributed.isGain()) {
      Optional<Allocation<Recipient>> sharedBefore = redistribution(before);
      Optional<Allocation<Recipient>> sharedAfter = redistribution(after);
      if (sharedBefore.isEmpty() || sharedAfter.isEmpty()) {
        return ParadoxCause.REDISTRIBUTION; // nothing was left to share in one of them
      }
      if (sharedBefore.get().weights().contains(recipient)
          != sharedAfter.get().weights().contains(recipient)) {
        return ParadoxCause.ELIGIBILITY;
      }
      if (capBound(sharedBefore.get(), recipient) || capBound(sharedAfter.get(), recipient)) {
        return ParadoxCause.CAP;
      }
      return ParadoxCause.REDISTRIBUTION;
    }
    return before instanceof AssignmentPotAllocation || keyedMovedWithKey(b, a, keyed)
        ? ParadoxCause.ROUNDING : ParadoxCause.REQUEST;
  }

  /** Whether the keyed part moved exactly as the key's amounts did: the key decided it. */
  private static boolean keyedMovedWithKey(Optional<RecipientGrant> b, Optional<RecipientGrant> a,
      AmountChange keyed) {
    Amount keyBefore = b.flatMap(RecipientGrant::keyedAmount).orElse(Amount.zero());
    Amount keyAfter = a.flatMap(RecipientGrant::keyedAmount).orElse(Amount.zero());
    return keyed.before().equals(keyBefore) && keyed.after().equals(keyAfter);
  }

  private static boolean capBound(Allocation<Recipient> shared, Recipient recipient) {
    return shared.weights().contains(recipient) && shared.certificateOf(recipient).capBound();
  }

  private static Optional<Allocation<Recipient>> redistribution(PotAllocation pot) {
    return pot instanceof RequisitionPotAllocation r ? r.redistribution() : Optional.empty();
  }

  private static Amount granted(Optional<RecipientGrant> grant) {
    return grant.map(RecipientGrant::granted).orElse(Amount.zero());
  }

  private static Amount redistributed(Optional<RecipientGrant> grant) {
    return grant.map(RecipientGrant::redistributed).orElse(Amount.zero());
  }

  private static BigInteger weight(DistributionKey key, Recipient recipient) {
    if (key instanceof DistributionKey.ByWeights byWeights) {
      return byWeights.weights().contains(recipient)
          ? BigInteger.valueOf(byWeights.weights().weightOf(recipient)) : BigInteger.ZERO;
    }
    Amount amount = ((DistributionKey.ByAmounts) key).amounts().get(recipient);
    return amount == null ? BigInteger.ZERO : BigInteger.valueOf(amount.toOre());
  }

  private static BigInteger total(DistributionKey key) {
    if (key instanceof DistributionKey.ByWeights byWeights) {
      return byWeights.weights().total();
    }
    return BigInteger.valueOf(Amount.total(((DistributionKey.ByAmounts) key).amounts().values())
        .toOre());
  }
}
