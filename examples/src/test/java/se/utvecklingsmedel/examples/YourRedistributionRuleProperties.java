package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import se.utvecklingsmedel.decision.Wording;
import se.utvecklingsmedel.decision.Decision;
import se.utvecklingsmedel.grant.RedistributionCandidate;
import se.utvecklingsmedel.grant.RedistributionPolicy;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.testkit.RedistributionPolicyContract;
import se.utvecklingsmedel.testkit.RequisitionScenario;
import se.utvecklingsmedel.testkit.UtvecklingsmedelDomain;

/**
 * Example: your own redistribution rule, tested with the kit (utvecklingsmedel-core's testkit jar, in
 * test scope). Implementing {@link RedistributionPolicyContract} is all it takes to have the
 * obligations every rule has checked — the budget conserved to the öre, nothing to those who did not
 * ask, nobody above its cap, the same result in any order — on generated requisition scenarios. The
 * rule's own promise is one more property, on the kit's domain.
 */
@Domain(UtvecklingsmedelDomain.class)
@Domain(DomainContext.Global.class)
class YourRedistributionRuleProperties implements RedistributionPolicyContract {

  /** Your rule: the smaller the keyed amount, the larger the share of unclaimed funds. */
  static final RedistributionPolicy SMALL_FIRST = new RedistributionPolicy() {
    @Override
    public long weight(RedistributionCandidate candidate) {
      return 1_000_000_000_000L / Math.max(1, candidate.keyedAmount().toOre() / 100);
    }

    @Override
    public Wording description() {
      return new Wording("till förmån för de minsta avsatta beloppen",
          "favouring the smallest keyed amounts");
    }
  };

  @Override
  public RedistributionPolicy policy() {
    return SMALL_FIRST;
  }

  /** Your rule's own promise: whoever is keyed less gets at least as much extra, caps aside. */
  @Property
  void theSmallerKeyedAmountNeverGetsLess(@ForAll RequisitionScenario scenario) {
    RequisitionPotAllocation pot = scenario.allocate(RequisitionRules.defaults()
        .withRedistribution(SMALL_FIRST));
    // Everyone the rule weighs: granted, asking, in full (eligible), with no cap of its own.
    var sharing = scenario.requisitions().stream()
        .filter(r -> r.wantsUnclaimedFunds() && r.maximumExtra().isEmpty()
            && pot.grantOf(r.recipient()).decision() == Decision.GRANTED
            && r.amount().equals(pot.grantOf(r.recipient()).keyedAmount().orElseThrow()))
        .map(r -> pot.grantOf(r.recipient())).toList();
    for (var a : sharing) {
      for (var b : sharing) {
        boolean aSmaller = a.keyedAmount().orElseThrow().isLessThan(b.keyedAmount().orElseThrow());
        if (aSmaller) {
          // Largest remainder may give one öre more to either side of a tie in weight.
          assertThat(a.redistributed().plus(Amount.ofOre(1)).isLessThan(b.redistributed()))
              .as("%s is keyed less than %s, so it gets no less extra", a.recipient(),
                  b.recipient())
              .isFalse();
        }
      }
    }
  }
}
