package se.utvecklingsmedel.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.money.Amount;

/**
 * Every reason kind's Swedish and English text, pinned (issue 13): the terms of the seeds and the law
 * in Swedish ("Beviljat belopp", "rekvirerat", "ej förbrukade medel", "återbetalning", "återkrav"),
 * money as {@code 1 234,00 kr} and dates as {@code 30 april 2016}; English as the library's
 * earlier sentences.
 */
class ReasonTextTest {

  private static final Map<String, List<String>> TEXTS = texts();

  private static Map<String, List<String>> texts() {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    texts.put("KeyedByWeights", List.of(
        "Fördelat belopp 0,04 kr enligt fördelningsnyckeln (invånare): 0114 Upplands "
        + "Väsby: vikt 5 av 10 i en pott på 0,09 kr ger den exakta kvoten 45/10 öre (4 + "
        + "5/10); heltalsdel 4 öre; plats 3 av 3 i ordningen efter rest, alltså inget "
        + "extra öre (avgjort av resten); belopp 0,04 kr.",
        "Keyed amount 0.04 kr by the distribution key (invånare): 0114 Upplands Väsby: "
        + "weight 5 of 10 in a pool of 0.09 kr gives the exact quota 45/10 öre (4 + 5/10); "
        + "floor 4 öre; remainder rank 3 of 3, so no extra öre (decided by remainder); "
        + "amount 0.04 kr."));
    texts.put("KeyedAsListed", List.of(
        "Fördelat belopp 146 952,00 kr enligt fördelningsnyckeln (bilaga 2).",
        "Keyed amount 146952.00 kr as the distribution key (bilaga 2) lists it."));
    texts.put("NotRequisitioned", List.of(
        "Rekvirerade inte: det fördelade beloppet 146 952,00 kr är ej rekvirerade medel.",
        "Did not requisition: the keyed amount 146952.00 kr is unclaimed."));
    texts.put("RefusedLate", List.of(
        "Rekvirerade 146 952,00 kr den 3 maj 2016, efter sista dag för rekvisition 30 "
        + "april 2016 (flyttad till 2 maj 2016 enligt lagen (1930:173) om beräkning av "
        + "lagstadgad tid): avslås, eftersom för sent inkomna rekvisitioner inte godtas; "
        + "det fördelade beloppet 146 952,00 kr är ej rekvirerade medel.",
        "Requisitioned 146952.00 kr on 2016-05-03, after the requisition deadline "
        + "2016-04-30 (moved to 2016-05-02 by lagen (1930:173)): refused, as late "
        + "requisitions are; the keyed amount 146952.00 kr is unclaimed."));
    texts.put("Requisitioned", List.of(
        "Rekvirerade 100 000,00 kr den 2 maj 2016: högst det fördelade beloppet, godtas; "
        + "resterande 46 952,00 kr av det fördelade beloppet är ej rekvirerade medel.",
        "Requisitioned 100000.00 kr on 2016-05-02: at most the keyed amount, accepted; "
        + "the other 46952.00 kr of the keyed amount is unclaimed."));
    texts.put("RequisitionedLate", List.of(
        "Rekvirerade 146 952,00 kr den 3 maj 2016, efter sista dag för rekvisition 30 "
        + "april 2016 (flyttad till 2 maj 2016 enligt lagen (1930:173) om beräkning av "
        + "lagstadgad tid), godtas trots att den kom in för sent, som omgångens regler "
        + "tillåter: högst det fördelade beloppet, godtas.",
        "Requisitioned 146952.00 kr on 2016-05-03, after the requisition deadline "
        + "2016-04-30 (moved to 2016-05-02 by lagen (1930:173)), accepted late as the "
        + "round's policy allows: at most the keyed amount, accepted."));
    texts.put("NoShareAsked", List.of(
        "Begärde inte del av ej rekvirerade medel.",
        "Did not ask for a share of unclaimed funds."));
    texts.put("NotEligibleForShare", List.of(
        "Begärde del av ej rekvirerade medel men rekvirerade 100 000,00 kr av sitt "
        + "fördelade belopp 146 952,00 kr: har inte rätt till omfördelade medel, eftersom "
        + "den som lämnar en del av sitt eget fördelade belopp orekvirerat inte får del av "
        + "andras (teambeslut; omgångens regler kan säga annat).",
        "Asked for a share of unclaimed funds, but requisitioned 100000.00 kr of its "
        + "keyed 146952.00 kr: not eligible, since a recipient that leaves part of its own "
        + "keyed amount unclaimed does not share in unclaimed funds (team decision; the "
        + "round's rules may say otherwise)."));
    texts.put("NothingToShare", List.of(
        "Begärde del av ej rekvirerade medel, men det fanns inga att fördela.",
        "Asked for a share of unclaimed funds, but there were none to share."));
    texts.put("Redistributed", List.of(
        "Begärde del av ej rekvirerade medel (högst 100,00 kr): 100,00 kr av 1 000,00 kr "
        + "ej rekvirerade medel, omfördelade i lika delar mellan 2: 0114 Upplands Väsby: "
        + "vikt 1; taket 100,00 kr binder, eftersom kvoten av potten skulle bli minst lika "
        + "stor, så beloppet blir exakt taket; belopp 100,00 kr.",
        "Asked for a share of unclaimed funds (at most 100.00 kr): 100.00 kr of the "
        + "1000.00 kr unclaimed, shared in equal shares among 2: 0114 Upplands Väsby: "
        + "weight 1; its cap of 100.00 kr binds, since its exact quota of the pool would "
        + "be at least as large, so it receives exactly its cap; amount 100.00 kr."));
    texts.put("GrantTotal", List.of(
        "Beviljat belopp 166 952,00 kr = rekvirerat 146 952,00 kr + omfördelat 20 000,00 "
        + "kr.",
        "Granted 166952.00 kr = requisitioned 146952.00 kr + redistributed 20000.00 kr."));
    texts.put("Assigned", List.of(
        "Tilldelat 500 000,00 kr för att genomföra uppdraget; inte ett bidrag som "
        + "återrapporteras eller återkrävs.",
        "Assigned 500000.00 kr to carry out the mission; not a grant that is reported on "
        + "or reclaimed."));
    texts.put("Applied", List.of(
        "Ansökte om 350 000,00 kr den 15 februari 2016 för Insatser för våldsutsatta "
        + "kvinnor.",
        "Applied for 350000.00 kr on 2016-02-15 for Insatser för våldsutsatta kvinnor."));
    texts.put("PotDoesNotServe", List.of(
        "Uppfyller inte villkoren: potten non-profits är inte avsedd för kommun.",
        "Not eligible: pot non-profits does not serve kommun."));
    texts.put("OutsideApplicationPeriod", List.of(
        "Uppfyller inte villkoren: inkom den 1 mars 2016, utanför ansökningsperioden 1 "
        + "januari 2016 – 29 februari 2016.",
        "Not eligible: received 2016-03-01, outside the application period 2016-01-01 – "
        + "2016-02-29."));
    texts.put("Prioritised", List.of(
        "Uppfyller villkoren; prioritet 1: direkt stöd där det saknas.",
        "Eligible; priority 1: direct support where it is missing."));
    texts.put("GrantedInFull", List.of(
        "Beviljas i sin helhet i prioritetsordning; 200 000,00 kr kvar i potten.",
        "Granted in full in priority order; 200000.00 kr left in the pot."));
    texts.put("GrantedInPart", List.of(
        "Beviljas delvis: de 200 000,00 kr som var kvar i potten, det sista bidraget i "
        + "prioritetsordning.",
        "Granted in part: the 200000.00 kr left in the pot, the last grant in priority "
        + "order."));
    texts.put("PotUsedUp", List.of(
        "Avslås: potten gick åt till ansökningar med högre prioritet.",
        "Rejected: the pot was used up by applications of higher priority."));
    texts.put("DoesNotFit", List.of(
        "Avslås: 350 000,00 kr ryms inte i de 200 000,00 kr som var kvar i potten, och "
        + "bara hela ansökningar beviljas.",
        "Rejected: 350000.00 kr does not fit the 200000.00 kr left in the pot, and only "
        + "whole applications are granted."));
    texts.put("Proportional", List.of(
        "Nedräknat i proportion till sökt belopp, liksom alla ansökningar som uppfyller "
        + "villkoren: 0114 Upplands Väsby: vikt 5 av 10 i en pott på 0,09 kr ger den "
        + "exakta kvoten 45/10 öre (4 + 5/10); heltalsdel 4 öre; plats 3 av 3 i ordningen "
        + "efter rest, alltså inget extra öre (avgjort av resten); belopp 0,04 kr.",
        "Scaled down with every eligible application in proportion to the amount applied "
        + "for: 0114 Upplands Väsby: weight 5 of 10 in a pool of 0.09 kr gives the exact "
        + "quota 45/10 öre (4 + 5/10); floor 4 öre; remainder rank 3 of 3, so no extra öre "
        + "(decided by remainder); amount 0.04 kr."));
    texts.put("Stated", List.of(
        "Hälften, enligt policyn.",
        "Half, by policy."));
    texts.put("Used", List.of(
        "Förbrukade medel 120 000,00 kr av beviljade 146 952,00 kr; ej förbrukade medel "
        + "26 952,00 kr.",
        "Used 120000.00 kr of the 146952.00 kr granted; 26952.00 kr unused."));
    texts.put("Repayment", List.of(
        "Återbetalning: 26 952,00 kr av beviljade 146 952,00 kr förbrukades inte under "
        + "användningsperioden; ej förbrukade medel ska återbetalas till Socialstyrelsen.",
        "Repayment (återbetalning): 26952.00 kr of the 146952.00 kr granted was not used "
        + "by the end of the use period."));
    texts.put("RecoveryWithoutReport", List.of(
        "Återkrav: ingen återrapportering senast 31 mars 2017, så inget av bidraget är "
        + "redovisat.",
        "Recovery (återkrav): no follow-up report by the deadline 2017-03-31, so none of "
        + "the grant is accounted for."));
    texts.put("RecoveryIncompleteReport", List.of(
        "Återkrav: återrapporteringen är ofullständig efter sista dag 31 mars 2017, så "
        + "de 120 000,00 kr som den anger som förbrukade är inte redovisade.",
        "Recovery (återkrav): the report is still incomplete after the deadline "
        + "2017-03-31, so the 120000.00 kr it says was used is not accounted for."));
    texts.put("RecoveryOutsidePurpose", List.of(
        "Återkrav: återrapporteringen anger 5 000,00 kr som förbrukade utanför bidragets "
        + "ändamål.",
        "Recovery (återkrav): the report declares 5000.00 kr used outside the grant's "
        + "purpose."));
    return texts;
  }

