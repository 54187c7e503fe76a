package se.utvecklingsmedel.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.json.GrantJson;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.support.HeldFigure;
import se.utvecklingsmedel.support.NationalSupport;

/**
 * The main job's {@code statistics.json}: what it computes and what the sources publish, each
 * saying which it is.
 *
 * <ul>
 *   <li>{@code computed}: the round's statistics as the library writes them ({@link
 *       RoundStatistics}, readable with {@code GrantJson.read(…, RoundStatistics.class)}); when the
 *       scenario is illustrative, its {@code illustration} says so, and so does the document's own
 *       {@code illustration} at the top, before any figure;
 *   <li>{@code published}: every figure each source states, with its source, the heading it stands
 *       under and its words;
 *   <li>{@code partialStatistics}: a later round's statistics as far as a source publishes them (for
 *       2018: 273 municipalities requisitioned, 92 % used), in the library's form;
 *   <li>{@code heldAsPublished}: the figures no report can give (the county boards' survey,
 *       Socialstyrelsen's and NCK's records, the stimulus activities), as the 2016 account
 *       publishes them.
 * </ul>
 */
final class StatisticsDocument {

  private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

  private StatisticsDocument() {
  }

  /**
   * Returns the document, pretty-printed as the library writes JSON.
   *
   * @param followUp the round's follow-up
   * @return the JSON text
   */
  static String of(FollowUp followUp) {
    RoundStatistics statistics = RoundStatistics.of(followUp);
    ObjectNode document = JSON.objectNode();
    statistics.illustration().ifPresent(note -> document.put("illustration", note));
    document.set("computed", GrantJson.tree(statistics));
    ArrayNode published = document.putArray("published");
    source(published, PublishedAccount.ACCOUNT_2016, PublishedAccount.account2016());
    List<PublishedAccount.Figure> later = PublishedAccount.finalReport();
    PublishedAccount.SOURCES.values().forEach(source -> source(published, source,
        later.stream().filter(f -> f.source().equals(source)).toList()));
    document.putArray("partialStatistics").add(GrantJson.tree(
        se.utvecklingsmedel.published.PublishedReports.statistics2018()));
    document.set("heldAsPublished", held(se.utvecklingsmedel.published.PublishedReports
        .nationalSupport2016()));
    try {
      return GrantJson.mapper().writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void source(ArrayNode published, String source,
      List<PublishedAccount.Figure> figures) {
    ObjectNode node = published.addObject().put("source", source);
    ArrayNode array = node.putArray("figures");
    for (PublishedAccount.Figure f : figures) {
      ObjectNode figure = array.addObject().put("id", f.id()).put("section", f.section())
          .put("category", f.category());
      if (f.unit().equals("date")) {
        figure.put("value", f.value());
      } else {
        figure.put("value", new BigDecimal(f.value()));
      }
      figure.put("unit", f.unit());
      if (f.approximate()) {
        figure.put("approximate", f.precision().equals("över") ? "more than"
            : f.precision().equals("under") ? "less than" : "about");
      }
      if (f.repeat()) {
        figure.put("restates", f.repeatOf());
      }
      figure.put("words", f.words());
    }
  }

  private static JsonNode held(NationalSupport support) {
    ObjectNode node = JSON.objectNode().put("source", support.source()).put("year",
        support.year());
    ArrayNode information = node.putArray("information");
    support.information().forEach(i -> information.addObject().put("theme", i.theme().name())
        .put("label", i.theme().label()).put("offered", i.offered())
        .put("tookPart", i.tookPart()));
    support.survey().ifPresent(s -> {
      ObjectNode survey = node.putObject("survey").put("respondents", s.respondents());
      ArrayNode needs = survey.putArray("boardsSeeingNeed");
      s.boardsSeeingNeed().forEach((need, n) -> needs.addObject().put("need", need.name())
          .put("label", need.label()).put("boards", n));
    });
    support.webCourse().ifPresent(w -> node.putObject("webCourse")
        .put("launched", w.launched().toString()).put("countedUntil", w.countedUntil().toString())
        .put("users", w.users()).put("usersInGroups", w.usersInGroups()).put("groups", w.groups())
        .put("percentWithCertificate", w.percentWithCertificate())
        .put("percentFromSocialServices", w.percentFromSocialServices()));
    ArrayNode records = node.putArray("records");
    support.records().forEach(f -> figure(records.addObject(), f));
    ArrayNode activities = node.putArray("stimulusActivities");
    support.stimulusActivities().forEach(a -> {
      ObjectNode activity = activities.addObject().put("board", a.board().swedishLabel())
          .put("summary", a.summary());
      ArrayNode figures = activity.putArray("figures");
      a.figures().forEach(f -> figure(figures.addObject(), f));
    });
    return node;
  }

  private static void figure(ObjectNode node, HeldFigure figure) {
    node.put("words", figure.words()).put("value", figure.value()).put("unit", figure.unit())
        .put("precision", figure.precision().name());
  }
}
