package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.followup.AreaCounts;
import se.utvecklingsmedel.followup.AreaWork;
import se.utvecklingsmedel.followup.CategoryStatistics;
import se.utvecklingsmedel.followup.CompetenceSupport;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.followup.NationalSupport;
import se.utvecklingsmedel.followup.Share;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CareSetting;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.CompetenceNeed;
import se.utvecklingsmedel.vocabulary.CompetenceSupportTheme;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.Intervention;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;
import se.utvecklingsmedel.vocabulary.Outcome;
import se.utvecklingsmedel.vocabulary.RegionalActivityArea;
import se.utvecklingsmedel.vocabulary.Training;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * Seed 004's published figures against what the 2016 main job computes from the scenario's inputs
 * (issue 12). The table ({@code seed-004-figures.tsv}) lists every figure the seed states, with its
 * line and the seed's words; each row is either recomputed from the scenario's inputs and checked —
 * exactly where the seed gives a count, within the seed's own rounding where it says "cirka",
 * "ungefär", "hälften" or "över hälften" — or, where no recipient's report can give it (the county
 * boards' survey, Socialstyrelsen's and NCK's own records, the boards' use of stimulus funds), held
 * as published in {@link NationalSupport#seed004()} and checked against that. No row is left out. A
 * repeat is checked as the row it restates.
 */
class PublishedFiguresTest {

  private static final RecipientCategory M = RecipientCategory.MUNICIPALITY;
  private static final RecipientCategory R = RecipientCategory.REGION;
  private static final RecipientCategory N = RecipientCategory.NON_PROFIT_ORGANISATION;

  private static FollowUp followUp;
  private static List<Row> rows;

  /** One row of the table. */
  record Row(String id, int line, String category, String what, String swedish, String value,
      String unit, boolean approximate, String kind, String repeatOf) {
  }

  @BeforeAll
  static void read() throws IOException {
    followUp = Round2016.readScenario();
    rows = new ArrayList<>();
    try (InputStream in = PublishedFiguresTest.class.getResourceAsStream("seed-004-figures.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in,
            StandardCharsets.UTF_8))) {
      reader.lines().filter(l -> !l.startsWith("#") && !l.startsWith("id\t")).forEach(l -> {
        String[] f = l.split("\t", -1);
        rows.add(new Row(f[0], Integer.parseInt(f[1]), f[2], f[4], f[5], f[6], f[7],
            f[8].equals("approx"), f[9], f[10]));
      });
    }
  }

  // --- what the main job computes ----------------------------------------------------------------

  private static CategoryStatistics c(RecipientCategory category) {
    return followUp.statistics().of(category);
  }

  private static int area(RecipientCategory category, ActivityArea area) {
    return c(category).areas().getOrDefault(area, 0);
  }

  private static int high(ActivityArea area) {
    Map<Outcome, Integer> counts = c(N).outcomes().get(area);
    return counts.getOrDefault(Outcome.FULLY, 0) + counts.getOrDefault(Outcome.TO_A_LARGE_EXTENT, 0);
  }

  private static int outcome(ActivityArea area, Outcome outcome) {
    return c(N).outcomes().get(area).getOrDefault(outcome, 0);
  }

  private static long reports(RecipientCategory category, Predicate<FollowUpReport> test) {
    return followUp.settlements().stream().flatMap(s -> s.report().stream())
        .filter(r -> r.recipient().category() == category).filter(test).count();
  }

  private static BigDecimal percent(long part, long whole) {
    return Share.of(part, whole).percent(1, RoundingMode.HALF_UP);
  }

  private static Pot pot(PotId id) {
    return followUp.allocation().round().pot(id);
  }

  /** Each checked figure's value as the main job computes it. */
  private static final Map<String, Function<FollowUp, Object>> CHECKS = checks();

  private static Map<String, Function<FollowUp, Object>> checks() {
    Map<String, Function<FollowUp, Object>> k = new LinkedHashMap<>();
    GrantRound round = GrantRound.round2016();
    // The round: budgets and dates.
    k.put("F001", f -> f.allocation().round().governmentReportDeadlines().get(0));
    k.put("F029", f -> f.allocation().round().governmentReportDeadlines().get(1));
    k.put("F027", f -> f.allocation().round().governmentReportDeadlines().get(2));
    k.put("F021", f -> pot(PotId.MUNICIPALITIES).budget());
    k.put("F022", f -> pot(PotId.REGIONS).budget());
    k.put("F023", f -> pot(PotId.NON_PROFITS).budget());
    k.put("F024", f -> pot(PotId.STIMULUS_FUNDS).budget());
    k.put("F025", f -> c(RecipientCategory.NATIONAL_CENTRE).assignedAmount());
    k.put("F026", f -> c(RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD).assignedAmount());
    k.put("F030", f -> round.usePeriod().getEndInclusive());
    // Municipalities.
    k.put("F002", f -> c(M).grantedAmount());
    k.put("F003", f -> c(M).requisitioning());
    k.put("F004", f -> c(M).notAllUsed());
    k.put("F005", f -> c(M).unusedAmount());
    k.put("F032", f -> c(M).requisitionedAmount());
    k.put("F033", f -> 290 - c(M).requisitioning());
    k.put("F034", f -> f.allocation().pot(PotId.MUNICIPALITIES).grants().values().stream()
        .filter(g -> g.redistributed().signum() > 0).count());
    k.put("F035", f -> c(M).redistributedAmount());
    k.put("F040", f -> c(M).usedNothing());
    k.put("F042", f -> reports(M, r -> !r.reasonsForUnusedFunds().isEmpty()));
    k.put("F043", f -> c(M).reportsInTime());
    k.put("F044", f -> c(M).reportsWithoutActivity());
    k.put("F045", f -> c(M).reportsAnalysed());
    k.put("F046", f -> area(M, MunicipalActivityArea.LONG_TERM_COORDINATED_WORK));
    k.put("F048", f -> area(M, MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM));
    k.put("F053", f -> area(M, MunicipalActivityArea.COLLABORATION));
    k.put("F057", f -> c(M).coordinatingFunctions());
    k.put("F058", f -> area(M, MunicipalActivityArea.PROTECTED_HOUSING));
    k.put("F059", f -> c(M).training().get(Training.COUNTY_BOARD_TRAINING));
    k.put("F060", f -> c(M).training().get(Training.OTHER_TRAINING));
    k.put("F061", f -> c(M).training().get(Training.NCK_WEB_COURSE));
    k.put("F069", f -> area(M, MunicipalActivityArea.INVESTIGATION_OF_CHILDREN));
    k.put("F080", f -> area(M, MunicipalActivityArea.WORK_WITH_PERPETRATORS));
    k.put("F090", f -> area(M, MunicipalActivityArea.ABUSED_WOMEN_AND_VULNERABLE_GROUPS));
    k.put("F064", f -> area(M, MunicipalActivityArea.STANDARDISED_ASSESSMENT_METHODS));
    k.put("F071", f -> area(M, MunicipalActivityArea.INTERVENTIONS_FOR_CHILDREN));
    k.put("F052", f -> c(M).qualitySystemAlreadyCovering());
    // Within one municipal area (FollowUpReport.work): the seed counts each under its heading.
    MunicipalActivityArea perpetrators = MunicipalActivityArea.WORK_WITH_PERPETRATORS;
    MunicipalActivityArea women = MunicipalActivityArea.ABUSED_WOMEN_AND_VULNERABLE_GROUPS;
    MunicipalActivityArea prostitution = MunicipalActivityArea.AGAINST_PROSTITUTION_AND_TRAFFICKING;
    MunicipalActivityArea system = MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM;
    MunicipalActivityArea collaboration = MunicipalActivityArea.COLLABORATION;
    MunicipalActivityArea standardised = MunicipalActivityArea.STANDARDISED_ASSESSMENT_METHODS;
    MunicipalActivityArea forChildren = MunicipalActivityArea.INTERVENTIONS_FOR_CHILDREN;
    MunicipalActivityArea prevention = MunicipalActivityArea.EARLY_AND_SELECTIVE_PREVENTION;
    MunicipalActivityArea training = MunicipalActivityArea.TRAINING;
    k.put("F047", f -> percent(intervention(M, MunicipalActivityArea.LONG_TERM_COORDINATED_WORK,
        Intervention.FOLLOW_UP_OF_DELEGATED_WORK), c(M).reportsAnalysed()));
    k.put("F050", f -> percent(reports(M, r -> !r.work().getOrDefault(system, NOTHING)
        .vulnerableGroups().isEmpty()), area(M, system)));
    k.put("F051", f -> work(M, system).vulnerableGroups().get(VulnerableGroup.HONOUR_RELATED_VIOLENCE));
    k.put("F054", f -> work(M, collaboration).partners().get(CollaborationPartner.POLICE));
    k.put("F055", f -> work(M, collaboration).partners().get(
        CollaborationPartner.HEALTH_AND_DENTAL_CARE));
    k.put("F056", f -> work(M, collaboration).partners().get(
        CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    k.put("F062", f -> work(M, training).training().get(Training.FREDA_TRAINING));
    k.put("F063", f -> work(M, training).training().get(
        Training.MOTIVATIONAL_INTERVIEWING_TRAINING));
    k.put("F065", f -> work(M, standardised).instruments().get(
        AssessmentInstrument.FREDA_SHORT_QUESTIONS));
    k.put("F066", f -> work(M, standardised).instruments().get(
        AssessmentInstrument.FREDA_DESCRIPTION));
    k.put("F067", f -> work(M, standardised).instruments().get(
        AssessmentInstrument.FREDA_DANGER_ASSESSMENT));
    k.put("F068", f -> work(M, standardised).methods().get(KnownMethod.MOTIVATIONAL_INTERVIEWING));
    k.put("F070", f -> work(M, MunicipalActivityArea.INVESTIGATION_OF_CHILDREN).training()
        .get(Training.TRAPPAN_TRAINING));
    k.put("F072", f -> percent(intervention(M, forChildren, Intervention.INFORMATION_TO_PARENTS),
        area(M, forChildren)));
    k.put("F073", f -> percent(intervention(M, forChildren, Intervention.GROUP_SUPPORT_TALKS),
        area(M, forChildren)));
    k.put("F074", f -> work(M, forChildren).methods().get(KnownMethod.TRAPPAN));
    k.put("F075", f -> work(M, forChildren).methods().get(KnownMethod.KIBB));
    k.put("F076", f -> reports(M, r -> !r.work().getOrDefault(forChildren, NOTHING).partners()
        .isEmpty()));
    k.put("F077", f -> reports(M, r -> r.work().getOrDefault(forChildren, NOTHING).partners()
        .stream().anyMatch(Scenario2016.OTHER_ACTORS_FOR_CHILDREN::contains)));
    k.put("F078", f -> intervention(M, prevention, Intervention.EARLY_PREVENTION));
    k.put("F079", f -> intervention(M, prevention, Intervention.SELECTIVE_PREVENTION));
    k.put("F085", f -> work(M, perpetrators).methods().get(KnownMethod.ALTERNATIVES_TO_VIOLENCE));
    k.put("F087", f -> work(M, perpetrators).training().get(
        Training.ALTERNATIVES_TO_VIOLENCE_TRAINING));
    k.put("F088", f -> work(M, perpetrators).training().get(
        Training.MOTIVATIONAL_INTERVIEWING_TRAINING));
    k.put("F089", f -> work(M, perpetrators).training().get(
        Training.COGNITIVE_BEHAVIOURAL_THERAPY_TRAINING));
    k.put("F091", f -> work(M, women).vulnerableGroups().get(VulnerableGroup.HONOUR_RELATED_VIOLENCE));
    // "38 kommuner arbetade med våldsutsatta kvinnor med funktionsnedsättning respektive äldre
    // kvinnor över 65 år": 38 each.
    k.put("F092", f -> same(work(M, women).vulnerableGroups().get(
        VulnerableGroup.WOMEN_WITH_DISABILITIES), work(M, women).vulnerableGroups().get(
        VulnerableGroup.WOMEN_OVER_65)));
    k.put("F093", f -> work(M, women).vulnerableGroups().get(
        VulnerableGroup.WOMEN_OF_FOREIGN_BACKGROUND));
    k.put("F094", f -> work(M, women).vulnerableGroups().get(
        VulnerableGroup.WOMEN_WITH_SUBSTANCE_ABUSE));
    k.put("F095", f -> work(M, women).vulnerableGroups().get(VulnerableGroup.YOUNG_WOMEN));
    k.put("F100", f -> work(M, women).instruments().get(AssessmentInstrument.PATRIARK));
    k.put("F102", f -> work(M, women).instruments().get(AssessmentInstrument.SARA));
    k.put("F049", f -> intervention(M, MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM,
        Intervention.SELF_INSPECTION));
    k.put("F081", f -> intervention(M, perpetrators, Intervention.INDIVIDUAL_SUPPORT_TALKS));
    k.put("F082", f -> intervention(M, perpetrators, Intervention.GROUP_SUPPORT_TALKS));
    k.put("F083", f -> intervention(M, perpetrators, Intervention.PARTNER_CONTACTS));
    k.put("F084", f -> reports(M, r -> !r.work().getOrDefault(perpetrators, NOTHING).methods()
        .isEmpty()));
    k.put("F086", f -> work(M, perpetrators).methods().get(KnownMethod.MOTIVATIONAL_INTERVIEWING));
    k.put("F096", f -> reports(M, r -> {
      AreaWork w = r.work().getOrDefault(women, NOTHING);
      return !w.instruments().isEmpty() || !w.methods().isEmpty();
    }));
    k.put("F097", f -> work(M, women).instruments().get(AssessmentInstrument.FREDA_SHORT_QUESTIONS));
    k.put("F098", f -> work(M, women).instruments().get(AssessmentInstrument.FREDA_DESCRIPTION));
    k.put("F099", f -> work(M, women).instruments().get(
        AssessmentInstrument.FREDA_DANGER_ASSESSMENT));
    k.put("F101", f -> work(M, women).methods().get(KnownMethod.MOTIVATIONAL_INTERVIEWING));
    k.put("F103", f -> work(M, women).partners().get(CollaborationPartner.MUNICIPALITIES));
    k.put("F104", f -> work(M, women).partners().get(CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    k.put("F106", f -> intervention(M, prostitution, Intervention.INDIVIDUAL_SUPPORT_TALKS));
    k.put("F107", f -> intervention(M, prostitution, Intervention.INFORMATION_ABOUT_OWN_WORK));
    k.put("F105", f -> area(M, MunicipalActivityArea.AGAINST_PROSTITUTION_AND_TRAFFICKING));
    // Regions.
    k.put("F006", f -> c(R).grantedAmount());
    k.put("F007", f -> c(R).requisitioning());
    k.put("F008", f -> c(R).notAllUsed());
    k.put("F009", f -> c(R).unusedAmount());
    k.put("F110", f -> percent(c(R).notAllUsed(), c(R).requisitioning()));
    k.put("F113", f -> area(R, RegionalActivityArea.SYSTEMATIC_QUALITY_WORK));
    k.put("F120", f -> area(R, RegionalActivityArea.COLLABORATION));
    k.put("F121", f -> c(R).partners().get(CollaborationPartner.COUNTY_ADMINISTRATIVE_BOARD));
    k.put("F124", f -> c(R).partners().get(CollaborationPartner.SCHOOLS));
    k.put("F125", f -> c(R).coordinatingFunctions());
    k.put("F126", f -> area(R, RegionalActivityArea.STAFF_COMPETENCE));
    k.put("F127", f -> c(R).training().get(Training.OWN_STAFF_TRAINING));
    k.put("F128", f -> c(R).training().get(Training.COUNTY_BOARD_TRAINING));
    k.put("F129", f -> c(R).training().get(Training.NCK_WEB_COURSE));
    k.put("F130", f -> c(R).training().get(Training.OTHER_TRAINING));
    k.put("F131", f -> area(R, RegionalActivityArea.EFFECTIVE_METHODS));
    k.put("F132", f -> area(R, RegionalActivityArea.PREVENTION));
    RegionalActivityArea quality = RegionalActivityArea.SYSTEMATIC_QUALITY_WORK;
    k.put("F114", f -> intervention(R, quality, Intervention.ROUTINES_TO_DETECT_VIOLENCE));
    k.put("F115", f -> intervention(R, quality, Intervention.ROUTINES_FOR_DIRECT_INTERVENTIONS));
    k.put("F116", f -> intervention(R, quality, Intervention.MAPPING_LEGAL_REQUIREMENTS));
    k.put("F117", f -> work(R, quality).careSettings().get(CareSetting.EMERGENCY_CARE));
    k.put("F118", f -> work(R, quality).careSettings().get(CareSetting.PRIMARY_CARE));
    k.put("F119", f -> work(R, quality).careSettings().get(CareSetting.DENTAL_CARE));
    // "Ungefär hälften av de 20 landstingen har vidare samverkat med socialtjänst, polis och
    // kvinnojourer": those naming all three, of the 20.
    k.put("F122", f -> percent(reports(R, r -> r.work().getOrDefault(
        RegionalActivityArea.COLLABORATION, NOTHING).partners().containsAll(List.of(
            CollaborationPartner.SOCIAL_SERVICES, CollaborationPartner.POLICE,
            CollaborationPartner.WOMENS_SHELTERS))), area(R, RegionalActivityArea.COLLABORATION)));
    RegionalActivityArea regionalPrevention = RegionalActivityArea.PREVENTION;
    k.put("F133", f -> work(R, regionalPrevention).partners().get(CollaborationPartner.MUNICIPALITIES));
    k.put("F134", f -> work(R, regionalPrevention).partners().get(
        CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    k.put("F135", f -> work(R, regionalPrevention).partners().get(
        CollaborationPartner.COUNTY_ADMINISTRATIVE_BOARD));
    // Non-profits.
    k.put("F010", f -> c(N).grantedAmount());
    k.put("F011", f -> c(N).granted());
    k.put("F012", f -> c(N).notAllUsed());
    k.put("F013", f -> c(N).unusedAmount());
    k.put("F136", f -> c(N).applying());
    k.put("F137", f -> c(N).appliedAmount());
    k.put("F140", f -> c(N).reportsInTime() + c(N).reportsLate());
    k.put("F141", f -> c(N).reportsMissing());
    k.put("F142", f -> percent(c(N).notAllUsed(), c(N).granted()));
    k.put("F146", f -> DevelopmentArea.values().length);
    k.put("F147", f -> c(N).training().get(Training.COUNTY_BOARD_TRAINING));
    k.put("F148", f -> c(N).training().get(Training.OTHER_TRAINING));
    k.put("F149", f -> c(N).training().get(Training.NCK_WEB_COURSE));
    k.put("F151", f -> c(N).training().get(Training.OTHER_FORMS_OF_TRAINING));
    // "Ett tiotal organisationer … i utbildning inom respektive bedömningsmetoderna FREDA, SARA,
    // PATRIARK samt samtalsmetoderna Motiverande samtal och Trappan": each about ten (the first that
    // is not, else FREDA's).
    k.put("F150", f -> Stream.of(Training.SARA_TRAINING, Training.PATRIARK_TRAINING,
            Training.MOTIVATIONAL_INTERVIEWING_TRAINING, Training.TRAPPAN_TRAINING)
        .map(t -> c(N).training().getOrDefault(t, 0)).filter(n -> n < 5 || n > 14).findFirst()
        .orElse(c(N).training().getOrDefault(Training.FREDA_TRAINING, 0)));
    k.put("F152", f -> reports(N, r -> r.instruments().stream()
        .anyMatch(AssessmentInstrument::isFreda)));
    k.put("F153", f -> c(N).instruments().get(AssessmentInstrument.SARA));
    k.put("F154", f -> c(N).instruments().get(AssessmentInstrument.PATRIARK));
    k.put("F155", f -> method(N, KnownMethod.TRAPPAN));
    k.put("F156", f -> method(N, KnownMethod.MOTIVATIONAL_INTERVIEWING));
    k.put("F157", f -> method(N, KnownMethod.COGNITIVE_BEHAVIOURAL_THERAPY));
    k.put("F158", f -> reports(N, r -> !r.partners().isEmpty()));
    k.put("F159", f -> c(N).partners().get(CollaborationPartner.MUNICIPALITIES));
    k.put("F160", f -> c(N).partners().get(CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    k.put("F161", f -> c(N).partners().get(CollaborationPartner.OTHER));
    k.put("F162", f -> percent(area(N, DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK),
        c(N).reportsAnalysed()));
    k.put("F163", f -> area(N, DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK));
    k.put("F167", f -> high(DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK));
    k.put("F168", f -> outcome(DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK, Outcome.PARTLY));
    k.put("F169", f -> outcome(DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK,
        Outcome.TO_A_SMALL_EXTENT));
    k.put("F170", f -> area(N, DevelopmentArea.UNIVERSAL_PREVENTION));
    k.put("F172", f -> high(DevelopmentArea.UNIVERSAL_PREVENTION));
    k.put("F173", f -> outcome(DevelopmentArea.UNIVERSAL_PREVENTION, Outcome.PARTLY));
    k.put("F174", f -> area(N, DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN));
    k.put("F176", f -> high(DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN));
    k.put("F177", f -> area(N, DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS));
    k.put("F191", f -> high(DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS));
    k.put("F192", f -> outcome(DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS,
        Outcome.PARTLY));
    k.put("F193", f -> area(N, DevelopmentArea.WORK_WITH_CHILDREN));
    k.put("F196", f -> high(DevelopmentArea.WORK_WITH_CHILDREN));
    k.put("F197", f -> outcome(DevelopmentArea.WORK_WITH_CHILDREN, Outcome.PARTLY));
    k.put("F198", f -> area(N, DevelopmentArea.REACHING_PERPETRATORS));
    k.put("F201", f -> high(DevelopmentArea.REACHING_PERPETRATORS));
    k.put("F202", f -> area(N, DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING));
    k.put("F210", f -> high(DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING));
    k.put("F211", f -> outcome(DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING,
        Outcome.PARTLY));
    // Within one development area.
    DevelopmentArea own = DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK;
    DevelopmentArea groups = DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS;
    DevelopmentArea children = DevelopmentArea.WORK_WITH_CHILDREN;
    DevelopmentArea reaching = DevelopmentArea.REACHING_PERPETRATORS;
    DevelopmentArea trafficking = DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING;
    k.put("F164", f -> intervention(N, own, Intervention.STAFF_COMPETENCE_DEVELOPMENT));
    k.put("F165", f -> intervention(N, own, Intervention.DOCUMENTATION));
    k.put("F166", f -> intervention(N, own, Intervention.AGREEMENTS_WITH_MUNICIPALITY));
    // "Hälften av organisationerna har emellertid även anordnat samtalsstöd i grupp, gett annat
    // praktiskt stöd och anordnat olika sociala aktiviteter": each about half (the furthest from it).
    k.put("F175", f -> Stream.of(Intervention.GROUP_SUPPORT_TALKS, Intervention.PRACTICAL_SUPPORT,
            Intervention.SOCIAL_ACTIVITIES)
        .map(i -> percent(intervention(N, DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN, i),
            area(N, DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN)))
        .max(Comparator.comparing(p -> p.subtract(BigDecimal.valueOf(50)).abs())).orElseThrow());
    k.put("F171", f -> intervention(N, DevelopmentArea.UNIVERSAL_PREVENTION,
        Intervention.OTHER_ACTIVITIES));
    k.put("F178", f -> group(groups, VulnerableGroup.WOMEN_OF_FOREIGN_BACKGROUND));
    k.put("F179", f -> group(groups, VulnerableGroup.HONOUR_RELATED_VIOLENCE));
    k.put("F180", f -> group(groups, VulnerableGroup.YOUNG_WOMEN));
    // "fem organisationer … kvinnor med funktionsnedsättning samt … missbruksproblem": 5 each.
    k.put("F181", f -> same(group(groups, VulnerableGroup.WOMEN_WITH_DISABILITIES),
        group(groups, VulnerableGroup.WOMEN_WITH_SUBSTANCE_ABUSE)));
    k.put("F182", f -> group(groups, VulnerableGroup.WOMEN_OVER_65));
    k.put("F183", f -> group(groups, VulnerableGroup.LGBTQ));
    k.put("F184", f -> group(groups, VulnerableGroup.WOMEN_IN_PROSTITUTION));
    k.put("F185", f -> group(groups, VulnerableGroup.UNDOCUMENTED_WOMEN));
    k.put("F186", f -> intervention(N, groups, Intervention.INDIVIDUAL_SUPPORT_TALKS));
    k.put("F187", f -> intervention(N, groups, Intervention.ADVICE));
    // "Lika många gav samtalsstöd i grupp samt informerade om den egna verksamheten": 11 each.
    k.put("F188", f -> same(intervention(N, groups, Intervention.GROUP_SUPPORT_TALKS),
        intervention(N, groups, Intervention.INFORMATION_ABOUT_OWN_WORK)));
    k.put("F189", f -> intervention(N, groups, Intervention.SUPPORT_WITH_AUTHORITIES));
    // "nästan lika många gav annat praktiskt stöd eller anordnade sociala aktiviteter": about 10 each.
    k.put("F190", f -> same(intervention(N, groups, Intervention.PRACTICAL_SUPPORT),
        intervention(N, groups, Intervention.SOCIAL_ACTIVITIES)));
    k.put("F194", f -> intervention(N, children, Intervention.INDIVIDUAL_SUPPORT_TALKS));
    k.put("F195", f -> intervention(N, children, Intervention.SOCIAL_ACTIVITIES));
    k.put("F199", f -> percent(intervention(N, reaching, Intervention.INDIVIDUAL_SUPPORT_TALKS),
        area(N, reaching)));
    k.put("F200", f -> percent(intervention(N, reaching, Intervention.GROUP_SUPPORT_TALKS),
        area(N, reaching)));
    k.put("F203", f -> intervention(N, trafficking, Intervention.INDIVIDUAL_SUPPORT_TALKS));
    k.put("F204", f -> intervention(N, trafficking, Intervention.SUPPORT_WITH_AUTHORITIES));
    k.put("F205", f -> intervention(N, trafficking, Intervention.ADVICE));
    k.put("F206", f -> intervention(N, trafficking, Intervention.PRACTICAL_SUPPORT));
    // "anordnade sociala aktiviteter eller informerade om verksamheten": 2 each.
    k.put("F207", f -> same(intervention(N, trafficking, Intervention.SOCIAL_ACTIVITIES),
        intervention(N, trafficking, Intervention.INFORMATION_ABOUT_OWN_WORK)));
    k.put("F208", f -> intervention(N, trafficking, Intervention.MAPPING));
    k.put("F209", f -> intervention(N, trafficking, Intervention.OUTREACH));
    // County boards and NCK: the stimulus funds.
    k.put("F014", f -> f.allocation().pot(PotId.STIMULUS_FUNDS).granted());
    k.put("F015", f -> c(RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD).granted());
    k.put("F016", f -> c(RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD).unusedAmount()
        .plus(c(RecipientCategory.NATIONAL_CENTRE).unusedAmount()));
    return k;
  }

  private static final AreaWork NOTHING = AreaWork.builder().build();

  /** The figures no report gives, each as {@link NationalSupport#seed004()} holds it. */
  private static final Map<String, Function<NationalSupport, Object>> HELD = held();

  private static Map<String, Function<NationalSupport, Object>> held() {
    Map<String, Function<NationalSupport, Object>> h = new LinkedHashMap<>();
    h.put("F228", s -> s.survey().orElseThrow().respondents());
    h.put("F241", s -> information(s, CompetenceSupportTheme.WEB_COURSE).tookPart());
    h.put("F242", s -> information(s, CompetenceSupportTheme.WEB_COURSE).offered());
    h.put("F243", s -> information(s, CompetenceSupportTheme.REGULATIONS_SOSFS_2014_4).tookPart());
    h.put("F244", s -> information(s, CompetenceSupportTheme.REGULATIONS_SOSFS_2014_4).offered());
    h.put("F245", s -> information(s, CompetenceSupportTheme.RESPECTIVE_RESPONSIBILITIES)
        .tookPart());
    h.put("F246", s -> information(s, CompetenceSupportTheme.RESPECTIVE_RESPONSIBILITIES)
        .offered());
    h.put("F247", s -> information(s, CompetenceSupportTheme.FREDA_SHORT_QUESTIONS).tookPart());
    h.put("F248", s -> information(s, CompetenceSupportTheme.FREDA_SHORT_QUESTIONS).offered());
    h.put("F249", s -> information(s, CompetenceSupportTheme.FREDA_DESCRIPTION).tookPart());
    h.put("F250", s -> information(s, CompetenceSupportTheme.FREDA_DESCRIPTION).offered());
    h.put("F251", s -> information(s, CompetenceSupportTheme.FREDA_DANGER_ASSESSMENT).tookPart());
    h.put("F252", s -> information(s, CompetenceSupportTheme.FREDA_DANGER_ASSESSMENT).offered());
    h.put("F256", s -> need(s, CompetenceNeed.BASIC_KNOWLEDGE));
    h.put("F257", s -> need(s, CompetenceNeed.REGULATIONS));
    h.put("F258", s -> need(s, CompetenceNeed.RESPECTIVE_RESPONSIBILITIES));
    h.put("F259", s -> need(s, CompetenceNeed.FREDA));
    h.put("F260", s -> need(s, CompetenceNeed.OTHER));
    h.put("F019", s -> s.webCourse().orElseThrow().launched());
    h.put("F234", s -> s.webCourse().orElseThrow().countedUntil());
    h.put("F235", s -> s.webCourse().orElseThrow().users());
    h.put("F236", s -> s.webCourse().orElseThrow().usersInGroups());
    h.put("F237", s -> s.webCourse().orElseThrow().groups());
    h.put("F238", s -> s.webCourse().orElseThrow().percentWithCertificate());
    h.put("F239", s -> s.webCourse().orElseThrow().percentFromSocialServices());
    // Socialstyrelsen's and NCK's own records, and what each county board did (held in words).
    h.put("F017", s -> record(s, "Socialstyrelsen har under 2016 anordnat utbildningsdagar för "
        + "länsstyrelsernas utvecklingsledare"));
    h.put("F018", s -> record(s, "Socialstyrelsen, länsstyrelserna och NCK har anordnat regionala "
        + "spridningskonferenser för att sprida webbkursen"));
    h.put("F020", s -> record(s, "NCK har genomfört möten med sitt nationella nätverk med "
        + "representanter från landsting och regioner"));
    h.put("F229", s -> record(s, "Socialstyrelsen har gjort kompletterande telefonintervjuer med "
        + "samtliga länsstyrelser"));
    h.put("F231", s -> record(s, "Utvecklingsledare som angett en bedömning av det nationella "
        + "stödet"));
    h.put("F232", s -> record(s, "Utvecklingsledare som svarat att stödet fyller en viktig "
        + "funktion"));
    h.put("F253", s -> record(s, "Ideella föreningar och stiftelser som under 2016 erbjöds "
        + "information om SOSFS 2014:4"));
    h.put("F254", s -> record(s, "Länsstyrelser med en gemensam lokal skriftlig rutin inom området "
        + "våld i nära relationer"));
    h.put("F216", s -> board(s, "17", 0));
    h.put("F217", s -> board(s, "17", 1));
    h.put("F218", s -> board(s, "14", 0));
    h.put("F219", s -> board(s, "14", 1));
    h.put("F220", s -> board(s, "14", 2));
    h.put("F221", s -> board(s, "01", 0));
    h.put("F222", s -> board(s, "01", 1));
    h.put("F223", s -> board(s, "01", 2));
    h.put("F224", s -> board(s, "06", 0));
    h.put("F225", s -> board(s, "06", 1));
    h.put("F226", s -> board(s, "06", 2));
    h.put("F227", s -> board(s, "19", 0));
    return h;
  }

  private static CompetenceSupport information(NationalSupport support,
      CompetenceSupportTheme theme) {
    return support.information(theme).orElseThrow();
  }

  private static long record(NationalSupport support, String words) {
    return support.record(words).orElseThrow().value();
  }

  private static long board(NationalSupport support, String county, int figure) {
    return support.stimulusActivities().stream().filter(a -> a.board().id().equals(county))
        .findFirst().orElseThrow().figures().get(figure).value();
  }

  private static int need(NationalSupport support, CompetenceNeed need) {
    return support.survey().orElseThrow().boardsSeeingNeed().get(need);
  }

  private static AreaCounts work(RecipientCategory category, ActivityArea area) {
    return c(category).work().get(area);
  }

  private static int intervention(RecipientCategory category, ActivityArea area,
      Intervention intervention) {
    return work(category, area).interventions().getOrDefault(intervention, 0);
  }

  private static int group(ActivityArea area, VulnerableGroup group) {
    return work(N, area).vulnerableGroups().getOrDefault(group, 0);
  }

  /** One figure the seed gives for two terms alike: their count if equal, else a mismatch. */
  private static int same(int a, int b) {
    return a == b ? a : -1;
  }

  private static int method(RecipientCategory category, Method method) {
    return c(category).methods().getOrDefault(method, 0);
  }

  // --- the check ---------------------------------------------------------------------------------

  private static Row original(Row row) {
    return row.repeatOf().isEmpty() ? row
        : original(rows.stream().filter(r -> r.id().equals(row.repeatOf())).findFirst()
            .orElseThrow());
  }

  private static boolean matches(Row row, Object computed) {
    if (computed instanceof LocalDate date) {
      return date.equals(LocalDate.parse(row.value()));
    }
    BigDecimal actual = computed instanceof Amount a ? a.toBigDecimal()
        : new BigDecimal(computed.toString());
    BigDecimal published = new BigDecimal(row.value());
    if (!row.approximate()) {
      return actual.compareTo(published) == 0;
    }
    if (row.swedish().contains("Över hälften")) {
      return actual.compareTo(published) > 0;
    }
    if (row.unit().equals("percent")) {
      return actual.subtract(published).abs().compareTo(BigDecimal.valueOf(5)) <= 0;
    }
    // "cirka 10 miljoner", "ett hundratal", "44,4 miljoner": the seed's own rounding.
    BigDecimal stripped = published.stripTrailingZeros();
    return actual.setScale(stripped.scale(), RoundingMode.HALF_UP).compareTo(stripped) == 0;
  }

  @Test
  void everyCheckedFigureIsWhatTheMainJobComputes() {
    List<String> wrong = new ArrayList<>();
    for (Row row : rows) {
      Function<FollowUp, Object> check = CHECKS.get(original(row).id());
      if (check != null && !matches(row, check.apply(followUp))) {
        wrong.add(row.id() + " (line " + row.line() + ", \"" + row.swedish() + "\"): published "
            + row.value() + ", computed " + check.apply(followUp));
      }
      Function<NationalSupport, Object> held = HELD.get(original(row).id());
      if (held != null && !matches(row, held.apply(NationalSupport.seed004()))) {
        wrong.add(row.id() + " (line " + row.line() + "): published " + row.value() + ", held "
            + held.apply(NationalSupport.seed004()));
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyFigureIsCheckedOrSaysWhyNot() {
    List<String> unaccounted = rows.stream().map(PublishedFiguresTest::original)
        .filter(r -> !CHECKS.containsKey(r.id()) && !HELD.containsKey(r.id()))
        .map(r -> r.id() + " line " + r.line() + ": " + r.what()).distinct().toList();
    assertThat(unaccounted).isEmpty();
    assertThat(CHECKS.keySet()).allMatch(id -> rows.stream().anyMatch(r -> r.id().equals(id)))
        .doesNotContainAnyElementsOf(HELD.keySet());
    assertThat(HELD.keySet()).allMatch(id -> rows.stream().anyMatch(r -> r.id().equals(id)));
    // What no recipient's report can give is held, never recomputed; what one can give is recomputed.
    assertThat(rows.stream().filter(r -> HELD.containsKey(original(r).id())))
        .allMatch(r -> original(r).kind().equals("survey"));
  }

  /** Every one of the 260 rows is either recomputed or held: the split, pinned. */
  @Test
  void coverage() {
    long checked = rows.stream().filter(r -> CHECKS.containsKey(original(r).id())).count();
    long held = rows.stream().filter(r -> HELD.containsKey(original(r).id())).count();
    assertThat(rows).hasSize(260);
    assertThat(checked + held).isEqualTo(rows.size());
    assertThat(checked).isEqualTo(RECOMPUTED);
    assertThat(held).isEqualTo(HELD_ROWS);
  }

  /** Rows recomputed from the scenario's inputs and checked (repeats included). */
  static final int RECOMPUTED = 211;

  /** Rows held as published and checked against the held data (repeats included). */
  static final int HELD_ROWS = 49;
}
