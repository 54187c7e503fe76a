package se.utvecklingsmedel.decision;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.utvecklingsmedel.allocation.CertificateLine;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;

/**
 * A reason an application pot's {@code GrantPolicy} gives for one award (<i>skäl för
 * tilldelningen</i>): in full, in part, the pot used up, does not fit, a proportional share, or the
 * policy's own words. Each kind's Javadoc names the rule and its source.
 *
 * <p>Every kind is immutable and thread-safe.
 */
public sealed interface AwardReason extends Reason {

  /**
   * Whether this reason says what an award to this applicant does, in the pot as it stood: "in
   * full" is the whole amount applied for and names what is left after it; "in part" is its own
   * amount, all that was left, more than nothing and less than applied for; "the pot is used up"
   * is nothing from a pot with nothing left; "does not fit" is nothing, names the amount applied
   * for and what was left; a proportional share is
   * its certificate's amount, on the applicant's own certificate line, and "in full" exactly when
   * it is the whole amount. Stated words are the policy's own: they must not refuse beside a grant,
   * nor grant beside nothing (a list of words; see {@link Stated}). Source: team decision (a
   * decision's reason must not contradict its amount or name another applicant).
   *
   * @param applicant the applicant the award is for
   * @param awarded the amount awarded
   * @param applied the amount applied for
   * @param left what was left in the pot before this award, the awards taken in priority order
   * @return whether the reason agrees with the award
   */
  boolean agreesWith(Recipient applicant, Amount awarded, Amount applied, Amount left);

  /**
   * Granted in full in priority order. Source: the round's grant policy (team decision).
   *
   * @param left what the pot has left after this grant
   */
  record GrantedInFull(Amount left) implements AwardReason {
    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).grantedInFull(this);
    }

    @Override
    public boolean agreesWith(Recipient applicant, Amount awarded, Amount applied, Amount left) {
      checkAward(applicant, awarded, applied, left);
      return awarded.equals(applied) && !awarded.isGreaterThan(left)
          && left.minus(awarded).equals(this.left);
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
    public <R> R accept(ReasonVisitor<R> visitor) {
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
    public <R> R accept(ReasonVisitor<R> visitor) {
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
    public <R> R accept(ReasonVisitor<R> visitor) {
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
      checkRule(asked.isGreaterThan(left), DoesNotFit.class, "", "asked",
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
    public <R> R accept(ReasonVisitor<R> visitor) {
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
     * decide against its amount, as "Ansökan avslås." beside a full grant would). A word list: it
     * can miss a refusal worded otherwise, and takes words that both grant and refuse for neither.
     */
    private static final Pattern REFUSAL = Pattern.compile("(?<!tidigare )(?<!earlier )"
        + "(\\bavslå|\\bavslog|\\bavslag|\\bavvis|\\brefus|\\breject|\\bdenied\\b|\\bdeclined?\\b)"
        + "|\\bnot (been )?(granted|approved)\\b|\\butan bifall"
        + "|\\b(inte|ej) (har )?(beviljas|beviljats|beviljades|bifalls|bifallits)"
        + "|\\b(beviljas|beviljades|beviljats|bifalls) (inte|ej)\\b(?! (bara|endast|enbart)\\b)"
        + "|\\bingen del av ansökan (beviljas|bifalls)"
        + "|\\b(inget|inga) (belopp|bidrag|medel) (beviljas|bifalls)");
    private static final Pattern GRANT = Pattern.compile("(?<!inte |ej |not )"
        + "\\b(beviljas|beviljades|beviljats|bifalls|granted|approved)\\b"
        + "(?! (inte|ej)\\b(?! (bara|endast|enbart)\\b))");

    @Override
    public <R> R accept(ReasonVisitor<R> visitor) {
      return checked(visitor).stated(this);
    }

    @Override
    public boolean agreesWith(Recipient applicant, Amount awarded, Amount applied, Amount left) {
      checkAward(applicant, awarded, applied, left);
      // Words that decide the other way, in either language: a refusal's on a grant, a grant's on
      // nothing. Words that both grant and name a refusal ("beviljas efter omprövning av ett
      // avslag") decide neither way.
      int swedish = decides(words().swedish());
      int english = decides(words().english());
      int against = awarded.signum() > 0 ? -1 : 1;
      return swedish != against && english != against;
    }

    /** 1 for words that only grant, -1 for words that only refuse, 0 for neither or both. */
    private static int decides(String text) {
      String words = text.toLowerCase(Locale.ROOT);
      Matcher refusal = REFUSAL.matcher(words);
      boolean refuses = refusal.find();
      // A grant's word left once the refusals are taken out ("beviljas inte" is a refusal only).
      boolean grants = GRANT.matcher(refuses ? refusal.replaceAll(" ") : words).find();
      return refuses == grants ? 0 : refuses ? -1 : 1;
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

  private static <R> ReasonVisitor<R> checked(ReasonVisitor<R> visitor) {
    return requireNonNull(visitor, "Reason 'visitor' must not be null");
  }

  private static void checkAward(Recipient applicant, Amount awarded, Amount applied,
      Amount left) {
    requireNonNull(applicant, "AwardReason 'applicant' must not be null");
    requireNonNull(awarded, "AwardReason 'awarded' must not be null");
    requireNonNull(applied, "AwardReason 'applied' must not be null");
    requireNonNull(left, "AwardReason 'left' must not be null");
  }
}
