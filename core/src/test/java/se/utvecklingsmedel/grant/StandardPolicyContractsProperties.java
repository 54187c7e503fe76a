package se.utvecklingsmedel.grant;

import net.jqwik.api.Group;
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

  @Group
  class DirectSupportFirst implements PriorityRuleContract {
    @Override
    public PriorityRule rule() {
      return StandardPriorityRule.DIRECT_SUPPORT_FIRST;
    }
  }
}
