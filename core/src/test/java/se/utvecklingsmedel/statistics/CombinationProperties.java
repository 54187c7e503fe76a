package se.utvecklingsmedel.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.utvecklingsmedel.followup.AreaWork;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.OtherMethod;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * The tally counts each combination in one pass over a recipient's terms; what it counts must be
 * what each combination's own definition ({@link TermCombination#matches}) says, for the report and
 * for an area's work.
 */
class CombinationProperties {

  /** One recipient's terms, and which of them its work in one area names. */
  record Named(Set<AssessmentInstrument> instruments, Set<Method> methods,
      Set<VulnerableGroup> groups, Set<CollaborationPartner> partners, long keepInArea) {

    <T> Set<T> inArea(Set<T> terms, int salt) {
      List<T> kept = new ArrayList<>();
      int i = salt;
      for (T term : terms) {
        if ((keepInArea >>> (i++ % 64) & 1) == 1) {
          kept.add(term);
        }
      }
      return Set.copyOf(kept);
    }
  }

  @Provide
  Arbitrary<Named> named() {
    Arbitrary<Set<Method>> methods = Arbitraries.of(KnownMethod.TRAPPAN, KnownMethod.KIBB,
        OtherMethod.of("Samtal i grupp")).set().ofMaxSize(3).map(s -> Set.copyOf(s));
    return Combinators.combine(Arbitraries.of(AssessmentInstrument.class).set().ofMaxSize(4),
        methods, Arbitraries.of(VulnerableGroup.class).set().ofMaxSize(3),
        Arbitraries.of(CollaborationPartner.class).set().ofMaxSize(5), Arbitraries.longs())
        .as(Named::new);
  }

  @Property(tries = 300)
  void theTallyCountsWhatEachCombinationMatches(@ForAll("named") Named a,
      @ForAll("named") Named b, @ForAll("named") Named c) {
    MunicipalActivityArea area = MunicipalActivityArea.COLLABORATION;
    Map<Municipality, Named> byRecipient = Map.of(TallyTest.A, a, TallyTest.B, b, TallyTest.C, c);
    List<FollowUpReport> reports = new ArrayList<>();
    Map<TermCombination, Integer> expected = new EnumMap<>(TermCombination.class);
    Map<TermCombination, Integer> expectedInArea = new EnumMap<>(TermCombination.class);
    byRecipient.forEach((municipality, named) -> {
      AreaWork work = AreaWork.builder().addAllInstruments(named.inArea(named.instruments(), 0))
          .addAllMethods(named.inArea(named.methods(), 7))
          .addAllVulnerableGroups(named.inArea(named.groups(), 13))
          .addAllPartners(named.inArea(named.partners(), 29)).build();
      long granted = municipality.equals(TallyTest.C) ? 10_000_000 : 20_000_000;
      reports.add(TallyTest.report(municipality, granted).addArea(area).putWork(area, work)
          .addAllInstruments(named.instruments()).addAllMethods(named.methods())
          .addAllVulnerableGroups(named.groups()).addAllPartners(named.partners()).build());
      for (TermCombination combination : TermCombination.values()) {
        if (combination.matches(named.instruments(), named.methods(), named.groups(),
            named.partners())) {
          expected.merge(combination, 1, Integer::sum);
        }
        if (combination.matches(work.instruments(), work.methods(), work.vulnerableGroups(),
            work.partners())) {
          expectedInArea.merge(combination, 1, Integer::sum);
        }
      }
    });
    WorkCounts counted = RoundStatistics.of(FollowUp.of(TallyTest.allocation(), reports,
        LocalDate.of(2017, 9, 30))).of(RecipientCategory.MUNICIPALITY).work();
    assertThat(counted.combinations()).isEqualTo(expected);
    assertThat(counted.byArea().get(area).combinations()).isEqualTo(expectedInArea);
  }
}
