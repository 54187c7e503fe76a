package se.utvecklingsmedel.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.RedistributionCandidate;
import se.utvecklingsmedel.grant.RedistributionPolicy;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;

/**
 * The obligations of a redistribution policy, checked on generated requisition scenarios: implement
 * this in a test class, return your policy from {@link #policy()}, and jqwik runs each property.
 * A failure names the obligation and shows the shrunk {@link RequisitionScenario}.
 *
 * <p>The policy's own obligations, checked on the candidates a scenario makes, called directly: a
 * weight from 0 to 10<sup>15</sup> for every candidate, and the same weight for the same candidate
 * whatever order and however often it is asked — a function of the candidate, with no state or
 * randomness. And, through the workflow, what then holds for the pot: the budget is conserved to the
 * öre, nobody who did not ask shares in unclaimed funds, nobody gets more than its cap, the same
 * result on a second run. The workflow guarantees these for any policy that keeps its own
 * obligations (it sorts the requisitions, so their order cannot reach the policy); they are checked
 * so that a policy which throws, or returns what the workflow rejects, fails here, in the domain's
 * words. A coverage check makes sure the scenarios really have unclaimed funds that requisitions ask
 * for; whether the policy then shares them is its own affair (a policy that weighs only some
 * recipients, or none, is legal).
 *
 * <p>What it cannot promise for any policy, and so does not check: that a recipient's extra does not
 * fall when only its own key weight rises. That is a property of how a policy weighs — true of
 * {@code PROPORTIONAL_TO_KEY}, false by design of a policy favouring small recipients — so a user
 * states it in its own property if its rule means it.
 */
public interface RedistributionPolicyContract {

  /**
   * Returns the policy under test.
   *
   * @return the policy
   */
  RedistributionPolicy policy();

  /**
   * Returns the scenarios the properties run on; override to narrow or widen them.
   *
   * @return {@link Generators#requisitionScenarios()}
   */
  @Provide
  default Arbitrary<RequisitionScenario> requisitionScenarios() {
    return Generators.requisitionScenarios();
  }

  /**
   * The policy is a function of the candidate: every weight in range, and the same weight for the
   * same candidate, asked in order, in reverse order and again.
   *
   * @param scenario a generated scenario
   */
  @Property
  default void eachWeightIsInRangeAndAFunctionOfTheCandidate(
      @ForAll("requisitionScenarios") RequisitionScenario scenario) {
    Map<Recipient, Amount> keyed = scenario.key().keyedAmounts(scenario.round()
        .pot(RequisitionScenario.POT));
    Weights<Recipient> keyWeights = scenario.keyWeights();
    List<RedistributionCandidate> candidates = new ArrayList<>();
    for (Requisition r : scenario.requisitions()) {
      candidates.add(new RedistributionCandidate(r.recipient(), keyWeights.weightOf(r.recipient()),
          keyed.get(r.recipient()), r.amount(), r.maximumExtra()));
    }
    RedistributionPolicy policy = policy();
    Map<RedistributionCandidate, Long> first = new HashMap<>();
    for (RedistributionCandidate c : candidates) {
      long weight = policy.weight(c);
      assertThat(weight).as("the weight of %s must be from 0 to 10^15, in %s", c.recipient(),
          scenario).isBetween(0L, Weights.MAX_WEIGHT);
      first.put(c, weight);
    }
    for (RedistributionCandidate c : Lists.reverse(candidates)) {
      assertThat(policy.weight(c)).as("a function of the candidate: %s weighed %s when asked "
          + "first, so it must weigh the same when asked again in another order, in %s",
          c.recipient(), first.get(c), scenario).isEqualTo(first.get(c));
    }
  }

  private RequisitionPotAllocation allocate(RequisitionScenario scenario) {
    return scenario.allocate(RequisitionRules.defaults().withRedistribution(policy()));
  }

  /**
   * The budget is conserved to the öre: what is granted and what is returned add up to it.
   *
   * @param scenario a generated scenario
   */
  @Property
  default void theBudgetIsConservedToTheOre(
      @ForAll("requisitionScenarios") RequisitionScenario scenario) {
    RequisitionPotAllocation pot = allocate(scenario);
    // What the scenarios offer, whatever the policy gives: unclaimed funds (shared or returned,
    // the same sum for any policy) and a requisition asking for them. A policy may share nothing.
    String label = "unclaimed funds, and a requisition asking for them";
    Statistics.label(label).collect(pot.redistributed().plus(pot.returned()).signum() > 0
        && scenario.requisitions().stream().anyMatch(Requisition::wantsUnclaimedFunds));
    Statistics.label(label).coverage(c -> c.check(true).percentage(p -> p > 5));
    assertThat(pot.granted().plus(pot.returned()))
        .as("budget conserved to the öre: granted %s + returned %s must be the budget %s",
            pot.granted(), pot.returned(), pot.budget())
        .isEqualTo(pot.budget());
    assertThat(pot.grants().values().stream().map(RecipientGrant::granted)
        .collect(Amount.summing()))
        .as("the grants add up to what the pot says is granted").isEqualTo(pot.granted());
  }

  /**
   * Nobody who did not ask for a share of unclaimed funds gets one.
   *
   * @param scenario a generated scenario
   */
  @Property
  default void nobodyWhoDidNotAskShares(
      @ForAll("requisitionScenarios") RequisitionScenario scenario) {
    RequisitionPotAllocation pot = allocate(scenario);
    for (RecipientGrant grant : pot.grants().values()) {
      boolean asked = scenario.requisitions().stream().anyMatch(r -> r.recipient()
          .equals(grant.recipient()) && r.wantsUnclaimedFunds());
      if (!asked) {
        assertThat(grant.redistributed())
            .as("%s did not ask for unclaimed funds, so it shares in none", grant.recipient())
            .isEqualTo(Amount.zero());
      }
    }
  }

  /**
   * Nobody's share of unclaimed funds is above the cap it set.
   *
   * @param scenario a generated scenario
   */
  @Property
  default void nobodyIsAboveItsCap(@ForAll("requisitionScenarios") RequisitionScenario scenario) {
    RequisitionPotAllocation pot = allocate(scenario);
    for (Requisition r : scenario.requisitions()) {
      r.maximumExtra().ifPresent(cap -> assertThat(pot.grantOf(r.recipient()).redistributed()
              .isGreaterThan(cap))
          .as("%s asked for at most %s of unclaimed funds, and gets no more", r.recipient(), cap)
          .isFalse());
    }
  }

  /**
   * The same inputs give the same result: the same grants, reasons and certificates on a second
   * run, and with the requisitions handed over in another order.
   *
   * @param scenario a generated scenario
   */
  @Property
  default void theSameInputsGiveTheSameResult(
      @ForAll("requisitionScenarios") RequisitionScenario scenario) {
    RequisitionPotAllocation first = allocate(scenario);
    RequisitionPotAllocation again = allocate(scenario.reversed());
    for (RecipientGrant grant : first.grants().values()) {
      assertThat(again.grantOf(grant.recipient()).granted())
          .as("the same grants on a second run: %s is granted %s, then %s, in %s",
              grant.recipient(), grant.granted(), again.grantOf(grant.recipient()).granted(),
              scenario)
          .isEqualTo(grant.granted());
    }
    assertThat(again.grants()).as("the same reasons and certificates on a second run, in %s",
        scenario).isEqualTo(first.grants());
  }
}
