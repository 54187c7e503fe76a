package se.utvecklingsmedel.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.ApplicationPotAllocation;
import se.utvecklingsmedel.grant.ApplicationRules;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.ledger.EntryKind;
import se.utvecklingsmedel.ledger.Ledger;
import se.utvecklingsmedel.ledger.LedgerEntry;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.round.DistributionMethod;
import se.utvecklingsmedel.round.PotId;

/**
 * An allocation exported in the 360Giving Data Standard's JSON form, so grants can be published and
 * compared with other funders' ({@code {"grants": [ … ]}}).
 *
 * <p>One grant per recipient and followed-up pot with an amount above zero (administration money
 * assigned for a mission is not a development-fund grant, the 2016 account, and is left out):
 * {@code id}, {@code title}, {@code description}, {@code currency} {@code SEK}, {@code
 * amountAwarded} (an exact decimal number of kronor), {@code awardDate}, {@code
 * recipientOrganization}, {@code fundingOrganization}, {@code grantProgramme} (the round and pot),
 * and {@code classifications} for the recipient category and, for applications, the development
 * areas. Organisation identifiers: non-profits by their organisation number in org-id.guide's
 * Swedish register list ({@code SE-BLV-8020001239}); recipients without one in this library
 * (municipalities, regions, county boards, NCK) and the funder by a {@code 360G-utvecklingsmedel-}
 * identifier, as the standard allows.
 *
 * <p>Each grant's {@code awardDate} is the date of its own last decision, on which {@code
 * amountAwarded} became final ({@link RecipientGrant#decided()}: a requisition's, or an application
 * pot's decision date; for a grant with a share of unclaimed funds the later decision that shared
 * them, {@link RecipientGrant#redistributionDecided()}), never one date for all; each decision is its
 * own {@code award} transaction on its own date. Texts are in Swedish,
 * as the programme's documents are, and a recipient is named as it was on the day of its decision
 * ({@link Recipient#swedishLabelAsOf}: a county council of 2016 is a landsting).
 *
 * <p>Each grant carries a {@code transactions} list (an extension field, which the standard
 * permits): every entry of the round's {@link Ledger} for that recipient and pot, in date order —
 * its keyed amount set aside, each decision granting money ({@code award}), what was not
 * requisitioned, each payment, and with a follow-up what the report says was used, each repayment
 * and recovery claim and each claim written off — never netted away; each with its {@code type},
 * the ledger's {@code kind}, {@code amount}, {@code date} and a Swedish {@code description}.
 * {@code amountAwarded} stays the amount awarded.
 *
 * <p>An allocation of invented recipient-level data ({@link RoundAllocation#illustration()}) is
 * exported marked: the document's {@code illustration} (an extension field) holds the note, and each
 * grant's title begins "ILLUSTRATIVT:" and its description with the note, so that no grant can be
 * read, or republished, as a real one; its recipients are identified by {@code
 * 360G-utvecklingsmedel-illustrativ-} identifiers, never by a registry's, so that no invented grant
 * can be joined to a real organisation.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ThreeSixtyGiving {

  private static final String PREFIX = "360G-utvecklingsmedel-";

  private ThreeSixtyGiving() {
  }

  /**
   * Exports an allocation.
   *
   * @param allocation the allocation
   * @return the 360Giving document
   * @throws IllegalArgumentException if a grant with an amount has no decision date (an
   *     application pot decided without {@link ApplicationRules#withDecided}, a share of unclaimed
   *     funds without {@link RequisitionRules#withRedistributionDecided}); the message names the
   *     grant
   */
  public static JsonNode export(RoundAllocation allocation) {
    requireNonNull(allocation, "ThreeSixtyGiving 'allocation' must not be null");
    return export(allocation, Optional.empty());
  }

  /**
   * Exports an allocation with its follow-up: repayments and recoveries as their own transactions.
   *
   * @param followUp the follow-up, whose allocation is exported
   * @return the 360Giving document
   * @throws IllegalArgumentException as {@link #export(RoundAllocation)} says
   */
  public static JsonNode export(FollowUp followUp) {
    requireNonNull(followUp, "ThreeSixtyGiving 'followUp' must not be null");
    return export(followUp.allocation(), Optional.of(followUp));
  }

  private static JsonNode export(RoundAllocation allocation, Optional<FollowUp> followUp) {
    int year = allocation.round().year();
    Optional<String> illustration = allocation.illustration();
    List<JsonNode> grants = new ArrayList<>();
    List<Pending> pending = new ArrayList<>();
    for (PotAllocation pot : allocation.pots().values()) {
      if (!pot.pot().followedUp()) {
        continue;  // administration money assigned for a mission is not a grant (the 2016 account)
      }
      for (RecipientGrant grant : pot.grants().values()) {
        if (grant.granted().signum() == 0) {
          continue;
        }
        Recipient recipient = grant.recipient();
        LocalDate awarded = date(grant, grant.decided(), "decided",
            pot.pot().method() == DistributionMethod.APPLICATION
                ? "give the pot's decision date: ApplicationRules.withDecided"
                : "a granted requisition is decided on its date");
        // The amount awarded is final on the last decision: a share of unclaimed funds, if any.
        LocalDate last = grant.redistributed().signum() > 0 ? date(grant,
            grant.redistributionDecided(), "redistributionDecided", "give the date unclaimed "
                + "funds were shared: RequisitionRules.withRedistributionDecided") : awarded;
        String programme = pot.pot().label() + " " + year;
        ObjectNode node = Json.FACTORY.objectNode()
            .put("id", PREFIX + year + "-" + pot.pot().id() + "-" + recipient.category().name()
                .toLowerCase(Locale.ROOT) + "-" + recipient.id())
            .put("title", illustration.map(note -> "ILLUSTRATIVT: ").orElse("") + programme
                + " – " + name(recipient, awarded, illustration.isPresent()))
            .put("description", illustration.map(note -> note + " ").orElse("")
                + pot.pot().label() + " (" + allocation.round().legalBasis() + ")")
            .put("currency", "SEK")
            .put("amountAwarded", grant.granted().toBigDecimal())
            .put("awardDate", last.toString());
        node.putArray("recipientOrganization").addObject()
            .put("id", organisationId(recipient, illustration.isPresent()))
            .put("name", name(recipient, awarded, illustration.isPresent()));
        node.putArray("fundingOrganization").addObject().put("id", PREFIX + "socialstyrelsen")
            .put("name", "Socialstyrelsen");
        node.putArray("grantProgramme").addObject().put("code", year + "-" + pot.pot().id())
            .put("title", programme);
        ArrayNode classifications = node.putArray("classifications");
        classification(classifications, "recipient-category", recipient.category().name(),
            recipient.category().labelAsOf(awarded));
        applications(pot).stream().filter(a -> a.applicant().equals(recipient))
            .flatMap(a -> a.developmentAreas().stream())
            .forEach(area -> classification(classifications, "development-area", area.name(),
                area.label()));
        pending.add(new Pending(node.putArray("transactions"), pot.pot().id(), recipient));
        grants.add(node);
      }
    }
    // Every date is known now: the ledger gives each grant's transactions, all of them.
    Ledger ledger = followUp.map(Ledger::of).orElseGet(() -> Ledger.of(allocation));
    for (Pending grant : pending) {
      for (LedgerEntry entry : ledger.forPot(grant.potId()).forRecipient(grant.recipient())
          .entries()) {
        grant.transactions().addObject().put("type", type(entry.kind()))
            .put("kind", entry.kind().name())
            .put("amount", entry.amount().toBigDecimal())
            .put("date", entry.date().toString())
            .put("description", entry.kind().label() + ": " + entry.source());
      }
    }
    ObjectNode document = Json.FACTORY.objectNode();
    illustration.ifPresent(note -> document.put("illustration", note));
    document.putArray("grants").addAll(grants);
    return document;
  }

  /** A grant's decision date, which the standard requires: a clear error when it is not known. */
  private static LocalDate date(RecipientGrant grant, Optional<LocalDate> date, String field,
      String how) {
    if (date.isEmpty()) {
      throw new IllegalArgumentException("ThreeSixtyGiving: the grant to " + grant.recipient()
          + " in pot " + grant.potId() + " has no '" + field + "' date, and a 360Giving award "
          + "needs the date of its decision; " + how);
    }
    return date.get();
  }

  private static void classification(ArrayNode classifications, String vocabulary, String code,
      String title) {
    classifications.addObject().put("vocabulary", PREFIX + vocabulary).put("code", code)
        .put("title", title);
  }

  private static List<Application> applications(PotAllocation pot) {
    return pot instanceof ApplicationPotAllocation a ? a.applications() : List.of();
  }

  /** A grant whose transactions are written once the ledger is made. */
  private record Pending(ArrayNode transactions, PotId potId, Recipient recipient) {
  }

  /**
   * A transaction's type: {@code award} for each decision granting money (as before the ledger),
   * {@code repayment} and {@code recovery} for claims, else the ledger kind in lower case.
   */
  private static String type(EntryKind kind) {
    return switch (kind) {
      case GRANTED_BY_KEY, REDISTRIBUTED, GRANTED_BY_APPLICATION, ASSIGNED -> "award";
      case REPAYMENT_CLAIMED -> "repayment";
      case RECOVERY_CLAIMED -> "recovery";
      default -> kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    };
  }

  /**
   * The recipient's name on a day; an invented non-profit's without its made-up organisation
   * number, which must not be read as a real association's.
   */
  private static String name(Recipient recipient, LocalDate day, boolean illustrative) {
    return illustrative && recipient instanceof NonProfitOrganisation
        ? recipient.displayNameAsOf(day) : recipient.swedishLabelAsOf(day);
  }

  /**
   * The recipient's identifier: a non-profit by its organisation number in the Swedish companies
   * registry's list, unless the allocation is illustrative, whose organisation numbers are made up
   * and must never be joined to a real organisation's record.
   */
  private static String organisationId(Recipient recipient, boolean illustrative) {
    if (illustrative) {
      return PREFIX + "illustrativ-" + recipient.category().name().toLowerCase(Locale.ROOT) + "-"
          + recipient.id();
    }
    if (recipient instanceof NonProfitOrganisation) {
      return "SE-BLV-" + ((NonProfitOrganisation) recipient).number().value().replace("-", "");
    }
    return PREFIX + recipient.category().name().toLowerCase(Locale.ROOT) + "-"
        + recipient.id();
  }

}
