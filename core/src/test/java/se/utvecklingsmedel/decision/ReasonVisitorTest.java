package se.utvecklingsmedel.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.money.Amount;

/** Every kind of reason reaches its own method of a visitor, and the visitor has one per kind. */
class ReasonVisitorTest {

  /** A visitor that answers the name of the method called. */
  private static final Reason.Visitor<?> NAMES = (Reason.Visitor<?>) Proxy.newProxyInstance(
      Reason.Visitor.class.getClassLoader(), new Class<?>[] {Reason.Visitor.class},
      (proxy, method, args) -> method.getName() + ":" + args[0].getClass().getSimpleName());

  @Test
  void eachKindCallsItsOwnMethodWithItself() {
    ReasonSamples.all().values().forEach(reason -> {
      String kind = reason.getClass().getSimpleName();
      assertThat(reason.accept(NAMES)).isEqualTo(Character.toLowerCase(kind.charAt(0))
          + kind.substring(1) + ":" + kind);
    });
  }

  @Test
  void theVisitorHasOneMethodPerKindAndTheSamplesCoverEveryKind() {
    Set<String> kinds = Stream.of(Reason.class.getPermittedSubclasses())
        .flatMap(c -> c.isInterface() ? Stream.of(c.getPermittedSubclasses()) : Stream.of(c))
        .map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    assertThat(kinds).hasSize(26);
    assertThat(Stream.of(Reason.Visitor.class.getDeclaredMethods())
        .map(m -> m.getParameterTypes()[0].getSimpleName()))
        .containsExactlyInAnyOrderElementsOf(kinds);
    assertThat(ReasonSamples.all().values().stream().map(r -> r.getClass().getSimpleName()))
        .containsAll(kinds);
  }

  @Test
  void anAwardReasonAgreesOnlyWithTheAmountItExplains() {
    Amount applied = Amount.ofKronor(100);
    Amount part = Amount.ofKronor(40);
    assertThat(new Reason.GrantedInFull(applied).agreesWith(applied, applied)).isTrue();
    assertThat(new Reason.GrantedInFull(applied).agreesWith(part, applied)).isFalse();
    assertThat(new Reason.GrantedInPart(part).agreesWith(part, applied)).isTrue();
    assertThat(new Reason.GrantedInPart(applied).agreesWith(applied, applied)).isFalse();
    assertThat(new Reason.GrantedInPart(Amount.zero()).agreesWith(Amount.zero(), applied))
        .isFalse();
    assertThat(new Reason.PotUsedUp().agreesWith(Amount.zero(), applied)).isTrue();
    assertThat(new Reason.PotUsedUp().agreesWith(part, applied)).isFalse();
    assertThat(new Reason.DoesNotFit(applied, part).agreesWith(Amount.zero(), applied)).isTrue();
    assertThat(new Reason.DoesNotFit(applied, part).agreesWith(part, applied)).isFalse();
    assertThat(new Reason.Stated(Wording.same("x")).agreesWith(part, applied)).isTrue();
  }
}
