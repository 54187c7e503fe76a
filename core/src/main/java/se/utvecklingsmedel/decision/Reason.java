package se.utvecklingsmedel.decision;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import se.utvecklingsmedel.allocation.CertificateLine;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;

/**
 * One step of a decision that sets or explains an amount (<i>beslutsskäl</i>), with its parameters:
 * what a grant was keyed, what was requisitioned, why a share of unclaimed funds was or was not
 * given, where an application stood in priority order, what a report left unused, what is repaid or
 * recovered and by which rule.
 *
 * <p>A reason is data: a system reads {@code r.cap()} of a {@link Redistributed} rather than
 * parsing a sentence, and handles every kind with a {@link Visitor}. {@link #text(Language)}
 * renders it in Swedish (the default for Swedish authorities' texts) or English, in the terms of
 * the published sources and the law.
 * Each kind's Javadoc names the rule and its source.
 *
 * <p>Made by the library's workflows ({@code RequisitionWorkflow}, {@code ApplicationWorkflow},
 * {@code FollowUp}); a user's own {@code GrantPolicy} gives {@link AwardReason}s, its own words as
 * {@link Stated}.
 *
 * <p>Every kind is immutable and thread-safe.
 */
public sealed interface Reason {

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
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of reason: what the texts, the JSON codec and a user's own code implement
   * to handle every kind. A new kind fails to compile until each visitor handles it (team decision:
   * a visitor, since Java 17 has no pattern matching over a sealed type in {@code switch}).
   *
   * @param <R> the result of a visit
   */
  interface Visitor<R> {

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

  private static <R> Visitor<R> checked(Visitor<R> visitor) {
    return requireNonNull(visitor, "Reason 'visitor' must not be null");
  }

  private static void checkAward(Recipient applicant, Amount awarded, Amount applied,
      Amount left) {
    requireNonNull(applicant, "AwardReason 'applicant' must not be null");
    requireNonNull(awarded, "AwardReason 'awarded' must not be null");
    requireNonNull(applied, "AwardReason 'applied' must not be null");
    requireNonNull(left, "AwardReason 'left' must not be null");
  }

  /** A reason an application pot's {@code GrantPolicy} gives for one award. */
  sealed interface AwardReason extends Reason {

    /**
     * Whether this reason says what an award to this applicant does, in the pot as it stood: "in
     * full" is the whole amount applied for and names what is left after it; "in part" is its own
     * amount, all that was left, more than nothing and less than applied for; "the pot is used up"
     * is nothing from a pot with nothing left; "does not fit" is nothing, names the amount applied
     * for and what was left; a proportional share is
     * its certificate's amount, on the applicant's own certificate line, and "in full" exactly when
     * it is the whole amount. Stated words are the policy's own and agree with any amount. Source:
     * team decision (a decision's reason must not contradict its amount or name another applicant).
     *
     * @param applicant the applicant the award is for
     * @param awarded the amount awarded
     * @param applied the amount applied for
     * @param left what was left in the pot before this award, the awards taken in priority order
     * @return whether the reason agrees with the award
     */
    boolean agreesWith(Recipient applicant, Amount awarded, Amount applied, Amount left);
  }

  /** A reason for a claim raised in the follow-up: repayment or recovery. */
  sealed interface ClaimReason extends Reason {
  }

  // --- requisition pots ------------------------------------------------------------------------

