package se.utvecklingsmedel.decision;

import java.util.Locale;
import java.util.stream.Collectors;
import se.utvecklingsmedel.deadline.Deadline;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * The English renderer: one sentence per reason, money as {@code 1234.50 kr}, dates in ISO form;
 * certificates as {@link se.utvecklingsmedel.allocation.CertificateLine#toString()} says them.
 */
final class EnglishText {

  private EnglishText() {
  }

  private static String deadline(Deadline deadline) {
    return deadline.stated() + (deadline.moved() ? " (moved to " + deadline.effective()
        + " by lagen (1930:173))" : "");
  }

  /** One sentence per kind of reason; a new kind fails to compile until it has one. */
  private static final ReasonVisitor<String> TEXT = new ReasonVisitor<>() {
    @Override
    public String keyedByWeights(Reason.KeyedByWeights r) {
      return "Keyed amount " + r.amount() + " kr by the distribution key (" + r.basis() + "): "
          + r.certificate();
    }

    @Override
    public String keyedAsListed(Reason.KeyedAsListed r) {
      return "Keyed amount " + r.amount() + " kr as the distribution key (" + r.basis()
          + ") lists it.";
    }

    @Override
    public String notRequisitioned(Reason.NotRequisitioned r) {
      return "Did not requisition: the keyed amount " + r.keyed() + " kr is unclaimed.";
    }

    @Override
    public String refusedLate(Reason.RefusedLate r) {
      return "Requisitioned " + r.requested() + " kr on " + r.date() + ", after the requisition "
          + "deadline " + deadline(r.deadline()) + ": refused, as late requisitions are; the keyed "
          + "amount " + r.keyed() + " kr is unclaimed.";
    }

    @Override
    public String requisitioned(Reason.Requisitioned r) {
      return "Requisitioned " + r.requested() + " kr on " + r.date()
          + r.acceptedLate().map(d -> ", after the requisition deadline " + deadline(d)
              + ", accepted late as the round's policy allows").orElse("")
          + ": at most the keyed amount, accepted"
          + (r.leftUnclaimed().signum() == 0 ? "." : "; the other " + r.leftUnclaimed()
              + " kr of the keyed amount is unclaimed.");
    }

    @Override
    public String noShareAsked(Reason.NoShareAsked r) {
      return "Did not ask for a share of unclaimed funds.";
    }

    @Override
    public String notEligibleForShare(Reason.NotEligibleForShare r) {
      return "Asked for a share of unclaimed funds, but requisitioned " + r.requested()
          + " kr of its keyed " + r.keyed() + " kr: not eligible, since a recipient that leaves "
          + "part of its own keyed amount unclaimed does not share in unclaimed funds "
          + "(team decision; the round's rules may say otherwise).";
    }

    @Override
    public String notShared(Reason.NotShared r) {
      return "Asked for a share of unclaimed funds: the " + r.unclaimed() + " kr unclaimed may be "
          + "shared, but no decision to share them was made, so they go back to the state.";
    }

    @Override
    public String nothingToShare(Reason.NothingToShare r) {
      return "Asked for a share of unclaimed funds, but there were none to share"
          + (r.unclaimedWithoutWeight() ? " by a weight above zero" : "") + ".";
    }

    @Override
    public String redistributed(Reason.Redistributed r) {
      return "Asked for a share of unclaimed funds"
          + r.cap().map(c -> " (at most " + c + " kr)").orElse("") + ": " + r.amount()
          + " kr of the " + r.unclaimed() + " kr unclaimed, shared " + r.policy().english()
          + " among " + r.among() + cappedFirst(r) + ": " + r.certificate();
    }

    @Override
    public String grantTotal(Reason.GrantTotal r) {
      return "Granted " + r.granted() + " kr = requisitioned " + r.requested()
          + " kr + redistributed " + r.redistributed() + " kr.";
    }

    @Override
    public String assigned(Reason.Assigned r) {
      return "Assigned " + r.amount() + " kr to carry out the mission; not a grant that is "
          + "reported on or reclaimed.";
    }

    @Override
    public String applied(Reason.Applied r) {
      return "Applied for " + r.amount() + " kr on " + r.date()
          + (r.areas().isEmpty() ? "" : " for " + r.areas().stream().map(SwedishLabelled::label)
              .collect(Collectors.joining(", "))) + ".";
    }

    @Override
    public String potDoesNotServe(Reason.PotDoesNotServe r) {
      return "Not eligible: pot " + r.pot() + " does not serve "
          + r.category().label().toLowerCase(Locale.ROOT) + ".";
    }

    @Override
    public String outsideApplicationPeriod(Reason.OutsideApplicationPeriod r) {
      return "Not eligible: received " + r.received() + ", outside the application period "
          + r.from() + " – " + r.to() + ".";
    }

    @Override
    public String prioritised(Reason.Prioritised r) {
      return "Eligible; priority " + r.rank() + ": " + r.reason().english() + ".";
    }

    @Override
    public String grantedInFull(AwardReason.GrantedInFull r) {
      return "Granted in full in priority order; " + r.left() + " kr left in the pot.";
    }

    @Override
    public String grantedInPart(AwardReason.GrantedInPart r) {
      return "Granted in part: the " + r.granted() + " kr left in the pot, the last grant in "
          + "priority order.";
    }

    @Override
    public String potUsedUp(AwardReason.PotUsedUp r) {
      return "Rejected: the pot was used up by applications of higher priority.";
    }

    @Override
    public String doesNotFit(AwardReason.DoesNotFit r) {
      return "Rejected: " + r.asked() + " kr does not fit the " + r.left() + " kr left in the "
          + "pot, and only whole applications are granted.";
    }

    @Override
    public String proportional(AwardReason.Proportional r) {
      return (r.inFull() ? "Granted in full: the pot covers every eligible application"
          : "Scaled down with every eligible application in proportion to the amount applied "
              + "for") + ": " + r.certificate();
    }

    @Override
    public String stated(AwardReason.Stated r) {
      return r.words().english();
    }

    @Override
    public String used(Reason.Used r) {
      return "Used " + r.used() + " kr of the " + r.granted() + " kr granted; " + r.unused()
          + " kr unused.";
    }

    @Override
    public String repayment(ClaimReason.Repayment r) {
      return "Repayment (återbetalning): " + r.unused() + " kr of the " + r.granted()
          + " kr granted was not used by the end of the use period.";
    }

    @Override
    public String recoveryWithoutReport(ClaimReason.RecoveryWithoutReport r) {
      return "Recovery (återkrav): no follow-up report by the deadline " + deadline(r.deadline())
          + ", so none of the grant is accounted for.";
    }

    @Override
    public String recoveryIncompleteReport(ClaimReason.RecoveryIncompleteReport r) {
      return "Recovery (återkrav): the report is still incomplete after the deadline "
          + deadline(r.deadline()) + ", so the " + r.used() + " kr it says was used is not "
          + "accounted for.";
    }

    @Override
    public String recoveryOutsidePurpose(ClaimReason.RecoveryOutsidePurpose r) {
      return "Recovery (återkrav): the report declares " + r.outsidePurpose()
          + " kr used outside the grant's purpose.";
    }
  };

  static String render(Reason reason) {
    return reason.accept(TEXT);
  }

  /** Caps that took part of the unclaimed funds before the rest was shared. */
  private static String cappedFirst(Reason.Redistributed r) {
    var line = r.certificate();
    var taken = r.unclaimed().minus(line.pool());
    return line.capBound() || taken.signum() <= 0 ? "" : " (capped recipients took " + taken
        + " kr first; the remaining " + line.pool() + " kr was shared among "
        + line.rankedAmong() + ")";
  }
}
