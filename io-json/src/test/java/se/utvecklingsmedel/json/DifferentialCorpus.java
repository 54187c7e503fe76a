package se.utvecklingsmedel.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.published.PublishedReports;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.testkit.Generators;

/**
 * The documents of the differential test: case {@code i} is one document of one type, the 2016
 * fixtures or a value of the property-test kit's generators, written by {@link GrantJson} and then,
 * mostly, mutated by structure (a property dropped, repeated, renamed, retyped or nulled; a number
 * or an amount moved by one; a list entry removed or repeated; an unknown property added; a stated
 * result forged). Deterministic: case {@code i} is the same document on every run and machine, so
 * what a reader makes of it can be pinned and compared with another reader.
 */
final class DifferentialCorpus {

  /** A document and the type it is read as. */
  record Case(int index, Class<?> type, String mutation, String json) {
  }

  private static final List<Class<?>> TYPES = List.of(GrantRound.class, RoundAllocation.class,
      FollowUp.class, FollowUpReport.class, Requisition.class, Application.class,
      DistributionKey.class, RoundStatistics.class, PublishedStatistics.class);

  /** Mutations by structure; "none" keeps the document as written. */
  static final List<String> MUTATIONS = List.of("none", "drop", "repeat", "rename", "retype",
      "null", "nudge", "remove-entry", "repeat-entry", "unknown", "forge-stated");

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private DifferentialCorpus() {
  }

  static Case of(int index) {
    Random random = new Random(0x5EED_0000L + index * 1_000_003L);
    Class<?> type = TYPES.get(index % TYPES.size());
    Object value = value(type, random, index % 4 == 0);
    String json = GrantJson.write(value);
    String mutation = MUTATIONS.get(random.nextInt(MUTATIONS.size()));
    return new Case(index, type, mutation, mutate(json, mutation, random));
  }

  /** What a reader makes of a case: a value (by a digest of its JSON) or an error. */
  static String outcome(Case c, Function<String, Object> reader) {
    try {
      Object value = reader.apply(c.json());
      return "ok " + digest(GrantJson.write(value));
    } catch (GrantJsonException e) {
      return "error " + e.path() + " | " + e.rule();
    } catch (RuntimeException e) {
      return "crash " + e.getClass().getName() + " " + e.getMessage();
    }
  }

  static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T sample(Arbitrary<T> arbitrary, Random random) {
    return arbitrary.generator(100).next(random).value();
  }

  private static Object value(Class<?> type, Random random, boolean fixture) {
    if (type == GrantRound.class) {
      return fixture ? Fixtures.ROUND : sample(Generators.rounds(), random);
    }
    if (type == DistributionKey.class) {
      return fixture ? Fixtures.key() : sample(Generators.distributionKeys(), random);
    }
    if (type == Application.class) {
      return fixture ? Fixtures.applications().get(0) : sample(Generators.applications(), random);
    }
    if (type == Requisition.class) {
      List<Requisition> generated = fixture ? List.of()
          : sample(Generators.requisitionScenarios(), random).requisitions();
      return generated.isEmpty() ? Fixtures.requisitions().get(0)
          : generated.get(random.nextInt(generated.size()));
    }
    if (type == PublishedStatistics.class && fixture) {
      return PublishedReports.statistics2018();
    }
    FollowUp followUp = fixture ? Fixtures.followUp() : sample(Generators.followUps(), random);
    if (type == FollowUp.class) {
      return followUp;
    }
    if (type == RoundAllocation.class) {
      return followUp.allocation();
    }
    if (type == RoundStatistics.class) {
      return RoundStatistics.of(followUp);
    }
    if (type == PublishedStatistics.class) {
      return PublishedStatistics.of(RoundStatistics.of(followUp), "Beräknad");
    }
    List<FollowUpReport> reports = followUp.settlements().stream()
        .flatMap(s -> s.report().stream()).toList();
    return reports.isEmpty() ? Fixtures.report() : reports.get(random.nextInt(reports.size()));
  }

  /** A place in a tree: a property of an object or an element of an array. */
  private record Place(JsonNode container, String name, int index) {
    JsonNode value() {
      return name != null ? container.get(name) : container.get(index);
    }
  }

