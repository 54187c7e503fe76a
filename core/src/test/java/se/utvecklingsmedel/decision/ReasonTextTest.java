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
import se.utvecklingsmedel.deadline.Deadline;
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
        "Avsatt belopp enligt fördelningsnyckeln (invånare): 0,04 kr. Beräkning för 0114 "
        + "Upplands Väsby: vikten 5 av 10 av 0,09 kr ger den exakta andelen 45/10 öre (4 + "
        + "5/10), avrundat nedåt 4 öre. Återstående ören fördelas efter storleken på "
        + "avrundningsresten: mottagaren kommer på plats 3 av 3 och får inget extra öre "
        + "(avgjort efter resten). Belopp 0,04 kr.",
        "Keyed amount 0.04 kr by the distribution key (invånare): 0114 Upplands Väsby: "
        + "weight 5 of 10 in a pool of 0.09 kr gives the exact quota 45/10 öre (4 + 5/10); "
        + "floor 4 öre; remainder rank 3 of 3, so no extra öre (decided by remainder); "
        + "amount 0.04 kr."));
    texts.put("KeyedAsListed", List.of(
        "Avsatt belopp enligt fördelningsnyckeln (bilaga 2): 146 952,00 kr.",
        "Keyed amount 146952.00 kr as the distribution key (bilaga 2) lists it."));
    texts.put("NotRequisitioned", List.of(
        "Ingen rekvisition har kommit in; de 146 952,00 kr som avsatts har inte "
        + "rekvirerats.",
        "Did not requisition: the keyed amount 146952.00 kr is unclaimed."));
    texts.put("RefusedLate", List.of(
        "Rekvisitionen om 146 952,00 kr kom in den 3 maj 2016, efter sista dag för "
        + "rekvisition den 30 april 2016 (eftersom den dagen inte var en vardag gällde "
        + "enligt lagen (1930:173) om beräkning av lagstadgad tid i stället den 2 maj "
        + "2016), och avslås eftersom den kom in för sent. De 146 952,00 kr som avsatts "
        + "har inte rekvirerats.",
        "Requisitioned 146952.00 kr on 2016-05-03, after the requisition deadline "
        + "2016-04-30 (moved to 2016-05-02 by lagen (1930:173)): refused, as late "
        + "requisitions are; the keyed amount 146952.00 kr is unclaimed."));
    texts.put("Requisitioned", List.of(
        "Rekvisitionen om 100 000,00 kr kom in den 2 maj 2016. Den överstiger inte det "
        + "avsatta beloppet och godtas. Resterande 46 952,00 kr av det avsatta beloppet "
        + "har inte rekvirerats.",
        "Requisitioned 100000.00 kr on 2016-05-02: at most the keyed amount, accepted; "
        + "the other 46952.00 kr of the keyed amount is unclaimed."));
    texts.put("RequisitionedLate", List.of(
        "Rekvisitionen om 146 952,00 kr kom in den 3 maj 2016, efter sista dag för "
        + "rekvisition den 30 april 2016 (eftersom den dagen inte var en vardag gällde "
        + "enligt lagen (1930:173) om beräkning av lagstadgad tid i stället den 2 maj "
        + "2016), men godtas eftersom villkoren för medlen medger sena rekvisitioner. Den "
        + "överstiger inte det avsatta beloppet.",
        "Requisitioned 146952.00 kr on 2016-05-03, after the requisition deadline "
        + "2016-04-30 (moved to 2016-05-02 by lagen (1930:173)), accepted late as the "
        + "round's policy allows: at most the keyed amount, accepted."));
    texts.put("NoShareAsked", List.of(
        "Mottagaren har inte angett att den vill ta del av medel som andra inte har "
        + "tagit i anspråk.",
        "Did not ask for a share of unclaimed funds."));
    texts.put("NotEligibleForShare", List.of(
        "Mottagaren vill ta del av medel som andra inte har tagit i anspråk men har "
        + "rekvirerat 100 000,00 kr av de 146 952,00 kr som avsatts. Enligt villkoren för "
        + "medlen kan den som inte rekvirerar hela sitt avsatta belopp inte ta del av "
        + "sådana medel.",
        "Asked for a share of unclaimed funds, but requisitioned 100000.00 kr of its "
        + "keyed 146952.00 kr: not eligible, since a recipient that leaves part of its own "
        + "keyed amount unclaimed does not share in unclaimed funds (team decision; the "
        + "round's rules may say otherwise)."));
    texts.put("NothingToShare", List.of(
        "Mottagaren vill ta del av medel som andra inte har tagit i anspråk, men det "
        + "finns inga sådana medel att fördela.",
        "Asked for a share of unclaimed funds, but there were none to share."));
    texts.put("NotShared", List.of(
        "Mottagaren vill ta del av medel som andra inte har tagit i anspråk. Enligt regeringens "
        + "beslut får medel som inte har rekvirerats fördelas, men Socialstyrelsen har inte "
        + "beslutat att fördela dem (30 000 000,00 kr); de återgår därför till staten.",
        "Asked for a share of unclaimed funds: the 30000000.00 kr unclaimed may be shared, but no "
        + "decision to share them was made, so they go back to the state."));
    texts.put("Redistributed", List.of(
        "Mottagaren vill ta del av medel som andra inte har tagit i anspråk (högst "
        + "100,00 kr). Av de 1 000,00 kr som inte har tagits i anspråk får mottagaren "
        + "100,00 kr i ytterligare utvecklingsmedel; medlen har fördelats i lika delar "
        + "mellan 2 mottagare som ville ta del av dem. Beräkning för 0114 Upplands Väsby: "
        + "andelen efter vikten 1 "
        + "skulle bli minst lika stor som det begärda högsta beloppet, så beloppet "
        + "begränsas till 100,00 kr. Belopp 100,00 kr.",
        "Asked for a share of unclaimed funds (at most 100.00 kr): 100.00 kr of the "
        + "1000.00 kr unclaimed, shared in equal shares among 2: 0114 Upplands Väsby: "
        + "weight 1; its cap of 100.00 kr binds, since its exact quota of the pool would "
        + "be at least as large, so it receives exactly its cap; amount 100.00 kr."));
    texts.put("GrantTotal", List.of(
        "Beviljat belopp 166 952,00 kr, varav rekvirerat belopp 146 952,00 kr och "
        + "ytterligare utvecklingsmedel 20 000,00 kr.",
        "Granted 166952.00 kr = requisitioned 146952.00 kr + redistributed 20000.00 kr."));
    texts.put("Assigned", List.of(
        "Mottagaren förfogar över 500 000,00 kr för att genomföra uppdraget. Medlen är "
        + "inte ett bidrag som ska återrapporteras.",
        "Assigned 500000.00 kr to carry out the mission; not a grant that is reported on "
        + "or reclaimed."));
    texts.put("Applied", List.of(
        "Ansökan om 350 000,00 kr kom in den 15 februari 2016 och avser insatser för "
        + "våldsutsatta kvinnor.",
        "Applied for 350000.00 kr on 2016-02-15 for Insatser för våldsutsatta kvinnor."));
    texts.put("PotDoesNotServe", List.of(
        "Ansökan uppfyller inte villkoren: medlen i den här potten kan inte sökas av en "
        + "sökande i kategorin kommun.",
        "Not eligible: pot non-profits does not serve kommun."));
    texts.put("OutsideApplicationPeriod", List.of(
        "Ansökan uppfyller inte villkoren: den kom in den 1 mars 2016, utanför "
        + "ansökningstiden 1 januari 2016 – 29 februari 2016.",
        "Not eligible: received 2016-03-01, outside the application period 2016-01-01 – "
        + "2016-02-29."));
    texts.put("Prioritised", List.of(
        "Ansökan uppfyller villkoren och har placerats i prioriteringsgrupp 1: direkt "
        + "stöd där det saknas.",
        "Eligible; priority 1: direct support where it is missing."));
    texts.put("GrantedInFull", List.of(
        "Ansökan beviljas i sin helhet.",
        "Granted in full in priority order; 200000.00 kr left in the pot."));
    texts.put("GrantedInPart", List.of(
        "Ansökan beviljas delvis med 200 000,00 kr, det belopp som återstod när "
        + "ansökningar med högre prioritet hade beviljats.",
        "Granted in part: the 200000.00 kr left in the pot, the last grant in priority "
        + "order."));
    texts.put("PotUsedUp", List.of(
        "Ansökan avslås eftersom de tillgängliga medlen har gått till ansökningar med "
        + "högre prioritet.",
        "Rejected: the pot was used up by applications of higher priority."));
    texts.put("DoesNotFit", List.of(
        "Ansökan avslås: de 200 000,00 kr som återstod räcker inte till det sökta "
        + "beloppet 350 000,00 kr, och ansökningar beviljas endast med hela det sökta "
        + "beloppet.",
        "Rejected: 350000.00 kr does not fit the 200000.00 kr left in the pot, and only "
        + "whole applications are granted."));
    texts.put("Proportional", List.of(
        "Beloppet har räknats ned i proportion till sökt belopp, på samma sätt för alla "
        + "ansökningar som uppfyller villkoren. Beräkning för 0114 Upplands Väsby: vikten "
        + "5 av 10 av 0,09 kr ger den exakta andelen 45/10 öre (4 + 5/10), avrundat nedåt "
        + "4 öre. Återstående ören fördelas efter storleken på avrundningsresten: "
        + "mottagaren kommer på plats 3 av 3 och får inget extra öre (avgjort efter "
        + "resten). Belopp 0,04 kr.",
        "Scaled down with every eligible application in proportion to the amount applied "
        + "for: 0114 Upplands Väsby: weight 5 of 10 in a pool of 0.09 kr gives the exact "
        + "quota 45/10 öre (4 + 5/10); floor 4 öre; remainder rank 3 of 3, so no extra öre "
        + "(decided by remainder); amount 0.04 kr."));
    texts.put("Stated", List.of(
        "Hälften, enligt policyn.",
        "Half, by policy."));
    texts.put("Used", List.of(
        "Av beviljade 146 952,00 kr har 120 000,00 kr förbrukats. Ej förbrukade medel "
        + "uppgår till 26 952,00 kr.",
        "Used 120000.00 kr of the 146952.00 kr granted; 26952.00 kr unused."));
    texts.put("Repayment", List.of(
        "Återbetalning: av beviljade 146 952,00 kr hade 26 952,00 kr inte förbrukats när "
        + "tiden för att använda medlen gick ut. Ej förbrukade medel ska återbetalas till "
        + "Socialstyrelsen.",
        "Repayment (återbetalning): 26952.00 kr of the 146952.00 kr granted was not used "
        + "by the end of the use period."));
    texts.put("RecoveryWithoutReport", List.of(
        "Återkrav: ingen återrapportering har kommit in senast den 31 mars 2017. "
        + "Eftersom användningen av medlen inte har redovisats återkrävs bidraget.",
        "Recovery (återkrav): no follow-up report by the deadline 2017-03-31, so none of "
        + "the grant is accounted for."));
    texts.put("RecoveryIncompleteReport", List.of(
        "Återkrav: återrapporteringen var inte fullständig efter sista dag för "
        + "återrapportering den 31 mars 2017. De 120 000,00 kr som enligt den har "
        + "förbrukats är därför inte redovisade och återkrävs.",
        "Recovery (återkrav): the report is still incomplete after the deadline "
        + "2017-03-31, so the 120000.00 kr it says was used is not accounted for."));
    texts.put("RecoveryOutsidePurpose", List.of(
        "Återkrav: enligt återrapporteringen har 5 000,00 kr använts till annat än det "
        + "ändamål som bidraget beviljades för. Beloppet återkrävs.",
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
    Deadline moved = new Deadline(LocalDate.of(2016, 4, 30), LocalDate.of(2016, 5, 2));
    assertThatIllegalArgumentException().isThrownBy(() -> new Reason.RefusedLate(
            Amount.ofKronor(1), LocalDate.of(2016, 5, 2), moved, Amount.ofKronor(1)))
        .withMessage("RefusedLate 'date' 2016-05-02 must be after the deadline in force 2016-05-02");
    assertThatIllegalArgumentException().isThrownBy(() -> new Reason.Requisitioned(
            Amount.ofKronor(1), LocalDate.of(2016, 5, 1), Amount.ofKronor(1), Optional.of(moved)))
        .withMessageStartingWith("Requisitioned 'date' 2016-05-01 is accepted late");
    assertThatIllegalArgumentException().isThrownBy(() -> new Reason.NotEligibleForShare(
            Amount.ofKronor(2), Amount.ofKronor(2)))
        .withMessage("NotEligibleForShare 'requested' 2.00 kr must be less than 'keyed' 2.00 kr");
    assertThatIllegalArgumentException().isThrownBy(() -> new AwardReason.DoesNotFit(
            Amount.ofKronor(2), Amount.ofKronor(2)))
        .withMessage("DoesNotFit 'asked' 2.00 kr must be more than 'left' 2.00 kr");
    assertThatIllegalArgumentException().isThrownBy(() -> new ClaimReason.Repayment(
            Amount.ofKronor(3), Amount.ofKronor(2)))
        .withMessage("Repayment 'unused' 3.00 kr must not be more than 'granted' 2.00 kr");
    assertThatIllegalArgumentException().isThrownBy(() -> new Reason.OutsideApplicationPeriod(
            LocalDate.of(2016, 2, 1), LocalDate.of(2016, 1, 1), LocalDate.of(2016, 2, 29)))
        .withMessage("OutsideApplicationPeriod 'received' 2016-02-01 must be outside 2016-01-01 – "
            + "2016-02-29");
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
