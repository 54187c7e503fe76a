package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.decision.AwardReason;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;

/**
 * The built-in ways of handing out an application pot.
 *
 * <p>Team decision (the 2016 account says only that the whole 15 MSEK went to 65 of 113
 * applicants). The priority policies grant in the order of the {@link PriorityRule}; {@link
 * #PROPORTIONAL} ignores priority and scales every eligible application down alike.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StandardGrantPolicy implements GrantPolicy {
  /**
   * In priority order, each in full while the pot lasts; the first that does not fit gets what is
   * left, and the rest nothing (the default).
   */
  PRIORITY_ORDER_LAST_PARTIAL {
    @Override
    List<Award> awardChecked(Amount budget, List<Application> ranked) {
      return inPriorityOrder(budget, ranked, true);
    }
  },
  /**
   * In priority order, each in full while it fits; one that does not fit gets nothing and the next
   * is tried, so a smaller application further down may still be granted.
   */
  PRIORITY_ORDER_SKIP_UNFUNDABLE {
    @Override
    List<Award> awardChecked(Amount budget, List<Application> ranked) {
      return inPriorityOrder(budget, ranked, false);
    }
  },
  /**
   * Every eligible application scaled down by the same proportion (exact to the öre, largest
   * remainder), never above what it applied for; if the pot covers them all, all in full.
   */
  PROPORTIONAL {
    @Override
    List<Award> awardChecked(Amount budget, List<Application> ranked) {
      if (ranked.isEmpty()) {
        return List.of();
      }
      Weights.Builder<Recipient> weights = Weights.builder();
      Map<Recipient, Amount> caps = new HashMap<>();
      for (Application application : ranked) {
        weights.put(application.applicant(), application.amount().toOre());
        caps.put(application.applicant(), application.amount());
      }
      Allocation<Recipient> allocation = Apportionment.capped(budget, weights.build(), caps);
      List<Award> awards = new ArrayList<>();
      for (Application application : ranked) {
        Amount amount = allocation.amountOf(application.applicant());
        awards.add(new Award(amount, new AwardReason.Proportional(amount.equals(application.amount()),
            allocation.certificateOf(application.applicant()))));
      }
      return awards;
    }
  };

  @Override
  public final List<Award> award(Amount budget, List<Application> ranked) {
    requireNonNull(budget, "StandardGrantPolicy 'budget' must not be null");
    requireNonNull(ranked, "StandardGrantPolicy 'ranked' must not be null");
    return awardChecked(budget, ranked);
  }

  /** The policy's awards, its arguments checked. */
  abstract List<Award> awardChecked(Amount budget, List<Application> ranked);

  private static List<Award> inPriorityOrder(Amount budget, List<Application> ranked,
      boolean lastPartial) {
    List<Award> awards = new ArrayList<>();
    Amount left = budget;
    for (Application application : ranked) {
      Amount asked = application.amount();
      if (!asked.isGreaterThan(left)) {
        left = left.minus(asked);
        awards.add(new Award(asked, new AwardReason.GrantedInFull(left)));
      } else if (lastPartial && left.signum() > 0) {
        awards.add(new Award(left, new AwardReason.GrantedInPart(left)));
        left = Amount.zero();
      } else {
        awards.add(new Award(Amount.zero(), left.signum() == 0 ? new AwardReason.PotUsedUp()
            : new AwardReason.DoesNotFit(asked, left)));
      }
    }
    return awards;
  }
}
