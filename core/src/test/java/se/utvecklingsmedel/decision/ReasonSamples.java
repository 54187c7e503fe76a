package se.utvecklingsmedel.decision;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.CertificateLine;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.deadline.Deadline;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;

/** One sample of every reason kind, with figures of the 2016 round's size. */
public final class ReasonSamples {

  static final Municipality VASBY = ReferenceData.municipality("0114");
  static final Municipality VALLENTUNA = ReferenceData.municipality("0115");

  private ReasonSamples() {
  }

  private static Amount kr(long kronor) {
    return Amount.ofKronor(kronor);
  }

  /** 9 öre among weights 5, 3 and 2: Väsby's line, with its extra öre by remainder. */
  static CertificateLine<Recipient> certificate() {
    Allocation<Recipient> allocation = Apportionment.largestRemainder(Amount.ofOre(9),
        Weights.<Recipient>builder().put(VASBY, 5).put(VALLENTUNA, 3)
            .put(ReferenceData.municipality("0117"), 2).build());
    return allocation.certificateOf(VASBY);
  }

  static CertificateLine<Recipient> capped() {
    Allocation<Recipient> allocation = Apportionment.capped(kr(1_000), Weights.<Recipient>builder()
        .put(VASBY, 1).put(VALLENTUNA, 1).build(), Map.of(VASBY, kr(100)));
    return allocation.certificateOf(VASBY);
  }

  public static Map<String, Reason> all() {
    Deadline moved = new Deadline(LocalDate.of(2016, 4, 30), LocalDate.of(2016, 5, 2));
    Deadline report = new Deadline(LocalDate.of(2017, 3, 31), LocalDate.of(2017, 3, 31));
    Map<String, Reason> all = new LinkedHashMap<>();
    all.put("KeyedByWeights", new Reason.KeyedByWeights(Amount.ofOre(4), "invånare", certificate()));
    all.put("KeyedAsListed", new Reason.KeyedAsListed(kr(146_952), "bilaga 2"));
    all.put("NotRequisitioned", new Reason.NotRequisitioned(kr(146_952)));
    all.put("RefusedLate", new Reason.RefusedLate(kr(146_952), LocalDate.of(2016, 5, 3), moved,
        kr(146_952)));
    all.put("Requisitioned", new Reason.Requisitioned(kr(100_000), LocalDate.of(2016, 5, 2),
        kr(146_952), Optional.empty()));
    all.put("RequisitionedLate", new Reason.Requisitioned(kr(146_952), LocalDate.of(2016, 5, 3),
        kr(146_952), Optional.of(moved)));
    all.put("NoShareAsked", new Reason.NoShareAsked());
    all.put("NotEligibleForShare", new Reason.NotEligibleForShare(kr(100_000), kr(146_952)));
    all.put("NothingToShare", new Reason.NothingToShare(false));
    all.put("NotShared", new Reason.NotShared(kr(30_000_000)));
    all.put("Redistributed", new Reason.Redistributed(kr(100), kr(1_000), Optional.of(kr(100)),
        new Wording("i lika delar", "in equal shares"), 2, capped()));
    all.put("GrantTotal", new Reason.GrantTotal(kr(146_952 + 20_000), kr(146_952), kr(20_000)));
    all.put("Assigned", new Reason.Assigned(kr(500_000)));
    all.put("Applied", new Reason.Applied(kr(350_000), LocalDate.of(2016, 2, 15),
        ImmutableSet.of(DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN)));
    all.put("PotDoesNotServe", new Reason.PotDoesNotServe(PotId.NON_PROFITS,
        RecipientCategory.MUNICIPALITY));
    all.put("OutsideApplicationPeriod", new Reason.OutsideApplicationPeriod(
        LocalDate.of(2016, 3, 1), LocalDate.of(2016, 1, 1), LocalDate.of(2016, 2, 29)));
    all.put("Prioritised", new Reason.Prioritised(1, new Wording("direkt stöd där det saknas",
        "direct support where it is missing")));
    all.put("GrantedInFull", new AwardReason.GrantedInFull(kr(200_000)));
    all.put("GrantedInPart", new AwardReason.GrantedInPart(kr(200_000)));
    all.put("PotUsedUp", new AwardReason.PotUsedUp());
    all.put("DoesNotFit", new AwardReason.DoesNotFit(kr(350_000), kr(200_000)));
    all.put("Proportional", new AwardReason.Proportional(false, certificate()));
    all.put("Stated", new AwardReason.Stated(new Wording("Hälften, enligt policyn.",
        "Half, by policy.")));
    all.put("Used", new Reason.Used(kr(120_000), kr(26_952), kr(146_952)));
    all.put("Repayment", new ClaimReason.Repayment(kr(26_952), kr(146_952)));
    all.put("RecoveryWithoutReport", new ClaimReason.RecoveryWithoutReport(report));
    all.put("RecoveryIncompleteReport", new ClaimReason.RecoveryIncompleteReport(report, kr(120_000)));
    all.put("RecoveryOutsidePurpose", new ClaimReason.RecoveryOutsidePurpose(kr(5_000)));
    return all;
  }
}
