package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.decision.Wording;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RedistributionCandidate;
import se.utvecklingsmedel.grant.RedistributionPolicy;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;

/**
 * Example: a jqwik property for your own redistribution rule. The rule here favours small
 * municipalities (weight = the inverse of the keyed amount, scaled); the properties are the ones any
 * rule must keep.
 */
class YourRedistributionRuleProperties {

  /** Your rule: the smaller the keyed amount, the larger the share of unclaimed funds. */
  static final RedistributionPolicy SMALL_FIRST = new RedistributionPolicy() {
    @Override
    public long weight(RedistributionCandidate candidate) {
      return 1_000_000_000_000L / Math.max(1, candidate.keyedAmount().toOre() / 100);
    }

    @Override
    public Wording description() {
      return new Wording("till förmån för de minsta fördelade beloppen",
          "favouring the smallest keyed amounts");
    }
  };

  @Provide
  Arbitrary<List<Integer>> keyWeights() {
    return Arbitraries.integers().between(1, 1_000_000).list().ofMinSize(2).ofMaxSize(20);
  }

  @Property
  void yourRuleKeepsTheBudgetAndGivesNothingToThoseWhoDidNotAsk(@ForAll("keyWeights") List<Integer> weights,
      @ForAll("keyWeights") List<Integer> choices) {
    Weights.Builder<Recipient> key = Weights.builder();
    for (int i = 0; i < weights.size(); i++) {
      key.put(ReferenceData.municipalities().get(i), weights.get(i));
    }
    DistributionKey distributionKey = DistributionKey.byWeights("Exempel", key.build());
    GrantRound round = GrantRound.round2016();
    var keyed = distributionKey.keyedAmounts(round.pot(PotId.MUNICIPALITIES));
    List<Requisition> requisitions = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      int choice = choices.get(i % choices.size()) % 3; // 0: none, 1: requisition, 2: and ask for more
      Recipient m = ReferenceData.municipalities().get(i);
      if (choice > 0 && keyed.get(m).signum() > 0) {
        requisitions.add(Requisition.builder().recipient(m).amount(keyed.get(m))
            .date(LocalDate.of(2016, 3, 1)).wantsUnclaimedFunds(choice == 2).build());
      }
    }
    RequisitionPotAllocation pot = RoundAllocation.builder(round).requisitions(PotId.MUNICIPALITIES,
        distributionKey, requisitions, RequisitionRules.defaults().withRedistribution(SMALL_FIRST))
        .buildPartial().requisitionPot(PotId.MUNICIPALITIES);

    assertThat(pot.granted().plus(pot.returned())).isEqualTo(pot.budget());
    for (Requisition r : requisitions) {
      if (!r.wantsUnclaimedFunds()) {
        assertThat(pot.grantOf(r.recipient()).redistributed()).isEqualTo(Amount.zero());
      }
    }
    boolean anyAsked = requisitions.stream().anyMatch(Requisition::wantsUnclaimedFunds);
    assertThat(pot.returned().signum() == 0).isEqualTo(anyAsked || pot.requisitioned().equals(pot.budget()));
  }
}
