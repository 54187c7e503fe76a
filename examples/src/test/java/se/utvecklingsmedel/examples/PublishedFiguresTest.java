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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.followup.AreaCounts;
import se.utvecklingsmedel.followup.CategoryStatistics;
import se.utvecklingsmedel.followup.CompetenceSupport;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.NationalSupport;
import se.utvecklingsmedel.followup.RoundStatistics;
import se.utvecklingsmedel.followup.Share;
import se.utvecklingsmedel.followup.TermCombination;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.round.GrantRound;
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
 * The published figures of the 2016 round (Socialstyrelsen's account of the 2016 development funds
 * and competence support, 30 September 2017) against the library. The table ({@code
 * published-figures-2016.tsv}) lists every figure the account states, with its line and its words;
 * each row is checked against one of four things, and says which:
 *
 * <ul>
 *   <li>{@link Source#STATISTICS}: the library's statistics of the 2016 main job, read only through
 *       {@link RoundStatistics} (the functions get nothing else, so no row counts reports itself);
 *   <li>{@link Source#ENGINE}: the allocation engine's result, where the figure is about grants, not
 *       reports (who got redistributed funds, what a pot granted);
 *   <li>{@link Source#INPUT}: an input of the scenario or the round (budgets, deadlines, the
 *       vocabulary), which checks the scenario, not a computation;
 *   <li>{@link Source#HELD}: a figure no recipient's report can give (the county boards' survey,
 *       Socialstyrelsen's and NCK's own records), held as published in {@link
 *       NationalSupport#seed004()}.
 * </ul>
 *
 * <p>Exact figures must be equal; an approximate one is held to half a unit of the precision its
 * words state (the table's {@code precision} column and its note say how that is read), and one
 * stated as "över" must be above it. No row is left out; a repeat is checked as the row it
 * restates.
 */
class PublishedFiguresTest {

  private static final RecipientCategory M = RecipientCategory.MUNICIPALITY;
  private static final RecipientCategory R = RecipientCategory.REGION;
  private static final RecipientCategory N = RecipientCategory.NON_PROFIT_ORGANISATION;

  private static FollowUp followUp;
  private static RoundStatistics statistics;
  private static List<Row> rows;

  /** One row of the table; {@code precision} is empty for exact figures. */
  record Row(String id, int line, String category, String what, String swedish, String value,
      String unit, boolean approximate, String kind, String repeatOf, String precision) {
  }

  /** What a row is checked against. */
  enum Source { STATISTICS, ENGINE, INPUT, HELD }

  @BeforeAll
  static void read() throws IOException {
    followUp = Round2016.readScenario();
    statistics = followUp.statistics();
    rows = new ArrayList<>();
    try (InputStream in = PublishedFiguresTest.class.getResourceAsStream("published-figures-2016.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in,
            StandardCharsets.UTF_8))) {
      reader.lines().filter(l -> !l.startsWith("#") && !l.startsWith("id\t")).forEach(l -> {
        String[] f = l.split("\t", -1);
        rows.add(new Row(f[0], Integer.parseInt(f[1]), f[2], f[4], f[5], f[6], f[7],
            f[8].equals("approx"), f[9], f[10], f[11]));
      });
    }
  }

  // --- what the main job computes ----------------------------------------------------------------

  private static CategoryStatistics c(RecipientCategory category) {
    return statistics.of(category);
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

  private static BigDecimal percent(long part, long whole) {
    return Share.of(part, whole).percent(1, RoundingMode.HALF_UP);
  }

  /** The inputs of the round the scenario holds: each row checks the scenario, not a computation. */
  private static final Map<String, Function<GrantRound, Object>> INPUTS = inputs();

  private static Map<String, Function<GrantRound, Object>> inputs() {
    Map<String, Function<GrantRound, Object>> k = new LinkedHashMap<>();
    k.put("F001", r -> r.governmentReportDeadlines().get(0));
    k.put("F029", r -> r.governmentReportDeadlines().get(1));
    k.put("F027", r -> r.governmentReportDeadlines().get(2));
    k.put("F021", r -> r.pot(PotId.MUNICIPALITIES).budget());
    k.put("F022", r -> r.pot(PotId.REGIONS).budget());
    k.put("F023", r -> r.pot(PotId.NON_PROFITS).budget());
    k.put("F024", r -> r.pot(PotId.STIMULUS_FUNDS).budget());
    k.put("F030", r -> r.usePeriod().getEndInclusive());
    // "sju utvecklingsområden": the vocabulary the round's non-profits report in.
    k.put("F146", r -> DevelopmentArea.values().length);
    return k;
  }

  /** The engine's result, for figures about grants rather than reports. */
  private static final Map<String, Function<RoundAllocation, Object>> ENGINE = engine();

  private static Map<String, Function<RoundAllocation, Object>> engine() {
    Map<String, Function<RoundAllocation, Object>> k = new LinkedHashMap<>();
    k.put("F034", a -> a.pot(PotId.MUNICIPALITIES).grants().values().stream()
        .filter(g -> g.redistributed().signum() > 0).count());
    // "44 kommuner som inte rekvirerade": the key's municipalities granted nothing.
    k.put("F033", a -> {
      RequisitionPotAllocation pot = (RequisitionPotAllocation) a.pot(PotId.MUNICIPALITIES);
      return pot.key().recipients().stream().filter(r -> !pot.grants().containsKey(r)
          || pot.grants().get(r).granted().signum() == 0).count();
    });
    k.put("F014", a -> a.pot(PotId.STIMULUS_FUNDS).granted());
    return k;
  }

  /** Each figure the library's statistics give, read from them alone. */
  private static final Map<String, Function<RoundStatistics, Object>> STATISTICS = statistics();

  private static Map<String, Function<RoundStatistics, Object>> statistics() {
    Map<String, Function<RoundStatistics, Object>> k = new LinkedHashMap<>();
    // The round: money assigned for the mission.
    k.put("F025", s -> c(RecipientCategory.NATIONAL_CENTRE).assignedAmount());
    k.put("F026", s -> c(RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD).assignedAmount());
    // Municipalities.
    k.put("F002", s -> c(M).grantedAmount());
    k.put("F003", s -> c(M).requisitioning());
    k.put("F004", s -> c(M).notAllUsed());
    k.put("F005", s -> c(M).unusedAmount());
    k.put("F032", s -> c(M).requisitionedAmount());
    k.put("F035", s -> c(M).redistributedAmount());
    k.put("F040", s -> c(M).usedNothing());
    k.put("F042", s -> c(M).explainingUnusedFunds());
    k.put("F043", s -> c(M).reportsInTime());
    k.put("F044", s -> c(M).reportsWithoutActivity());
    k.put("F045", s -> c(M).reportsAnalysed());
    k.put("F046", s -> area(M, MunicipalActivityArea.LONG_TERM_COORDINATED_WORK));
    k.put("F048", s -> area(M, MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM));
    k.put("F053", s -> area(M, MunicipalActivityArea.COLLABORATION));
    k.put("F057", s -> c(M).coordinatingFunctions());
    k.put("F058", s -> area(M, MunicipalActivityArea.PROTECTED_HOUSING));
    k.put("F059", s -> c(M).training().get(Training.COUNTY_BOARD_TRAINING));
    k.put("F060", s -> c(M).training().get(Training.OTHER_TRAINING));
    k.put("F061", s -> c(M).training().get(Training.NCK_WEB_COURSE));
    k.put("F069", s -> area(M, MunicipalActivityArea.INVESTIGATION_OF_CHILDREN));
    k.put("F080", s -> area(M, MunicipalActivityArea.WORK_WITH_PERPETRATORS));
    k.put("F090", s -> area(M, MunicipalActivityArea.ABUSED_WOMEN_AND_VULNERABLE_GROUPS));
    k.put("F064", s -> area(M, MunicipalActivityArea.STANDARDISED_ASSESSMENT_METHODS));
    k.put("F071", s -> area(M, MunicipalActivityArea.INTERVENTIONS_FOR_CHILDREN));
    k.put("F052", s -> c(M).qualitySystemAlreadyCovering());
    // Within one municipal area (a report's work per area): the account counts each under its heading.
    MunicipalActivityArea perpetrators = MunicipalActivityArea.WORK_WITH_PERPETRATORS;
    MunicipalActivityArea women = MunicipalActivityArea.ABUSED_WOMEN_AND_VULNERABLE_GROUPS;
    MunicipalActivityArea prostitution = MunicipalActivityArea.AGAINST_PROSTITUTION_AND_TRAFFICKING;
    MunicipalActivityArea system = MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM;
    MunicipalActivityArea collaboration = MunicipalActivityArea.COLLABORATION;
    MunicipalActivityArea standardised = MunicipalActivityArea.STANDARDISED_ASSESSMENT_METHODS;
    MunicipalActivityArea forChildren = MunicipalActivityArea.INTERVENTIONS_FOR_CHILDREN;
    MunicipalActivityArea prevention = MunicipalActivityArea.EARLY_AND_SELECTIVE_PREVENTION;
    MunicipalActivityArea training = MunicipalActivityArea.TRAINING;
    k.put("F047", s -> percent(intervention(M, MunicipalActivityArea.LONG_TERM_COORDINATED_WORK,
        Intervention.FOLLOW_UP_OF_DELEGATED_WORK), c(M).reportsAnalysed()));
    k.put("F050", s -> percent(combination(M, system, TermCombination.ANY_VULNERABLE_GROUP),
        area(M, system)));
    k.put("F051", s -> work(M, system).vulnerableGroups().get(VulnerableGroup.HONOUR_RELATED_VIOLENCE));
    k.put("F054", s -> work(M, collaboration).partners().get(CollaborationPartner.POLICE));
    k.put("F055", s -> work(M, collaboration).partners().get(
        CollaborationPartner.HEALTH_AND_DENTAL_CARE));
    k.put("F056", s -> work(M, collaboration).partners().get(
        CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    k.put("F062", s -> work(M, training).training().get(Training.FREDA_TRAINING));
    k.put("F063", s -> work(M, training).training().get(
        Training.MOTIVATIONAL_INTERVIEWING_TRAINING));
    k.put("F065", s -> work(M, standardised).instruments().get(
        AssessmentInstrument.FREDA_SHORT_QUESTIONS));
    k.put("F066", s -> work(M, standardised).instruments().get(
        AssessmentInstrument.FREDA_DESCRIPTION));
    k.put("F067", s -> work(M, standardised).instruments().get(
        AssessmentInstrument.FREDA_DANGER_ASSESSMENT));
    k.put("F068", s -> work(M, standardised).methods().get(KnownMethod.MOTIVATIONAL_INTERVIEWING));
    k.put("F070", s -> work(M, MunicipalActivityArea.INVESTIGATION_OF_CHILDREN).training()
        .get(Training.TRAPPAN_TRAINING));
    k.put("F072", s -> percent(intervention(M, forChildren, Intervention.INFORMATION_TO_PARENTS),
        area(M, forChildren)));
    k.put("F073", s -> percent(intervention(M, forChildren, Intervention.GROUP_SUPPORT_TALKS),
        area(M, forChildren)));
    k.put("F074", s -> work(M, forChildren).methods().get(KnownMethod.TRAPPAN));
    k.put("F075", s -> work(M, forChildren).methods().get(KnownMethod.KIBB));
    k.put("F076", s -> combination(M, forChildren, TermCombination.ANY_PARTNER));
    k.put("F077", s -> combination(M, forChildren,
        TermCombination.PARTNER_OTHER_THAN_MUNICIPALITIES));
    k.put("F078", s -> intervention(M, prevention, Intervention.EARLY_PREVENTION));
    k.put("F079", s -> intervention(M, prevention, Intervention.SELECTIVE_PREVENTION));
    k.put("F085", s -> work(M, perpetrators).methods().get(KnownMethod.ALTERNATIVES_TO_VIOLENCE));
    k.put("F087", s -> work(M, perpetrators).training().get(
        Training.ALTERNATIVES_TO_VIOLENCE_TRAINING));
    k.put("F088", s -> work(M, perpetrators).training().get(
        Training.MOTIVATIONAL_INTERVIEWING_TRAINING));
    k.put("F089", s -> work(M, perpetrators).training().get(
        Training.COGNITIVE_BEHAVIOURAL_THERAPY_TRAINING));
    k.put("F091", s -> work(M, women).vulnerableGroups().get(VulnerableGroup.HONOUR_RELATED_VIOLENCE));
    // "38 kommuner arbetade med våldsutsatta kvinnor med funktionsnedsättning respektive äldre
    // kvinnor över 65 år": 38 each.
    k.put("F092", s -> same(work(M, women).vulnerableGroups().get(
        VulnerableGroup.WOMEN_WITH_DISABILITIES), work(M, women).vulnerableGroups().get(
        VulnerableGroup.WOMEN_OVER_65)));
    k.put("F093", s -> work(M, women).vulnerableGroups().get(
        VulnerableGroup.WOMEN_OF_FOREIGN_BACKGROUND));
    k.put("F094", s -> work(M, women).vulnerableGroups().get(
        VulnerableGroup.WOMEN_WITH_SUBSTANCE_ABUSE));
    k.put("F095", s -> work(M, women).vulnerableGroups().get(VulnerableGroup.YOUNG_WOMEN));
    k.put("F100", s -> work(M, women).instruments().get(AssessmentInstrument.PATRIARK));
    k.put("F102", s -> work(M, women).instruments().get(AssessmentInstrument.SARA));
    k.put("F049", s -> intervention(M, MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM,
        Intervention.SELF_INSPECTION));
    k.put("F081", s -> intervention(M, perpetrators, Intervention.INDIVIDUAL_SUPPORT_TALKS));
    k.put("F082", s -> intervention(M, perpetrators, Intervention.GROUP_SUPPORT_TALKS));
    k.put("F083", s -> intervention(M, perpetrators, Intervention.PARTNER_CONTACTS));
    k.put("F084", s -> combination(M, perpetrators, TermCombination.ANY_METHOD));
    k.put("F086", s -> work(M, perpetrators).methods().get(KnownMethod.MOTIVATIONAL_INTERVIEWING));
    k.put("F096", s -> combination(M, women, TermCombination.ANY_INSTRUMENT_OR_METHOD));
    k.put("F097", s -> work(M, women).instruments().get(AssessmentInstrument.FREDA_SHORT_QUESTIONS));
    k.put("F098", s -> work(M, women).instruments().get(AssessmentInstrument.FREDA_DESCRIPTION));
    k.put("F099", s -> work(M, women).instruments().get(
        AssessmentInstrument.FREDA_DANGER_ASSESSMENT));
    k.put("F101", s -> work(M, women).methods().get(KnownMethod.MOTIVATIONAL_INTERVIEWING));
    k.put("F103", s -> work(M, women).partners().get(CollaborationPartner.MUNICIPALITIES));
    k.put("F104", s -> work(M, women).partners().get(CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    k.put("F106", s -> intervention(M, prostitution, Intervention.INDIVIDUAL_SUPPORT_TALKS));
    k.put("F107", s -> intervention(M, prostitution, Intervention.INFORMATION_ABOUT_OWN_WORK));
    k.put("F105", s -> area(M, MunicipalActivityArea.AGAINST_PROSTITUTION_AND_TRAFFICKING));
    // Regions.
    k.put("F006", s -> c(R).grantedAmount());
    k.put("F007", s -> c(R).requisitioning());
    k.put("F008", s -> c(R).notAllUsed());
    k.put("F009", s -> c(R).unusedAmount());
    k.put("F110", s -> percent(c(R).notAllUsed(), c(R).requisitioning()));
    k.put("F113", s -> area(R, RegionalActivityArea.SYSTEMATIC_QUALITY_WORK));
    k.put("F120", s -> area(R, RegionalActivityArea.COLLABORATION));
    k.put("F121", s -> c(R).partners().get(CollaborationPartner.COUNTY_ADMINISTRATIVE_BOARD));
    k.put("F124", s -> c(R).partners().get(CollaborationPartner.SCHOOLS));
    k.put("F125", s -> c(R).coordinatingFunctions());
    k.put("F126", s -> area(R, RegionalActivityArea.STAFF_COMPETENCE));
    k.put("F127", s -> c(R).training().get(Training.OWN_STAFF_TRAINING));
    k.put("F128", s -> c(R).training().get(Training.COUNTY_BOARD_TRAINING));
    k.put("F129", s -> c(R).training().get(Training.NCK_WEB_COURSE));
    k.put("F130", s -> c(R).training().get(Training.OTHER_TRAINING));
    k.put("F131", s -> area(R, RegionalActivityArea.EFFECTIVE_METHODS));
    k.put("F132", s -> area(R, RegionalActivityArea.PREVENTION));
    RegionalActivityArea quality = RegionalActivityArea.SYSTEMATIC_QUALITY_WORK;
    k.put("F114", s -> intervention(R, quality, Intervention.ROUTINES_TO_DETECT_VIOLENCE));
    k.put("F115", s -> intervention(R, quality, Intervention.ROUTINES_FOR_DIRECT_INTERVENTIONS));
    k.put("F116", s -> intervention(R, quality, Intervention.MAPPING_LEGAL_REQUIREMENTS));
    k.put("F117", s -> work(R, quality).careSettings().get(CareSetting.EMERGENCY_CARE));
    k.put("F118", s -> work(R, quality).careSettings().get(CareSetting.PRIMARY_CARE));
    k.put("F119", s -> work(R, quality).careSettings().get(CareSetting.DENTAL_CARE));
    // "Ungefär hälften av de 20 landstingen har vidare samverkat med socialtjänst, polis och
    // kvinnojourer": those naming all three, of the 20.
    k.put("F122", s -> percent(combination(R, RegionalActivityArea.COLLABORATION,
        TermCombination.SOCIAL_SERVICES_POLICE_AND_SHELTERS),
        area(R, RegionalActivityArea.COLLABORATION)));
    RegionalActivityArea regionalPrevention = RegionalActivityArea.PREVENTION;
    k.put("F133", s -> work(R, regionalPrevention).partners().get(CollaborationPartner.MUNICIPALITIES));
    k.put("F134", s -> work(R, regionalPrevention).partners().get(
        CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    k.put("F135", s -> work(R, regionalPrevention).partners().get(
        CollaborationPartner.COUNTY_ADMINISTRATIVE_BOARD));
    // Non-profits.
    k.put("F010", s -> c(N).grantedAmount());
    k.put("F011", s -> c(N).granted());
    k.put("F012", s -> c(N).notAllUsed());
    k.put("F013", s -> c(N).unusedAmount());
    k.put("F136", s -> c(N).applying());
    k.put("F137", s -> c(N).appliedAmount());
    k.put("F140", s -> c(N).reportsInTime() + c(N).reportsLate());
    k.put("F141", s -> c(N).reportsMissing());
    k.put("F142", s -> percent(c(N).notAllUsed(), c(N).granted()));
    k.put("F147", s -> c(N).training().get(Training.COUNTY_BOARD_TRAINING));
    k.put("F148", s -> c(N).training().get(Training.OTHER_TRAINING));
    k.put("F149", s -> c(N).training().get(Training.NCK_WEB_COURSE));
    k.put("F151", s -> c(N).training().get(Training.OTHER_FORMS_OF_TRAINING));
    // "Ett tiotal organisationer … i utbildning inom respektive bedömningsmetoderna FREDA, SARA,
    // PATRIARK samt samtalsmetoderna Motiverande samtal och Trappan": each about ten (the first that
    // is not, else FREDA's).
    k.put("F150", s -> Stream.of(Training.SARA_TRAINING, Training.PATRIARK_TRAINING,
            Training.MOTIVATIONAL_INTERVIEWING_TRAINING, Training.TRAPPAN_TRAINING)
        .map(t -> c(N).training().getOrDefault(t, 0)).filter(n -> n < 5 || n > 14).findFirst()
        .orElse(c(N).training().getOrDefault(Training.FREDA_TRAINING, 0)));
    k.put("F152", s -> c(N).combinations().get(TermCombination.FREDA));
    k.put("F153", s -> c(N).instruments().get(AssessmentInstrument.SARA));
    k.put("F154", s -> c(N).instruments().get(AssessmentInstrument.PATRIARK));
    k.put("F155", s -> method(N, KnownMethod.TRAPPAN));
    k.put("F156", s -> method(N, KnownMethod.MOTIVATIONAL_INTERVIEWING));
    k.put("F157", s -> method(N, KnownMethod.COGNITIVE_BEHAVIOURAL_THERAPY));
    k.put("F158", s -> c(N).combinations().get(TermCombination.ANY_PARTNER));
    k.put("F159", s -> c(N).partners().get(CollaborationPartner.MUNICIPALITIES));
    k.put("F160", s -> c(N).partners().get(CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    k.put("F161", s -> c(N).partners().get(CollaborationPartner.OTHER));
    k.put("F162", s -> percent(area(N, DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK),
        c(N).reportsAnalysed()));
    k.put("F163", s -> area(N, DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK));
    k.put("F167", s -> high(DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK));
    k.put("F168", s -> outcome(DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK, Outcome.PARTLY));
    k.put("F169", s -> outcome(DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK,
        Outcome.TO_A_SMALL_EXTENT));
    k.put("F170", s -> area(N, DevelopmentArea.UNIVERSAL_PREVENTION));
    k.put("F172", s -> high(DevelopmentArea.UNIVERSAL_PREVENTION));
    k.put("F173", s -> outcome(DevelopmentArea.UNIVERSAL_PREVENTION, Outcome.PARTLY));
    k.put("F174", s -> area(N, DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN));
    k.put("F176", s -> high(DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN));
    k.put("F177", s -> area(N, DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS));
    k.put("F191", s -> high(DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS));
    k.put("F192", s -> outcome(DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS,
        Outcome.PARTLY));
    k.put("F193", s -> area(N, DevelopmentArea.WORK_WITH_CHILDREN));
    k.put("F196", s -> high(DevelopmentArea.WORK_WITH_CHILDREN));
    k.put("F197", s -> outcome(DevelopmentArea.WORK_WITH_CHILDREN, Outcome.PARTLY));
    k.put("F198", s -> area(N, DevelopmentArea.REACHING_PERPETRATORS));
    k.put("F201", s -> high(DevelopmentArea.REACHING_PERPETRATORS));
    k.put("F202", s -> area(N, DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING));
    k.put("F210", s -> high(DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING));
    k.put("F211", s -> outcome(DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING,
        Outcome.PARTLY));
    // Within one development area.
    DevelopmentArea own = DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK;
    DevelopmentArea groups = DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS;
    DevelopmentArea children = DevelopmentArea.WORK_WITH_CHILDREN;
    DevelopmentArea reaching = DevelopmentArea.REACHING_PERPETRATORS;
    DevelopmentArea trafficking = DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING;
    k.put("F164", s -> intervention(N, own, Intervention.STAFF_COMPETENCE_DEVELOPMENT));
    k.put("F165", s -> intervention(N, own, Intervention.DOCUMENTATION));
    k.put("F166", s -> intervention(N, own, Intervention.AGREEMENTS_WITH_MUNICIPALITY));
    // "Hälften av organisationerna har emellertid även anordnat samtalsstöd i grupp, gett annat
    // praktiskt stöd och anordnat olika sociala aktiviteter": each about half (the furthest from it).
    k.put("F175", s -> Stream.of(Intervention.GROUP_SUPPORT_TALKS, Intervention.PRACTICAL_SUPPORT,
            Intervention.SOCIAL_ACTIVITIES)
        .map(i -> percent(intervention(N, DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN, i),
            area(N, DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN)))
        .max(Comparator.comparing(p -> p.subtract(BigDecimal.valueOf(50)).abs())).orElseThrow());
    k.put("F171", s -> intervention(N, DevelopmentArea.UNIVERSAL_PREVENTION,
        Intervention.OTHER_ACTIVITIES));
    k.put("F178", s -> group(groups, VulnerableGroup.WOMEN_OF_FOREIGN_BACKGROUND));
    k.put("F179", s -> group(groups, VulnerableGroup.HONOUR_RELATED_VIOLENCE));
    k.put("F180", s -> group(groups, VulnerableGroup.YOUNG_WOMEN));
    // "fem organisationer … kvinnor med funktionsnedsättning samt … missbruksproblem": 5 each.
    k.put("F181", s -> same(group(groups, VulnerableGroup.WOMEN_WITH_DISABILITIES),
        group(groups, VulnerableGroup.WOMEN_WITH_SUBSTANCE_ABUSE)));
    k.put("F182", s -> group(groups, VulnerableGroup.WOMEN_OVER_65));
    k.put("F183", s -> group(groups, VulnerableGroup.LGBTQ));
    k.put("F184", s -> group(groups, VulnerableGroup.WOMEN_IN_PROSTITUTION));
    k.put("F185", s -> group(groups, VulnerableGroup.UNDOCUMENTED_WOMEN));
    k.put("F186", s -> intervention(N, groups, Intervention.INDIVIDUAL_SUPPORT_TALKS));
    k.put("F187", s -> intervention(N, groups, Intervention.ADVICE));
    // "Lika många gav samtalsstöd i grupp samt informerade om den egna verksamheten": 11 each.
    k.put("F188", s -> same(intervention(N, groups, Intervention.GROUP_SUPPORT_TALKS),
        intervention(N, groups, Intervention.INFORMATION_ABOUT_OWN_WORK)));
    k.put("F189", s -> intervention(N, groups, Intervention.SUPPORT_WITH_AUTHORITIES));
    // "nästan lika många gav annat praktiskt stöd eller anordnade sociala aktiviteter": about 10 each.
    k.put("F190", s -> same(intervention(N, groups, Intervention.PRACTICAL_SUPPORT),
        intervention(N, groups, Intervention.SOCIAL_ACTIVITIES)));
    k.put("F194", s -> intervention(N, children, Intervention.INDIVIDUAL_SUPPORT_TALKS));
    k.put("F195", s -> intervention(N, children, Intervention.SOCIAL_ACTIVITIES));
    k.put("F199", s -> percent(intervention(N, reaching, Intervention.INDIVIDUAL_SUPPORT_TALKS),
        area(N, reaching)));
    k.put("F200", s -> percent(intervention(N, reaching, Intervention.GROUP_SUPPORT_TALKS),
        area(N, reaching)));
    k.put("F203", s -> intervention(N, trafficking, Intervention.INDIVIDUAL_SUPPORT_TALKS));
    k.put("F204", s -> intervention(N, trafficking, Intervention.SUPPORT_WITH_AUTHORITIES));
    k.put("F205", s -> intervention(N, trafficking, Intervention.ADVICE));
    k.put("F206", s -> intervention(N, trafficking, Intervention.PRACTICAL_SUPPORT));
    // "anordnade sociala aktiviteter eller informerade om verksamheten": 2 each.
    k.put("F207", s -> same(intervention(N, trafficking, Intervention.SOCIAL_ACTIVITIES),
        intervention(N, trafficking, Intervention.INFORMATION_ABOUT_OWN_WORK)));
    k.put("F208", s -> intervention(N, trafficking, Intervention.MAPPING));
    k.put("F209", s -> intervention(N, trafficking, Intervention.OUTREACH));
    // County boards and NCK: the stimulus funds.
    k.put("F015", s -> c(RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD).granted());
    k.put("F016", s -> c(RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD).unusedAmount()
        .plus(c(RecipientCategory.NATIONAL_CENTRE).unusedAmount()));
    return k;
  }

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

  private static int combination(RecipientCategory category, ActivityArea area,
      TermCombination combination) {
    return work(category, area).combinations().getOrDefault(combination, 0);
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

  private static boolean matches(Row row, Object computed, boolean held) {
    if (computed instanceof LocalDate date) {
      return date.equals(LocalDate.parse(row.value()));
    }
    BigDecimal actual = computed instanceof Amount a ? a.toBigDecimal()
        : new BigDecimal(computed.toString());
    BigDecimal published = new BigDecimal(row.value());
    if (!row.approximate() || held) {
      return actual.compareTo(published) == 0; // held figures keep the value as written
    }
    if (row.precision().equals("över")) {
      return actual.compareTo(published) > 0;
    }
    // Half a unit of the precision the words state: "cirka 10 miljoner" is 9,5 to 10,5 miljoner.
    BigDecimal half = new BigDecimal(row.precision()).divide(BigDecimal.valueOf(2));
    return actual.subtract(published).abs().compareTo(half) <= 0;
  }

  /** The value a row is checked against, from its source. */
  private static Object value(Source source, String id) {
    return switch (source) {
      case STATISTICS -> STATISTICS.get(id).apply(followUp.statistics());
      case ENGINE -> ENGINE.get(id).apply(followUp.allocation());
      case INPUT -> INPUTS.get(id).apply(followUp.allocation().round());
      case HELD -> HELD.get(id).apply(NationalSupport.seed004());
    };
  }

  private static Map<String, ?> checks(Source source) {
    return switch (source) {
      case STATISTICS -> STATISTICS;
      case ENGINE -> ENGINE;
      case INPUT -> INPUTS;
      case HELD -> HELD;
    };
  }

  private static Source source(Row row) {
    String id = original(row).id();
    return Stream.of(Source.values()).filter(s -> checks(s).containsKey(id)).findFirst()
        .orElseThrow(() -> new AssertionError(row.id() + " line " + row.line() + " is not checked: "
            + row.what()));
  }

  @Test
  void everyFigureIsWhatItsSourceGives() {
    List<String> wrong = new ArrayList<>();
    for (Row row : rows) {
      Source source = source(row);
      Object value = value(source, original(row).id());
      if (!matches(row, value, source == Source.HELD)) {
        wrong.add(row.id() + " (line " + row.line() + ", \"" + row.swedish() + "\"): published "
            + row.value() + ", " + source + " " + value);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyFigureIsCheckedOnceAndSaysAgainstWhat() {
    List<String> unaccounted = rows.stream().map(PublishedFiguresTest::original)
        .filter(r -> Stream.of(Source.values()).noneMatch(s -> checks(s).containsKey(r.id())))
        .map(r -> r.id() + " line " + r.line() + ": " + r.what()).distinct().toList();
    assertThat(unaccounted).isEmpty();
    List<String> ids = Stream.of(Source.values()).flatMap(s -> checks(s).keySet().stream())
        .toList();
    assertThat(ids).doesNotHaveDuplicates()
        .allMatch(id -> rows.stream().anyMatch(r -> r.id().equals(id) && r.repeatOf().isEmpty()));
    // What no recipient's report can give is held, never computed; what one can give is not held.
    assertThat(rows).allMatch(r -> (source(r) == Source.HELD) == original(r).kind().equals("survey"));
    // Approximate figures state their precision; exact ones do not.
    assertThat(rows).allMatch(r -> r.approximate() != r.precision().isEmpty());
  }

  /** The split of the 260 rows by what each is checked against (repeats included), pinned. */
  @Test
  void coverage() {
    Map<Source, Long> bySource = new java.util.EnumMap<>(Source.class);
    rows.forEach(r -> bySource.merge(source(r), 1L, Long::sum));
    assertThat(rows).hasSize(260);
    assertThat(bySource).containsExactlyInAnyOrderEntriesOf(Map.of(Source.STATISTICS, FROM_STATISTICS,
        Source.ENGINE, FROM_ENGINE, Source.INPUT, FROM_INPUTS, Source.HELD, HELD_ROWS));
  }

  /** Rows the library's statistics give (repeats included). */
  static final long FROM_STATISTICS = 195;

  /** Rows the allocation engine gives (repeats included). */
  static final long FROM_ENGINE = 4;

  /** Rows that check an input of the scenario (repeats included). */
  static final long FROM_INPUTS = 12;

  /** Rows held as published and checked against the held data (repeats included). */
  static final long HELD_ROWS = 49;
}
