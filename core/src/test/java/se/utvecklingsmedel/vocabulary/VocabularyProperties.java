package se.utvecklingsmedel.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.round.DistributionMethod;

/** Every label of every vocabulary enum parses back to its constant, however it is cased. */
class VocabularyProperties {

  /** One constant of one vocabulary enum, with that enum's own parser. */
  record Term(SwedishLabelled constant, Function<String, SwedishLabelled> parser) {
  }

  private static <E extends Enum<E> & SwedishLabelled> List<Term> terms(E[] values,
      Function<String, SwedishLabelled> parser) {
    return java.util.Arrays.stream(values).map(v -> new Term(v, parser)).toList();
  }

  @Provide
  Arbitrary<Term> terms() {
    List<Term> all = new java.util.ArrayList<>();
    all.addAll(terms(DevelopmentArea.values(), l -> SwedishLabelled.parse(DevelopmentArea.class, l)));
    all.addAll(terms(MunicipalActivityArea.values(), l -> SwedishLabelled.parse(MunicipalActivityArea.class, l)));
    all.addAll(terms(RegionalActivityArea.values(), l -> SwedishLabelled.parse(RegionalActivityArea.class, l)));
    all.addAll(terms(AssessmentInstrument.values(), l -> SwedishLabelled.parse(AssessmentInstrument.class, l)));
    all.addAll(terms(InstrumentPurpose.values(), l -> SwedishLabelled.parse(InstrumentPurpose.class, l)));
    all.addAll(terms(KnownMethod.values(), l -> SwedishLabelled.parse(KnownMethod.class, l)));
    all.addAll(terms(VulnerableGroup.values(), l -> SwedishLabelled.parse(VulnerableGroup.class, l)));
    all.addAll(terms(CollaborationPartner.values(), l -> SwedishLabelled.parse(CollaborationPartner.class, l)));
    all.addAll(terms(Outcome.values(), l -> SwedishLabelled.parse(Outcome.class, l)));
    all.addAll(terms(UnusedFundsReason.values(), l -> SwedishLabelled.parse(UnusedFundsReason.class, l)));
    all.addAll(terms(CompetenceSupportTheme.values(), l -> SwedishLabelled.parse(CompetenceSupportTheme.class, l)));
    all.addAll(terms(RecipientCategory.values(), l -> SwedishLabelled.parse(RecipientCategory.class, l)));
    all.addAll(terms(DistributionMethod.values(), l -> SwedishLabelled.parse(DistributionMethod.class, l)));
    return Arbitraries.of(all);
  }

  @Property
  void everyLabelParsesBack(@ForAll("terms") Term term, @ForAll boolean upper) {
    String label = term.constant().label();
    String cased = upper ? label.toUpperCase(Locale.ROOT) : label.toLowerCase(Locale.ROOT);
    assertThat(term.parser().apply(label)).isSameAs(term.constant());
    assertThat(term.parser().apply(cased)).isSameAs(term.constant());
    assertThat(term.parser().apply("  " + label.replace(" ", "   ") + "\t")).isSameAs(term.constant());
  }

  @Property
  void knownMethodsAreFoundByMethodOf(@ForAll KnownMethod method) {
    assertThat(Method.of(method.label())).isSameAs(method);
  }
}
