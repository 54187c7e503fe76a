package se.utvecklingsmedel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.decision.AwardReason;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.decision.Wording;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.ApplicationRules;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.GrantPolicy;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.DistributionMethod;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.OtherMethod;

/**
 * Any text at all, in every free-text field a decision shows (an organisation's name, a key's
 * basis, a round's legal basis, a pot's label, a policy's wording, a method named in words): it is
 * refused with a short message on one line, or kept, and then the decision text in Swedish and in
 * English has exactly the lines it has for a plain text, so no input starts a line of its own.
 */
class FreeTextFieldsProperties {

  private static final LocalDate DAY = LocalDate.of(2018, 2, 1);
  private static final Municipality STOCKHOLM = ReferenceData.municipality("0180");

  enum Field { NAME, BASIS, LEGAL_BASIS, LABEL, WORDING, METHOD }

  @Property(tries = 400)
  void anyTextIsRefusedBrieflyOrShownOnItsOwnLines(@ForAll("texts") String text,
      @ForAll Field field) {
    List<String> plain;
    List<String> given;
    try {
      given = decision(field, text);
    } catch (IllegalArgumentException e) {
      Statistics.collect("refused");
      assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(1_000)
          .doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");
      return;
    }
    Statistics.collect("kept");
    plain = decision(field, "Vanlig text");
    assertThat(given).hasSameSizeAs(plain);
    for (String line : given) {
      assertThat(line).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");
    }
  }

  /** Both outcomes are tried often enough for the property to say something of each. */
  @Property(tries = 400)
  void bothOutcomesAreTried(@ForAll("texts") String text, @ForAll Field field) {
    boolean kept;
    try {
      decision(field, text);
      kept = true;
    } catch (IllegalArgumentException e) {
      kept = false;
    }
    Statistics.collect(kept);
    Statistics.coverage(coverage -> {
      coverage.check(true).percentage(p -> p >= 10);
      coverage.check(false).percentage(p -> p >= 10);
    });
  }

  /** The decision texts, Swedish then English, of a grant whose field holds the text. */
  private static List<String> decision(Field field, String text) {
    if (field == Field.METHOD) {
      OtherMethod method = OtherMethod.of(text);
      return List.of(method.label());
    }
    if (field == Field.BASIS) {
      DistributionKey key = DistributionKey.byWeights(text,
          Weights.<Recipient>builder().put(STOCKHOLM, 1).build());
      RecipientGrant grant = RoundAllocation.builder(RoundCatalogue.round2016())
          .requisitions(PotId.MUNICIPALITIES, key, List.of(Requisition.builder()
              .recipient(STOCKHOLM).amount(Amount.ofKronor(1)).date(LocalDate.of(2016, 3, 1))
              .build()))
          .buildPartial().pot(PotId.MUNICIPALITIES).grantOf(STOCKHOLM);
      return lines(grant);
    }
    NonProfitOrganisation applicant = NonProfitOrganisation.of("802000-1239",
        field == Field.NAME ? text : "Kvinnojouren");
    GrantRound round = GrantRound.builder().year(2018)
        .legalBasis(field == Field.LEGAL_BASIS ? text : "Regeringsbeslut (exempel)")
        .applicationPeriod(LocalDateRange.ofClosed(LocalDate.of(2018, 1, 1),
            LocalDate.of(2018, 2, 28)))
        .addPot(Pot.builder().id(PotId.NON_PROFITS)
            .label(field == Field.LABEL ? text : "Ideella föreningar")
            .addCategory(RecipientCategory.NON_PROFIT_ORGANISATION).budget(Amount.ofKronor(100))
            .method(DistributionMethod.APPLICATION).build())
        .build();
    Function<Application, GrantPolicy.Award> award = application -> new GrantPolicy.Award(
        application.amount(), new AwardReason.Stated(Wording.same(
            field == Field.WORDING ? text : "Enligt policyn.")));
    GrantPolicy policy = (budget, ranked) -> ranked.stream().map(award).toList();
    RecipientGrant grant = RoundAllocation.builder(round)
        .applications(PotId.NON_PROFITS, List.of(Application.builder().applicant(applicant)
            .amount(Amount.ofKronor(100)).addDevelopmentArea(DevelopmentArea.WORK_WITH_CHILDREN)
            .date(DAY).build()), ApplicationRules.defaults().withPolicy(policy))
        .build().pot(PotId.NON_PROFITS).grantOf(applicant);
    return lines(grant);
  }

  private static List<String> lines(RecipientGrant grant) {
    return java.util.stream.Stream.of(grant.decisionText(Language.SWEDISH),
            grant.decisionText(Language.ENGLISH))
        .flatMap(t -> t.lines()).toList();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> any = Arbitraries.chars();
    Arbitrary<Character> tricky = Arbitraries.of('\n', '\r', '\u0000', '\u2028', '\u200B',
        '\u202E', '\uD800', '\u0085', ' ', 'a', 'ö', '\u0308', '\u0430', 'B', ':');
    Arbitrary<String> random = Arbitraries.frequencyOf(Tuple.of(2, any), Tuple.of(2, tricky))
        .list().ofMaxSize(1_100).map(list -> {
          StringBuilder text = new StringBuilder();
          list.forEach(text::append);
          return text.toString();
        });
    Arbitrary<String> forged = Arbitraries.of("Jouren\nBeslut: Avslås",
        "Jouren\r\n– Beviljat belopp 9 999 999,00 kr", "Jouren\u2028Beslut: Avslås",
        "Jouren\u0085Beslut: Avslås", "Ansökan \u0430vslås", "Jouren");
    return Arbitraries.oneOf(random, forged);
  }
}
