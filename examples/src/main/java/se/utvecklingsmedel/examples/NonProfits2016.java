package se.utvecklingsmedel.examples;

import static se.utvecklingsmedel.examples.ScenarioDraws.spread;
import static se.utvecklingsmedel.examples.ScenarioDraws.granted;
import static se.utvecklingsmedel.examples.ScenarioDraws.recipients;
import static se.utvecklingsmedel.examples.ScenarioDraws.workingDay;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.ApplicationPotAllocation;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.OrganisationNumber;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.Intervention;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * The non-profit organisations' and the stimulus funds' part of {@link Scenario2016}: the
 * applications and the reports, drawn from the scenario's one random source.
 */
final class NonProfits2016 {

  /** The 2016 account: "Värmland, Västra Götaland, Stockholm, Jönköping, Skåne, Västerbotten, Västmanland,
   * Kronoberg och Dalarna" received stimulus funds in 2016. */
  private static final List<String> STIMULUS_COUNTIES = List.of("Värmland", "Västra Götaland",
      "Stockholm", "Jönköping", "Skåne", "Västerbotten", "Västmanland", "Kronoberg", "Dalarna");

  private final ScenarioDraws draws;

  NonProfits2016(ScenarioDraws draws) {
    this.draws = draws;
  }

  List<Application> nonProfitApplications() {
    // 113 applicants; in the default priority order the first 64 ask 14 800 000 kr, the 65th 350
    // 000 (granted the 200 000 left), and the other 48 the rest of 55 500 000 kr.
    List<NonProfitOrganisation> applicants = new ArrayList<>();
    for (int i = 0; i < 113; i++) {
      applicants.add(NonProfitOrganisation.of(OrganisationNumber.withCheckDigit(
          String.format("802%06d", 400_000 + i * 37)), "Förening " + (i + 1) + " (illustrativ)"));
    }
    List<Set<DevelopmentArea>> grantedAreas = grantedNonProfitAreas();
    List<Application.Builder> builders = new ArrayList<>();
    for (int i = 0; i < 113; i++) {
      Set<DevelopmentArea> areas = EnumSet.noneOf(DevelopmentArea.class);
      // The first 65 do direct support where it is missing (priority 1); the rest other work.
      if (i < 65) {
        areas.addAll(grantedAreas.get(i));
      } else {
        areas.add(draws.random.nextBoolean() ? DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK
            : DevelopmentArea.UNIVERSAL_PREVENTION);
      }
      builders.add(Application.builder().applicant(applicants.get(i)).addAllDevelopmentAreas(areas)
          .similarSupportExists(i >= 65 && draws.random.nextBoolean())
          .date(workingDay(LocalDate.of(2016, 2, 1).plusDays(draws.random.nextInt(28)))));
    }
    List<Amount> amounts = new ArrayList<>();
    amounts.addAll(draws.wholeKronor(14_800_000, 64).values());
    amounts.add(Amount.ofKronor(350_000));
    amounts.addAll(draws.wholeKronor(55_500_000 - 14_800_000 - 350_000, 48).values());
    List<Application> applications = new ArrayList<>();
    for (int i = 0; i < 113; i++) {
      applications.add(builders.get(i).amount(amounts.get(i)).build());
    }
    return applications;
  }

