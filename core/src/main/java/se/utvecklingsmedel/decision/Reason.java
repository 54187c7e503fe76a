package se.utvecklingsmedel.decision;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import se.utvecklingsmedel.allocation.CertificateLine;
import se.utvecklingsmedel.deadline.Deadline;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.FreeText;

/**
 * One step of a decision that sets or explains an amount (<i>beslutsskäl</i>), with its parameters:
 * what a grant was keyed, what was requisitioned, why a share of unclaimed funds was or was not
 * given, where an application stood in priority order, what a report left unused, what is repaid or
 * recovered and by which rule.
 *
 * <p>A reason is data: a system reads {@code r.cap()} of a {@link Redistributed} rather than
 * parsing a sentence, and handles every kind with a {@link ReasonVisitor}. {@link #text(Language)}
 * renders it in Swedish (the default for Swedish authorities' texts) or English, in the terms of
 * the published sources and the law.
 * Each kind's Javadoc names the rule and its source.
 *
 * <p>Made by the library's workflows ({@code RequisitionWorkflow}, {@code ApplicationWorkflow},
 * {@code FollowUp}); a user's own {@code GrantPolicy} gives {@link AwardReason}s, its own words as
 * {@link AwardReason.Stated}.
 *
 * <p>Every kind is immutable and thread-safe.
 */
public sealed interface Reason permits Reason.KeyedByWeights, Reason.KeyedAsListed, Reason.NotRequisitioned, Reason.RefusedLate, Reason.Requisitioned, Reason.NoShareAsked, Reason.NotEligibleForShare, Reason.NothingToShare, Reason.NotShared, Reason.Redistributed, Reason.GrantTotal, Reason.Assigned, Reason.Applied, Reason.PotDoesNotServe, Reason.OutsideApplicationPeriod, Reason.Prioritised, Reason.Used, AwardReason, ClaimReason {

  /**
   * Renders the reason as one sentence.
   *
   * @param language the language
   * @return the sentence
   */
  default String text(Language language) {
    requireNonNull(language, "Reason 'language' must not be null");
    return language.render(this);
  }

  /**
   * Calls the visitor's method for this kind of reason.
   *
   * @param <R> the visitor's result
   * @param visitor the visitor
   * @return what the visitor returns for this reason
   */
  <R> R accept(ReasonVisitor<R> visitor);

  private static <R> ReasonVisitor<R> checked(ReasonVisitor<R> visitor) {
    return requireNonNull(visitor, "Reason 'visitor' must not be null");
  }

  // --- requisition pots ------------------------------------------------------------------------

