package se.utvecklingsmedel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.statistics.Share;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.County;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;

/**
 * Every setter of every written-out builder returns that same builder, for chaining (issue 11):
 * called once each with a plain sample value.
 */
class BuilderReturnsItselfTest {

  private static Object sample(Class<?> type) {
    if (type == int.class) {
      return 0;
    } else if (type == long.class) {
      return 0L;
    } else if (type == boolean.class) {
      return false;
    } else if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 0);
    } else if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    Map<Class<?>, Object> samples = Map.ofEntries(Map.entry(Optional.class, Optional.empty()),
        Map.entry(OptionalInt.class, OptionalInt.empty()), Map.entry(Iterable.class, List.of()),
        Map.entry(Map.class, Map.of()), Map.entry(ImmutableMap.class, ImmutableMap.of()),
        Map.entry(String.class, "x"), Map.entry(Amount.class, Amount.zero()),
        Map.entry(LocalDate.class, LocalDate.of(2016, 1, 1)),
        Map.entry(LocalDateRange.class, LocalDateRange.ofClosed(LocalDate.of(2016, 1, 1),
            LocalDate.of(2016, 12, 31))),
        Map.entry(Share.class, Share.of(1, 2)), Map.entry(PotId.class, PotId.MUNICIPALITIES),
        Map.entry(Pot.class, RoundCatalogue.round2016().pots().get(0)),
        Map.entry(Recipient.class, ReferenceData.nationalCentre()),
        Map.entry(Municipality.class, ReferenceData.municipality("0180")),
        Map.entry(County.class, ReferenceData.county("01")),
        Map.entry(ActivityArea.class, MunicipalActivityArea.values()[0]),
        Map.entry(se.utvecklingsmedel.vocabulary.Method.class, KnownMethod.values()[0]),
        Map.entry(GrantRound.class, RoundCatalogue.round2016()));
    return samples.get(type);
  }

  @Test
  void everySetterReturnsItsBuilder() throws Exception {
    List<String> called = new ArrayList<>();
    for (Supplier<?> supplier : BuilderNullTest.BUILDERS) {
      for (Method method : supplier.get().getClass().getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers()) || method.getName().equals("build")
            || method.getName().equals("from")) {
          continue;
        }
        Object[] arguments = new Object[method.getParameterCount()];
        boolean known = true;
        for (int i = 0; i < arguments.length; i++) {
          arguments[i] = sample(method.getParameterTypes()[i]);
          known &= arguments[i] != null;
        }
        if (!known) {
          continue;
        }
        Object builder = supplier.get();
        assertThat(method.invoke(builder, arguments)).as(method.toString()).isSameAs(builder);
        called.add(method.getName());
      }
    }
    assertThat(called).hasSizeGreaterThan(140); // PublishedFigures has no builder since 0.3
  }
}
