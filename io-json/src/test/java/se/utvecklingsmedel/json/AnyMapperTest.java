package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.utvecklingsmedel.statistics.AreaCounts;
import se.utvecklingsmedel.followup.AreaWork;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.published.PublishedReports;
import se.utvecklingsmedel.statistics.TermCounts;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.published.PublishedFigures;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.followup.Settlement;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.vocabulary.CareSetting;
import se.utvecklingsmedel.vocabulary.Intervention;
import se.utvecklingsmedel.vocabulary.Training;

/**
 * The library's types under mappers it does not configure (issue 17): a framework's lenient mapper
 * with the module is exactly as strict as {@link GrantJson}, its input errors are Jackson input
 * errors carrying the path, and a mapper without the module never reads or writes a library type in
 * a wrong shape: it fails, or does what the module does — for every library type, in the right
 * shape and in many wrong ones.
 */
class AnyMapperTest {

  /** As lenient as a framework's default: unknown properties ignored, floats taken as ints. */
  private static JsonMapper lenient() {
    return JsonMapper.builder().addModule(new GrantJsonModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  }

  private static GrantJsonException inputError(Throwable thrown) {
    assertThat(thrown).isInstanceOf(JsonMappingException.class)
        .isNotInstanceOf(InvalidDefinitionException.class);
    assertThat(thrown.getCause()).isInstanceOf(GrantJsonException.class);
    return (GrantJsonException) thrown.getCause();
  }

  @Test
  void aDuplicateKeyIsRejectedUnderALenientMapper() {
    String json = GrantJson.write(Fixtures.ROUND).replaceFirst("\"year\" : 2016,",
        "\"year\" : 2015, \"year\" : 2016,");
    Throwable thrown = catchThrowable(() -> lenient().readValue(json, GrantRound.class));
    GrantJsonException e = inputError(thrown);
    assertThat(e.path()).isEqualTo("$.year");
    assertThat(e.rule()).contains("duplicate key");
    assertThat(thrown.getMessage()).contains("$.year");
  }

  @Test
  void aDuplicateKeyDeepInsideARoundAllocationIsRejected() throws Exception {
    String json = GrantJson.write(Fixtures.allocation());
    String amount = "\"amount\" : \"";
    int at = json.indexOf(amount);
    String twice = json.substring(0, at) + "\"amount\" : \"1.00\", " + json.substring(at);
    GrantJsonException e = inputError(catchThrowable(
        () -> lenient().readValue(twice, RoundAllocation.class)));
    assertThat(e.path()).startsWith("$.pots[").endsWith(".amount");
    assertThat(lenient().readValue(json, RoundAllocation.class)).isEqualTo(Fixtures.allocation());
  }

  @Test
  void anUnknownFieldAndAFloatAmountAreRejectedUnderALenientMapper() {
    String unknown = GrantJson.write(Fixtures.ROUND).replaceFirst("\\{", "{\"extra\": 1,");
    assertThat(inputError(catchThrowable(() -> lenient().readValue(unknown, GrantRound.class)))
        .path()).isEqualTo("$.extra");
    assertThat(inputError(catchThrowable(() -> lenient().readValue("1000.5", Amount.class)))
        .path()).isEqualTo("$");
    assertThat(inputError(catchThrowable(() -> lenient().readValue("{\"to\": \"x\", \"total\": "
        + "100000}", Payment.class))).path()).isEqualTo("$.total");
  }

  /** A user's own record holding a library type. */
  record Payment(String to, Amount total) {
  }

  @Test
  void aUsersRecordHoldingAnAmountReadsWithTheStrictMapper() throws Exception {
    String json = "{\"to\": \"Kiruna\", \"total\": \"1000.00\", \"note\": null}"
        .replace(", \"note\": null", "");
    assertThat(GrantJson.mapper().readValue(json, Payment.class))
        .isEqualTo(new Payment("Kiruna", Amount.ofKronor(1000)));
    assertThat(lenient().readValue("[" + json + "," + json + "]", Payment[].class)).hasSize(2);
    assertThat(catchThrowable(() -> GrantJson.mapper().readValue(json + " {}", Payment.class)))
        .isInstanceOf(JsonProcessingException.class).hasMessageContaining("Trailing token");
  }

  @Test
  void anEmbeddedObjectInATreeIsAnInputErrorNotACrash() {
    // Issue 15's review: a value a tree holds as an object (binary here) is no JSON value.
    ObjectMapper mapper = GrantJson.mapper();
    JsonNode tree = mapper.createObjectNode().put("amount", new byte[] {1});
    GrantJsonException e = inputError(catchThrowable(
        () -> mapper.treeToValue(tree, Requisition.class)));
    assertThat(e.path()).isEqualTo("$.amount");
    assertThat(e.getMessage()).contains("is not a JSON value but VALUE_EMBEDDED_OBJECT");
  }

  @Test
  void aStrictMapperStillRejectsTrailingTokensAfterALibraryDocument() {
    String json = GrantJson.write(Fixtures.ROUND) + " 1";
    assertThat(catchThrowable(() -> GrantJson.mapper().readValue(json, GrantRound.class)))
        .isInstanceOf(JsonProcessingException.class).hasMessageContaining("Trailing token");
  }

  @Test
  void withoutTheModuleAnAmountIsNeitherWrittenNorReadInAWrongShape() {
    ObjectMapper plain = new ObjectMapper();
    assertThat(catchThrowable(() -> plain.writeValueAsString(Amount.ofKronor(1000))))
        .isInstanceOf(InvalidDefinitionException.class);
    assertThat(catchThrowable(() -> plain.readValue("100000", Amount.class)))
        .isInstanceOf(JsonMappingException.class);
    assertThat(catchThrowable(() -> plain.readValue("\"1000.00\"", Amount.class)))
        .isInstanceOf(JsonMappingException.class);
  }

  /** Spring Boot's modules without the library's: an {@code Amount} is not built from öre. */
  @Test
  void parameterNamesDoNotMakeAPrivateConstructorACreator() {
    ObjectMapper spring = JsonMapper.builder()
        .addModule(new com.fasterxml.jackson.module.paramnames.ParameterNamesModule()).build();
    assertThat(catchThrowable(() -> spring.readValue("{\"ore\": 100000}", Amount.class)))
        .isInstanceOf(JsonMappingException.class);
    assertThat(catchThrowable(() -> spring.readValue("{\"ore\": -5}", Amount.class)))
        .isInstanceOf(JsonMappingException.class);
    assertThat(catchThrowable(() -> spring.readValue("{}", Amount.class)))
        .isInstanceOf(JsonMappingException.class);
  }

  static List<Arguments> values() {
    List<Arguments> values = new ArrayList<>(EveryValueTypeTest.values().toList());
    FollowUp followUp = Fixtures.followUp();
    values.add(Arguments.of("GrantRound", GrantRound.class, Fixtures.ROUND));
    values.add(Arguments.of("Requisition", Requisition.class, Fixtures.requisitions().get(0)));
    values.add(Arguments.of("Application", Application.class, Fixtures.applications().get(0)));
    values.add(Arguments.of("RoundAllocation", RoundAllocation.class, Fixtures.allocation()));
    values.add(Arguments.of("FollowUpReport", FollowUpReport.class, Fixtures.report()));
    values.add(Arguments.of("FollowUp", FollowUp.class, followUp));
    values.add(Arguments.of("RoundStatistics", RoundStatistics.class, RoundStatistics.of(followUp)));
    values.add(Arguments.of("CategoryStatistics", CategoryStatistics.class,
        RoundStatistics.of(followUp).categories().values().iterator().next()));
    values.add(Arguments.of("PublishedFigures", PublishedFigures.class,
        PublishedReports.statistics2018().categories().values().iterator().next()));
    values.add(Arguments.of("Settlement", Settlement.class, followUp.settlements().get(0)));
    values.add(Arguments.of("AreaWork", AreaWork.class, AreaWork.builder()
        .addInterventions(Intervention.ADVICE).build()));
    values.add(Arguments.of("AreaCounts", AreaCounts.class, AreaCounts.builder()
        .interventions(TermCounts.of(Intervention.ADVICE, 2)).careSettings(TermCounts.of(CareSetting.DENTAL_CARE, 1))
        .training(TermCounts.of(Training.TRAPPAN_TRAINING, 1)).build()));
    values.add(Arguments.of("PotAllocation", PotAllocation.class,
        Fixtures.allocation().pots().values().iterator().next()));
    return values;
  }

  /**
   * Every value type: a mapper without the module either fails, or writes and reads exactly what the
   * module does. Never a bean of getters, never a value built around its checks.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void withoutTheModuleEveryTypeFailsOrAgrees(String name, Class<?> type, Object value)
      throws Exception {
    ObjectMapper plain = new ObjectMapper();
    JsonNode expected = GrantJson.tree(value);
    JsonNode written = null;
    try {
      written = plain.valueToTree(value);
    } catch (IllegalArgumentException e) {
      assertThat(e.getCause()).as(name).isInstanceOf(JsonMappingException.class);
    }
    if (written != null) {
      assertThat(written).as(name + " written without the module").isEqualTo(expected);
    }
    Object read = null;
    try {
      read = plain.treeToValue(expected, type);
    } catch (JsonProcessingException e) {
      // loud: fine
    }
    if (read != null) {
      assertThat(read).as(name + " read without the module").isEqualTo(value);
    }
  }

  /**
   * Wrongly shaped input for a type: every kind of JSON value in its place, the right document with
   * each property dropped, retyped or nested one level deeper wrongly, an extra property, and the
   * shapes a bean or a private constructor would take (the type's own field names, together and one
   * at a time).
   */
  static List<JsonNode> wrongShapes(Class<?> type, Object instance, JsonNode right) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    List<JsonNode> shapes = new ArrayList<>(List.of(f.numberNode(1), f.numberNode(-5),
        f.numberNode(new java.math.BigDecimal("1.5")), f.textNode("x"), f.textNode(""),
        f.booleanNode(true), f.arrayNode(), f.arrayNode().add(right), f.objectNode()));
    if (right.isObject()) {
      right.fieldNames().forEachRemaining(name -> {
        ObjectNode missing = right.deepCopy();
        missing.remove(name);
        shapes.add(missing);
        JsonNode value = right.get(name);
        ObjectNode retyped = right.deepCopy();
        retyped.set(name, value.isNumber() ? f.textNode("x") : f.numberNode(1));
        shapes.add(retyped);
        ObjectNode nulled = right.deepCopy();
        nulled.putNull(name);
        shapes.add(nulled);
        if (value.isObject() && value.size() > 0) {
          ObjectNode inner = right.deepCopy();
          ((ObjectNode) inner.get(name)).remove(value.fieldNames().next());
          shapes.add(inner);
        }
      });
      ObjectNode extra = right.deepCopy();
      extra.put("extra", 1);
      shapes.add(extra);
    }
    ObjectNode fields = f.objectNode();
    // The declared type's fields, and the value's own class's (Immutables' generated class holds
    // the fields of an abstract value type).
    List<Class<?>> classes = new ArrayList<>();
    for (Class<?> c = instance.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      classes.add(c);
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      classes.add(c);
    }
    for (Class<?> c : classes) {
      for (java.lang.reflect.Field field : c.getDeclaredFields()) {
        if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
          continue;
        }
        JsonNode sample = sample(field.getType());
        fields.set(field.getName(), sample);
        shapes.add(f.objectNode().set(field.getName(), sample));
      }
    }
    shapes.add(fields);
    return shapes;
  }

  /** A plausible value of a field's type, as a bean mapper would want it. */
  private static JsonNode sample(Class<?> type) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (type == long.class || type == int.class || type == Long.class || type == Integer.class) {
      return f.numberNode(100_000);
    }
    if (type == boolean.class || type == Boolean.class) {
      return f.booleanNode(true);
    }
    if (type == String.class || type.isEnum()) {
      return f.textNode(type.isEnum() ? type.getEnumConstants()[0].toString() : "x");
    }
    if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
      return f.arrayNode();
    }
    return f.objectNode();
  }

  /**
   * What a plain mapper, without the module, still builds from a wrong shape: each left to the
   * mapper-independence work of "io-json on Jackson's streaming parser", and pinned here so that a
   * fix shrinks the list and a new case fails. Core has no Jackson annotations, so a plain mapper
   * reads any enum by ordinal, builds a stateless singleton through its private constructor, and a
   * one-component record from a bare value (whose own checks still run).
   */
  private static final Map<String, String> KNOWN = Map.of(
      "NationalCentre", "{}",
      "OtherMethod", "\"x\"",
      "Decision", "1");

  /**
   * Every library type, under a plain mapper without the module, against wrongly shaped input: it
   * is refused, or it reads exactly what the module reads from the same document. Never a value
   * built from a private constructor's shape around the type's checks (but for {@link #KNOWN}).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void withoutTheModuleNoWrongShapeBuildsAValue(String name, Class<?> type, Object value) {
    noWrongShapeBuildsAValue(new ObjectMapper(), name, type, value, KNOWN);
  }

  /**
   * A mapper as Spring Boot makes one, with the modules it always registers (parameter names, JDK 8
   * types, {@code java.time}) but without this library's module (a {@code @WebMvcTest} without
   * {@code @Import}, or the auto-configuration excluded): no library value is built past its checks.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void withSpringBootsModulesButNotOursNoWrongShapeBuildsAValue(String name, Class<?> type,
      Object value) {
    noWrongShapeBuildsAValue(JsonMapper.builder()
        .addModule(new com.fasterxml.jackson.module.paramnames.ParameterNamesModule())
        .addModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
        .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build(), name, type, value,
        SPRING_KNOWN);
  }

  /**
   * What Spring Boot's modules add to {@link #KNOWN}: unknown properties ignored, the stateless
   * singleton NCK is also built from its own shape with a wrong or an extra property (equal to NCK:
   * it has no other value). Core's class files carry no parameter names, so no private constructor
   * becomes a creator (an {@code Amount} from {@code {"ore": -5}} was built before).
   */
  private static final Map<String, List<String>> SPRING_KNOWN = Map.of(
      "NationalCentre", List.of("{}", "{\"type\":1}", "{\"type\":null}",
          "{\"type\":\"national-centre\",\"extra\":1}"),
      "OtherMethod", List.of("\"x\""),
      "Decision", List.of("1"));

  private static void noWrongShapeBuildsAValue(ObjectMapper plain, String name, Class<?> type,
      Object value, Map<String, ?> known) {
    JsonNode right = GrantJson.tree(value);
    List<JsonNode> shapes = wrongShapes(type, value, right);
    // Nine of every kind, four per property of an object (dropped, retyped, nulled; an extra), the
    // shapes a bean would take.
    assertThat(shapes).hasSizeGreaterThanOrEqualTo(10 + 3 * (right.isObject() ? right.size() : 0));
    List<String> built = new ArrayList<>();
    for (JsonNode shape : shapes) {
      Object read;
      try {
        read = plain.treeToValue(shape, type);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        continue; // refused: fine
      }
      Object strict;
      try {
        strict = GrantJson.mapper().treeToValue(shape, type);
      } catch (JsonProcessingException | RuntimeException e) {
        built.add(shape.toString());
        continue;
      }
      assertThat(read).as(name + " from " + shape).isEqualTo(strict);
    }
    assertThat(built.stream().distinct())
        .as(name + ": built by a plain mapper, refused by the module")
        .isEqualTo(!known.containsKey(name) ? List.of()
            : known.get(name) instanceof List<?> listed ? listed : List.of(known.get(name)));
  }

  /** A user's record holding a library enum: by name only, never by ordinal, under any mapper. */
  record Decided(se.utvecklingsmedel.decision.Decision decision) {
  }

  @Test
  void libraryEnumsAreReadByNameOnlyUnderALenientMapper() throws Exception {
    assertThat(lenient().readValue("{\"decision\": \"GRANTED\"}", Decided.class).decision())
        .isEqualTo(se.utvecklingsmedel.decision.Decision.GRANTED);
    assertThat(inputError(catchThrowable(() -> lenient().readValue("{\"decision\": 1}",
        Decided.class))).path()).isEqualTo("$.decision");
    assertThat(inputError(catchThrowable(() -> lenient().readValue("{\"decision\": \"granted\"}",
        Decided.class))).path()).isEqualTo("$.decision");
  }

  @Test
  void notANumberIsAnInputError() {
    JsonMapper nan = JsonMapper.builder().addModule(new GrantJsonModule())
        .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    assertThat(inputError(catchThrowable(() -> nan.readValue("{\"to\": \"x\", \"total\": NaN}",
        Payment.class))).path()).isEqualTo("$.total");
  }

  /** Without the module a plain mapper cannot take 2.9 for a rank of 2: it fails. */
  @Test
  void withoutTheModuleAPriorityIsNotReadLeniently() {
    ObjectMapper plain = new ObjectMapper();
    assertThat(catchThrowable(() -> plain.readValue("{\"rank\": 2.9, \"reason\": \"x\"}",
        se.utvecklingsmedel.grant.Priority.class))).isInstanceOf(JsonMappingException.class);
    assertThat(catchThrowable(() -> plain.readValue("{\"theme\": \"WEB_COURSE\", \"offered\": 2}",
        se.utvecklingsmedel.support.CompetenceSupport.class)))
        .isInstanceOf(JsonMappingException.class);
  }
}