  @Test
  void everyKindHasItsSwedishAndEnglishTextPinned() {
    Map<String, Reason> samples = ReasonSamples.all();
    assertThat(samples.keySet()).containsExactlyElementsOf(TEXTS.keySet());
    samples.forEach((kind, reason) -> {
      assertThat(reason.text(Language.SWEDISH)).as(kind + " in Swedish")
          .isEqualTo(TEXTS.get(kind).get(0));
      assertThat(reason.text(Language.ENGLISH)).as(kind + " in English")
          .isEqualTo(TEXTS.get(kind).get(1));
    });
  }

  /** A kind added to {@link Reason} without a sample and a pinned text fails here. */
  @Test
  void everyKindOfReasonIsSampled() {
    List<Class<?>> kinds = new ArrayList<>();
    collect(Reason.class, kinds);
    assertThat(ReasonSamples.all().values().stream().map(Object::getClass).distinct())
        .containsExactlyInAnyOrderElementsOf(kinds);
  }

  private static void collect(Class<?> type, List<Class<?>> kinds) {
    for (Class<?> sub : type.getPermittedSubclasses()) {
      if (sub.isInterface()) {
        collect(sub, kinds);
      } else {
        kinds.add(sub);
      }
    }
  }

  @Test
  void moneyAndDatesAsEachLanguageWritesThem() {
    assertThat(Language.SWEDISH.amount(Amount.parse("1234567.89"))).isEqualTo("1 234 567,89 kr");
    assertThat(Language.ENGLISH.amount(Amount.parse("1234567.89"))).isEqualTo("1234567.89 kr");
    assertThat(Language.SWEDISH.date(LocalDate.of(2017, 9, 30))).isEqualTo("30 september 2017");
    assertThat(Language.SWEDISH.date(LocalDate.of(2016, 1, 1))).isEqualTo("1 januari 2016");
    assertThat(Language.ENGLISH.date(LocalDate.of(2017, 9, 30))).isEqualTo("2017-09-30");
    assertThat(Language.SWEDISH.label()).isEqualTo("svenska");
  }

