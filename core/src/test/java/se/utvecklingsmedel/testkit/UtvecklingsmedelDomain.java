package se.utvecklingsmedel.testkit;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.GrantRound;

/**
 * The kit's arbitraries as a jqwik domain context: with {@code @Domain(UtvecklingsmedelDomain.class)}
 * on a test class (and {@code @Domain(DomainContext.Global.class)} too, to keep jqwik's own), a
 * property takes {@code @ForAll RequisitionScenario scenario}, {@code @ForAll Amount amount},
 * {@code @ForAll Weights<Recipient> weights}, {@code @ForAll DistributionKey key}, {@code @ForAll
 * GrantRound round}, {@code @ForAll FollowUp followUp} or {@code @ForAll Application application},
 * each as {@link Generators} makes it.
 */
public class UtvecklingsmedelDomain extends DomainContextBase {

  @Provide
  Arbitrary<Amount> amounts() {
    return Generators.amounts();
  }

  @Provide
  Arbitrary<Weights<Recipient>> weights() {
    return Generators.weights();
  }

  @Provide
  Arbitrary<DistributionKey> distributionKeys() {
    return Generators.distributionKeys();
  }

  @Provide
  Arbitrary<RequisitionScenario> requisitionScenarios() {
    return Generators.requisitionScenarios();
  }

  @Provide
  Arbitrary<GrantRound> rounds() {
    return Generators.rounds();
  }

  @Provide
  Arbitrary<FollowUp> followUps() {
    return Generators.followUps();
  }

  @Provide
  Arbitrary<Application> applications() {
    return Generators.applications();
  }
}
