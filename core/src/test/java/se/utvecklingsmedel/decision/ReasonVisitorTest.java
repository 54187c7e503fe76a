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

  private static final se.utvecklingsmedel.recipient.Recipient A =
      se.utvecklingsmedel.recipient.ReferenceData.municipality("0180");
  private static final se.utvecklingsmedel.recipient.Recipient B =
      se.utvecklingsmedel.recipient.ReferenceData.municipality("2584");

  /** A visitor that answers the name of the method called. */
  private static final ReasonVisitor<?> NAMES = (ReasonVisitor<?>) Proxy.newProxyInstance(
      ReasonVisitor.class.getClassLoader(), new Class<?>[] {ReasonVisitor.class},
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
    assertThat(kinds).hasSize(27); // NotShared added with pools of unclaimed funds (issue 29)
    assertThat(Stream.of(ReasonVisitor.class.getDeclaredMethods())
        .map(m -> m.getParameterTypes()[0].getSimpleName()))
        .containsExactlyInAnyOrderElementsOf(kinds);
    assertThat(ReasonSamples.all().values().stream().map(r -> r.getClass().getSimpleName()))
        .containsAll(kinds);
  }

  @Test
  void anAwardReasonAgreesOnlyWithTheAmountItExplains() {
    Amount applied = Amount.ofKronor(100);
    Amount part = Amount.ofKronor(40);
    Amount pot = Amount.ofKronor(1_000);
    // In full: the whole amount, naming what is left after it.
    assertThat(new AwardReason.GrantedInFull(Amount.ofKronor(900)).agreesWith(A, applied, applied, pot))
        .isTrue();
    assertThat(new AwardReason.GrantedInFull(Amount.ofKronor(99_000_000))
        .agreesWith(A, applied, applied, pot)).isFalse();
    assertThat(new AwardReason.GrantedInFull(Amount.ofKronor(900)).agreesWith(A, part, applied, pot))
        .isFalse();
    // In part: all that was left, more than nothing, less than applied for.
    assertThat(new AwardReason.GrantedInPart(part).agreesWith(A, part, applied, part)).isTrue();
    assertThat(new AwardReason.GrantedInPart(part).agreesWith(A, part, applied, pot)).isFalse();
    assertThat(new AwardReason.GrantedInPart(applied).agreesWith(A, applied, applied, applied)).isFalse();
    assertThat(new AwardReason.GrantedInPart(Amount.zero())
        .agreesWith(A, Amount.zero(), applied, Amount.zero())).isFalse();
    // Used up: nothing, from a pot with nothing left.
    assertThat(new AwardReason.PotUsedUp().agreesWith(A, Amount.zero(), applied, Amount.zero()))
        .isTrue();
    assertThat(new AwardReason.PotUsedUp().agreesWith(A, Amount.zero(), applied, pot)).isFalse();
    assertThat(new AwardReason.PotUsedUp().agreesWith(A, part, applied, Amount.zero())).isFalse();
    // Does not fit: nothing, naming the amount applied for and what was left.
    assertThat(new AwardReason.DoesNotFit(applied, part).agreesWith(A, Amount.zero(), applied, part))
        .isTrue();
    assertThat(new AwardReason.DoesNotFit(applied, Amount.ofKronor(1))
        .agreesWith(A, Amount.zero(), applied, part)).isFalse();
    assertThat(new AwardReason.DoesNotFit(applied, part).agreesWith(A, part, applied, part)).isFalse();
    assertThat(new AwardReason.DoesNotFit(Amount.ofKronor(999_999), part)
        .agreesWith(A, Amount.zero(), applied, part)).isFalse();
    // A proportional share on another applicant's certificate line does not agree.
    AwardReason.Proportional share = new AwardReason.Proportional(true, ReasonSamples.certificate());
    Amount whole = share.certificate().amount();
    assertThat(share.agreesWith(share.certificate().key(), whole, whole, pot)).isTrue();
    assertThat(share.agreesWith(B, whole, whole, pot)).isFalse();
    // Stated words must not decide against the amount.
    assertThat(stated("x", part, applied)).isTrue();
    assertThat(stated("Ansökan avslås.", applied, applied)).isFalse();
    assertThat(stated("Ansökan beviljas.", Amount.zero(), applied)).isFalse();
    assertThat(stated("Ansökan beviljas inte.", Amount.zero(), applied)).isTrue();
    for (String refusal : new String[] {"Ansökan beviljas ej.", "Ansökan lämnas utan bifall.",
        "Application declined.", "Not granted."}) {
      assertThat(stated(refusal, applied, applied)).as(refusal).isFalse();
      assertThat(stated(refusal, Amount.zero(), applied)).as(refusal).isTrue();
    }
    for (String grant : new String[] {"Ansökan bifalls.", "Application approved.",
        "Ansökan beviljades."}) {
      assertThat(stated(grant, Amount.zero(), applied)).as(grant).isFalse();
      assertThat(stated(grant, applied, applied)).as(grant).isTrue();
    }
  }

  /** More refusals are read as such, and a grant's words that name a refusal in passing are not. */
  @Test
  void statedWordsReadRefusalsInMoreForms() {
    Amount applied = Amount.ofKronor(100);
    for (String refusal : new String[] {"Ansökan avslogs.", "Ansökan har inte beviljats.",
        "Ansökan avvisas.", "Ingen del av ansökan beviljas."}) {
      assertThat(stated(refusal, applied, applied)).as(refusal).isFalse();
      assertThat(stated(refusal, Amount.zero(), applied)).as(refusal).isTrue();
    }
    assertThat(stated("Beviljas efter omprövning av tidigare avslag.", applied, applied)).isTrue();
    // Grants that mention "inget" or "inga" are grants.
    for (String grant : new String[] {"Det finns inget hinder mot att ansökan beviljas.",
        "Då inga andra ansökningar har kommit in beviljas hela beloppet.",
        "Ingen medfinansiering krävs och ansökan bifalls.",
        "Föreningen har ingen liknande verksamhet; därför beviljas ansökan.",
        "Ansökan har beviljats."}) {
      assertThat(stated(grant, applied, applied)).as(grant).isTrue();
      assertThat(stated(grant, Amount.zero(), applied)).as(grant).isFalse();
    }
    // Words that both grant and name a refusal decide neither way: they agree with any amount.
    for (String both : new String[] {"Ansökan beviljas eftersom skäl för avslag saknas.",
        "Ansökan beviljas inte bara för 2016 utan även för 2017.",
        "Beviljas trots att ansökan först avvisades som ofullständig."}) {
      assertThat(stated(both, applied, applied)).as(both).isTrue();
    }
    // English words are read on their own: a grant that names an earlier refusal is a grant.
    assertThat(new AwardReason.Stated(new Wording("Beviljas efter omprövning.",
        "Granted after reconsideration of the previous refusal.")).agreesWith(A, applied, applied,
        Amount.ofKronor(1_000))).isTrue();
    assertThat(new AwardReason.Stated(new Wording("Beviljas.", "Application declined."))
        .agreesWith(A, applied, applied, Amount.ofKronor(1_000))).isFalse();
    // "in full" from a pot with less left than the award: false, never an exception.
    assertThat(new AwardReason.GrantedInFull(Amount.zero()).agreesWith(A, Amount.ofKronor(300),
        Amount.ofKronor(300), Amount.ofKronor(100))).isFalse();
  }

  private static boolean stated(String words, Amount awarded, Amount applied) {
    return new AwardReason.Stated(Wording.same(words)).agreesWith(A, awarded, applied,
        Amount.ofKronor(1_000));
  }
}
