package se.utvecklingsmedel.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.deadline.Deadlines;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.followup.ClaimKind;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.Settlement;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.RoundCatalogue;

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

  @Example
  void aScenarioPrintsEveryKeyedAmountAndTheKitRefusesBadArguments() {
    RequisitionScenario scenario = new RequisitionScenario(
        RoundCatalogue.round2016(),
        Weights.<Recipient>builder()
            .put(ReferenceData.municipality("0136"), 1).build(),
        ImmutableList.of());
    assertThat(scenario.toString()).endsWith("key over 1 recipients; 0136 Haninge keyed "
        + "50 000 000,00 kr, no requisition]");
    assertThatNullPointerException().isThrownBy(() -> scenario.allocate(null))
        .withMessage("RequisitionScenario.allocate 'rules' must not be null");
    assertThatNullPointerException().isThrownBy(() -> Generators.amountsBetween(null,
        Amount.ofOre(1))).withMessage("Generators.amountsBetween 'min' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> Generators.amountsBetween(
            Amount.ofKronor(20), Amount.ofKronor(10)))
        .withMessage("Generators.amountsBetween 'max' 10.00 kr must not be below 'min' 20.00 kr");
  }

  @Property(tries = 200)
  void datesAreDaysTheCalendarAnswersFor(@ForAll("dates") LocalDate day) {
    assertThat(Deadlines.swedish().effective(day)).isAfterOrEqualTo(day);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Generators.dates();
  }
}
