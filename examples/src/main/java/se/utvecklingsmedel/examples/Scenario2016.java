package se.utvecklingsmedel.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Function;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.ApplicationPotAllocation;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.json.GrantJson;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.OrganisationNumber;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.RegionalActivityArea;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.UnusedFundsReason;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * Builds the 2016 scenario that {@link Round2016} reads: the built-in 2016 round with recipient-level
 * data whose totals reproduce seed 004 (Socialstyrelsen's report on the 2016 funds).
 *
 * <p><b>The recipient-level figures are illustrative.</b> The seeds give totals, not per-municipality
 * figures, and the real 2016 key (annex 2 of the government decision) is not among them. So the key,
 * who requisitioned, who asked for more, the applications and every report are made up, from a fixed
 * seed, such that the totals the seed states come out: 246 of 290 municipalities requisition 44.4 MSEK,
 * 137 ask for the 5.6 MSEK left, all 50 MSEK is handed out; 238 report in time, 22 of them without
 * activity, 216 analysed, 23 used nothing, about 100 did not use all, about 10 MSEK unused; the
 * regions requisition 20 MSEK, 14 do not use all, about 5.7 MSEK unused; 113 non-profits apply for
 * about 55.5 MSEK, 65 are granted the whole 15 MSEK, 64 report, 22 do not use all, about 1.8 MSEK
 * unused; 9 county boards and NCK share the 5 MSEK of stimulus funds and leave about 0.4 MSEK unused.
 * The counts per activity area, instrument, method, group, partner and training are the seed's,
 * and the non-profits' outcomes per area; where the seed counts something only within one area (a
 * method used in the work with children), it is counted here as named anywhere in the report.
 *
 * <p>Run {@link #main} to rewrite {@code round-2016-scenario.json}; a test checks the shipped file is
 * exactly what this class builds.
 */
public final class Scenario2016 {

  /** The day the follow-up is judged on: the annual report was due 30 September 2017 (seed 004). */
  public static final LocalDate AS_OF = LocalDate.of(2017, 9, 30);
  /** The resource the scenario is shipped as. */
  public static final String RESOURCE = "/se/utvecklingsmedel/examples/round-2016-scenario.json";

  private static final String KEY_BASIS = "ILLUSTRATIVA BELOPP: beloppen per mottagare i detta "
      + "scenario är påhittade så att summorna stämmer med Socialstyrelsens redovisning av 2016 års "
      + "utvecklingsmedel; den verkliga fördelningsnyckeln (bilaga 2 till regeringsbeslut II:3, "
      + "2016-01-28) finns inte bland källorna";

  /** Seed 004: "Värmland, Västra Götaland, Stockholm, Jönköping, Skåne, Västerbotten, Västmanland,
   * Kronoberg och Dalarna" received stimulus funds in 2016. */
  private static final List<String> STIMULUS_COUNTIES = List.of("Värmland", "Västra Götaland",
      "Stockholm", "Jönköping", "Skåne", "Västerbotten", "Västmanland", "Kronoberg", "Dalarna");

  private final SplittableRandom random = new SplittableRandom(2016);

  private Scenario2016() {
  }

  /**
   * Writes the scenario JSON.
   *
   * @param args the file to write; default {@code examples/src/main/resources/…/round-2016-scenario.json}
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0]
        : "examples/src/main/resources" + RESOURCE);
    Files.writeString(file, json(), StandardCharsets.UTF_8);
    System.out.println("Wrote " + file);
  }

  /**
   * Returns the scenario as JSON, exactly as shipped.
   *
   * @return the JSON text
   */
  public static String json() {
    // Inputs only: the results, settlements and statistics are what Round2016 computes.
    ObjectNode tree = (ObjectNode) GrantJson.tree(build());
    tree.remove(List.of("settlements", "statistics"));
    tree.get("allocation").get("pots").forEach(pot -> ((ObjectNode) pot).remove("result"));
    try {
      return GrantJson.mapper().writeValueAsString(tree) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Builds the scenario.
   *
   * @return the 2016 follow-up: allocation, reports and day
   */
  public static FollowUp build() {
    return new Scenario2016().followUp();
  }

  private FollowUp followUp() {
    GrantRound round = GrantRound.round2016();
    List<Municipality> municipalities = new ArrayList<>(ReferenceData.municipalities());
    Collections.shuffle(municipalities, new java.util.Random(random.nextLong()));
    List<Municipality> requisitioning = municipalities.subList(0, 246);
    List<Municipality> notRequisitioning = municipalities.subList(246, 290);

    // The key: 44.4 MSEK over the 246 that requisition, 5.6 MSEK over the 44 that do not.
    Map<Recipient, Amount> keyed = new LinkedHashMap<>();
    keyed.putAll(wholeKronor(44_400_000, requisitioning));
    keyed.putAll(wholeKronor(5_600_000, notRequisitioning));
    DistributionKey municipalKey = DistributionKey.byAmounts(KEY_BASIS, keyed);

    List<Requisition> requisitions = new ArrayList<>();
    List<Municipality> optingIn = new ArrayList<>(requisitioning);
    Collections.shuffle(optingIn, new java.util.Random(random.nextLong()));
    Set<Recipient> optIn = new HashSet<>(optingIn.subList(0, 137));
    Set<Recipient> capped = new HashSet<>(optingIn.subList(0, 10));
    for (Municipality m : requisitioning) {
      Requisition.Builder r = Requisition.builder().recipient(m).amount(keyed.get(m))
          .date(LocalDate.of(2016, 2, 15).plusDays(random.nextInt(200)))
          .wantsUnclaimedFunds(optIn.contains(m));
      if (capped.contains(m)) {
        r.maximumExtra(Amount.ofKronor(10_000));
      }
      requisitions.add(r.build());
    }

    Map<Recipient, Amount> regionAmounts = wholeKronor(20_000_000, ReferenceData.regions());
    List<Requisition> regionRequisitions = new ArrayList<>();
    regionAmounts.forEach((region, amount) -> regionRequisitions.add(Requisition.builder()
        .recipient(region).amount(amount).date(LocalDate.of(2016, 3, 1).plusDays(random.nextInt(120)))
        .build()));

    List<Application> nonProfit = nonProfitApplications();
    List<Application> stimulus = stimulusApplications();

    RoundAllocation allocation = RoundAllocation.builder(round)
        .requisitions(PotId.MUNICIPALITIES, municipalKey, requisitions)
        .requisitions(PotId.REGIONS, DistributionKey.byAmounts(KEY_BASIS, regionAmounts), regionRequisitions)
        .applications(PotId.NON_PROFITS, nonProfit)
        .applications(PotId.STIMULUS_FUNDS, stimulus)
        .assignments(PotId.ADMINISTRATION_NCK, DistributionKey.byAmounts("Regeringsbeslut II:3",
            Map.of(ReferenceData.nationalCentre(), Amount.ofKronor(500_000))))
        .assignments(PotId.ADMINISTRATION_COUNTY_BOARDS, DistributionKey.byWeights(
            "Lika delar (illustrativt)", equalWeights(ReferenceData.countyAdministrativeBoards())))
        .build();

    List<FollowUpReport> reports = new ArrayList<>();
    reports.addAll(municipalReports(allocation.pot(PotId.MUNICIPALITIES)));
    reports.addAll(regionReports(allocation.pot(PotId.REGIONS)));
    reports.addAll(nonProfitReports(allocation.applicationPot(PotId.NON_PROFITS)));
    reports.addAll(stimulusReports(allocation.pot(PotId.STIMULUS_FUNDS)));
    return FollowUp.of(allocation, reports, AS_OF);
  }

  // --- municipalities ------------------------------------------------------------------------------

  private List<FollowUpReport> municipalReports(PotAllocation pot) {
    List<RecipientGrant> granted = granted(pot);
    // The 8 smallest grants send no report in time: 238 of 246 report.
    granted.sort(Comparator.comparing(RecipientGrant::granted));
    List<RecipientGrant> reporting = new ArrayList<>(granted.subList(8, granted.size()));
    Collections.shuffle(reporting, new java.util.Random(random.nextLong()));
    // 22 without activity and 1 with activity used nothing; 77 more did not use all.
    List<RecipientGrant> smallFirst = new ArrayList<>(reporting);
    smallFirst.sort(Comparator.comparing(RecipientGrant::granted));
    List<RecipientGrant> usedNothing = new ArrayList<>(smallFirst.subList(0, 23));
    Set<Recipient> noActivity = new HashSet<>(recipients(usedNothing.subList(0, 22)));
    List<RecipientGrant> rest = new ArrayList<>(reporting);
    rest.removeAll(usedNothing);
    List<RecipientGrant> partly = rest.subList(0, 77);
    Map<Recipient, Amount> unused = spread(9_520_000_00L - total(usedNothing), partly);
    usedNothing.forEach(g -> unused.put(g.recipient(), g.granted()));

    List<Recipient> analysed = new ArrayList<>(recipients(reporting));
    analysed.removeAll(noActivity);
    Map<Recipient, FollowUpReport.Builder> builders = new LinkedHashMap<>();
    for (RecipientGrant g : reporting) {
      Amount left = unused.getOrDefault(g.recipient(), Amount.zero());
      FollowUpReport.Builder b = report(g, left).hadActivity(!noActivity.contains(g.recipient()));
      if (left.signum() > 0 && random.nextInt(10) < 9) {
        b.addReasonForUnusedFunds(pick(UnusedFundsReason.values()));
      }
      builders.put(g.recipient(), b);
    }
    // The seed's counts per area, instrument, method, group, partner and training (seed 004).
    name(analysed, builders, MunicipalActivityArea.LONG_TERM_COORDINATED_WORK, 178, (b, a) -> b.addArea(a));
    name(analysed, builders, MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM, 87, (b, a) -> b.addArea(a));
    name(analysed, builders, MunicipalActivityArea.COLLABORATION, 153, (b, a) -> b.addArea(a));
    name(analysed, builders, MunicipalActivityArea.PROTECTED_HOUSING, 41, (b, a) -> b.addArea(a));
    name(analysed, builders, MunicipalActivityArea.INVESTIGATION_OF_CHILDREN, 75, (b, a) -> b.addArea(a));
    name(analysed, builders, MunicipalActivityArea.EARLY_AND_SELECTIVE_PREVENTION, 56, (b, a) -> b.addArea(a));
    name(analysed, builders, MunicipalActivityArea.WORK_WITH_PERPETRATORS, 78, (b, a) -> b.addArea(a));
    name(analysed, builders, MunicipalActivityArea.ABUSED_WOMEN_AND_VULNERABLE_GROUPS, 111, (b, a) -> b.addArea(a));
    name(analysed, builders, MunicipalActivityArea.AGAINST_PROSTITUTION_AND_TRAFFICKING, 12, (b, a) -> b.addArea(a));
    name(analysed, builders, AssessmentInstrument.FREDA_SHORT_QUESTIONS, 86, (b, i) -> b.addInstrument(i));
    name(analysed, builders, AssessmentInstrument.FREDA_DESCRIPTION, 73, (b, i) -> b.addInstrument(i));
    name(analysed, builders, AssessmentInstrument.FREDA_DANGER_ASSESSMENT, 67, (b, i) -> b.addInstrument(i));
    name(analysed, builders, AssessmentInstrument.PATRIARK, 34, (b, i) -> b.addInstrument(i));
    name(analysed, builders, AssessmentInstrument.SARA, 20, (b, i) -> b.addInstrument(i));
    name(analysed, builders, KnownMethod.MOTIVATIONAL_INTERVIEWING, 53, (b, m) -> b.addMethod(m));
    name(analysed, builders, KnownMethod.TRAPPAN, 48, (b, m) -> b.addMethod(m));
    name(analysed, builders, KnownMethod.ALTERNATIVES_TO_VIOLENCE, 45, (b, m) -> b.addMethod(m));
    name(analysed, builders, KnownMethod.KIBB, 17, (b, m) -> b.addMethod(m));
    name(analysed, builders, VulnerableGroup.HONOUR_RELATED_VIOLENCE, 47, (b, g) -> b.addVulnerableGroup(g));
    name(analysed, builders, VulnerableGroup.WOMEN_WITH_DISABILITIES, 38, (b, g) -> b.addVulnerableGroup(g));
    name(analysed, builders, VulnerableGroup.WOMEN_OVER_65, 38, (b, g) -> b.addVulnerableGroup(g));
    name(analysed, builders, VulnerableGroup.WOMEN_OF_FOREIGN_BACKGROUND, 33, (b, g) -> b.addVulnerableGroup(g));
    name(analysed, builders, VulnerableGroup.WOMEN_WITH_SUBSTANCE_ABUSE, 24, (b, g) -> b.addVulnerableGroup(g));
    name(analysed, builders, VulnerableGroup.YOUNG_WOMEN, 15, (b, g) -> b.addVulnerableGroup(g));
    name(analysed, builders, CollaborationPartner.POLICE, 87, (b, p) -> b.addPartner(p));
    name(analysed, builders, CollaborationPartner.HEALTH_AND_DENTAL_CARE, 81, (b, p) -> b.addPartner(p));
    name(analysed, builders, CollaborationPartner.NON_PROFIT_ORGANISATIONS, 80, (b, p) -> b.addPartner(p));
    name(analysed, builders, Training.COUNTY_BOARD_TRAINING, 181, (b, t) -> b.addTraining(t));
    List<Recipient> otherTraining = name(analysed, builders, Training.OTHER_TRAINING, 199,
        (b, t) -> b.addTraining(t));
    // "andra utbildningar … framförallt … NCK:s grundläggande webbkurs, vilken 121 kommuner tagit del
    // av": the web course is one of the other trainings.
    name(otherTraining, builders, Training.NCK_WEB_COURSE, 121, (b, t) -> b.addTraining(t));
    name(analysed, builders, Boolean.TRUE, 91, (b, t) -> b.coordinatingFunctionFinanced(true));
    // Seed 004 gives no count for the area "Deltagande i utbildningsaktiviteter": a municipality that
    // took part in any training names it (team decision), so its count is computed, not the seed's.
    return builders.values().stream().map(b -> {
      FollowUpReport report = b.build();
      return report.training().isEmpty() ? report
          : FollowUpReport.builder().from(report).addArea(MunicipalActivityArea.TRAINING).build();
    }).toList();
  }

  // --- regions, non-profits, stimulus funds --------------------------------------------------------

  private List<FollowUpReport> regionReports(PotAllocation pot) {
    List<RecipientGrant> granted = granted(pot);
    Map<Recipient, Amount> unused = spread(5_700_000_00L, granted.subList(0, 14));
    Map<Recipient, FollowUpReport.Builder> builders = new LinkedHashMap<>();
    for (RecipientGrant g : granted) {
      builders.put(g.recipient(), report(g, unused.getOrDefault(g.recipient(), Amount.zero())));
    }
    List<Recipient> all = recipients(granted);
    name(all, builders, RegionalActivityArea.SYSTEMATIC_QUALITY_WORK, 20, (b, a) -> b.addArea(a));
    name(all, builders, RegionalActivityArea.COLLABORATION, 20, (b, a) -> b.addArea(a));
    name(all, builders, RegionalActivityArea.STAFF_COMPETENCE, 21, (b, a) -> b.addArea(a));
    name(all, builders, RegionalActivityArea.EFFECTIVE_METHODS, 15, (b, a) -> b.addArea(a));
    name(all, builders, RegionalActivityArea.PREVENTION, 12, (b, a) -> b.addArea(a));
    name(all, builders, Boolean.TRUE, 14, (b, t) -> b.coordinatingFunctionFinanced(true));
    name(all, builders, Training.OWN_STAFF_TRAINING, 19, (b, t) -> b.addTraining(t));
    name(all, builders, Training.COUNTY_BOARD_TRAINING, 15, (b, t) -> b.addTraining(t));
    name(all, builders, Training.NCK_WEB_COURSE, 15, (b, t) -> b.addTraining(t));
    name(all, builders, Training.OTHER_TRAINING, 12, (b, t) -> b.addTraining(t));
    name(all, builders, CollaborationPartner.COUNTY_ADMINISTRATIVE_BOARD, 16, (b, p) -> b.addPartner(p));
    name(all, builders, CollaborationPartner.SCHOOLS, 7, (b, p) -> b.addPartner(p));
    return builders.values().stream().map(FollowUpReport.Builder::build).toList();
  }

  private List<Application> nonProfitApplications() {
    // 113 applicants; in the default priority order the first 64 ask 14 800 000 kr, the 65th 350 000
    // (granted the 200 000 left), and the other 48 the rest of 55 500 000 kr.
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
        areas.add(random.nextBoolean() ? DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK
            : DevelopmentArea.UNIVERSAL_PREVENTION);
      }
      builders.add(Application.builder().applicant(applicants.get(i)).addAllDevelopmentAreas(areas)
          .similarSupportExists(i >= 65 && random.nextBoolean())
          .date(LocalDate.of(2016, 2, 1).plusDays(random.nextInt(28))));
    }
    List<Amount> amounts = new ArrayList<>();
    amounts.addAll(wholeKronor(14_800_000, 64).values());
    amounts.add(Amount.ofKronor(350_000));
    amounts.addAll(wholeKronor(55_500_000 - 14_800_000 - 350_000, 48).values());
    List<Application> applications = new ArrayList<>();
    for (int i = 0; i < 113; i++) {
      applications.add(builders.get(i).amount(amounts.get(i)).build());
    }
    return applications;
  }

  private List<FollowUpReport> nonProfitReports(ApplicationPotAllocation pot) {
    List<RecipientGrant> granted = granted(pot);
    // One organisation went bankrupt and sent no report: 64 of 65 report (seed 004).
    List<RecipientGrant> reporting = granted.subList(1, granted.size());
    Map<Recipient, Amount> unused = spread(1_800_000_00L, reporting.subList(0, 22));
    Map<Recipient, FollowUpReport.Builder> builders = new LinkedHashMap<>();
    Map<DevelopmentArea, List<Recipient>> byArea = new LinkedHashMap<>();
    for (RecipientGrant g : reporting) {
      FollowUpReport.Builder b = report(g, unused.getOrDefault(g.recipient(), Amount.zero()));
      Application application = pot.applications().stream()
          .filter(a -> a.applicant().equals(g.recipient())).findFirst().orElseThrow();
      b.addAllAreas(application.developmentAreas());
      application.developmentAreas().forEach(area ->
          byArea.computeIfAbsent(area, x -> new ArrayList<>()).add(g.recipient()));
      builders.put(g.recipient(), b);
    }
    // The seed's outcomes per area: "helt eller i stor utsträckning", "delvis", "i liten
    // utsträckning"; the seed does not split the first, so here half are "helt". Where the seed
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
    // Seed 004, "Deltagande i kompetensstöd", methods and "Samarbete" for the non-profits.
    name(all, builders, Training.COUNTY_BOARD_TRAINING, 41, (b, t) -> b.addTraining(t));
    name(all, builders, Training.OTHER_TRAINING, 56, (b, t) -> b.addTraining(t));
    name(all, builders, Training.NCK_WEB_COURSE, 20, (b, t) -> b.addTraining(t));
    name(all, builders, Training.OTHER_FORMS_OF_TRAINING, 35, (b, t) -> b.addTraining(t));
    name(all, builders, AssessmentInstrument.SARA, 11, (b, i) -> b.addInstrument(i));
    name(all, builders, AssessmentInstrument.PATRIARK, 11, (b, i) -> b.addInstrument(i));
    name(all, builders, KnownMethod.TRAPPAN, 11, (b, m) -> b.addMethod(m));
    name(all, builders, KnownMethod.MOTIVATIONAL_INTERVIEWING, 33, (b, m) -> b.addMethod(m));
    name(all, builders, KnownMethod.COGNITIVE_BEHAVIOURAL_THERAPY, 9, (b, m) -> b.addMethod(m));
    // 40 collaborated with someone: 24 with municipalities, 23 with non-profits, 29 with others.
    List<Recipient> collaborating = all.subList(0, 40);
    name(collaborating, builders, CollaborationPartner.MUNICIPALITIES, 24, (b, p) -> b.addPartner(p));
    name(collaborating, builders, CollaborationPartner.NON_PROFIT_ORGANISATIONS, 23,
        (b, p) -> b.addPartner(p));
    List<Recipient> others = new ArrayList<>(collaborating.stream()
        .filter(r -> builders.get(r).build().partners().isEmpty()).toList());
    List<Recipient> rest = new ArrayList<>(collaborating);
    rest.removeAll(others);
    others.addAll(rest.subList(0, 29 - others.size()));
    others.forEach(r -> builders.get(r).addPartner(CollaborationPartner.OTHER));
    return builders.values().stream().map(FollowUpReport.Builder::build).toList();
  }

  private List<Application> stimulusApplications() {
    // The nine county boards seed 004 names as receiving stimulus funds in 2016, and NCK.
    List<Recipient> applicants = new ArrayList<>();
    for (String county : STIMULUS_COUNTIES) {
      applicants.add(ReferenceData.countyAdministrativeBoard(
          ReferenceData.countyByName(county).code()));
    }
    applicants.add(ReferenceData.nationalCentre());
    List<Amount> amounts = new ArrayList<>(wholeKronor(5_000_000, applicants.size()).values());
    List<Application> applications = new ArrayList<>();
    for (int i = 0; i < applicants.size(); i++) {
      applications.add(Application.builder().applicant(applicants.get(i)).amount(amounts.get(i))
          .date(LocalDate.of(2016, 3, 1)).build());
    }
    return applications;
  }

  private List<FollowUpReport> stimulusReports(PotAllocation pot) {
    List<RecipientGrant> granted = granted(pot);
    Map<Recipient, Amount> unused = spread(400_000_00L, granted.subList(0, 4));
    return granted.stream()
        .map(g -> report(g, unused.getOrDefault(g.recipient(), Amount.zero())).build()).toList();
  }

  /**
   * Seed 004's outcome counts per development area: fully or to a large extent, partly, to a small
   * extent.
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
   * report; over the 64 that report, each area is named as often as seed 004 counts it (38, 20, 27,
   * 17, 17, 12, 5), and each names at least one area of direct support (so all are priority 1).
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

  // --- helpers -------------------------------------------------------------------------------------

  private FollowUpReport.Builder report(RecipientGrant grant, Amount unused) {
    return FollowUpReport.builder().recipient(grant.recipient()).potId(grant.potId())
        .granted(grant.granted()).used(grant.granted().minus(unused))
        .submitted(LocalDate.of(2017, 2, 1).plusDays(random.nextInt(50)));
  }

  /** Splits whole kronor over recipients by illustrative weights, exactly (the engine, in kronor). */
  private <R extends Recipient> Map<Recipient, Amount> wholeKronor(long kronor, List<R> recipients) {
    Weights.Builder<Recipient> weights = Weights.builder();
    recipients.forEach(r -> weights.put(r, 3_000 + random.nextInt(300_000)));
    Map<Recipient, Amount> amounts = new LinkedHashMap<>();
    Apportionment.largestRemainder(Amount.ofOre(kronor), weights.build()).amounts()
        .forEach((r, units) -> amounts.put(r, Amount.ofKronor(units.toOre())));
    return amounts;
  }

  private Map<Integer, Amount> wholeKronor(long kronor, int count) {
    Weights.Builder<Integer> weights = Weights.builder();
    for (int i = 0; i < count; i++) {
      weights.put(i, 50 + random.nextInt(500));
    }
    Map<Integer, Amount> amounts = new LinkedHashMap<>();
    Apportionment.largestRemainder(Amount.ofOre(kronor), weights.build()).amounts()
        .forEach((i, units) -> amounts.put(i, Amount.ofKronor(units.toOre())));
    return amounts;
  }

  private static Weights<Recipient> equalWeights(List<? extends Recipient> recipients) {
    Weights.Builder<Recipient> weights = Weights.builder();
    recipients.forEach(r -> weights.put(r, 1));
    return weights.build();
  }

  /** Spreads unused öre over grants in proportion to them, each below its grant. */
  private static Map<Recipient, Amount> spread(long ore, List<RecipientGrant> grants) {
    Weights.Builder<Recipient> weights = Weights.builder();
    grants.forEach(g -> weights.put(g.recipient(), g.granted().toOre()));
    Map<Recipient, Amount> unused = new HashMap<>(
        Apportionment.largestRemainder(Amount.ofOre(ore), weights.build()).amounts());
    return unused;
  }

  private static long total(List<RecipientGrant> grants) {
    return grants.stream().mapToLong(g -> g.granted().toOre()).sum();
  }

  private static List<RecipientGrant> granted(PotAllocation pot) {
    return new ArrayList<>(pot.grants().values().stream().filter(g -> g.granted().signum() > 0).toList());
  }

  private static List<Recipient> recipients(List<RecipientGrant> grants) {
    return grants.stream().map(RecipientGrant::recipient).toList();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Names a term in exactly {@code count} of the recipients' reports, chosen at random. */
  private <T> List<Recipient> name(List<Recipient> recipients,
      Map<Recipient, FollowUpReport.Builder> builders, T term, int count,
      BiConsumer<FollowUpReport.Builder, T> add) {
    List<Recipient> chosen = new ArrayList<>(recipients);
    Collections.shuffle(chosen, new java.util.Random(random.nextLong()));
    chosen.subList(0, count).forEach(r -> add.accept(builders.get(r), term));
    return chosen.subList(0, count);
  }

}
