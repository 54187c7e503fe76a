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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Function;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.deadline.Deadlines;
import se.utvecklingsmedel.followup.AreaWork;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.ApplicationRules;
import se.utvecklingsmedel.grant.RequisitionRules;
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
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CareSetting;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.Intervention;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.RegionalActivityArea;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.UnusedFundsReason;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * Builds the 2016 scenario that {@link Round2016} reads: the built-in 2016 round with
 * recipient-level data whose totals reproduce the 2016 account (Socialstyrelsen's report on the
 * 2016 funds).
 *
 * <p><b>The recipient-level figures are illustrative.</b> The published sources give totals, not
 * per-municipality figures, and the real 2016 key (annex 2 of the government decision) is not among
 * them. So the key, who requisitioned, who asked for more, the applications and every report are
 * made up, from a fixed random seed, such that the totals the 2016 account states come out: 246 of 290
 * municipalities requisition 44.4 MSEK, 137 ask for the 5.6 MSEK left, all 50 MSEK is handed out;
 * 238 report in time, 22 of them without activity, 216 analysed, 23 used nothing, about 100 did not
 * use all, about 10 MSEK unused; the regions requisition 20 MSEK, 14 do not use all, about 5.7 MSEK
 * unused; 113 non-profits apply for about 55.5 MSEK, 65 are granted the whole 15 MSEK, 64 report,
 * 22 do not use all, about 1.8 MSEK unused; 9 county boards and NCK share the 5 MSEK of stimulus
 * funds and leave about 0.4 MSEK unused. The counts per activity area, instrument, method, group,
 * partner and training are the 2016 account's, and the non-profits' outcomes per area; where the 2016 account
 * counts something only within one area (a method used in the work with children), it is counted
 * here as named anywhere in the report.
 *
 * <p>Run {@link #main} to rewrite {@code round-2016-scenario.json}; a test checks the shipped file
 * is exactly what this class builds.
 */
public final class Scenario2016 {

  /** The day the follow-up is judged on: the annual report was due 30 September 2017 (the 2016 account). */
  public static final LocalDate AS_OF = LocalDate.of(2017, 9, 30);
  /** The resource the scenario is shipped as. */
  public static final String RESOURCE = "/se/utvecklingsmedel/examples/round-2016-scenario.json";

  private static final String KEY_BASIS = "ILLUSTRATIVA BELOPP: beloppen per mottagare i detta "
      + "scenario är påhittade så att summorna stämmer med Socialstyrelsens redovisning av 2016 års "
      + "utvecklingsmedel; den verkliga fördelningsnyckeln (bilaga 2 till regeringsbeslut II:3, "
      + "2016-01-28) finns inte bland källorna";

  /** What the scenario invents, as every output made from it says. */
  static final String ILLUSTRATION = "Illustrativt scenario: beloppen, datumen och "
      + "återrapporteringarna per mottagare är påhittade så att summorna stämmer med "
      + "Socialstyrelsens redovisning av 2016 års utvecklingsmedel (delredovisning till "
      + "Regeringskansliet, 30 september 2017). De verkliga rekvisitionerna, ansökningarna och "
      + "återrapporteringarna finns inte bland källorna. Inget här är en uppgift om eller ett beslut "
      + "för en verklig mottagare.";

  /** The later decision sharing the municipalities' unclaimed funds (illustrative: the 2016 account only says "i ett senare steg"). */
  static final LocalDate REDISTRIBUTION_DECIDED = LocalDate.of(2016, 9, 15);

  /** The decision on the applications (illustrative: the 2016 account gives no date). */
  static final LocalDate APPLICATIONS_DECIDED = LocalDate.of(2016, 4, 15);

  /** The 2016 account: "Värmland, Västra Götaland, Stockholm, Jönköping, Skåne, Västerbotten, Västmanland,
   * Kronoberg och Dalarna" received stimulus funds in 2016. */
  private static final List<String> STIMULUS_COUNTIES = List.of("Värmland", "Västra Götaland",
      "Stockholm", "Jönköping", "Skåne", "Västerbotten", "Västmanland", "Kronoberg", "Dalarna");

  private final SplittableRandom random = new SplittableRandom(2016);

  private Scenario2016() {
  }

  /**
   * Writes the scenario JSON.
   *
   * @param args the file to write; default {@code
   * examples/src/main/resources/…/round-2016-scenario.json}
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
    GrantRound round = RoundCatalogue.round2016();
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
          .date(workingDay(LocalDate.of(2016, 2, 15).plusDays(random.nextInt(200))))
          .wantsUnclaimedFunds(optIn.contains(m));
      if (capped.contains(m)) {
        r.maximumExtra(Amount.ofKronor(10_000));
      }
      requisitions.add(r.build());
    }

    Map<Recipient, Amount> regionAmounts = wholeKronor(20_000_000, ReferenceData.regions());
    List<Requisition> regionRequisitions = new ArrayList<>();
    regionAmounts.forEach((region, amount) -> regionRequisitions.add(Requisition.builder()
        .recipient(region).amount(amount).date(workingDay(LocalDate.of(2016, 3, 1).plusDays(random.nextInt(120))))
        .build()));

    List<Application> nonProfit = nonProfitApplications();
    List<Application> stimulus = stimulusApplications();

    RequisitionRules municipalRules = RequisitionRules.defaults()
        .withRedistributionDecided(REDISTRIBUTION_DECIDED);
    ApplicationRules applicationRules = ApplicationRules.defaults()
        .withDecided(APPLICATIONS_DECIDED);
    RoundAllocation allocation = RoundAllocation.builder(round)
        .illustrative(ILLUSTRATION)
        .requisitions(PotId.MUNICIPALITIES, municipalKey, requisitions, municipalRules)
        .requisitions(PotId.REGIONS, DistributionKey.byAmounts(KEY_BASIS, regionAmounts), regionRequisitions)
        .applications(PotId.NON_PROFITS, nonProfit, applicationRules)
        .applications(PotId.STIMULUS_FUNDS, stimulus, applicationRules)
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

  // --- municipalities
  // ------------------------------------------------------------------------------

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
        b.addReasonsForUnusedFunds(pick(UnusedFundsReason.values()));
      }
      builders.put(g.recipient(), b);
    }
    // The 2016 account's counts per area, instrument, method, group, partner and training (the 2016
    // account).
    name(analysed, builders, MunicipalActivityArea.LONG_TERM_COORDINATED_WORK, 178, (b, a) -> b.addArea(a));
    name(analysed, builders, MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM, 87, (b, a) -> b.addArea(a));
    name(analysed, builders, MunicipalActivityArea.COLLABORATION, 153, (b, a) -> b.addArea(a));
    name(analysed, builders, MunicipalActivityArea.PROTECTED_HOUSING, 41, (b, a) -> b.addArea(a));
    name(analysed, builders, MunicipalActivityArea.INVESTIGATION_OF_CHILDREN, 75, (b, a) -> b.addArea(a));
    List<Recipient> prevention = name(analysed, builders, MunicipalActivityArea.EARLY_AND_SELECTIVE_PREVENTION, 74, (b, a) -> b.addArea(a));
    List<Recipient> standardised = name(analysed, builders, MunicipalActivityArea.STANDARDISED_ASSESSMENT_METHODS, 103, (b, a) -> b.addArea(a));
    List<Recipient> children = name(analysed, builders, MunicipalActivityArea.INTERVENTIONS_FOR_CHILDREN, 81, (b, a) -> b.addArea(a));
    List<Recipient> qms = areaHolders(builders, MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM);
    List<Recipient> longTerm = areaHolders(builders, MunicipalActivityArea.LONG_TERM_COORDINATED_WORK);
    List<Recipient> collaboration = areaHolders(builders, MunicipalActivityArea.COLLABORATION);
    List<Recipient> investigation = areaHolders(builders, MunicipalActivityArea.INVESTIGATION_OF_CHILDREN);
    List<Recipient> perpetrators = name(analysed, builders, MunicipalActivityArea.WORK_WITH_PERPETRATORS, 78, (b, a) -> b.addArea(a));
    List<Recipient> vulnerable = name(analysed, builders, MunicipalActivityArea.ABUSED_WOMEN_AND_VULNERABLE_GROUPS, 111, (b, a) -> b.addArea(a));
    List<Recipient> prostitution = name(analysed, builders, MunicipalActivityArea.AGAINST_PROSTITUTION_AND_TRAFFICKING, 12, (b, a) -> b.addArea(a));
    // The 2016 account counts the municipalities' work per heading: each count below is within one
    // area, and the report-level sets hold every term an area names (Work.putInto).
    Work work = new Work();
    // "En femtedel av kommunerna har tagit fram processer och rutiner för att kontrollera och följa
    // upp verksamhet som de har överlämnat" (44 of 216).
    work.name(longTerm, MunicipalActivityArea.LONG_TERM_COORDINATED_WORK, 44,
        w -> w.addInterventions(Intervention.FOLLOW_UP_OF_DELEGATED_WORK));
    ActivityArea system = MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM;
    work.name(qms, system, 20, w -> w.addInterventions(Intervention.SELF_INSPECTION));
    // "I cirka 40 procent av dessa kommuner … en eller flera grupper med särskilda behov. Vanligen
    // … hedersrelaterat våld (24 kommuner), men också … funktionsnedsättning, missbruksproblem,
    // utländsk bakgrund samt äldre kvinnor över 65 år": 35 of 87, each naming a group.
    List<Recipient> systemGroups = choose(qms, 35);
    List<Recipient> honour = work.name(systemGroups, system, 24,
        w -> w.addVulnerableGroups(VulnerableGroup.HONOUR_RELATED_VIOLENCE));
    List<Recipient> withoutHonour = minus(systemGroups, honour);
    for (int i = 0; i < withoutHonour.size(); i++) {
      VulnerableGroup group = ALSO_IN_MANAGEMENT_SYSTEMS.get(i % ALSO_IN_MANAGEMENT_SYSTEMS.size());
      work.name(List.of(withoutHonour.get(i)), system, 1, w -> w.addVulnerableGroups(group));
    }
    // "Av de kommuner som inte arbetade med det systematiska kvalitetsarbetet redovisar 53 stycken
    // att kommunens ledningssystem … redan omfattar arbetet med våld i nära relationer."
    name(minus(analysed, qms), builders, Boolean.TRUE, 53, (b, t) -> b.qualitySystemAlreadyCovers(true));
    // "I 87 av dessa kommuner har samverkan skett med Polisen, medan 81 respektive 80 …"
    ActivityArea collaborating = MunicipalActivityArea.COLLABORATION;
    work.name(collaboration, collaborating, 87, w -> w.addPartners(CollaborationPartner.POLICE));
    work.name(collaboration, collaborating, 81,
        w -> w.addPartners(CollaborationPartner.HEALTH_AND_DENTAL_CARE));
    work.name(collaboration, collaborating, 80,
        w -> w.addPartners(CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    // "Standardiserade bedömningsmetoder": "86 kommuner har arbetat med FREDA kortfrågor …, 73 med
    // FREDA beskrivning …, och 67 kommuner med FREDA farlighetsbedömning … Motiverande samtal … 53
    // kommuner … Andra metoder … PATRIARK, Trappan och SARA" (no counts given: a few each here).
    ActivityArea assessment = MunicipalActivityArea.STANDARDISED_ASSESSMENT_METHODS;
    work.name(standardised, assessment, 86,
        w -> w.addInstruments(AssessmentInstrument.FREDA_SHORT_QUESTIONS));
    work.name(standardised, assessment, 73, w -> w.addInstruments(AssessmentInstrument.FREDA_DESCRIPTION));
    work.name(standardised, assessment, 67,
        w -> w.addInstruments(AssessmentInstrument.FREDA_DANGER_ASSESSMENT));
    work.name(standardised, assessment, 53, w -> w.addMethods(KnownMethod.MOTIVATIONAL_INTERVIEWING));
    work.name(standardised, assessment, 9, w -> w.addInstruments(AssessmentInstrument.PATRIARK));
    work.name(standardised, assessment, 6, w -> w.addMethods(KnownMethod.TRAPPAN));
    work.name(standardised, assessment, 5, w -> w.addInstruments(AssessmentInstrument.SARA));
    // "Utredning av barn": "I 40 kommuner … utbildning i samtalsmetoden Trappan."
    work.name(investigation, MunicipalActivityArea.INVESTIGATION_OF_CHILDREN, 40,
        w -> w.addTraining(Training.TRAPPAN_TRAINING));
    // "Insatser för barn": individual support talks the most common; "Hälften …
    // informationsinsatser till föräldrar … En tredjedel har erbjudit stödsamtal i grupp … i 48
    // kommuner … Trappan. I 17 kommuner användes KIBB. 48 … har samarbetat med andra aktörer …,
    // vanligen med andra kommuner. Ett fåtal … en ideell förening. 28 kommuner … Svenska kyrkan,
    // Polisen, barnahus, …, BUP".
    ActivityArea forChildren = MunicipalActivityArea.INTERVENTIONS_FOR_CHILDREN;
    work.name(children, forChildren, 58, w -> w.addInterventions(Intervention.INDIVIDUAL_SUPPORT_TALKS));
    work.name(children, forChildren, 41, w -> w.addInterventions(Intervention.INFORMATION_TO_PARENTS));
    work.name(children, forChildren, 27, w -> w.addInterventions(Intervention.GROUP_SUPPORT_TALKS));
    work.name(children, forChildren, 48, w -> w.addMethods(KnownMethod.TRAPPAN));
    work.name(children, forChildren, 17, w -> w.addMethods(KnownMethod.KIBB));
    List<Recipient> childPartners = choose(children, 48);
    List<Recipient> otherActors = choose(childPartners, 28);
    for (int i = 0; i < otherActors.size(); i++) {
      CollaborationPartner actor = OTHER_ACTORS_FOR_CHILDREN.get(i % OTHER_ACTORS_FOR_CHILDREN.size());
      work.name(List.of(otherActors.get(i)), forChildren, 1, w -> w.addPartners(actor));
    }
    List<Recipient> withMunicipalities = new ArrayList<>(minus(childPartners, otherActors));
    withMunicipalities.addAll(choose(otherActors, 18));
    work.name(withMunicipalities, forChildren, withMunicipalities.size(),
        w -> w.addPartners(CollaborationPartner.MUNICIPALITIES));
    work.name(childPartners, forChildren, 3,
        w -> w.addPartners(CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    // "I 56 kommuner … tidigt förebyggande insatser … 43 kommuner … selektivt förebyggande
    // insatser" (the 2016 account does not say how many did both: 25 here, so 74 name the area).
    ActivityArea preventing = MunicipalActivityArea.EARLY_AND_SELECTIVE_PREVENTION;
    List<Recipient> early = work.name(prevention, preventing, 56,
        w -> w.addInterventions(Intervention.EARLY_PREVENTION));
    List<Recipient> selective = new ArrayList<>(minus(prevention, early));
    selective.addAll(choose(early, 43 - selective.size()));
    work.name(selective, preventing, 43, w -> w.addInterventions(Intervention.SELECTIVE_PREVENTION));
    ActivityArea withPerpetrators = MunicipalActivityArea.WORK_WITH_PERPETRATORS;
    work.name(perpetrators, withPerpetrators, 56,
        w -> w.addInterventions(Intervention.INDIVIDUAL_SUPPORT_TALKS));
    work.name(perpetrators, withPerpetrators, 23, w -> w.addInterventions(Intervention.GROUP_SUPPORT_TALKS));
    work.name(perpetrators, withPerpetrators, 18, w -> w.addInterventions(Intervention.PARTNER_CONTACTS));
    work.name(prostitution, MunicipalActivityArea.AGAINST_PROSTITUTION_AND_TRAFFICKING, 3,
        w -> w.addInterventions(Intervention.INDIVIDUAL_SUPPORT_TALKS));
    work.name(prostitution, MunicipalActivityArea.AGAINST_PROSTITUTION_AND_TRAFFICKING, 3,
        w -> w.addInterventions(Intervention.INFORMATION_ABOUT_OWN_WORK));
    // "66 stycken, har använt någon särskild metod … Alternativ till våld … 45 kommuner.
    // Motiverande samtal … 28": the two overlap in 7, so 66 name a method.
    List<Recipient> atv = work.name(perpetrators, withPerpetrators, 45,
        w -> w.addMethods(KnownMethod.ALTERNATIVES_TO_VIOLENCE));
    List<Recipient> miPerpetrators = new ArrayList<>(choose(atv, 7));
    miPerpetrators.addAll(choose(minus(perpetrators, atv), 21));
    work.name(miPerpetrators, withPerpetrators, 28,
        w -> w.addMethods(KnownMethod.MOTIVATIONAL_INTERVIEWING));
    // "28 kommuner har skickat medarbetare på utbildning i Alternativ till våld. I 15 kommuner har
    // medarbetare utbildats i Motiverande samtal, och medarbetare i 4 kommuner … KBT."
    work.name(perpetrators, withPerpetrators, 28,
        w -> w.addTraining(Training.ALTERNATIVES_TO_VIOLENCE_TRAINING));
    work.name(perpetrators, withPerpetrators, 15,
        w -> w.addTraining(Training.MOTIVATIONAL_INTERVIEWING_TRAINING));
    work.name(perpetrators, withPerpetrators, 4,
        w -> w.addTraining(Training.COGNITIVE_BEHAVIOURAL_THERAPY_TRAINING));
    // "64 kommuner har använt sig av bedömningsmetoder": FREDA's three, PATRIARK, Motiverande
    // samtal and SARA within the 64, each of the 64 naming at least one.
    List<Recipient> assessing = new ArrayList<>(choose(vulnerable, 64));
    ActivityArea women = MunicipalActivityArea.ABUSED_WOMEN_AND_VULNERABLE_GROUPS;
    work.name(assessing.subList(0, 49), women, 49,
        w -> w.addInstruments(AssessmentInstrument.FREDA_SHORT_QUESTIONS));
    work.name(assessing.subList(27, 64), women, 37,
        w -> w.addInstruments(AssessmentInstrument.FREDA_DESCRIPTION));
    work.name(assessing, women, 36, w -> w.addInstruments(AssessmentInstrument.FREDA_DANGER_ASSESSMENT));
    work.name(assessing, women, 34, w -> w.addInstruments(AssessmentInstrument.PATRIARK));
    work.name(assessing, women, 30, w -> w.addMethods(KnownMethod.MOTIVATIONAL_INTERVIEWING));
    work.name(assessing, women, 20, w -> w.addInstruments(AssessmentInstrument.SARA));
    work.name(vulnerable, women, 47, w -> w.addVulnerableGroups(VulnerableGroup.HONOUR_RELATED_VIOLENCE));
    work.name(vulnerable, women, 38, w -> w.addVulnerableGroups(VulnerableGroup.WOMEN_WITH_DISABILITIES));
    work.name(vulnerable, women, 38, w -> w.addVulnerableGroups(VulnerableGroup.WOMEN_OVER_65));
    work.name(vulnerable, women, 33, w -> w.addVulnerableGroups(VulnerableGroup.WOMEN_OF_FOREIGN_BACKGROUND));
    work.name(vulnerable, women, 24, w -> w.addVulnerableGroups(VulnerableGroup.WOMEN_WITH_SUBSTANCE_ABUSE));
    work.name(vulnerable, women, 15, w -> w.addVulnerableGroups(VulnerableGroup.YOUNG_WOMEN));
    work.name(vulnerable, women, 42, w -> w.addPartners(CollaborationPartner.MUNICIPALITIES));
    work.name(vulnerable, women, 26,
        w -> w.addPartners(CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    name(analysed, builders, Training.COUNTY_BOARD_TRAINING, 181, (b, t) -> b.addTraining(t));
    List<Recipient> otherTraining = name(analysed, builders, Training.OTHER_TRAINING, 199,
        (b, t) -> b.addTraining(t));
    // "andra utbildningar … framförallt … NCK:s grundläggande webbkurs, vilken 121 kommuner tagit
    // del av. Andra exempel är utbildning i bedömningsmetoderna FREDA (113 kommuner), och
    // utbildning i samtalsmetoden Motiverande samtal (100 kommuner)": these are among the other
    // trainings.
    name(otherTraining, builders, Training.NCK_WEB_COURSE, 121, (b, t) -> b.addTraining(t));
    otherTraining.forEach(r -> builders.get(r).addArea(MunicipalActivityArea.TRAINING));
    work.name(otherTraining, MunicipalActivityArea.TRAINING, 113,
        w -> w.addTraining(Training.FREDA_TRAINING));
    work.name(otherTraining, MunicipalActivityArea.TRAINING, 100,
        w -> w.addTraining(Training.MOTIVATIONAL_INTERVIEWING_TRAINING));
    name(analysed, builders, Boolean.TRUE, 91, (b, t) -> b.coordinatingFunctionFinanced(true));
    // The 2016 account gives no count for the area "Deltagande i utbildningsaktiviteter": a
    // municipality that took part in any training names it (team decision), so its count is
    // computed, not the 2016 account's.
    work.putInto(builders);
    return builders.values().stream().map(b -> {
      FollowUpReport report = b.build();
      return report.training().isEmpty() || report.areas().contains(MunicipalActivityArea.TRAINING)
          ? report
          : FollowUpReport.builder().from(report).addArea(MunicipalActivityArea.TRAINING).build();
    }).toList();
  }

  // --- regions, non-profits, stimulus funds
  // --------------------------------------------------------

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
    // Within two areas (the 2016 account, "Systematiskt och långsiktigt kvalitetsarbete",
    // "Förebyggande").
    Work work = new Work();
    List<Recipient> quality = areaHolders(builders, RegionalActivityArea.SYSTEMATIC_QUALITY_WORK);
    work.name(quality, RegionalActivityArea.SYSTEMATIC_QUALITY_WORK, 17,
        w -> w.addInterventions(Intervention.ROUTINES_TO_DETECT_VIOLENCE));
    work.name(quality, RegionalActivityArea.SYSTEMATIC_QUALITY_WORK, 12,
        w -> w.addInterventions(Intervention.ROUTINES_FOR_DIRECT_INTERVENTIONS));
    work.name(quality, RegionalActivityArea.SYSTEMATIC_QUALITY_WORK, 10,
        w -> w.addInterventions(Intervention.MAPPING_LEGAL_REQUIREMENTS));
    // "Arbetet har vänt sig till såväl akutsjukvården (16 landsting) som primärvården (15
    // landsting), medan tandvården varit något mindre vanligt (9 landsting) … Andra nämnder dock
    // särskilt psykiatrin, barn- och ungdomshälsa" (no count for the last two: a few each here).
    work.name(quality, RegionalActivityArea.SYSTEMATIC_QUALITY_WORK, 16,
        w -> w.addCareSettings(CareSetting.EMERGENCY_CARE));
    work.name(quality, RegionalActivityArea.SYSTEMATIC_QUALITY_WORK, 15,
        w -> w.addCareSettings(CareSetting.PRIMARY_CARE));
    work.name(quality, RegionalActivityArea.SYSTEMATIC_QUALITY_WORK, 9,
        w -> w.addCareSettings(CareSetting.DENTAL_CARE));
    work.name(quality, RegionalActivityArea.SYSTEMATIC_QUALITY_WORK, 3,
        w -> w.addCareSettings(CareSetting.PSYCHIATRY));
    work.name(quality, RegionalActivityArea.SYSTEMATIC_QUALITY_WORK, 2,
        w -> w.addCareSettings(CareSetting.CHILD_AND_YOUTH_HEALTH));
    // "Ungefär hälften av de 20 landstingen har vidare samverkat med socialtjänst, polis och
    // kvinnojourer": the same ten with all three.
    List<Recipient> collaborating = areaHolders(builders, RegionalActivityArea.COLLABORATION);
    work.name(collaborating, RegionalActivityArea.COLLABORATION, 10,
        w -> w.addPartners(CollaborationPartner.SOCIAL_SERVICES, CollaborationPartner.POLICE,
            CollaborationPartner.WOMENS_SHELTERS));
    List<Recipient> prevention = areaHolders(builders, RegionalActivityArea.PREVENTION);
    work.name(prevention, RegionalActivityArea.PREVENTION, 6,
        w -> w.addPartners(CollaborationPartner.MUNICIPALITIES));
    work.name(prevention, RegionalActivityArea.PREVENTION, 3,
        w -> w.addPartners(CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    work.name(prevention, RegionalActivityArea.PREVENTION, 5,
        w -> w.addPartners(CollaborationPartner.COUNTY_ADMINISTRATIVE_BOARD));
    work.flat(all, builders, CollaborationPartner.COUNTY_ADMINISTRATIVE_BOARD, 16,
        (b, p) -> b.addPartner(p));
    work.flat(all, builders, CollaborationPartner.MUNICIPALITIES, 6, (b, p) -> b.addPartner(p));
    work.flat(all, builders, CollaborationPartner.NON_PROFIT_ORGANISATIONS, 3,
        (b, p) -> b.addPartner(p));
    name(all, builders, CollaborationPartner.SCHOOLS, 7, (b, p) -> b.addPartner(p));
    work.putInto(builders);
    return builders.values().stream().map(FollowUpReport.Builder::build).toList();
  }

  private List<Application> nonProfitApplications() {
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
        areas.add(random.nextBoolean() ? DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK
            : DevelopmentArea.UNIVERSAL_PREVENTION);
      }
      builders.add(Application.builder().applicant(applicants.get(i)).addAllDevelopmentAreas(areas)
          .similarSupportExists(i >= 65 && random.nextBoolean())
          .date(workingDay(LocalDate.of(2016, 2, 1).plusDays(random.nextInt(28)))));
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
    // One organisation went bankrupt and sent no report: 64 of 65 report (the 2016 account).
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
    Work work = new Work();
    nonProfitWork(work, byArea);
    for (VulnerableGroup group : VulnerableGroup.values()) {
      int count = work.count(group);
      if (count > 0) {
        work.flat(all, builders, group, count, (b, g) -> b.addVulnerableGroup(g));
      }
    }
    // The 2016 account, "Deltagande i kompetensstöd", methods and "Samarbete" for the non-profits.
    name(all, builders, Training.COUNTY_BOARD_TRAINING, 41, (b, t) -> b.addTraining(t));
    name(all, builders, Training.OTHER_TRAINING, 56, (b, t) -> b.addTraining(t));
    name(all, builders, Training.NCK_WEB_COURSE, 20, (b, t) -> b.addTraining(t));
    name(all, builders, Training.OTHER_FORMS_OF_TRAINING, 35, (b, t) -> b.addTraining(t));
    // "Ett tiotal organisationer har dessutom deltagit i utbildning inom respektive
    // bedömningsmetoderna FREDA, SARA, PATRIARK samt samtalsmetoderna Motiverande samtal och
    // Trappan" ("about ten" each: 9 to 12 here); "19 organisationer att de använt sig av FREDA".
    name(all, builders, Training.FREDA_TRAINING, 10, (b, t) -> b.addTraining(t));
    name(all, builders, Training.SARA_TRAINING, 9, (b, t) -> b.addTraining(t));
    name(all, builders, Training.PATRIARK_TRAINING, 11, (b, t) -> b.addTraining(t));
    name(all, builders, Training.MOTIVATIONAL_INTERVIEWING_TRAINING, 10, (b, t) -> b.addTraining(t));
    name(all, builders, Training.TRAPPAN_TRAINING, 12, (b, t) -> b.addTraining(t));
    List<Recipient> freda = name(all, builders, AssessmentInstrument.FREDA_SHORT_QUESTIONS, 19,
        (b, i) -> b.addInstrument(i));
    name(freda, builders, AssessmentInstrument.FREDA_DANGER_ASSESSMENT, 8, (b, i) -> b.addInstrument(i));
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
    work.putInto(builders);
    return builders.values().stream().map(FollowUpReport.Builder::build).toList();
  }

  private List<Application> stimulusApplications() {
    // The nine county boards the 2016 account names as receiving stimulus funds in 2016, and NCK.
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

  /** The 2016 account's counts of the non-profits' interventions and groups within each development area. */
  private void nonProfitWork(Work work, Map<DevelopmentArea, List<Recipient>> byArea) {
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

  private void interventions(Work work, Map<DevelopmentArea, List<Recipient>> byArea,
      DevelopmentArea area, Map<Intervention, Integer> counts) {
    counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
        work.name(byArea.get(area), area, e.getValue(), w -> w.addInterventions(e.getKey())));
  }

  /**
   * The 2016 account's outcome counts per development area: fully or to a large extent, partly, to
   * a small extent.
   */
  /** "men också om våldsutsatta kvinnor med funktionsnedsättning, missbruksproblem, …" (the 2016 account). */
  private static final List<VulnerableGroup> ALSO_IN_MANAGEMENT_SYSTEMS = List.of(
      VulnerableGroup.WOMEN_WITH_DISABILITIES, VulnerableGroup.WOMEN_WITH_SUBSTANCE_ABUSE,
      VulnerableGroup.WOMEN_OF_FOREIGN_BACKGROUND, VulnerableGroup.WOMEN_OVER_65);

  /** "Svenska kyrkan, Polisen, barnahus, Åklagarmyndigheten, länsstyrelsen, landstinget, BUP". */
  static final List<CollaborationPartner> OTHER_ACTORS_FOR_CHILDREN = List.of(
      CollaborationPartner.CHURCH_OF_SWEDEN, CollaborationPartner.POLICE,
      CollaborationPartner.BARNAHUS, CollaborationPartner.PROSECUTION_AUTHORITY,
      CollaborationPartner.COUNTY_ADMINISTRATIVE_BOARD, CollaborationPartner.REGION,
      CollaborationPartner.CHILD_AND_ADOLESCENT_PSYCHIATRY);

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

  // --- helpers
  // -------------------------------------------------------------------------------------

  /** The work per area of each report, built up term by term, and the terms each context names. */
  private final class Work {
    private final Map<Recipient, Map<ActivityArea, AreaWork.Builder>> work = new LinkedHashMap<>();
    private final Map<Object, Set<Recipient>> named = new HashMap<>();

    /** Names a term in the work of one area of {@code count} of the recipients, chosen at random. */
    List<Recipient> name(List<Recipient> recipients, ActivityArea area, int count,
        Function<AreaWork.Builder, AreaWork.Builder> add) {
      List<Recipient> chosen = choose(recipients, count);
      for (Recipient r : chosen) {
        AreaWork.Builder b = work.computeIfAbsent(r, x -> new LinkedHashMap<>())
            .computeIfAbsent(area, x -> AreaWork.builder());
        AreaWork before = b.build();
        add.apply(b);
        AreaWork after = b.build();
        terms(after).stream().filter(t -> !terms(before).contains(t))
            .forEach(t -> named.computeIfAbsent(t, x -> new LinkedHashSet<>()).add(r));
      }
      return chosen;
    }

    /** A report-level term: every report naming it in an area, and others up to {@code count}. */
    <T> void flat(List<Recipient> recipients, Map<Recipient, FollowUpReport.Builder> builders, T term,
        int count, BiConsumer<FollowUpReport.Builder, T> add) {
      Set<Recipient> holders = new LinkedHashSet<>(named.getOrDefault(term, Set.of()));
      if (holders.size() > count) {
        throw new IllegalStateException(term + " is named in " + holders.size() + " areas' work, "
            + "more than its " + count);
      }
      holders.addAll(choose(minus(recipients, new ArrayList<>(holders)), count - holders.size()));
      holders.forEach(r -> add.accept(builders.get(r), term));
    }

    int count(Object term) {
      return named.getOrDefault(term, Set.of()).size();
    }

    /** Puts each area's work into its report, and every term it names into the report's sets. */
    void putInto(Map<Recipient, FollowUpReport.Builder> builders) {
      work.forEach((r, areas) -> areas.forEach((area, w) -> {
        AreaWork built = w.build();
        builders.get(r).putWork(area, built).addAllMethods(built.methods())
            .addAllInstruments(built.instruments()).addAllVulnerableGroups(built.vulnerableGroups())
            .addAllPartners(built.partners()).addAllTraining(built.training());
      }));
    }

    private List<Object> terms(AreaWork w) {
      List<Object> terms = new ArrayList<>();
      terms.addAll(w.methods());
      terms.addAll(w.instruments());
      terms.addAll(w.vulnerableGroups());
      terms.addAll(w.partners());
      terms.addAll(w.training());
      return terms;
    }
  }

  private static List<Recipient> areaHolders(Map<Recipient, FollowUpReport.Builder> builders,
      ActivityArea area) {
    return builders.keySet().stream().filter(r -> builders.get(r).build().areas().contains(area))
        .toList();
  }

  /** {@code count} of the recipients, chosen at random. */
  private List<Recipient> choose(List<Recipient> recipients, int count) {
    List<Recipient> chosen = new ArrayList<>(recipients);
    Collections.shuffle(chosen, new java.util.Random(random.nextLong()));
    if (count > chosen.size()) {
      throw new IllegalStateException("cannot choose " + count + " of " + chosen.size());
    }
    return new ArrayList<>(chosen.subList(0, count));
  }

  private static List<Recipient> minus(List<Recipient> all, List<Recipient> some) {
    Set<Recipient> excluded = new HashSet<>(some);
    return all.stream().filter(r -> !excluded.contains(r)).toList();
  }

  private static List<Recipient> intersection(List<Recipient> a, List<Recipient> b) {
    Set<Recipient> inB = new HashSet<>(b);
    return a.stream().filter(inB::contains).toList();
  }

  private FollowUpReport.Builder report(RecipientGrant grant, Amount unused) {
    return FollowUpReport.builder().recipient(grant.recipient()).potId(grant.potId())
        .granted(grant.granted()).used(grant.granted().minus(unused))
        .submitted(workingDay(LocalDate.of(2017, 2, 1).plusDays(random.nextInt(50))));
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

  /**
   * The day itself, or the next working day: a requisition, an application or a report is taken
   * in, and decided, on a working day (lagen (1930:173) as {@link Deadlines} applies it).
   */
  private static LocalDate workingDay(LocalDate day) {
    return Deadlines.swedish().effective(day);
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
