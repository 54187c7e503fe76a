package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.round.GrantRound;

/** Malformed documents: each names where it is wrong and which rule it breaks. */
class MalformedDocumentsTest {

  private static final String POT = "{\"id\":\"municipalities\",\"label\":\"Kommuner\","
      + "\"categories\":[\"MUNICIPALITY\"],\"budget\":\"50000000.00\",\"method\":\"REQUISITION\"}";

  private static String round(String pot, String extra) {
    return "{\"year\":2016,\"legalBasis\":\"Beslut\",\"pots\":[" + pot + "]" + extra + "}";
  }

  private static String requisition(String amount, String extra) {
    return "{\"recipient\":{\"type\":\"municipality\",\"code\":\"0180\"},\"amount\":" + amount
        + ",\"date\":\"2016-03-01\"" + extra + "}";
  }

  private static final String KIRUNA = "{\"type\":\"municipality\",\"code\":\"2584\"}";

  private static String report(String extra) {
    return "{\"recipient\":" + KIRUNA + ",\"potId\":\"municipalities\",\"granted\":\"10.00\","
        + "\"used\":\"5.00\",\"submitted\":\"2017-03-01\"" + extra + "}";
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        // JSON itself
        bad(GrantRound.class, "", "$", "is empty"),
        bad(GrantRound.class, "{", "$", "is not valid JSON"),
        bad(GrantRound.class, round(POT, "") + " {}", "$", "is not valid JSON"),
        bad(GrantRound.class, "{\"year\":2016,\"year\":2017}", "$.year", "is a duplicate key"),
        bad(GrantRound.class, "{\"year\":2016} {}", "$", "more follows the document"),
        bad(GrantRound.class, "{'year':2016}", "$", "is not valid JSON"),
        bad(GrantRound.class, "{\"year\":2016,}", "$", "is not valid JSON"),
        bad(GrantRound.class, "{\"year\":NaN}", "$", "is not valid JSON"),
        bad(GrantRound.class, "{\"year\":02016}", "$", "is not valid JSON"),
        bad(GrantRound.class, "[]", "$", "must be a JSON object"),
        // grant rounds and pots
        bad(GrantRound.class, "{\"legalBasis\":\"x\",\"pots\":[]}", "$.year", "is required"),
        bad(GrantRound.class, "{\"yeer\":2016,\"legalBasis\":\"x\",\"pots\":[]}", "$.year",
            "is required (the object has 'yeer', which is not a property here)"),
        bad(GrantRound.class, round(POT, ",\"extra\":1"), "$.extra", "is not a known property here"),
        bad(GrantRound.class, round(POT, "").replace("2016", "2016.0"), "$.year",
            "must be a whole JSON number"),
        bad(GrantRound.class, round(POT, "").replace("2016", "\"2016\""), "$.year",
            "must be a whole JSON number"),
        bad(GrantRound.class, round(POT, "").replace("\"Beslut\"", "null"), "$.legalBasis",
            "must not be null"),
        bad(GrantRound.class, round(POT, "").replace("Beslut", " "), "$.legalBasis",
            "GrantRound 2016: 'legalBasis' must not be blank"),
        bad(GrantRound.class, round(POT.replace("\"50000000.00\"", "50000000.00"), ""),
            "$.pots[0].budget", "must be an amount in kronor as a decimal string"),
        bad(GrantRound.class, round(POT.replace("50000000.00", "50000000.001"), ""),
            "$.pots[0].budget", "must be an amount in kronor as a decimal string with at most two decimals"),
        bad(GrantRound.class, round(POT.replace("50000000.00", "50 000 000,00 kr"), ""),
            "$.pots[0].budget", "must be an amount in kronor"),
        bad(GrantRound.class, round(POT.replace("50000000.00", "-5.00"), ""),
            "$.pots[0].budget", "must be an amount in kronor"),
        bad(GrantRound.class, round(POT.replace("50000000.00", "-10000000.00"), ""),
            "$.pots[0].budget", "and zero or more: an amount is never negative"),
        bad(GrantRound.class, round(POT.replace("50000000.00", "-5.001"), ""),
            "$.pots[0].budget", "as a decimal string with at most two decimals"),
        bad(GrantRound.class, round(POT.replace("50000000.00", "99999999999999999999.00"), ""),
            "$.pots[0].budget", "is beyond the range"),
        bad(GrantRound.class, round(POT.replace("REQUISITION", "requisition"), ""),
            "$.pots[0].method", "must be one of REQUISITION, APPLICATION, ASSIGNMENT"),
        bad(GrantRound.class, round(POT.replace("MUNICIPALITY", "KOMMUN"), ""),
            "$.pots[0].categories[0]", "must be one of MUNICIPALITY"),
        bad(GrantRound.class, round(POT.replace("[\"MUNICIPALITY\"]",
            "[\"MUNICIPALITY\",\"MUNICIPALITY\"]"), ""), "$.pots[0].categories[1]", "is listed twice"),
        // Every element is read before repeats are looked for (issue 15 kept the order).
        bad(GrantRound.class, round(POT.replace("[\"MUNICIPALITY\"]",
            "[\"MUNICIPALITY\",\"MUNICIPALITY\",42]"), ""), "$.pots[0].categories[2]",
            "must be a JSON string"),
        bad(GrantRound.class, round(POT.replace("[\"MUNICIPALITY\"]", "[\"NON_PROFIT_ORGANISATION\"]"),
            ""), "$.pots[0].categories", // innermost (was $.pots[0])
            "a requisition pot can only serve municipalities and regions"),
        // The innermost place: the second pot's id (was "$", the whole document).
        bad(GrantRound.class, round(POT + "," + POT, ""), "$.pots[1].id",
            "pot id 'municipalities' is used twice"),
        bad(GrantRound.class, round(POT, ",\"reportDeadline\":\"2016-12-31\""), "$.reportDeadline",
            "'reportDeadline' 2016-12-31 must be after the use period ends 2016-12-31"),
        // A date's rule at its innermost place: a list's element, an object's date (a new user
        // found $.governmentReportDeadlines and $.decision).
        bad(GrantRound.class, round(POT, ",\"governmentReportDeadlines\":[\"2017-09-30\","
            + "\"2017-09-30\"]"), "$.governmentReportDeadlines[1]",
            "'governmentReportDeadlines' 2017-09-30 must be after the one before, 2017-09-30"),
        bad(GrantRound.class, round(POT, ",\"decision\":{\"date\":\"2017-01-28\"}"),
            "$.decision.date", "'decision' date 2017-01-28 must not be after the use period ends"),
        bad(GrantRound.class, round(POT, ",\"applicationPeriod\":{\"start\":\"2016-02-01\","
            + "\"end\":\"2017-01-01\"}"), "$.applicationPeriod.end",
            "'applicationPeriod' end 2017-01-01 must not be after the use period ends"),
        bad(GrantRound.class, round(POT, ",\"reportDeadline\":\"2017-02-30\""), "$.reportDeadline",
            "must be a date in ISO-8601 form"),
        bad(GrantRound.class, round(POT, ",\"reportDeadline\":\"31/3/2017\""), "$.reportDeadline",
            "must be a date in ISO-8601 form"),
        bad(GrantRound.class, round(POT, ",\"usePeriod\":{\"start\":\"2016-12-31\",\"end\":\"2016-01-01\"}"),
            "$.usePeriod", "'end' must not be before 'start'"),
        bad(GrantRound.class, round(POT, ",\"usePeriod\":{\"start\":\"2016-01-01\"}"),
            "$.usePeriod.end", "is required"),
        // requisitions and recipients
        bad(Requisition.class, requisition("\"0.00\"", ""), "$.amount", "'amount' must be above zero"),
        bad(Requisition.class, requisition("12.5", ""), "$.amount", "must be an amount in kronor as a decimal string"),
        bad(Requisition.class, requisition("\"12.50\"", ",\"maximumExtra\":\"1.00\""), "$.maximumExtra",
            "'maximumExtra' is given, but 'wantsUnclaimedFunds' is false"),
        bad(Requisition.class, requisition("\"12.50\"", ",\"wantsUnclaimedFunds\":\"yes\""),
            "$.wantsUnclaimedFunds", "must be true or false"),
        bad(Requisition.class, requisition("\"1\"", "").replace("0180", "180"), "$.recipient.code",
            "MunicipalityCode '180' must be exactly four digits"),
        bad(Requisition.class, requisition("\"1\"", "").replace("0180", "9999"), "$.recipient.code",
            "Unknown municipality code 9999"),
        bad(Requisition.class, requisition("\"1\"", "").replace("municipality", "kommun"),
            "$.recipient.type", "must be one of municipality, region"),
        bad(Requisition.class, requisition("\"1\"", "").replace("\"code\":\"0180\"",
            "\"code\":\"0180\",\"name\":\"Göteborg\""), "$.recipient.name",
            "does not match 0180 Stockholm"),
        bad(Requisition.class, requisition("\"1\"", "").replace("{\"type\":\"municipality\",\"code\":\"0180\"}",
            "{\"type\":\"non-profit-organisation\",\"organisationNumber\":\"802000-1234\",\"name\":\"X\"}"),
            "$.recipient.organisationNumber", "has a wrong check digit: 4, expected 9"),
        bad(Requisition.class, requisition("\"1\"", "").replace("{\"type\":\"municipality\",\"code\":\"0180\"}",
            "{\"type\":\"region\",\"county\":\"02\"}"), "$.recipient.county", "Unknown county code 02"),
        bad(Requisition.class, requisition("\"1\"", ",\"@class\":\"java.lang.Runtime\""), "$.@class",
            "is not a known property here"),
        // applications and keys
        bad(Application.class, "{\"applicant\":{\"type\":\"national-centre\"},\"amount\":\"1.00\","
            + "\"date\":\"2016-01-01\",\"developmentAreas\":[\"HELP\"]}", "$.developmentAreas[0]",
            "must be one of QUALITY_DEVELOPMENT_OF_OWN_WORK"),
        bad(Application.class, "{\"applicant\":{\"type\":\"non-profit-organisation\",\"organisationNumber\":"
            + "\"802000-1239\",\"name\":\"J\"},\"amount\":\"1.00\",\"date\":\"2016-01-01\"}",
            "$.developmentAreas", // where the areas left out belong (was $)
            "'developmentAreas' must name at least one for a non-profit"),
        bad(DistributionKey.class, "{\"basis\":\"x\"}", "$", "must have either 'weights' or 'amounts'"),
        bad(DistributionKey.class, "{\"basis\":\"x\",\"weights\":[{\"recipient\":" + KIRUNA
            + ",\"weight\":1.5}]}", "$.weights[0].weight", "must be a whole JSON number"),
        bad(DistributionKey.class, "{\"basis\":\"x\",\"weights\":[{\"recipient\":" + KIRUNA
            + ",\"weight\":-1}]}", "$.weights[0].weight", "must not be negative"),
        bad(DistributionKey.class, "{\"basis\":\"x\",\"weights\":[{\"recipient\":" + KIRUNA
            + ",\"weight\":1},{\"recipient\":" + KIRUNA + ",\"weight\":2}]}", "$.weights[1]",
            "names 2584 Kiruna a second time"),
        bad(DistributionKey.class, "{\"basis\":\"x\",\"weights\":[]}", "$.weights",
            "Weights must not be empty"),
        // follow-up reports
        bad(FollowUpReport.class, report(",\"areas\":[\"PREVENTION\"]"), "$.areas[0]",
            "must be one of LONG_TERM_COORDINATED_WORK"),
        bad(FollowUpReport.class, report(",\"outcomes\":{\"COLLABORATION\":\"FULLY\"}"),
            "$.outcomes", // innermost (was $)
            "an outcome is given for 'Samverkan', which the report does not name"),
        bad(FollowUpReport.class, report(",\"methods\":[{\"other\":\"KBT\"}]"), "$.methods[0].other",
            "OtherMethod 'KBT' is a named method"),
        bad(FollowUpReport.class, report(",\"hadActivity\":false,\"areas\":[\"TRAINING\"]"),
            "$.areas", // innermost (was $)
            "a report without activity must name no areas"));
  }

  private static Arguments bad(Class<?> type, String json, String path, String rule) {
    return Arguments.of(type.getSimpleName(), json, path, rule, type);
  }

  @ParameterizedTest(name = "{0}: {2} {3}")
  @MethodSource("documents")
  void isRejectedNamingThePathAndTheRule(String name, String json, String path, String rule,
      Class<?> type) {
    GrantJsonException e = catchThrowableOfType(GrantJsonException.class,
        () -> GrantJson.read(json, type));
    assertThat(e).as("%s should be rejected", json).isNotNull();
    assertThat(e.path()).as(e.getMessage()).isEqualTo(path);
    assertThat(e.rule()).as(e.getMessage()).contains(rule);
    assertThat(e.getMessage()).startsWith("At " + path);
  }

  /** A badly written negative amount is refused for its form, not said to be negative. */
  @org.junit.jupiter.api.Test
  void aBadlyWrittenNegativeAmountIsNotCalledNegative() {
    GrantJsonException e = catchThrowableOfType(GrantJsonException.class, () -> GrantJson.read(
        round(POT.replace("50000000.00", "-5.001"), ""), GrantRound.class));
    assertThat(e.rule()).contains("at most two decimals").doesNotContain("never negative");
  }

  /** A mapper that includes its source in messages: the description goes, whatever it holds. */
  @org.junit.jupiter.api.Test
  void jacksonsSourceDescriptionGoesEvenWhenItHoldsTheDocument() {
    var mapper = com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .enable(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    var e = catchThrowableOfType(com.fasterxml.jackson.core.JsonProcessingException.class,
        () -> mapper.readTree("{\"a\": [1, 2], \"b\": [3"));
    assertThat(e.getOriginalMessage()).contains("Source", "[1, 2]");
    assertThat(GrantJsonException.jacksonWords(e)).doesNotContain("Source", "[1, 2]")
        .contains("line 1, column");
    assertThat(GrantJsonException.jacksonWords(
        new com.fasterxml.jackson.core.JsonParseException(null, (String) null)))
        .isEqualTo("JsonParseException");
  }

  @org.junit.jupiter.api.Test
  void truncatedJsonIsNamedByLineAndColumnWithoutJacksonsSourceDescription() {
    String json = round(POT, "");
    GrantJsonException e = catchThrowableOfType(GrantJsonException.class,
        () -> GrantJson.read(json.substring(0, json.length() - 1), GrantRound.class));
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.rule()).startsWith("is not valid JSON: ")
        .contains("(start marker at line 1, column 1)").doesNotContain("Source", "REDACTED");
  }
}
