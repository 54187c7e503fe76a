package se.utvecklingsmedel.decision;

import se.utvecklingsmedel.decision.AwardReason.DoesNotFit;
import se.utvecklingsmedel.decision.AwardReason.GrantedInFull;
import se.utvecklingsmedel.decision.AwardReason.GrantedInPart;
import se.utvecklingsmedel.decision.AwardReason.PotUsedUp;
import se.utvecklingsmedel.decision.AwardReason.Proportional;
import se.utvecklingsmedel.decision.AwardReason.Stated;
import se.utvecklingsmedel.decision.ClaimReason.RecoveryIncompleteReport;
import se.utvecklingsmedel.decision.ClaimReason.RecoveryOutsidePurpose;
import se.utvecklingsmedel.decision.ClaimReason.RecoveryWithoutReport;
import se.utvecklingsmedel.decision.ClaimReason.Repayment;
import se.utvecklingsmedel.decision.Reason.Applied;
import se.utvecklingsmedel.decision.Reason.Assigned;
import se.utvecklingsmedel.decision.Reason.GrantTotal;
import se.utvecklingsmedel.decision.Reason.KeyedAsListed;
import se.utvecklingsmedel.decision.Reason.KeyedByWeights;
import se.utvecklingsmedel.decision.Reason.NoShareAsked;
import se.utvecklingsmedel.decision.Reason.NotEligibleForShare;
import se.utvecklingsmedel.decision.Reason.NotRequisitioned;
import se.utvecklingsmedel.decision.Reason.NothingToShare;
import se.utvecklingsmedel.decision.Reason.OutsideApplicationPeriod;
import se.utvecklingsmedel.decision.Reason.PotDoesNotServe;
import se.utvecklingsmedel.decision.Reason.Prioritised;
import se.utvecklingsmedel.decision.Reason.Redistributed;
import se.utvecklingsmedel.decision.Reason.RefusedLate;
import se.utvecklingsmedel.decision.Reason.Requisitioned;
import se.utvecklingsmedel.decision.Reason.Used;

/**
 * One method per kind of reason: what the texts, the JSON codec and a user's own code implement
 * to handle every kind. A new kind fails to compile until each visitor handles it (team decision:
 * a visitor, since Java 17 has no pattern matching over a sealed type in {@code switch}).
 *
 * <p>Implementations are as thread-safe as their own state.
 *
 * @param <R> the result of a visit
 */
public interface ReasonVisitor<R> {

  /**
   * Visits a {@link KeyedByWeights}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R keyedByWeights(KeyedByWeights reason);

  /**
   * Visits a {@link KeyedAsListed}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R keyedAsListed(KeyedAsListed reason);

  /**
   * Visits a {@link NotRequisitioned}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R notRequisitioned(NotRequisitioned reason);

  /**
   * Visits a {@link RefusedLate}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R refusedLate(RefusedLate reason);

  /**
   * Visits a {@link Requisitioned}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R requisitioned(Requisitioned reason);

  /**
   * Visits a {@link NoShareAsked}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R noShareAsked(NoShareAsked reason);

  /**
   * Visits a {@link NotEligibleForShare}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R notEligibleForShare(NotEligibleForShare reason);

  /**
   * Visits a {@link NothingToShare}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R nothingToShare(NothingToShare reason);

  /**
   * Visits a {@link Reason.NotShared}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R notShared(Reason.NotShared reason);

  /**
   * Visits a {@link Redistributed}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R redistributed(Redistributed reason);

  /**
   * Visits a {@link GrantTotal}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R grantTotal(GrantTotal reason);

  /**
   * Visits a {@link Assigned}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R assigned(Assigned reason);

  /**
   * Visits a {@link Applied}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R applied(Applied reason);

  /**
   * Visits a {@link PotDoesNotServe}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R potDoesNotServe(PotDoesNotServe reason);

  /**
   * Visits a {@link OutsideApplicationPeriod}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R outsideApplicationPeriod(OutsideApplicationPeriod reason);

  /**
   * Visits a {@link Prioritised}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R prioritised(Prioritised reason);

  /**
   * Visits a {@link GrantedInFull}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R grantedInFull(GrantedInFull reason);

  /**
   * Visits a {@link GrantedInPart}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R grantedInPart(GrantedInPart reason);

  /**
   * Visits a {@link PotUsedUp}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R potUsedUp(PotUsedUp reason);

  /**
   * Visits a {@link DoesNotFit}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R doesNotFit(DoesNotFit reason);

  /**
   * Visits a {@link Proportional}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R proportional(Proportional reason);

  /**
   * Visits a {@link Stated}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R stated(Stated reason);

  /**
   * Visits a {@link Used}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R used(Used reason);

  /**
   * Visits a {@link Repayment}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R repayment(Repayment reason);

  /**
   * Visits a {@link RecoveryWithoutReport}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R recoveryWithoutReport(RecoveryWithoutReport reason);

  /**
   * Visits a {@link RecoveryIncompleteReport}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R recoveryIncompleteReport(RecoveryIncompleteReport reason);

  /**
   * Visits a {@link RecoveryOutsidePurpose}.
   *
   * @param reason the reason
   * @return the visitor's result
   */
  R recoveryOutsidePurpose(RecoveryOutsidePurpose reason);
}
