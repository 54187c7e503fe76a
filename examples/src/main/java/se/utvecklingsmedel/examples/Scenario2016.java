package se.utvecklingsmedel.examples;

import static se.utvecklingsmedel.examples.ScenarioDraws.areaHolders;
import static se.utvecklingsmedel.examples.ScenarioDraws.minus;
import static se.utvecklingsmedel.examples.ScenarioDraws.equalWeights;
import static se.utvecklingsmedel.examples.ScenarioDraws.spread;
import static se.utvecklingsmedel.examples.ScenarioDraws.total;
import static se.utvecklingsmedel.examples.ScenarioDraws.granted;
import static se.utvecklingsmedel.examples.ScenarioDraws.recipients;
import static se.utvecklingsmedel.examples.ScenarioDraws.shuffled;
import static se.utvecklingsmedel.examples.ScenarioDraws.workingDay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.ApplicationRules;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.json.GrantJson;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CareSetting;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.Intervention;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
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

  private final ScenarioDraws draws = new ScenarioDraws(2016);
  private final NonProfits2016 nonProfits = new NonProfits2016(draws);

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
    List<Municipality> municipalities = shuffled(ReferenceData.municipalities(), draws.random);
    List<Municipality> requisitioning = municipalities.subList(0, 246);
    List<Municipality> notRequisitioning = municipalities.subList(246, 290);

    // The key: 44.4 MSEK over the 246 that requisition, 5.6 MSEK over the 44 that do not.
    Map<Recipient, Amount> keyed = new LinkedHashMap<>();
    keyed.putAll(draws.wholeKronor(44_400_000, requisitioning));
    keyed.putAll(draws.wholeKronor(5_600_000, notRequisitioning));
    DistributionKey municipalKey = DistributionKey.byAmounts(KEY_BASIS, keyed);

    List<Requisition> requisitions = new ArrayList<>();
    List<Municipality> optingIn = shuffled(requisitioning, draws.random);
    Set<Recipient> optIn = new HashSet<>(optingIn.subList(0, 137));
    Set<Recipient> capped = new HashSet<>(optingIn.subList(0, 10));
    for (Municipality m : requisitioning) {
      Requisition.Builder r = Requisition.builder().recipient(m).amount(keyed.get(m))
          .date(workingDay(LocalDate.of(2016, 2, 15).plusDays(draws.random.nextInt(200))))
          .wantsUnclaimedFunds(optIn.contains(m));
      if (capped.contains(m)) {
        r.maximumExtra(Amount.ofKronor(10_000));
      }
      requisitions.add(r.build());
    }

    Map<Recipient, Amount> regionAmounts = draws.wholeKronor(20_000_000, ReferenceData.regions());
    List<Requisition> regionRequisitions = new ArrayList<>();
    regionAmounts.forEach((region, amount) -> regionRequisitions.add(Requisition.builder()
        .recipient(region).amount(amount).date(workingDay(LocalDate.of(2016, 3, 1).plusDays(draws.random.nextInt(120))))
        .build()));

    List<Application> nonProfit = nonProfits.nonProfitApplications();
    List<Application> stimulus = nonProfits.stimulusApplications();

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
    reports.addAll(nonProfits.nonProfitReports(allocation.applicationPot(PotId.NON_PROFITS)));
    reports.addAll(nonProfits.stimulusReports(allocation.pot(PotId.STIMULUS_FUNDS)));
    return FollowUp.of(allocation, reports, AS_OF);
  }

  // --- municipalities
  // ------------------------------------------------------------------------------

  private List<FollowUpReport> municipalReports(PotAllocation pot) {
    List<RecipientGrant> granted = granted(pot);
    // The 8 smallest grants send no report in time: 238 of 246 report.
    granted.sort(Comparator.comparing(RecipientGrant::granted));
    List<RecipientGrant> reporting = shuffled(granted.subList(8, granted.size()), draws.random);
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
      FollowUpReport.Builder b = draws.report(g, left).hadActivity(!noActivity.contains(g.recipient()));
      if (left.signum() > 0 && draws.random.nextInt(10) < 9) {
        b.addReasonsForUnusedFunds(draws.pick(UnusedFundsReason.values()));
      }
      builders.put(g.recipient(), b);
    }
    // The 2016 account's counts per area, instrument, method, group, partner and training (the 2016
    // account).
    draws.name(analysed, builders, MunicipalActivityArea.LONG_TERM_COORDINATED_WORK, 178, (b, a) -> b.addArea(a));
    draws.name(analysed, builders, MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM, 87, (b, a) -> b.addArea(a));
    draws.name(analysed, builders, MunicipalActivityArea.COLLABORATION, 153, (b, a) -> b.addArea(a));
    draws.name(analysed, builders, MunicipalActivityArea.PROTECTED_HOUSING, 41, (b, a) -> b.addArea(a));
    draws.name(analysed, builders, MunicipalActivityArea.INVESTIGATION_OF_CHILDREN, 75, (b, a) -> b.addArea(a));
    List<Recipient> prevention = draws.name(analysed, builders, MunicipalActivityArea.EARLY_AND_SELECTIVE_PREVENTION, 74, (b, a) -> b.addArea(a));
    List<Recipient> standardised = draws.name(analysed, builders, MunicipalActivityArea.STANDARDISED_ASSESSMENT_METHODS, 103, (b, a) -> b.addArea(a));
    List<Recipient> children = draws.name(analysed, builders, MunicipalActivityArea.INTERVENTIONS_FOR_CHILDREN, 81, (b, a) -> b.addArea(a));
    List<Recipient> qms = areaHolders(builders, MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM);
    List<Recipient> longTerm = areaHolders(builders, MunicipalActivityArea.LONG_TERM_COORDINATED_WORK);
    List<Recipient> collaboration = areaHolders(builders, MunicipalActivityArea.COLLABORATION);
    List<Recipient> investigation = areaHolders(builders, MunicipalActivityArea.INVESTIGATION_OF_CHILDREN);
    List<Recipient> perpetrators = draws.name(analysed, builders, MunicipalActivityArea.WORK_WITH_PERPETRATORS, 78, (b, a) -> b.addArea(a));
    List<Recipient> vulnerable = draws.name(analysed, builders, MunicipalActivityArea.ABUSED_WOMEN_AND_VULNERABLE_GROUPS, 111, (b, a) -> b.addArea(a));
    List<Recipient> prostitution = draws.name(analysed, builders, MunicipalActivityArea.AGAINST_PROSTITUTION_AND_TRAFFICKING, 12, (b, a) -> b.addArea(a));
    // The 2016 account counts the municipalities' work per heading: each count below is within one
    // area, and the report-level sets hold every term an area names (Work.putInto).
    ScenarioDraws.Work work = draws.new Work();
    // "En femtedel av kommunerna har tagit fram processer och rutiner för att kontrollera och följa
    // upp verksamhet som de har överlämnat" (44 of 216).
    work.name(longTerm, MunicipalActivityArea.LONG_TERM_COORDINATED_WORK, 44,
        w -> w.addInterventions(Intervention.FOLLOW_UP_OF_DELEGATED_WORK));
    ActivityArea system = MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM;
    work.name(qms, system, 20, w -> w.addInterventions(Intervention.SELF_INSPECTION));
    // "I cirka 40 procent av dessa kommuner … en eller flera grupper med särskilda behov. Vanligen
    // … hedersrelaterat våld (24 kommuner), men också … funktionsnedsättning, missbruksproblem,
    // utländsk bakgrund samt äldre kvinnor över 65 år": 35 of 87, each naming a group.
    List<Recipient> systemGroups = draws.choose(qms, 35);
    List<Recipient> honour = work.name(systemGroups, system, 24,
        w -> w.addVulnerableGroups(VulnerableGroup.HONOUR_RELATED_VIOLENCE));
    List<Recipient> withoutHonour = minus(systemGroups, honour);
    for (int i = 0; i < withoutHonour.size(); i++) {
      VulnerableGroup group = ALSO_IN_MANAGEMENT_SYSTEMS.get(i % ALSO_IN_MANAGEMENT_SYSTEMS.size());
      work.name(List.of(withoutHonour.get(i)), system, 1, w -> w.addVulnerableGroups(group));
    }
    // "Av de kommuner som inte arbetade med det systematiska kvalitetsarbetet redovisar 53 stycken
    // att kommunens ledningssystem … redan omfattar arbetet med våld i nära relationer."
    draws.name(minus(analysed, qms), builders, Boolean.TRUE, 53, (b, t) -> b.qualitySystemAlreadyCovers(true));
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
    List<Recipient> childPartners = draws.choose(children, 48);
    List<Recipient> otherActors = draws.choose(childPartners, 28);
    for (int i = 0; i < otherActors.size(); i++) {
      CollaborationPartner actor = OTHER_ACTORS_FOR_CHILDREN.get(i % OTHER_ACTORS_FOR_CHILDREN.size());
      work.name(List.of(otherActors.get(i)), forChildren, 1, w -> w.addPartners(actor));
    }
    List<Recipient> withMunicipalities = new ArrayList<>(minus(childPartners, otherActors));
    withMunicipalities.addAll(draws.choose(otherActors, 18));
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
    selective.addAll(draws.choose(early, 43 - selective.size()));
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
    List<Recipient> miPerpetrators = new ArrayList<>(draws.choose(atv, 7));
    miPerpetrators.addAll(draws.choose(minus(perpetrators, atv), 21));
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
    List<Recipient> assessing = new ArrayList<>(draws.choose(vulnerable, 64));
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
    List<Recipient> foreignBackground = work.name(vulnerable, women, 33,
        w -> w.addVulnerableGroups(VulnerableGroup.WOMEN_OF_FOREIGN_BACKGROUND));
    work.name(vulnerable, women, 24, w -> w.addVulnerableGroups(VulnerableGroup.WOMEN_WITH_SUBSTANCE_ABUSE));
    work.name(vulnerable, women, 15, w -> w.addVulnerableGroups(VulnerableGroup.YOUNG_WOMEN));
    // "Några kommuner redovisar att de arbetat med HBTQ" (no count): three that name another group
    // in the area already, drawn from a source of their own (added later), so that every draw
    // after is as it was.
    work.nameIn(shuffled(foreignBackground, new SplittableRandom(2016_0335L)).subList(0, 3), women,
        w -> w.addVulnerableGroups(VulnerableGroup.LGBTQ));
    work.name(vulnerable, women, 42, w -> w.addPartners(CollaborationPartner.MUNICIPALITIES));
    work.name(vulnerable, women, 26,
        w -> w.addPartners(CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    draws.name(analysed, builders, Training.COUNTY_BOARD_TRAINING, 181, (b, t) -> b.addTraining(t));
    List<Recipient> otherTraining = draws.name(analysed, builders, Training.OTHER_TRAINING, 199,
        (b, t) -> b.addTraining(t));
    // "andra utbildningar … framförallt … NCK:s grundläggande webbkurs, vilken 121 kommuner tagit
    // del av. Andra exempel är utbildning i bedömningsmetoderna FREDA (113 kommuner), och
    // utbildning i samtalsmetoden Motiverande samtal (100 kommuner)": these are among the other
    // trainings.
    draws.name(otherTraining, builders, Training.NCK_WEB_COURSE, 121, (b, t) -> b.addTraining(t));
    otherTraining.forEach(r -> builders.get(r).addArea(MunicipalActivityArea.TRAINING));
    work.name(otherTraining, MunicipalActivityArea.TRAINING, 113,
        w -> w.addTraining(Training.FREDA_TRAINING));
    work.name(otherTraining, MunicipalActivityArea.TRAINING, 100,
        w -> w.addTraining(Training.MOTIVATIONAL_INTERVIEWING_TRAINING));
    draws.name(analysed, builders, Boolean.TRUE, 91, (b, t) -> b.coordinatingFunctionFinanced(true));
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
    List<RecipientGrant> notAllUsed = granted.subList(0, 14);
    Map<Recipient, Amount> unused = spread(5_700_000_00L, notAllUsed);
    Map<Recipient, FollowUpReport.Builder> builders = new LinkedHashMap<>();
    for (RecipientGrant g : granted) {
      builders.put(g.recipient(), draws.report(g, unused.getOrDefault(g.recipient(), Amount.zero())));
    }
    // "Flera landsting beskriver att arbetet med utvecklingsmedlen kunde startas upp först efter
    // sommaren 2016. Orsaken till det var bland annat att medel rekvirerades sent eller att det tog
    // tid att rekrytera … Andra orsaker var att personalförändringar eller sjukfrånvaro fördröjde
    // det planerade arbetet" (no counts): a few of the 14 each, drawn from a source of their own
    // (added later), so that every draw after is as it was.
    SplittableRandom why = new SplittableRandom(2016_0366L);
    Map<UnusedFundsReason, Integer> reasons = new LinkedHashMap<>();
    reasons.put(UnusedFundsReason.LATE_REQUISITION, 5);
    reasons.put(UnusedFundsReason.RECRUITMENT_DIFFICULTY, 5);
    reasons.put(UnusedFundsReason.SICK_LEAVE, 3);
    reasons.put(UnusedFundsReason.OTHER, 3);
    reasons.forEach((reason, count) -> shuffled(recipients(notAllUsed), why).subList(0, count)
        .forEach(r -> builders.get(r).addReasonsForUnusedFunds(reason)));
    List<Recipient> all = recipients(granted);
    draws.name(all, builders, RegionalActivityArea.SYSTEMATIC_QUALITY_WORK, 20, (b, a) -> b.addArea(a));
    draws.name(all, builders, RegionalActivityArea.COLLABORATION, 20, (b, a) -> b.addArea(a));
    draws.name(all, builders, RegionalActivityArea.STAFF_COMPETENCE, 21, (b, a) -> b.addArea(a));
    draws.name(all, builders, RegionalActivityArea.EFFECTIVE_METHODS, 15, (b, a) -> b.addArea(a));
    draws.name(all, builders, RegionalActivityArea.PREVENTION, 12, (b, a) -> b.addArea(a));
    draws.name(all, builders, Boolean.TRUE, 14, (b, t) -> b.coordinatingFunctionFinanced(true));
    draws.name(all, builders, Training.OWN_STAFF_TRAINING, 19, (b, t) -> b.addTraining(t));
    draws.name(all, builders, Training.COUNTY_BOARD_TRAINING, 15, (b, t) -> b.addTraining(t));
    draws.name(all, builders, Training.NCK_WEB_COURSE, 15, (b, t) -> b.addTraining(t));
    draws.name(all, builders, Training.OTHER_TRAINING, 12, (b, t) -> b.addTraining(t));
    // Within two areas (the 2016 account, "Systematiskt och långsiktigt kvalitetsarbete",
    // "Förebyggande").
    ScenarioDraws.Work work = draws.new Work();
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
    // In the same area: "Samverkan med Länsstyrelsernas utvecklingsledare har också varit vanligt,
    // 16 landsting … Sju landsting har utvecklat samverkan med skolan." Drawn from a source of
    // their own (added later), so that every draw after them is as it was.
    SplittableRandom inCollaboration = new SplittableRandom(2016_0402L);
    List<Recipient> withBoards = shuffled(collaborating, inCollaboration).subList(0, 16);
    work.nameIn(withBoards, RegionalActivityArea.COLLABORATION,
        w -> w.addPartners(CollaborationPartner.COUNTY_ADMINISTRATIVE_BOARD));
    work.nameIn(shuffled(collaborating, inCollaboration).subList(0, 7),
        RegionalActivityArea.COLLABORATION, w -> w.addPartners(CollaborationPartner.SCHOOLS));
    List<Recipient> prevention = areaHolders(builders, RegionalActivityArea.PREVENTION);
    work.name(prevention, RegionalActivityArea.PREVENTION, 6,
        w -> w.addPartners(CollaborationPartner.MUNICIPALITIES));
    work.name(prevention, RegionalActivityArea.PREVENTION, 3,
        w -> w.addPartners(CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    // "Fem landsting har samarbetat med länsstyrelsen" (Förebyggande): five of the 16, so that 16
    // name the county board in all.
    work.name(ScenarioDraws.intersection(prevention, withBoards), RegionalActivityArea.PREVENTION,
        5, w -> w.addPartners(CollaborationPartner.COUNTY_ADMINISTRATIVE_BOARD));
    work.flat(all, builders, CollaborationPartner.COUNTY_ADMINISTRATIVE_BOARD, 16,
        (b, p) -> b.addPartner(p));
    work.flat(all, builders, CollaborationPartner.MUNICIPALITIES, 6, (b, p) -> b.addPartner(p));
    work.flat(all, builders, CollaborationPartner.NON_PROFIT_ORGANISATIONS, 3,
        (b, p) -> b.addPartner(p));
    work.flat(all, builders, CollaborationPartner.SCHOOLS, 7, (b, p) -> b.addPartner(p));
    work.putInto(builders);
    return builders.values().stream().map(FollowUpReport.Builder::build).toList();
  }

}
