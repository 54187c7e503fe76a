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
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.followup.Claim;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.ApplicationPotAllocation;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.Recipient;

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
 * <p>Repayments and recovery claims are never netted away: with a follow-up, each grant carries a
 * {@code transactions} list (an extension field, which the standard permits) with the award and
 * every claim as its own entry, and {@code amountAwarded} stays the amount awarded.
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
   * @param awardDate the date of the decision
   * @return the 360Giving document
   */
  public static JsonNode export(RoundAllocation allocation, LocalDate awardDate) {
    return export(allocation, awardDate, Optional.empty());
  }

  /**
   * Exports an allocation with its follow-up: repayments and recoveries as their own transactions.
   *
   * @param followUp the follow-up, whose allocation is exported
   * @param awardDate the date of the decision
   * @return the 360Giving document
   */
  public static JsonNode export(FollowUp followUp, LocalDate awardDate) {
    requireNonNull(followUp, "ThreeSixtyGiving 'followUp' must not be null");
    return export(followUp.allocation(), awardDate, Optional.of(followUp));
  }

  private static JsonNode export(RoundAllocation allocation, LocalDate awardDate,
      Optional<FollowUp> followUp) {
    requireNonNull(allocation, "ThreeSixtyGiving 'allocation' must not be null");
    requireNonNull(awardDate, "ThreeSixtyGiving 'awardDate' must not be null");
    int year = allocation.round().year();
    List<JsonNode> grants = new ArrayList<>();
    for (PotAllocation pot : allocation.pots().values()) {
      if (!pot.pot().followedUp()) {
        continue;  // administration money assigned for a mission is not a grant (the 2016 account)
      }
      for (RecipientGrant grant : pot.grants().values()) {
        if (grant.granted().signum() == 0) {
          continue;
        }
        Recipient recipient = grant.recipient();
        ObjectNode node = Json.FACTORY.objectNode()
            .put("id", PREFIX + year + "-" + pot.pot().id() + "-" + recipient.category().name()
                .toLowerCase(Locale.ROOT) + "-" + recipient.id())
            .put("title", "Utvecklingsmedel " + year + " till " + recipient.swedishLabel())
            .put("description", pot.pot().label() + " (" + allocation.round().legalBasis() + ")")
            .put("currency", "SEK")
            .put("amountAwarded", grant.granted().toBigDecimal())
            .put("awardDate", awardDate.toString());
        node.putArray("recipientOrganization").addObject().put("id", organisationId(recipient))
            .put("name", recipient.swedishLabel());
        node.putArray("fundingOrganization").addObject().put("id", PREFIX + "socialstyrelsen")
            .put("name", "Socialstyrelsen");
        node.putArray("grantProgramme").addObject().put("code", year + "-" + pot.pot().id())
            .put("title", pot.pot().label());
        ArrayNode classifications = node.putArray("classifications");
        classification(classifications, "recipient-category", recipient.category().name(),
            recipient.category().label());
        applications(pot).stream().filter(a -> a.applicant().equals(recipient))
            .flatMap(a -> a.developmentAreas().stream())
            .forEach(area -> classification(classifications, "development-area", area.name(),
                area.label()));
        followUp.ifPresent(f -> transactions(node.putArray("transactions"), grant, awardDate,
            f.settlementOf(recipient, pot.pot().id()).claims()));
        grants.add(node);
      }
    }
    ObjectNode document = Json.FACTORY.objectNode();
    document.putArray("grants").addAll(grants);
    return document;
  }

  private static void classification(ArrayNode classifications, String vocabulary, String code,
      String title) {
    classifications.addObject().put("vocabulary", PREFIX + vocabulary).put("code", code)
        .put("title", title);
  }

  private static List<Application> applications(PotAllocation pot) {
    return pot instanceof ApplicationPotAllocation a ? a.applications() : List.of();
  }

  private static void transactions(ArrayNode transactions, RecipientGrant grant,
      LocalDate awardDate, List<Claim> claims) {
    transactions.addObject().put("type", "award").put("amount", grant.granted().toBigDecimal())
        .put("date", awardDate.toString());
    for (Claim claim : claims) {
      ObjectNode transaction = transactions.addObject()
          .put("type", claim.kind().name().toLowerCase(Locale.ROOT))
          .put("amount", claim.amount().toBigDecimal());
      claim.due().ifPresent(due -> transaction.put("date", due.toString()));
      transaction.put("description", claim.reason().text(Language.ENGLISH));
    }
  }

  private static String organisationId(Recipient recipient) {
    if (recipient instanceof NonProfitOrganisation) {
      return "SE-BLV-" + ((NonProfitOrganisation) recipient).number().value().replace("-", "");
    }
    return PREFIX + recipient.category().name().toLowerCase(Locale.ROOT) + "-"
        + recipient.id();
  }

}