  /**
   * The amount a distribution key by weights sets (<i>fördelat belopp enligt
   * fördelningsnyckeln</i>), with its certificate line. Source: the round's distribution key (the
   * 2016 account: "fördelningsnyckel"), apportioned exactly by largest remainder.
   *
   * @param amount the keyed amount
   * @param basis the key's basis, in its own words
   * @param certificate the recipient's line of the key's certificate
   */
  record KeyedByWeights(Amount amount, String basis, CertificateLine<Recipient> certificate)
      implements Reason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).keyedByWeights(this);
    }

    /**
     * Validates the reason.
     *
     * @param amount the keyed amount
     * @param basis the key's basis
     * @param certificate the certificate line
     */
    public KeyedByWeights {
      requireNonNull(amount, "KeyedByWeights 'amount' must not be null");
      requireNonNull(basis, "KeyedByWeights 'basis' must not be null");
      basis = FreeText.check("KeyedByWeights", "basis", basis);
      requireNonNull(certificate, "KeyedByWeights 'certificate' must not be null");
      checkRule(amount.equals(certificate.amount()), KeyedByWeights.class, "", "amount",
          "KeyedByWeights 'amount' %s kr must be the certificate's %s kr", amount,
          certificate.amount());
    }
  }

  /**
   * The amount a distribution key lists for the recipient (<i>fördelat belopp enligt
   * fördelningsnyckeln</i>). Source: the round's distribution key.
   *
   * @param amount the keyed amount
   * @param basis the key's basis, in its own words
   */
  record KeyedAsListed(Amount amount, String basis) implements Reason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).keyedAsListed(this);
    }

    /**
     * Validates the reason.
     *
     * @param amount the keyed amount
     * @param basis the key's basis
     */
    public KeyedAsListed {
      requireNonNull(amount, "KeyedAsListed 'amount' must not be null");
      requireNonNull(basis, "KeyedAsListed 'basis' must not be null");
      basis = FreeText.check("KeyedAsListed", "basis", basis);
    }
  }

  /**
   * No requisition came in: the keyed amount is unclaimed (<i>ej rekvirerade medel</i>). Source:
   * the 2016 account, "44 kommuner rekvirerade inte".
   *
   * @param keyed the keyed amount left unclaimed
   */
  record NotRequisitioned(Amount keyed) implements Reason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).notRequisitioned(this);
    }

    /**
     * Validates the reason.
     *
     * @param keyed the keyed amount
     */
    public NotRequisitioned {
      requireNonNull(keyed, "NotRequisitioned 'keyed' must not be null");
    }
  }

  /**
   * A requisition after the deadline, refused (<i>för sent inkommen rekvisition</i>): the keyed
   * amount is unclaimed. Source: the round's requisition deadline, moved by lagen (1930:173); the
   * round's late-requisition policy.
   *
   * @param requested the amount requisitioned
   * @param date the day the requisition came in
   * @param deadline the requisition deadline
   * @param keyed the keyed amount left unclaimed
   */
  record RefusedLate(Amount requested, LocalDate date, Deadline deadline, Amount keyed)
      implements Reason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).refusedLate(this);
    }

    /**
     * Validates the reason.
     *
     * @param requested the amount requisitioned
     * @param date the day it came in
     * @param deadline the deadline
     * @param keyed the keyed amount
     */
    public RefusedLate {
      requireNonNull(requested, "RefusedLate 'requested' must not be null");
      requireNonNull(date, "RefusedLate 'date' must not be null");
      requireNonNull(deadline, "RefusedLate 'deadline' must not be null");
      requireNonNull(keyed, "RefusedLate 'keyed' must not be null");
      checkRule(date.isAfter(deadline.effective()), RefusedLate.class, "", "date",
          "RefusedLate 'date' %s must be after the deadline in force %s", date,
          deadline.effective());
    }
  }

  /**
   * A requisition accepted (<i>rekvirerat belopp</i>): at most the keyed amount; what it leaves of
   * the keyed amount is unclaimed. Source: the round's requisition rules (the 2016 account:
   * "rekvirera medel"); a late one accepted as the round's late-requisition policy allows.
   *
   * @param requested the amount requisitioned
   * @param date the day the requisition came in
   * @param keyed the keyed amount
   * @param acceptedLate the deadline it missed, when accepted late
   */
  record Requisitioned(Amount requested, LocalDate date, Amount keyed,
      Optional<Deadline> acceptedLate) implements Reason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).requisitioned(this);
    }

    /**
     * Validates the reason.
     *
     * @param requested the amount requisitioned, at most the keyed amount
     * @param date the day it came in
     * @param keyed the keyed amount
     * @param acceptedLate the deadline missed, if accepted late
     */
    public Requisitioned {
      requireNonNull(requested, "Requisitioned 'requested' must not be null");
      requireNonNull(date, "Requisitioned 'date' must not be null");
      requireNonNull(keyed, "Requisitioned 'keyed' must not be null");
      requireNonNull(acceptedLate, "Requisitioned 'acceptedLate' must not be null");
      checkRule(!requested.isGreaterThan(keyed), Requisitioned.class, "", "requested",
          "Requisitioned 'requested' %s kr must not be more than 'keyed' %s kr", requested, keyed);
      acceptedLate.ifPresent(d -> checkRule(date.isAfter(d.effective()), Requisitioned.class, "", "date",
          "Requisitioned 'date' %s is accepted late, so it must be after the deadline in force %s",
          date, d.effective()));
    }

    /**
     * Returns what the requisition leaves unclaimed of the keyed amount.
     *
     * @return {@code keyed − requested}
     */
    public Amount leftUnclaimed() {
      return keyed.minus(requested);
    }
  }

  /** The recipient did not ask for a share of unclaimed funds. Source: the requisition form. */
  record NoShareAsked() implements Reason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).noShareAsked(this);
    }
  }

  /**
   * Asked for a share of unclaimed funds but not eligible: it left part of its own keyed amount
   * unclaimed. Source: team decision (a recipient does not share in money it left unclaimed
   * itself); a round's rules may say otherwise ({@code UnclaimedFundsEligibility}).
   *
   * @param requested the amount requisitioned
   * @param keyed the keyed amount
   */
  record NotEligibleForShare(Amount requested, Amount keyed) implements Reason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).notEligibleForShare(this);
    }

    /**
     * Validates the reason.
     *
     * @param requested the amount requisitioned
     * @param keyed the keyed amount
     */
    public NotEligibleForShare {
      requireNonNull(requested, "NotEligibleForShare 'requested' must not be null");
      requireNonNull(keyed, "NotEligibleForShare 'keyed' must not be null");
      checkRule(requested.isLessThan(keyed), NotEligibleForShare.class, "", "requested",
          "NotEligibleForShare 'requested' %s kr must be less than 'keyed' %s kr", requested, keyed);
    }
  }

  /**
   * Asked for a share of unclaimed funds, but none was shared: nothing was unclaimed, or no
   * candidate had a weight above zero.
   *
   * @param unclaimedWithoutWeight true if funds were unclaimed but no candidate had a weight
   */
  record NothingToShare(boolean unclaimedWithoutWeight) implements Reason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).nothingToShare(this);
    }
  }

  /**
   * Asked for a share of unclaimed funds that may be shared, but no decision to share them was made:
   * they go back to the state. Source: the 2020 decision, "får fördelas" ({@link
   * se.utvecklingsmedel.round.Sharing#MAY}); that funds not shared go back to the state is a team
   * decision.
   *
   * @param unclaimed the funds left unclaimed, above zero
   */
  record NotShared(Amount unclaimed) implements Reason {

    /**
     * Validates the reason.
     *
     * @param unclaimed the funds left unclaimed
     */
    public NotShared {
      requireNonNull(unclaimed, "NotShared 'unclaimed' must not be null");
      checkRule(unclaimed.signum() > 0, NotShared.class, "", "unclaimed",
          "NotShared 'unclaimed' must be above zero");
    }

    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).notShared(this);
    }
  }

  /**
   * A share of the unclaimed funds (<i>omfördelade medel</i>), with its certificate line. Source:
   * the 2016 account, "medel som inte rekvirerats … fördelades till de kommuner som angett att de
   * önskade ytterligare medel"; the round's redistribution policy.
   *
   * @param amount the share
   * @param unclaimed the unclaimed funds shared
   * @param cap the most the recipient asked for, if it set one
   * @param policy how the funds were shared, in the policy's words
   * @param among how many shared
   * @param certificate the recipient's line of the redistribution's certificate
   */
  record Redistributed(Amount amount, Amount unclaimed, Optional<Amount> cap, Wording policy,
      int among, CertificateLine<Recipient> certificate) implements Reason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).redistributed(this);
    }

    /**
     * Validates the reason.
     *
     * @param amount the share
     * @param unclaimed the funds shared
     * @param cap the cap
     * @param policy the policy's words
     * @param among how many shared, one or more
     * @param certificate the certificate line
     */
    public Redistributed {
      requireNonNull(amount, "Redistributed 'amount' must not be null");
      requireNonNull(unclaimed, "Redistributed 'unclaimed' must not be null");
      requireNonNull(cap, "Redistributed 'cap' must not be null");
      requireNonNull(policy, "Redistributed 'policy' must not be null");
      requireNonNull(certificate, "Redistributed 'certificate' must not be null");
      checkRule(among >= 1, Redistributed.class, "", "among",
          "Redistributed 'among' must be 1 or more, but was %s", among);
      checkRule(amount.equals(certificate.amount()), Redistributed.class, "", "amount",
          "Redistributed 'amount' %s kr must be the certificate's %s kr", amount,
          certificate.amount());
      checkRule(!amount.isGreaterThan(unclaimed), Redistributed.class, "", "amount",
          "Redistributed 'amount' %s kr must not be more than 'unclaimed' %s kr", amount, unclaimed);
    }

    /**
     * Returns whether the recipient's cap bound its share.
     *
     * @return true if the share was reduced to the cap
     */
    public boolean capBound() {
      return certificate.capBound();
    }
  }

  /**
   * The grant of a requisition pot (<i>beviljat belopp</i>): the amount requisitioned plus the
   * share of unclaimed funds.
   *
   * @param granted the amount granted
   * @param requested the amount requisitioned
   * @param redistributed the share of unclaimed funds
   */
  record GrantTotal(Amount granted, Amount requested, Amount redistributed) implements Reason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).grantTotal(this);
    }

    /**
     * Validates the reason.
     *
     * @param granted the amount granted, {@code requested + redistributed}
     * @param requested the amount requisitioned
     * @param redistributed the share
     */
    public GrantTotal {
      requireNonNull(granted, "GrantTotal 'granted' must not be null");
      requireNonNull(requested, "GrantTotal 'requested' must not be null");
      requireNonNull(redistributed, "GrantTotal 'redistributed' must not be null");
      checkRule(granted.equals(requested.plus(redistributed)), GrantTotal.class, "", "granted",
          "GrantTotal 'granted' %s kr must be 'requested' %s kr + 'redistributed' %s kr", granted,
          requested, redistributed);
    }
  }

  /**
   * Money assigned to carry out the mission (<i>medel för att genomföra uppdraget</i>): not a grant
   * that is reported on or reclaimed. Source: the 2016 account, the county boards' and NCK's
   * administration.
   *
   * @param amount the amount assigned
   */
  record Assigned(Amount amount) implements Reason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).assigned(this);
    }

    /**
     * Validates the reason.
     *
     * @param amount the amount
     */
    public Assigned {
      requireNonNull(amount, "Assigned 'amount' must not be null");
    }
  }

  // --- application pots ------------------------------------------------------------------------

  /**
   * An application (<i>ansökan</i>): the amount, the day and the development areas. Source: the 2016
   * account, "ansökte 113 ideella organisationer om sammanlagt cirka 55,5 miljoner kronor".
   *
   * @param amount the amount applied for
   * @param date the day it came in
   * @param areas the development areas applied for
   */
  record Applied(Amount amount, LocalDate date, ImmutableSet<DevelopmentArea> areas)
      implements Reason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).applied(this);
    }

    /**
     * Validates the reason.
     *
     * @param amount the amount
     * @param date the day
     * @param areas the areas
     */
    public Applied {
      requireNonNull(amount, "Applied 'amount' must not be null");
      requireNonNull(date, "Applied 'date' must not be null");
      requireNonNull(areas, "Applied 'areas' must not be null");
    }
  }

  /**
   * Not eligible: the pot does not serve the applicant's category. Source: the round's pots.
   *
   * @param pot the pot
   * @param category the applicant's category
   */
  record PotDoesNotServe(PotId pot, RecipientCategory category) implements Reason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).potDoesNotServe(this);
    }

    /**
     * Validates the reason.
     *
     * @param pot the pot
     * @param category the category
     */
    public PotDoesNotServe {
      requireNonNull(pot, "PotDoesNotServe 'pot' must not be null");
      requireNonNull(category, "PotDoesNotServe 'category' must not be null");
    }
  }

  /**
   * Not eligible: received outside the round's application period. Source: the round's
   * application period.
   *
   * @param received the day it came in
   * @param from the first day of the period
   * @param to the last day of the period
   */
  record OutsideApplicationPeriod(LocalDate received, LocalDate from, LocalDate to)
      implements Reason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).outsideApplicationPeriod(this);
    }

    /**
     * Validates the reason.
     *
     * @param received the day it came in
     * @param from the first day
     * @param to the last day
     */
    public OutsideApplicationPeriod {
      requireNonNull(received, "OutsideApplicationPeriod 'received' must not be null");
      requireNonNull(from, "OutsideApplicationPeriod 'from' must not be null");
      requireNonNull(to, "OutsideApplicationPeriod 'to' must not be null");
      checkRule(!from.isAfter(to), OutsideApplicationPeriod.class, "", "from",
          "OutsideApplicationPeriod 'from' %s must not be after 'to' %s",
          from, to);
      checkRule(received.isBefore(from) || received.isAfter(to), OutsideApplicationPeriod.class, "", "received",
          "OutsideApplicationPeriod 'received' %s must be outside %s – %s", received, from, to);
    }
  }

  /**
   * Eligible, with its priority (<i>prioritet</i>). Source: the round's priority rule (the 2016
   * account: "med företräde för verksamhet i områden där sådan saknades").
   *
   * @param rank the rank, 1 the highest
   * @param reason the rule's words for the rank
   */
  record Prioritised(int rank, Wording reason) implements Reason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).prioritised(this);
    }

    /**
     * Validates the reason.
     *
     * @param rank the rank, 1 or more
     * @param reason the words
     */
    public Prioritised {
      requireNonNull(reason, "Prioritised 'reason' must not be null");
      checkRule(rank >= 1, Prioritised.class, "", "rank",
          "Prioritised 'rank' must be 1 or more, but was %s", rank);
    }
  }

  // --- follow-up -------------------------------------------------------------------------------

  /**
   * What the report says was used of the grant (<i>förbrukade medel</i>) and left unused (<i>ej
   * förbrukade medel</i>). Source: the recipient's follow-up report (the 2016 account: "förbrukade
   * inte hela det belopp de rekvirerade").
   *
   * @param used the amount used of the grant
   * @param unused the amount left unused
   * @param granted the grant
   */
  record Used(Amount used, Amount unused, Amount granted) implements Reason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).used(this);
    }

    /**
     * Validates the reason.
     *
     * @param used the amount used
     * @param unused the amount unused
     * @param granted the grant, {@code used + unused}
     */
    public Used {
      requireNonNull(used, "Used 'used' must not be null");
      requireNonNull(unused, "Used 'unused' must not be null");
      requireNonNull(granted, "Used 'granted' must not be null");
      checkRule(granted.equals(used.plus(unused)), Used.class, "", "granted",
          "Used 'granted' %s kr must be 'used' %s kr + 'unused' %s kr", granted, used, unused);
    }
  }

}
