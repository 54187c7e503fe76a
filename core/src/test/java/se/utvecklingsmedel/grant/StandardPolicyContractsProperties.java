package se.utvecklingsmedel.grant;

import java.util.function.ToLongFunction;
import net.jqwik.api.Group;
import se.utvecklingsmedel.decision.Wording;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.testkit.PriorityRuleContract;
import se.utvecklingsmedel.testkit.RedistributionPolicyContract;

/** The library's own policies keep the kit's contracts (issue 14): the kit exercised by the suite. */
class StandardPolicyContractsProperties {

  @Group
  class ProportionalToKey implements RedistributionPolicyContract {
    @Override
    public RedistributionPolicy policy() {
      return StandardRedistributionPolicy.PROPORTIONAL_TO_KEY;
    }
  }

  @Group
  class EqualShares implements RedistributionPolicyContract {
    @Override
    public RedistributionPolicy policy() {
      return StandardRedistributionPolicy.EQUAL_SHARES;
    }
  }

  @Group
  class ProportionalToRequisitioned implements RedistributionPolicyContract {
    @Override
    public RedistributionPolicy policy() {
      return StandardRedistributionPolicy.PROPORTIONAL_TO_REQUISITIONED;
    }
  }

  /**
   * A legal rule that weighs only some recipients, or nobody, keeps the contract too: its coverage
   * check is about the scenarios, not about what the rule shares (a new user's rule for one
   * county's municipalities failed it, as a budget failure).
   */
  @Group
  class OneCountyOnly implements RedistributionPolicyContract {
    @Override
    public RedistributionPolicy policy() {
      return rule(c -> c.recipient() instanceof Municipality m
          && m.code().toString().startsWith("25") ? c.keyWeight() : 0,
          new Wording("till Norrbottens kommuner", "to Norrbotten's municipalities"));
    }
  }

  @Group
  class Nobody implements RedistributionPolicyContract {
    @Override
    public RedistributionPolicy policy() {
      return rule(c -> 0, new Wording("till ingen", "to nobody"));
    }
  }

  private static RedistributionPolicy rule(ToLongFunction<RedistributionCandidate> weight,
      Wording wording) {
    return new RedistributionPolicy() {
      @Override
      public long weight(RedistributionCandidate candidate) {
        return weight.applyAsLong(candidate);
      }

      @Override
      public Wording description() {
        return wording;
      }
    };
  }

  @Group
  class DirectSupportFirst implements PriorityRuleContract {
    @Override
    public PriorityRule rule() {
      return StandardPriorityRule.DIRECT_SUPPORT_FIRST;
    }
  }
}
