package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.PropertyDefaults;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import se.utvecklingsmedel.decision.Wording;
import se.utvecklingsmedel.grant.RedistributionCandidate;
import se.utvecklingsmedel.grant.RedistributionPolicy;
import se.utvecklingsmedel.testkit.RedistributionPolicyContract;

/**
 * Example: the kit finds a real bug (issue 14). A rule meant to favour those who requisition early
 * counts the candidates it has weighed and gives each one less weight than the one before — so it
 * is not a function of the candidate, and its result depends on the order the requisitions happen to
 * come in, and on what it weighed before. Its contract run ({@link FlawedRuleContract}, run here
 * through JUnit's engine test kit, as a build would run it) fails on exactly that obligation and
 * shows the shrunk scenario; the README quotes the report.
 */
class FlawedRuleTest {

  /** The flawed rule: first weighed, most weight — "first come" as the order of the calls. */
  static final class FirstComeFirstServed implements RedistributionPolicy {
    private final AtomicLong weighed = new AtomicLong();

    @Override
    public long weight(RedistributionCandidate candidate) {
      return Math.max(1, 1_000_000 - weighed.getAndIncrement());
    }

    @Override
    public Wording description() {
      return Wording.same("first come, first served");
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
  void theContractFindsTheOrderDependenceAndShrinksIt() {
    List<Event> failures = EngineTestKit.engine("jqwik").selectors(selectClass(
        FlawedRuleContract.class)).execute().testEvents().failed().list();
    List<String> failed = failures.stream().map(e -> e.getTestDescriptor().getDisplayName())
        .toList();
    assertThat(failed).contains("theResultDoesNotDependOnOrderOrOnTheRun");
    Throwable cause = failures.stream()
        .filter(e -> e.getTestDescriptor().getDisplayName()
            .equals("theResultDoesNotDependOnOrderOrOnTheRun"))
        .findFirst().orElseThrow().getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .orElseThrow().getThrowable().orElseThrow();
    assertThat(cause.getMessage()).containsAnyOf(
        "the same grants whatever the order the requisitions come in",
        "the same grants on a second run",
        "the same reasons and certificates whatever the order the requisitions come in")
        .contains("RequisitionScenario[budget ");
    assertThat(failed).doesNotContain("theBudgetIsConservedToTheOre", "nobodyWhoDidNotAskShares",
        "nobodyIsAboveItsCap");
    System.out.println("FLAWED RULE: " + cause.getMessage());
  }
}