  List<FollowUpReport> nonProfitReports(ApplicationPotAllocation pot) {
    List<RecipientGrant> granted = granted(pot);
    // One organisation went bankrupt and sent no report: 64 of 65 report (the 2016 account).
    List<RecipientGrant> reporting = granted.subList(1, granted.size());
    Map<Recipient, Amount> unused = spread(1_800_000_00L, reporting.subList(0, 22));
    Map<Recipient, FollowUpReport.Builder> builders = new LinkedHashMap<>();
    Map<DevelopmentArea, List<Recipient>> byArea = new LinkedHashMap<>();
    for (RecipientGrant g : reporting) {
      FollowUpReport.Builder b = draws.report(g, unused.getOrDefault(g.recipient(), Amount.zero()));
      Application application = pot.applications().stream()
          .filter(a -> a.applicant().equals(g.recipient())).findFirst().orElseThrow();
      b.addAllAreas(application.developmentAreas());
      application.developmentAreas().forEach(area ->
          byArea.computeIfAbsent(area, x -> new ArrayList<>()).add(g.recipient()));
      builders.put(g.recipient(), b);
    }
    // The 2016 account's outcomes per area: "helt eller i stor utsträckning", "delvis", "i liten
    // utsträckning"; the 2016 account does not split the first, so here half are "helt". Where the 2016 account
    // accounts for fewer organisations than work in an area, the rest state no outcome.
    NON_PROFIT_OUTCOMES.forEach((area, counts) -> {
      List<Recipient> working = byArea.get(area);
      int k = 0;
      for (int i = 0; i < counts[0]; i++, k++) {
        builders.get(working.get(k)).putOutcome(area, i % 2 == 0 ? Outcome.FULLY
            : Outcome.TO_A_LARGE_EXTENT);
      }
      for (int i = 0; i < counts[1]; i++, k++) {
        builders.get(working.get(k)).putOutcome(area, Outcome.PARTLY);
      }
      for (int i = 0; i < counts[2]; i++, k++) {
        builders.get(working.get(k)).putOutcome(area, Outcome.TO_A_SMALL_EXTENT);
      }
    });
    List<Recipient> all = recipients(reporting);
    ScenarioDraws.Work work = draws.new Work();
    nonProfitWork(work, byArea);
    for (VulnerableGroup group : VulnerableGroup.values()) {
      int count = work.count(group);
      if (count > 0) {
        work.flat(all, builders, group, count, (b, g) -> b.addVulnerableGroup(g));
      }
    }
    // The 2016 account, "Deltagande i kompetensstöd", methods and "Samarbete" for the non-profits.
    draws.name(all, builders, Training.COUNTY_BOARD_TRAINING, 41, (b, t) -> b.addTraining(t));
    draws.name(all, builders, Training.OTHER_TRAINING, 56, (b, t) -> b.addTraining(t));
    draws.name(all, builders, Training.NCK_WEB_COURSE, 20, (b, t) -> b.addTraining(t));
    draws.name(all, builders, Training.OTHER_FORMS_OF_TRAINING, 35, (b, t) -> b.addTraining(t));
    // "Ett tiotal organisationer har dessutom deltagit i utbildning inom respektive
    // bedömningsmetoderna FREDA, SARA, PATRIARK samt samtalsmetoderna Motiverande samtal och
    // Trappan" ("about ten" each: 9 to 12 here); "19 organisationer att de använt sig av FREDA".
    draws.name(all, builders, Training.FREDA_TRAINING, 10, (b, t) -> b.addTraining(t));
    draws.name(all, builders, Training.SARA_TRAINING, 9, (b, t) -> b.addTraining(t));
    draws.name(all, builders, Training.PATRIARK_TRAINING, 11, (b, t) -> b.addTraining(t));
    draws.name(all, builders, Training.MOTIVATIONAL_INTERVIEWING_TRAINING, 10, (b, t) -> b.addTraining(t));
    draws.name(all, builders, Training.TRAPPAN_TRAINING, 12, (b, t) -> b.addTraining(t));
    // The account names no FREDA instrument: the 19 use one or more of the three (14 the short
    // questions, 9 the description, 8 the danger assessment), the first two drawn from a source of
    // their own (added later), so that every draw after is as it was.
    List<Recipient> freda = draws.name(all, builders, AssessmentInstrument.FREDA_SHORT_QUESTIONS, 19,
        (b, i) -> { });
    List<Recipient> fredaOrder = new ArrayList<>(freda);
    Collections.shuffle(fredaOrder, new Random(2016_0489L));
    fredaOrder.subList(0, 14).forEach(r -> builders.get(r)
        .addInstrument(AssessmentInstrument.FREDA_SHORT_QUESTIONS));
    fredaOrder.subList(10, 19).forEach(r -> builders.get(r)
        .addInstrument(AssessmentInstrument.FREDA_DESCRIPTION));
    draws.name(freda, builders, AssessmentInstrument.FREDA_DANGER_ASSESSMENT, 8, (b, i) -> b.addInstrument(i));
    draws.name(all, builders, AssessmentInstrument.SARA, 11, (b, i) -> b.addInstrument(i));
    draws.name(all, builders, AssessmentInstrument.PATRIARK, 11, (b, i) -> b.addInstrument(i));
    draws.name(all, builders, KnownMethod.TRAPPAN, 11, (b, m) -> b.addMethod(m));
    draws.name(all, builders, KnownMethod.MOTIVATIONAL_INTERVIEWING, 33, (b, m) -> b.addMethod(m));
    draws.name(all, builders, KnownMethod.COGNITIVE_BEHAVIOURAL_THERAPY, 9, (b, m) -> b.addMethod(m));
    // 40 collaborated with someone: 24 with municipalities, 23 with non-profits, 29 with others.
    List<Recipient> collaborating = all.subList(0, 40);
    draws.name(collaborating, builders, CollaborationPartner.MUNICIPALITIES, 24, (b, p) -> b.addPartner(p));
    draws.name(collaborating, builders, CollaborationPartner.NON_PROFIT_ORGANISATIONS, 23,
        (b, p) -> b.addPartner(p));
    List<Recipient> others = new ArrayList<>(collaborating.stream()
        .filter(r -> builders.get(r).build().partners().isEmpty()).toList());
    List<Recipient> rest = new ArrayList<>(collaborating);
    rest.removeAll(others);
    others.addAll(rest.subList(0, 29 - others.size()));
    others.forEach(r -> builders.get(r).addPartner(CollaborationPartner.OTHER));
    work.putInto(builders);
    return builders.values().stream().map(FollowUpReport.Builder::build).toList();
  }

