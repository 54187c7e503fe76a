package se.utvecklingsmedel.grant;

import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.Sharing;
import se.utvecklingsmedel.round.UnclaimedFundsPool;

/**
 * Shares the unclaimed funds of a pool across pots, as {@link UnclaimedFundsPool} says: one
 * redistribution among every pot's candidates, weighed by keyed amounts; what it cannot give out
 * returned from each pot in proportion to what the pot put in; each pot's money moved in or out.
 */
final class UnclaimedFundsPools {

  private UnclaimedFundsPools() {
  }

  static List<RequisitionPotAllocation> share(UnclaimedFundsPool pool,
      List<RequisitionWorkflow> members) {
    Set<Optional<LocalDate>> decided = members.stream()
        .map(w -> w.rules().redistributionDecided()).collect(Collectors.toSet());
    checkRule(decided.size() == 1, RequisitionRules.class, members.get(0).pot().id(),
        "redistributionDecided", "RequisitionRules of pots %s: one decision shares their pool of "
            + "unclaimed funds, but they give it different dates (%s)", pool.pots(),
        members.stream().map(w -> w.pot().id() + ": " + w.rules().redistributionDecided()
            .map(LocalDate::toString).orElse("none")).collect(Collectors.joining(", ")));
    Set<RedistributionPolicy> policies = members.stream()
        .map(w -> w.rules().redistribution()).collect(Collectors.toSet());
    checkRule(policies.size() == 1, RequisitionRules.class, members.get(0).pot().id(),
        "redistribution", "RequisitionRules of pots %s: one redistribution policy shares their "
            + "pool of unclaimed funds, but they give different ones (%s)", pool.pots(),
        members.stream().map(w -> w.pot().id() + ": " + w.rules().redistribution())
            .collect(Collectors.joining(", ")));
    boolean shares = pool.sharing() == Sharing.SHALL || decided.iterator().next().isPresent();
    Amount unclaimed = members.stream().map(RequisitionWorkflow::unclaimed)
        .collect(Amount.summing());
    Weights.Builder<Recipient> weights = Weights.builder();
    Map<Recipient, Amount> caps = new HashMap<>();
    boolean anyWeight = false;
    for (RequisitionWorkflow member : members) {
      anyWeight |= member.candidates(weights, caps, true);
    }
    Optional<Allocation<Recipient>> shared = shares && anyWeight && unclaimed.signum() > 0
        ? Optional.of(Apportionment.capped(unclaimed, weights.build(), caps)) : Optional.empty();
    Amount left = unclaimed.minus(shared.map(Allocation::distributed).orElse(Amount.zero()));
    Map<PotId, Amount> returned = new HashMap<>();
    if (left.signum() > 0) {
      Weights.Builder<PotId> contributions = Weights.builder();
      members.forEach(m -> contributions.put(m.pot().id(), m.unclaimed().toOre()));
      returned.putAll(Apportionment.largestRemainder(left, contributions.build()).amounts());
    }
    List<RequisitionPotAllocation> pots = new ArrayList<>();
    for (RequisitionWorkflow member : members) {
      Amount received = shared.map(member::receivedFrom).orElse(Amount.zero());
      Amount back = returned.getOrDefault(member.pot().id(), Amount.zero());
      // What the pot put in, less what went back from it and what its own recipients received.
      long net = member.unclaimed().toOre() - back.toOre() - received.toOre();
      pots.add(member.finish(shared, unclaimed, true, back,
          Amount.ofOre(Math.max(0, -net)), Amount.ofOre(Math.max(0, net))));
    }
    return pots;
  }
}
