package se.utvecklingsmedel.followup;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.time.LocalDate;
import java.util.Optional;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.decision.ClaimReason;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.PotId;

/**
 * A claim on a recipient: unused funds to repay, or money recovered (<i>återbetalningskrav,
 * återkrav</i>), with the rule that raised it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param recipient who owes it
 * @param potId the pot of the grant
 * @param kind repayment or recovery
 * @param amount how much, above zero and at most what its reason gives
 *     ({@link ClaimReason#limit()})
 * @param due the effective due date, if the round sets a repayment deadline
 * @param reason the rule that raised the claim, as data ({@link ClaimReason})
 */
public record Claim(Recipient recipient, PotId potId, ClaimKind kind, Amount amount,
    Optional<LocalDate> due, ClaimReason reason) {

  /**
   * Validates the claim.
   *
   * @param recipient who owes it
   * @param potId the pot
   * @param kind the kind
   * @param amount the amount, above zero and at most what its reason gives ({@link
   *     ClaimReason#limit()})
   * @param due the due date
   * @param reason the rule, as data
   */
  public Claim {
    requireNonNull(recipient, "Claim 'recipient' must not be null");
    requireNonNull(potId, "Claim 'potId' must not be null");
    requireNonNull(kind, "Claim 'kind' must not be null");
    requireNonNull(amount, "Claim 'amount' must not be null");
    requireNonNull(due, "Claim 'due' must not be null");
    requireNonNull(reason, "Claim 'reason' must not be null");
    checkRule(kind == (reason instanceof ClaimReason.Repayment ? ClaimKind.REPAYMENT
            : ClaimKind.RECOVERY), Claim.class, recipient, "kind",
        "Claim on %s: 'kind' %s does not fit the reason %s", recipient, kind, reason);
    checkRule(amount.signum() > 0, Claim.class, recipient, "amount",
        "Claim on %s: 'amount' must be above zero", recipient);
    Optional<Amount> limit = reason.limit();
    checkRule(limit.isEmpty() || !amount.isGreaterThan(limit.get()), Claim.class, recipient,
        "amount", "Claim on %s: 'amount' %s kr is more than its reason gives, %s kr (%s)",
        recipient, amount, limit.orElse(null), reason);
  }

  /**
   * Returns a one-line summary, e.g. {@code "Återbetalning of 1000.00 kr from 0180 Stockholm
   * (municipalities), due 2017-04-30: Repayment (återbetalning): …"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return kind.label() + " of " + amount + " kr from " + recipient + " (" + potId + ")"
        + due.map(d -> ", due " + d).orElse(", no due date") + ": "
        + reason.text(Language.ENGLISH);
  }
}
