package se.utvecklingsmedel.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.followup.ClaimKind;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.Settlement;
import se.utvecklingsmedel.money.Amount;

/**
 * The kit's own arbitraries, through its domain: what they make is valid and reaches the cases a
 * rule must meet (late requisitions, caps, claims), and the follow-up's claims never exceed a grant.
 */
@Domain(UtvecklingsmedelDomain.class)
@Domain(DomainContext.Global.class)
class KitProperties {

  @Property(tries = 300)
  void scenariosReachLateCappedAndAskingRequisitions(@ForAll RequisitionScenario scenario) {
    Statistics.label("late").collect(scenario.requisitions().stream()
        .anyMatch(r -> r.date().isAfter(Generators.DEADLINE.plusDays(2))));
    Statistics.label("late").coverage(c -> c.check(true).percentage(p -> p > 5));
    Statistics.label("capped").collect(scenario.requisitions().stream()
        .anyMatch(r -> r.maximumExtra().isPresent()));
    Statistics.label("capped").coverage(c -> c.check(true).percentage(p -> p > 5));
    assertThat(scenario.toString()).startsWith("RequisitionScenario[budget ");
  }

  @Property(tries = 300)
  void followUpsNeverClaimMoreThanAGrant(@ForAll FollowUp followUp) {
    for (Settlement settlement : followUp.settlements()) {
      assertThat(settlement.claimed().isGreaterThan(settlement.grant().granted()))
          .as("%s claims %s of a %s grant", settlement.grant().recipient(), settlement.claimed(),
              settlement.grant().granted()).isFalse();
    }
    Statistics.label("a recovery").collect(followUp.claims().stream()
        .anyMatch(c -> c.kind() == ClaimKind.RECOVERY));
    Statistics.label("a recovery").coverage(c -> c.check(true).percentage(p -> p > 5));
    assertThat(followUp.claims().stream().map(Claim::amount).collect(Amount.summing())
        .isGreaterThan(followUp.allocation().granted())).isFalse();
  }
}