  List<Application> stimulusApplications() {
    // The nine county boards the 2016 account names as receiving stimulus funds in 2016, and NCK.
    List<Recipient> applicants = new ArrayList<>();
    for (String county : STIMULUS_COUNTIES) {
      applicants.add(ReferenceData.countyAdministrativeBoard(
          ReferenceData.countyByName(county).code()));
    }
    applicants.add(ReferenceData.nationalCentre());
    List<Amount> amounts = new ArrayList<>(draws.wholeKronor(5_000_000, applicants.size()).values());
    List<Application> applications = new ArrayList<>();
    for (int i = 0; i < applicants.size(); i++) {
      applications.add(Application.builder().applicant(applicants.get(i)).amount(amounts.get(i))
          .date(LocalDate.of(2016, 3, 1)).build());
    }
    return applications;
  }

  List<FollowUpReport> stimulusReports(PotAllocation pot) {
    List<RecipientGrant> granted = granted(pot);
    Map<Recipient, Amount> unused = spread(400_000_00L, granted.subList(0, 4));
    return granted.stream()
        .map(g -> draws.report(g, unused.getOrDefault(g.recipient(), Amount.zero())).build()).toList();
  }

  /** The 2016 account's counts of the non-profits' interventions and groups within each development area. */
  private void nonProfitWork(ScenarioDraws.Work work, Map<DevelopmentArea, List<Recipient>> byArea) {
    DevelopmentArea quality = DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK;
    work.name(byArea.get(quality), quality, 32,
        w -> w.addInterventions(Intervention.STAFF_COMPETENCE_DEVELOPMENT));
    work.name(byArea.get(quality), quality, 23, w -> w.addInterventions(Intervention.DOCUMENTATION));
    work.name(byArea.get(quality), quality, 6,
        w -> w.addInterventions(Intervention.AGREEMENTS_WITH_MUNICIPALITY));
    DevelopmentArea prevention = DevelopmentArea.UNIVERSAL_PREVENTION;
    work.name(byArea.get(prevention), prevention, 14,
        w -> w.addInterventions(Intervention.OTHER_ACTIVITIES));
    DevelopmentArea groups = DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS;
    List<Recipient> inGroups = byArea.get(groups);
    for (Map.Entry<VulnerableGroup, Integer> group : List.of(
        Map.entry(VulnerableGroup.WOMEN_OF_FOREIGN_BACKGROUND, 9),
        Map.entry(VulnerableGroup.HONOUR_RELATED_VIOLENCE, 7),
        Map.entry(VulnerableGroup.YOUNG_WOMEN, 6),
        Map.entry(VulnerableGroup.WOMEN_WITH_DISABILITIES, 5),
        Map.entry(VulnerableGroup.WOMEN_WITH_SUBSTANCE_ABUSE, 5),
        Map.entry(VulnerableGroup.WOMEN_OVER_65, 2), Map.entry(VulnerableGroup.LGBTQ, 1),
        Map.entry(VulnerableGroup.WOMEN_IN_PROSTITUTION, 2),
        Map.entry(VulnerableGroup.UNDOCUMENTED_WOMEN, 1))) {
      work.name(inGroups, groups, group.getValue(), w -> w.addVulnerableGroups(group.getKey()));
    }
    interventions(work, byArea, groups, Map.of(Intervention.INDIVIDUAL_SUPPORT_TALKS, 13,
        Intervention.ADVICE, 11, Intervention.GROUP_SUPPORT_TALKS, 11,
        Intervention.INFORMATION_ABOUT_OWN_WORK, 11, Intervention.SUPPORT_WITH_AUTHORITIES, 10,
        Intervention.PRACTICAL_SUPPORT, 9, Intervention.SOCIAL_ACTIVITIES, 9));
    // "Insatser för våldsutsatta kvinnor": "vanligen … enskilt samtalsstöd, rådgivning …, stöd i
    // myndighetskontakter … information om verksamheten. Hälften av organisationerna har emellertid
    // även anordnat samtalsstöd i grupp, gett annat praktiskt stöd och anordnat olika sociala
    // aktiviteter" (the 2016 account gives no counts: "vanligen" as most, "hälften" as 13 to 14 of 27).
    interventions(work, byArea, DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN, Map.of(
        Intervention.INDIVIDUAL_SUPPORT_TALKS, 22, Intervention.ADVICE, 20,
        Intervention.SUPPORT_WITH_AUTHORITIES, 18, Intervention.INFORMATION_ABOUT_OWN_WORK, 17,
        Intervention.GROUP_SUPPORT_TALKS, 14, Intervention.PRACTICAL_SUPPORT, 13,
        Intervention.SOCIAL_ACTIVITIES, 14));
    interventions(work, byArea, DevelopmentArea.WORK_WITH_CHILDREN, Map.of(
        Intervention.INDIVIDUAL_SUPPORT_TALKS, 8, Intervention.SOCIAL_ACTIVITIES, 7));
    interventions(work, byArea, DevelopmentArea.REACHING_PERPETRATORS, Map.of(
        Intervention.INDIVIDUAL_SUPPORT_TALKS, 6, Intervention.GROUP_SUPPORT_TALKS, 6));
    interventions(work, byArea, DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING, Map.of(
        Intervention.INDIVIDUAL_SUPPORT_TALKS, 5, Intervention.SUPPORT_WITH_AUTHORITIES, 4,
        Intervention.ADVICE, 3, Intervention.PRACTICAL_SUPPORT, 3, Intervention.SOCIAL_ACTIVITIES, 2,
        Intervention.INFORMATION_ABOUT_OWN_WORK, 2, Intervention.MAPPING, 1, Intervention.OUTREACH, 1));
  }