  private static void places(JsonNode node, String under, boolean stated, List<Place> all,
      List<Place> inStated) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> {
        Place place = new Place(node, name, -1);
        boolean s = stated || name.equals("result") || name.equals("settlements")
            || name.equals("statistics") || name.equals("claims");
        all.add(place);
        if (s) {
          inStated.add(place);
        }
        places(node.get(name), name, s, all, inStated);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Place place = new Place(node, null, i);
        all.add(place);
        if (stated) {
          inStated.add(place);
        }
        places(node.get(i), under, stated, all, inStated);
      }
    }
  }

  private static String mutate(String json, String mutation, Random random) {
    if (mutation.equals("none")) {
      return json;
    }
    JsonNode tree = GrantJson.parse(json);
    List<Place> all = new ArrayList<>();
    List<Place> stated = new ArrayList<>();
    places(tree, "", false, all, stated);
    List<Place> from = mutation.equals("forge-stated") && !stated.isEmpty() ? stated : all;
    if (mutation.endsWith("-entry")) { // a list with an entry to remove or repeat
      from = from.stream().filter(p -> p.value().isArray() && p.value().size() > 0).toList();
    } else if (List.of("repeat", "rename", "unknown").contains(mutation)) { // a property
      from = from.stream().filter(p -> p.name() != null).toList();
    }
    if (from.isEmpty()) {
      return json;
    }
    if (from.isEmpty()) {
      return json;
    }
    Place place = from.get(random.nextInt(from.size()));
    JsonNode value = place.value();
    switch (mutation) {
      case "drop" -> remove(place);
      case "repeat" -> {
        if (place.name() != null) {
          // a key twice: text, since a tree holds each key once
          String key = "\"" + place.name() + "\" : ";
          int at = json.indexOf(key);
          if (at >= 0) {
            return json.substring(0, at) + key + value + ", " + json.substring(at);
          }
        }
        return json + " ";
      }
      case "rename" -> {
        if (place.name() != null) {
          ObjectNode object = (ObjectNode) place.container();
          object.remove(place.name());
          object.set(place.name().substring(0, place.name().length() - 1) + "x", value);
        }
      }
      case "retype" -> set(place, value.isTextual() ? F.numberNode(1)
          : value.isNumber() ? F.textNode(value.asText()) : value.isBoolean() ? F.textNode("true")
          : value.isArray() ? F.objectNode() : value.isObject() ? F.arrayNode() : F.booleanNode(true));
      case "null" -> set(place, F.nullNode());
      case "nudge", "forge-stated" -> set(place, nudged(value, random));
      case "remove-entry", "repeat-entry" -> {
        ArrayNode array = (ArrayNode) value;
        int i = random.nextInt(array.size());
        if (mutation.equals("remove-entry")) {
          array.remove(i);
        } else {
          array.insert(i, array.get(i).deepCopy());
        }
      }
      case "unknown" -> {
        if (place.container().isObject()) {
          ((ObjectNode) place.container()).put("unknownProperty", 1);
        }
      }
      default -> throw new IllegalArgumentException(mutation);
    }
    return tree.toPrettyString();
  }

  /** A number moved by one, an amount by one öre, a date by a day, a flag turned. */
  private static JsonNode nudged(JsonNode value, Random random) {
    int step = random.nextBoolean() ? 1 : -1;
    if (value.isIntegralNumber()) {
      return F.numberNode(value.longValue() + step);
    }
    if (value.isTextual() && value.textValue().matches("\\d+\\.\\d\\d")) {
      long ore = Long.parseLong(value.textValue().replace(".", "")) + step;
      return F.textNode(ore < 0 ? "-0.01" : String.format("%d.%02d", ore / 100, ore % 100));
    }
    if (value.isTextual() && value.textValue().matches("\\d{4}-\\d\\d-\\d\\d")) {
      return F.textNode(java.time.LocalDate.parse(value.textValue()).plusDays(step).toString());
    }
    if (value.isBoolean()) {
      return F.booleanNode(!value.booleanValue());
    }
    if (value.isTextual()) {
      return F.textNode(value.textValue() + "x");
    }
    return value.isArray() ? F.arrayNode() : F.objectNode();
  }

  private static void remove(Place place) {
    if (place.name() != null) {
      ((ObjectNode) place.container()).remove(place.name());
    } else {
      ((ArrayNode) place.container()).remove(place.index());
    }
  }

  private static void set(Place place, JsonNode value) {
    if (place.name() != null) {
      ((ObjectNode) place.container()).set(place.name(), value);
    } else {
      ((ArrayNode) place.container()).set(place.index(), value);
    }
  }
}
