package se.utvecklingsmedel;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.utvecklingsmedel.followup.AreaWork;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;

/**
 * Every public builder method given null refuses it at once with a {@code NullPointerException},
 * so nothing null is kept to fail later. A single value given as null names its builder and the
 * attribute ("Pot.Builder 'budget' must not be null", never the JVM's own "Cannot invoke …"). The
 * builders are generated (Immutables), so a null given where a collection, an entry, an array or an
 * {@code Optional} belongs is refused by the generated code in the JVM's words, which name the
 * parameter ("because \"elements\" is null") and, through the stack trace, the builder method.
 */
class BuilderNullTest {

  /** Every written-out builder of the library. */
  static final List<Supplier<?>> BUILDERS = List.of(GrantRound::builder, Pot::builder,
      Requisition::builder, Application::builder, FollowUpReport::builder,
      CategoryStatistics::builder, AreaWork::builder,
      se.utvecklingsmedel.statistics.Funds::builder,
      se.utvecklingsmedel.statistics.Utilisation::builder,
      se.utvecklingsmedel.statistics.Reporting::builder,
      se.utvecklingsmedel.statistics.WorkCounts::builder);

  /** Parameter types whose null the generated code refuses in the JVM's words. */
  private static final List<Class<?>> CONTAINERS = List.of(Iterable.class, Map.class,
      Map.Entry.class, Optional.class, OptionalInt.class);

  static Stream<Arguments> methods() {
    List<Arguments> all = new ArrayList<>();
    for (Supplier<?> builder : BUILDERS) {
      Class<?> type = builder.get().getClass();
      for (Method method : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers()) || method.getParameterCount() == 0) {
          continue;
        }
        for (int i = 0; i < method.getParameterCount(); i++) {
          if (!method.getParameterTypes()[i].isPrimitive()) {
            all.add(Arguments.of(type.getName().replace(type.getPackageName() + ".", "") + "."
                + method.getName() + "#" + i, builder, method, i));
          }
        }
      }
    }
    assertThat(all).hasSizeGreaterThan(100);
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void nullNamesTheBuilderAndTheAttribute(String name, Supplier<?> builder, Method method, int i)
      throws Exception {
    Object[] arguments = new Object[method.getParameterCount()];
    for (int k = 0; k < arguments.length; k++) {
      Class<?> p = method.getParameterTypes()[k];
      arguments[k] = k == i ? null : p == int.class ? 0 : p == long.class ? 0L
          : p == boolean.class ? false : null;
    }
    Throwable thrown = null;
    try {
      method.invoke(builder.get(), arguments);
    } catch (InvocationTargetException e) {
      thrown = e.getCause();
    }
    assertThat(thrown).as(name).isInstanceOf(NullPointerException.class);
    if (method.getParameterTypes()[i].isArray()) {
      return;
    }
    if (CONTAINERS.stream().anyMatch(c -> c.isAssignableFrom(method.getParameterTypes()[i]))) {
      assertThat(thrown.getMessage()).as(name).doesNotContain("<local");
      return;
    }
    assertThat(thrown.getMessage()).as(name).isNotNull().contains(".Builder")
        .containsPattern("'\\w+'|to copy").doesNotContain("Cannot invoke");
  }
}
