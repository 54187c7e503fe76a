package se.utvecklingsmedel.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.RedistributionPolicy;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.money.Amount;

/**
 * The obligations of a redistribution policy, checked on generated requisition scenarios: implement
 * this in a test class, return your policy from {@link #policy()}, and jqwik runs each property.
 * A failure names the obligation and shows the shrunk {@link RequisitionScenario}.
 *
 * <p>What holds for <em>any</em> policy, because the workflow guarantees it around the weights a
 * policy gives: the budget is conserved to the öre; nobody who did not ask shares in unclaimed
 * funds; nobody gets more than its cap; the result does not depend on the order the requisitions
 * come in; the same inputs give the same result. A policy breaks them only by failing the
 * workflow's checks (a weight outside 0 to 10<sup>15</sup>, an exception) or by not being a
 * function of the candidate (state, randomness) — which is what this contract finds.
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
   * The result does not depend on the order the requisitions come in, and the same inputs give
   * the same result.
   *
   * @param scenario a generated scenario
   */
  @Property
  default void theResultDoesNotDependOnOrderOrOnTheRun(
      @ForAll("requisitionScenarios") RequisitionScenario scenario) {
    RequisitionPotAllocation first = allocate(scenario);
    RequisitionPotAllocation reversed = allocate(scenario.reversed());
    RequisitionPotAllocation again = allocate(scenario);
    for (RecipientGrant grant : first.grants().values()) {
      assertThat(reversed.grantOf(grant.recipient()).granted())
          .as("the same grants whatever the order the requisitions come in: %s is granted %s with "
              + "the requisitions in one order, %s in the other, in %s", grant.recipient(),
              grant.granted(), reversed.grantOf(grant.recipient()).granted(), scenario)
          .isEqualTo(grant.granted());
      assertThat(again.grantOf(grant.recipient()).granted())
          .as("the same grants on a second run: %s is granted %s, then %s, in %s",
              grant.recipient(), grant.granted(), again.grantOf(grant.recipient()).granted(),
              scenario)
          .isEqualTo(grant.granted());
    }
    assertThat(reversed.grants()).as("the same reasons and certificates whatever the order the requisitions come in, in %s",
            scenario)
        .isEqualTo(first.grants());
  }
}
