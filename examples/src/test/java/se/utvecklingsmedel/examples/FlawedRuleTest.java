package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.PropertyDefaults;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import se.utvecklingsmedel.decision.Wording;
import se.utvecklingsmedel.grant.RedistributionCandidate;
import se.utvecklingsmedel.grant.RedistributionPolicy;
import se.utvecklingsmedel.testkit.RedistributionPolicyContract;

/**
 * Example: the kit finds a real bug (issue 14). A rule meant to favour those who requisition early
 * counts the candidates it has weighed and gives each one less weight than the one before — so it
 * is not a function of the candidate: the same candidate weighs differently depending on what the
 * rule was asked before. Its contract run ({@link FlawedRuleContract}, run here through JUnit's
 * engine test kit, as a build would run it) fails on exactly that obligation (and on a second run
 * giving another result, which follows from it), on nothing the workflow guarantees whatever the
 * weights, and shows the shrunk scenario; the README quotes the
 * report.
 */
class FlawedRuleTest {

  /** The flawed rule: first weighed, most weight — "first come" read as the order of the calls. */
  static final class FirstComeFirstServed implements RedistributionPolicy {
    private final AtomicLong weighed = new AtomicLong();

    @Override
    public long weight(RedistributionCandidate candidate) {
      return Math.max(1, 1_000_000 - weighed.getAndIncrement());
    }

    @Override
    public Wording description() {
      return new Wording("i den ordning de tillfrågats", "in the order asked");
    }
  }

  /** The flawed rule's contract: not run by the build on its own (no *Test or *Properties name). */
  @PropertyDefaults(tries = 200)
  static class FlawedRuleContract implements RedistributionPolicyContract {
    private final RedistributionPolicy policy = new FirstComeFirstServed();

    @Override
    public RedistributionPolicy policy() {
      return policy;
    }
  }

  @Test
  void theContractFindsTheStateAndShrinksIt() {
    List<Event> failures = EngineTestKit.engine("jqwik").selectors(selectClass(
        FlawedRuleContract.class)).execute().testEvents().failed().list();
    List<String> failed = failures.stream().map(e -> e.getTestDescriptor().getDisplayName())
        .toList();
    // Its own obligation, and what follows from it (a second run differs); nothing the workflow
    // guarantees whatever the weights (budget, caps, only those who asked) fails.
    assertThat(failed).containsExactlyInAnyOrder("eachWeightIsInRangeAndAFunctionOfTheCandidate",
        "theSameInputsGiveTheSameResult");
    Throwable cause = failures.stream().filter(e -> e.getTestDescriptor().getDisplayName()
            .equals("eachWeightIsInRangeAndAFunctionOfTheCandidate")).findFirst().orElseThrow()
        .getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
    assertThat(cause.getMessage()).contains("a function of the candidate: ")
        .contains("RequisitionScenario[budget ");
    System.out.println("FLAWED RULE: " + cause.getMessage().strip());
  }
}
