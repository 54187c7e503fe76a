package se.utvecklingsmedel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.OtherMethod;
import se.utvecklingsmedel.vocabulary.Outcome;

/** A count per term: order, sums and the collector, as a grant auditor would check them. */
class TermCountsTest {

  private static final OtherMethod STEG = OtherMethod.of("Stegmodellen");
  private static final OtherMethod ADAPT = OtherMethod.of("Adapt");

  @Example
  void termsAreListedAsTheirEnumThenTermsNamedInWordsByLabel() {
    TermCounts<Method> counts = TermCounts.copyOf(Map.of(STEG, 9, KnownMethod.KIBB, 1,
        ADAPT, 2, KnownMethod.MOTIVATIONAL_INTERVIEWING, 96, KnownMethod.TRAPPAN, 52));
    assertThat(counts.keySet()).containsExactly(KnownMethod.MOTIVATIONAL_INTERVIEWING,
        KnownMethod.TRAPPAN, KnownMethod.KIBB, ADAPT, STEG);
    assertThat(counts.count(KnownMethod.TRAPPAN)).isEqualTo(52);
    assertThat(counts.count(KnownMethod.SIGNS_OF_SAFETY)).isZero();
    assertThat(counts.get(KnownMethod.SIGNS_OF_SAFETY)).isNull();
    assertThat(counts.total()).isEqualTo(160);
    assertThat(counts).isEqualTo(Map.of(STEG, 9, KnownMethod.KIBB, 1, ADAPT, 2,
        KnownMethod.MOTIVATIONAL_INTERVIEWING, 96, KnownMethod.TRAPPAN, 52));
  }

  @Example
  void theCollectorCountsEachOccurrence() {
    TermCounts<Outcome> counts = List.of(Outcome.PARTLY, Outcome.FULLY, Outcome.PARTLY).stream()
        .collect(TermCounts.counting());
    assertThat(counts).containsExactly(Map.entry(Outcome.FULLY, 1), Map.entry(Outcome.PARTLY, 2));
    assertThat(List.<Outcome>of().stream().collect(TermCounts.counting())).isSameAs(TermCounts.of());
  }

  @Example
  void aSumBeyondAnIntIsRefused() {
    TermCounts<Outcome> most = TermCounts.of(Outcome.FULLY, Integer.MAX_VALUE);
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> most.plus(most));
    assertThat(most.total() + most.total()).isEqualTo(2L * Integer.MAX_VALUE);
  }

  @Example
  void nullsAreRefusedByName() {
    Map<Outcome, Integer> nullCount = new HashMap<>();
    nullCount.put(Outcome.FULLY, null);
    assertThatNullPointerException().isThrownBy(() -> TermCounts.copyOf(nullCount))
        .withMessage("TermCounts 'counts' must not hold a null count: the count of "
            + Outcome.FULLY.label() + " is null");
    assertThatNullPointerException().isThrownBy(() -> TermCounts.of(null, 1))
        .withMessage("TermCounts 'term' must not be null");
    assertThatNullPointerException().isThrownBy(
        () -> java.util.stream.Stream.of(Outcome.FULLY, null).collect(TermCounts.counting()))
        .withMessage("TermCounts.counting() must not count a null term");
  }

  @Property(tries = 300)
  void countsDoNotDependOnTheOrderOfTheTerms(@ForAll("terms") List<CollaborationPartner> terms,
      @ForAll long seed) {
    List<CollaborationPartner> shuffled = new ArrayList<>(terms);
    Collections.shuffle(shuffled, new Random(seed));
    TermCounts<CollaborationPartner> counts = terms.stream().collect(TermCounts.counting());
    TermCounts<CollaborationPartner> again = shuffled.stream().collect(TermCounts.counting());
    assertThat(again).isEqualTo(counts);
    assertThat(again.keySet()).containsExactlyElementsOf(counts.keySet());
    assertThat(counts.total()).isEqualTo(terms.size());
    counts.forEach((term, n) -> assertThat(n).isEqualTo(Collections.frequency(terms, term)));
    assertThat(TermCounts.copyOf(new HashMap<>(counts)).keySet())
        .containsExactlyElementsOf(counts.keySet());
  }

  @Property(tries = 300)
  void plusAddsTermByTermAndTotals(@ForAll("terms") List<CollaborationPartner> a,
      @ForAll("terms") List<CollaborationPartner> b) {
    TermCounts<CollaborationPartner> left = a.stream().collect(TermCounts.counting());
    TermCounts<CollaborationPartner> right = b.stream().collect(TermCounts.counting());
    List<CollaborationPartner> both = new ArrayList<>(a);
    both.addAll(b);
    assertThat(left.plus(right)).isEqualTo(both.stream().collect(TermCounts.counting()))
        .isEqualTo(right.plus(left));
    assertThat(left.plus(right).total()).isEqualTo(left.total() + right.total());
    assertThat(left.plus(TermCounts.of())).isEqualTo(left);
  }

  @Provide
  Arbitrary<List<CollaborationPartner>> terms() {
    return Arbitraries.of(CollaborationPartner.class).list().ofMaxSize(40);
  }
}