  private void interventions(ScenarioDraws.Work work, Map<DevelopmentArea, List<Recipient>> byArea,
      DevelopmentArea area, Map<Intervention, Integer> counts) {
    counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
        work.name(byArea.get(area), area, e.getValue(), w -> w.addInterventions(e.getKey())));
  }

  /**
   * The 2016 account's outcome counts per development area: fully or to a large extent, partly, to
   * a small extent.
   */
  private static final Map<DevelopmentArea, int[]> NON_PROFIT_OUTCOMES = ImmutableMap.of(
      DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK, new int[] {33, 4, 1},
      DevelopmentArea.UNIVERSAL_PREVENTION, new int[] {14, 6, 0},
      DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN, new int[] {22, 5, 0},
      DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS, new int[] {12, 4, 0},
      DevelopmentArea.WORK_WITH_CHILDREN, new int[] {14, 2, 0},
      DevelopmentArea.REACHING_PERPETRATORS, new int[] {11, 0, 0},
      DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING, new int[] {4, 1, 0});

  /**
   * The development areas of the 65 granted organisations: the first went bankrupt and sent no
   * report; over the 64 that report, each area is named as often as the 2016 account counts it (38,
   * 20, 27, 17, 17, 12, 5), and each names at least one area of direct support (so all are priority
   * 1).
   */
  private static List<Set<DevelopmentArea>> grantedNonProfitAreas() {
    List<Set<DevelopmentArea>> areas = new ArrayList<>();
    areas.add(EnumSet.of(DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN));
    for (int i = 0; i < 64; i++) {
      areas.add(EnumSet.noneOf(DevelopmentArea.class));
    }
    int k = 0;
    for (Map.Entry<DevelopmentArea, Integer> direct : List.of(
        Map.entry(DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN, 27),
        Map.entry(DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS, 17),
        Map.entry(DevelopmentArea.WORK_WITH_CHILDREN, 17),
        Map.entry(DevelopmentArea.REACHING_PERPETRATORS, 12),
        Map.entry(DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING, 5))) {
      for (int i = 0; i < direct.getValue(); i++, k++) {
        areas.get(1 + k % 64).add(direct.getKey());
      }
    }
    for (int i = 0; i < 38; i++) {
      areas.get(1 + (20 + i) % 64).add(DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK);
    }
    for (int i = 0; i < 20; i++) {
      areas.get(1 + 44 + i).add(DevelopmentArea.UNIVERSAL_PREVENTION);
    }
    return areas;
  }

}