  @Test
  void reasonsAreDataAndCheckTheirFigures() {
    // A system asks by type and field, not by parsing: was the cap binding?
    Reason redistributed = ReasonSamples.all().get("Redistributed");
    assertThat(redistributed).isInstanceOfSatisfying(Reason.Redistributed.class,
        r -> assertThat(r.capBound()).isTrue());
    assertThat(new Reason.Requisitioned(Amount.ofKronor(100), LocalDate.of(2016, 3, 1),
        Amount.ofKronor(150), Optional.empty()).leftUnclaimed()).isEqualTo(Amount.ofKronor(50));
    assertThatIllegalArgumentException().isThrownBy(() -> new Reason.Requisitioned(
            Amount.ofKronor(200), LocalDate.of(2016, 3, 1), Amount.ofKronor(150), Optional.empty()))
        .withMessage("Requisitioned 'requested' 200.00 kr must not be more than 'keyed' 150.00 kr");
    assertThatIllegalArgumentException().isThrownBy(() -> new Reason.GrantTotal(Amount.ofKronor(1),
            Amount.ofKronor(1), Amount.ofKronor(1)))
        .withMessage("GrantTotal 'granted' 1.00 kr must be 'requested' 1.00 kr + 'redistributed' "
            + "1.00 kr");
    assertThatIllegalArgumentException().isThrownBy(() -> new Reason.KeyedByWeights(
            Amount.ofOre(5), "x", ReasonSamples.certificate()))
        .withMessage("KeyedByWeights 'amount' 0.05 kr must be the certificate's 0.04 kr");
    assertThatIllegalArgumentException().isThrownBy(() -> new Reason.Used(Amount.ofKronor(1),
            Amount.ofKronor(1), Amount.ofKronor(3)))
        .withMessage("Used 'granted' 3.00 kr must be 'used' 1.00 kr + 'unused' 1.00 kr");
    assertThatIllegalArgumentException().isThrownBy(() -> new Reason.Prioritised(0,
            Wording.same("x"))).withMessage("Prioritised 'rank' must be 1 or more, but was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> new Deadline(LocalDate.of(2016, 5, 2),
            LocalDate.of(2016, 4, 30)))
        .withMessage("Deadline 'effective' 2016-04-30 must not be before 'stated' 2016-05-02");
    assertThatIllegalArgumentException().isThrownBy(() -> new Wording(" ", "x"))
        .withMessage("Wording 'swedish' must not be blank");
    assertThatNullPointerException().isThrownBy(() -> new Reason.NoShareAsked().text(null))
        .withMessage("Reason 'language' must not be null");
    assertThat(new Wording("sv", "en").in(Language.ENGLISH)).isEqualTo("en");
    assertThat(Stream.of(Language.values()).map(Language::label)).containsExactly("svenska",
        "engelska");
    assertThat(Arrays.asList(new Deadline(LocalDate.of(2016, 4, 30), LocalDate.of(2016, 5, 2))
        .moved(), new Deadline(LocalDate.of(2016, 4, 29), LocalDate.of(2016, 4, 29)).moved()))
        .containsExactly(true, false);
  }
}