  /**
   * The amount a distribution key by weights sets (<i>fördelat belopp enligt
   * fördelningsnyckeln</i>), with its certificate line. Source: the round's distribution key (seed
   * 004: "fördelningsnyckel"), apportioned exactly by largest remainder.
   *
   * @param amount the keyed amount
   * @param basis the key's basis, in its own words
   * @param certificate the recipient's line of the key's certificate
   */
  record KeyedByWeights(Amount amount, String basis, CertificateLine<Recipient> certificate)
      implements Reason {
    @Override
    public <R> R accept(Visitor<R> visitor) {
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
      requireNonNull(certificate, "KeyedByWeights 'certificate' must not be null");
      checkArgument(amount.equals(certificate.amount()),
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
    public <R> R accept(Visitor<R> visitor) {
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
    public <R> R accept(Visitor<R> visitor) {
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
    public <R> R accept(Visitor<R> visitor) {
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
      checkArgument(date.isAfter(deadline.effective()),
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
    public <R> R accept(Visitor<R> visitor) {
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
      checkArgument(!requested.isGreaterThan(keyed),
          "Requisitioned 'requested' %s kr must not be more than 'keyed' %s kr", requested, keyed);
      acceptedLate.ifPresent(d -> checkArgument(date.isAfter(d.effective()),
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
    public <R> R accept(Visitor<R> visitor) {
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
    public <R> R accept(Visitor<R> visitor) {
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
      checkArgument(requested.isLessThan(keyed),
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
    public <R> R accept(Visitor<R> visitor) {
      return checked(visitor).nothingToShare(this);
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
    public <R> R accept(Visitor<R> visitor) {
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
      checkArgument(among >= 1, "Redistributed 'among' must be 1 or more, but was %s", among);
      checkArgument(amount.equals(certificate.amount()),
          "Redistributed 'amount' %s kr must be the certificate's %s kr", amount,
          certificate.amount());
      checkArgument(!amount.isGreaterThan(unclaimed),
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
    public <R> R accept(Visitor<R> visitor) {
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
      checkArgument(granted.equals(requested.plus(redistributed)),
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
    public <R> R accept(Visitor<R> visitor) {
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
   * An application (<i>ansökan</i>): the amount, the day and the development areas. Source: seed
   * 004, "ansökte 113 ideella organisationer om sammanlagt cirka 55,5 miljoner kronor".
   *
   * @param amount the amount applied for
   * @param date the day it came in
   * @param areas the development areas applied for
   */
  record Applied(Amount amount, LocalDate date, ImmutableSet<DevelopmentArea> areas)
      implements Reason {
    @Override
    public <R> R accept(Visitor<R> visitor) {
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
    public <R> R accept(Visitor<R> visitor) {
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
    public <R> R accept(Visitor<R> visitor) {
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
      checkArgument(!from.isAfter(to), "OutsideApplicationPeriod 'from' %s must not be after 'to' %s",
          from, to);
      checkArgument(received.isBefore(from) || received.isAfter(to),
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
    public <R> R accept(Visitor<R> visitor) {
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
      checkArgument(rank >= 1, "Prioritised 'rank' must be 1 or more, but was %s", rank);
    }
  }

  /**
   * Granted in full in priority order. Source: the round's grant policy (team decision).
   *
   * @param left what the pot has left after this grant
   */
  record GrantedInFull(Amount left) implements AwardReason {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return checked(visitor).grantedInFull(this);
    }

    @Override
    public boolean agreesWith(Recipient applicant, Amount awarded, Amount applied, Amount left) {
      checkAward(applicant, awarded, applied, left);
      return awarded.equals(applied) && left.minus(awarded).equals(this.left);
    }

    /**
     * Validates the reason.
     *
     * @param left what is left
     */
    public GrantedInFull {
      requireNonNull(left, "GrantedInFull 'left' must not be null");
    }
  }

  /**
   * Granted in part: what was left in the pot, the last grant in priority order. Source: the
   * round's grant policy.
   *
   * @param granted the amount granted, the rest of the pot
   */
  record GrantedInPart(Amount granted) implements AwardReason {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return checked(visitor).grantedInPart(this);
    }

    @Override
    public boolean agreesWith(Recipient applicant, Amount awarded, Amount applied, Amount left) {
      checkAward(applicant, awarded, applied, left);
      return awarded.equals(granted) && awarded.equals(left) && awarded.signum() > 0
          && awarded.isLessThan(applied);
    }

    /**
     * Validates the reason.
     *
     * @param granted the amount
     */
    public GrantedInPart {
      requireNonNull(granted, "GrantedInPart 'granted' must not be null");
    }
  }

  /** Rejected: applications of higher priority used up the pot. Source: the round's grant policy. */
  record PotUsedUp() implements AwardReason {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return checked(visitor).potUsedUp(this);
    }

    @Override
    public boolean agreesWith(Recipient applicant, Amount awarded, Amount applied, Amount left) {
      checkAward(applicant, awarded, applied, left);
      return awarded.signum() == 0 && left.signum() == 0;
    }
  }

  /**
   * Rejected: the application does not fit what is left, and only whole applications are granted.
   * Source: the round's grant policy.
   *
   * @param asked the amount applied for
   * @param left what the pot had left
   */
  record DoesNotFit(Amount asked, Amount left) implements AwardReason {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return checked(visitor).doesNotFit(this);
    }

    @Override
    public boolean agreesWith(Recipient applicant, Amount awarded, Amount applied, Amount left) {
      checkAward(applicant, awarded, applied, left);
      return awarded.signum() == 0 && asked.equals(applied) && left.equals(this.left);
    }

    /**
     * Validates the reason.
     *
     * @param asked the amount applied for
     * @param left what was left
     */
    public DoesNotFit {
      requireNonNull(asked, "DoesNotFit 'asked' must not be null");
      requireNonNull(left, "DoesNotFit 'left' must not be null");
      checkArgument(asked.isGreaterThan(left),
          "DoesNotFit 'asked' %s kr must be more than 'left' %s kr", asked, left);
    }
  }

  /**
   * Granted in proportion to the amount applied for: in full when the pot covers every eligible
   * application, else scaled down with all of them. Source: the round's grant policy.
   *
   * @param inFull true if the pot covered every application
   * @param certificate the application's line of the certificate
   */
  record Proportional(boolean inFull, CertificateLine<Recipient> certificate)
      implements AwardReason {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return checked(visitor).proportional(this);
    }

    @Override
    public boolean agreesWith(Recipient applicant, Amount awarded, Amount applied, Amount left) {
      checkAward(applicant, awarded, applied, left);
      return awarded.equals(certificate.amount()) && inFull == awarded.equals(applied)
          && certificate.key().equals(applicant);
    }

    /**
     * Validates the reason.
     *
     * @param inFull whether in full
     * @param certificate the certificate line
     */
    public Proportional {
      requireNonNull(certificate, "Proportional 'certificate' must not be null");
    }
  }

  /**
   * A rule the library does not know, in its own words: a user's grant policy's reason.
   *
   * @param words the words in Swedish and English
   */
  record Stated(Wording words) implements AwardReason {
    /**
     * Words that refuse, or grant, an application (team decision: a policy's own words must not
     * decide against its amount, as "Ansökan avslås." beside a full grant would).
     */
    private static final Pattern REFUSAL = Pattern.compile("\\bavslå|\\bavslag|\\brefus|\\breject"
        + "|\\bdenied\\b|\\bdeclined?\\b|\\bnot (granted|approved)\\b|\\butan bifall"
        + "|\\b(inte|ej) (beviljas|bifalls)|\\b(beviljas|bifalls) (inte|ej)\\b");
    private static final Pattern GRANT = Pattern.compile("(?<!inte |ej |not )"
        + "\\b(beviljas|beviljades|bifalls|granted|approved)\\b(?! (inte|ej)\\b)");

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return checked(visitor).stated(this);
    }

    @Override
    public boolean agreesWith(Recipient applicant, Amount awarded, Amount applied, Amount left) {
      checkAward(applicant, awarded, applied, left);
      // Words that decide the other way: a refusal's on a grant, a grant's on nothing.
      String words = (words().swedish() + " " + words().english()).toLowerCase(Locale.ROOT);
      boolean refuses = REFUSAL.matcher(words).find();
      boolean grants = GRANT.matcher(words).find();
      return awarded.signum() > 0 ? !refuses : !grants;
    }

    /**
     * Validates the reason.
     *
     * @param words the words
     */
    public Stated {
      requireNonNull(words, "Stated 'words' must not be null");
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
    public <R> R accept(Visitor<R> visitor) {
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
      checkArgument(granted.equals(used.plus(unused)),
          "Used 'granted' %s kr must be 'used' %s kr + 'unused' %s kr", granted, used, unused);
    }
  }

  /**
   * Unused funds to repay (<i>återbetalning</i>). Source: the 2016 account, "Ej förbrukade medel
   * ska återbetalas till Socialstyrelsen".
   *
   * @param unused the amount not used by the end of the use period
   * @param granted the grant
   */
  record Repayment(Amount unused, Amount granted) implements ClaimReason {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return checked(visitor).repayment(this);
    }

    /**
     * Validates the reason.
     *
     * @param unused the unused amount
     * @param granted the grant
     */
    public Repayment {
      requireNonNull(unused, "Repayment 'unused' must not be null");
      requireNonNull(granted, "Repayment 'granted' must not be null");
      checkArgument(!unused.isGreaterThan(granted),
          "Repayment 'unused' %s kr must not be more than 'granted' %s kr", unused, granted);
    }
  }

  /**
   * The whole grant recovered (<i>återkrav</i>): no follow-up report by the deadline, so none of it
   * is accounted for. Source: the round's report deadline (the 2016 account: "återrapportering"),
   * moved by lagen (1930:173).
   *
   * @param deadline the report deadline
   */
  record RecoveryWithoutReport(Deadline deadline) implements ClaimReason {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return checked(visitor).recoveryWithoutReport(this);
    }

    /**
     * Validates the reason.
     *
     * @param deadline the deadline
     */
    public RecoveryWithoutReport {
      requireNonNull(deadline, "RecoveryWithoutReport 'deadline' must not be null");
    }
  }

  /**
   * What an incomplete report says was used, recovered (<i>återkrav</i>): the report is still
   * incomplete after the deadline. Source: the round's report deadline.
   *
   * @param deadline the report deadline
   * @param used the amount the report says was used
   */
  record RecoveryIncompleteReport(Deadline deadline, Amount used) implements ClaimReason {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return checked(visitor).recoveryIncompleteReport(this);
    }

    /**
     * Validates the reason.
     *
     * @param deadline the deadline
     * @param used the amount used
     */
    public RecoveryIncompleteReport {
      requireNonNull(deadline, "RecoveryIncompleteReport 'deadline' must not be null");
      requireNonNull(used, "RecoveryIncompleteReport 'used' must not be null");
    }
  }

  /**
   * Money used outside the grant's purpose, recovered (<i>återkrav</i>). Source: the grant's
   * purpose; the recipient's own report.
   *
   * @param outsidePurpose the amount the report declares used outside the purpose
   */
  record RecoveryOutsidePurpose(Amount outsidePurpose) implements ClaimReason {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return checked(visitor).recoveryOutsidePurpose(this);
    }

    /**
     * Validates the reason.
     *
     * @param outsidePurpose the amount
     */
    public RecoveryOutsidePurpose {
      requireNonNull(outsidePurpose, "RecoveryOutsidePurpose 'outsidePurpose' must not be null");
    }
  }
}
