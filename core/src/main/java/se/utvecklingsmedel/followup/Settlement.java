package se.utvecklingsmedel.followup;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.decision.Reason;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.money.Amount;

/**
 * One grant's follow-up (<i>avräkning</i>): its report, whether the report came in time, the claims
 * it raised and its status.
 *
 * <p>Made by {@link FollowUp}. Guarantee: the claims never add up to more than the grant.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param grant the grant
 * @param report the report, if one came in
 * @param timing when the report came in: {@link ReportTiming#NOT_RECEIVED} exactly when there is
 *     no report
 * @param status the status
 * @param claims the repayment and recovery claims
 * @param waived the claims the rules would raise but the round's minimum claim waives ({@link
 *     se.utvecklingsmedel.round.GrantRound#minimumClaim()}): never raised, written off in the
 *     round's ledger (<i>avskrivet</i>)
 */
public record Settlement(RecipientGrant grant, Optional<FollowUpReport> report,
    ReportTiming timing, SettlementStatus status, ImmutableList<Claim> claims,
    ImmutableList<Claim> waived) {

  /**
   * Validates the settlement.
   *
   * @param grant the grant
   * @param report the report, if one came in
   * @param timing when the report came in
   * @param status the status
   * @param claims the claims
   * @param waived the claims waived as below the round's minimum claim
   */
  public Settlement {
    requireNonNull(grant, "Settlement 'grant' must not be null");
    requireNonNull(report, "Settlement 'report' must not be null");
    requireNonNull(timing, "Settlement 'timing' must not be null");
    requireNonNull(status, "Settlement 'status' must not be null");
    requireNonNull(claims, "Settlement 'claims' must not be null");
    requireNonNull(waived, "Settlement 'waived' must not be null");
    checkRule(report.isPresent() == (timing != ReportTiming.NOT_RECEIVED), Settlement.class, grant.recipient(), "timing",
        "Settlement of %s: 'timing' %s does not fit %s", grant.recipient(), timing,
        report.isPresent() ? "a report" : "no report");
  }

  /**
   * Makes a settlement with no waived claims.
   *
   * @param grant the grant
   * @param report the report, if one came in
   * @param timing when the report came in
   * @param status the status
   * @param claims the claims
   */
  public Settlement(RecipientGrant grant, Optional<FollowUpReport> report, ReportTiming timing,
      SettlementStatus status, ImmutableList<Claim> claims) {
    this(grant, report, timing, status, claims, ImmutableList.of());
  }

  /**
   * Returns the total claimed.
   *
   * @return the sum of the claims
   */
  public Amount claimed() {
    return claims.stream().map(Claim::amount).collect(Amount.summing());
  }

  /**
   * Returns the follow-up's reasons: what the report says was used and left unused, then each
   * claim's rule.
   *
   * @return the reasons, as data; empty when there is no report and no claim yet
   */
  public List<Reason> reasons() {
    List<Reason> reasons = new ArrayList<>();
    report.ifPresent(r -> reasons.add(new Reason.Used(r.usedOfGrant(), r.unused(), r.granted())));
    claims.forEach(c -> reasons.add(c.reason()));
    return List.copyOf(reasons);
  }

  /**
   * Returns the grant's decision text ({@link RecipientGrant#decisionText(Language)
   * RecipientGrant.decisionText}) followed by
   * its follow-up (<i>uppföljning</i>): the status, the report and each claim with its amount, due
   * date and rule, ready for a decision letter.
   *
   * @param language the language
   * @return the text, lines separated by {@code \n}
   */
  public String decisionText(Language language) {
    requireNonNull(language, "Settlement 'language' must not be null");
    boolean swedish = language == Language.SWEDISH;
    StringBuilder text = new StringBuilder(grant.decisionText(language));
    text.append(grant.illustrative()
        ? swedish ? "Uppföljning (illustrativ, påhittad återrapportering):\n"
            : "Follow-up (illustrative, an invented report):\n"
        : swedish ? "Uppföljning:\n" : "Follow-up:\n");
    text.append(swedish ? "Status: " + status.label() : "Status: " + english(status)).append('\n');
    text.append(swedish ? "Återrapportering: " + timing.label() : "Report: " + english(timing))
        .append('\n');
    report.ifPresent(r -> text.append(swedish ? "– " : "- ")
        .append(new Reason.Used(r.usedOfGrant(), r.unused(), r.granted()).text(language))
        .append('\n'));
    if (!claims.isEmpty()) {
      text.append(swedish ? "Återbetalning och återkrav:\n" : "Claims:\n");
    }
    for (Claim claim : claims) {
      text.append(swedish ? "– " : "- ").append(language.amount(claim.amount()))
          .append(claim.due().map(d -> (swedish ? ", ska betalas senast den " : ", due ")
              + language.date(d)).orElse("")).append(": ").append(claim.reason().text(language))
          .append('\n');
    }
    return text.toString();
  }

  private static String english(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Returns a one-line summary, e.g. {@code "Settlement of 0180 Stockholm in municipalities:
   * Återbetalning krävs, report Inkommen i tid, claimed 1000.00 kr"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Settlement of " + grant.recipient() + " in " + grant.potId() + ": " + status.label()
        + ", report " + timing.label() + ", claimed " + claimed() + " kr";
  }
}
