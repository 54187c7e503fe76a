package se.utvecklingsmedel.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import se.utvecklingsmedel.statistics.AreaCounts;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.statistics.Share;
import se.utvecklingsmedel.statistics.TermCombination;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CareSetting;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
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
 * The rows of {@link PublishedFiguresTest} that the library's statistics give, read from one
 * {@link RoundStatistics} and nothing else: this class holds no follow-up, no report and no
 * allocation, so no row can count reports itself. A percentage the account states is the share of
 * two of the statistics' counts, worked out here with {@link Share} as the account rounds it; a
 * figure the account gives for two terms alike is checked as both.
 */
final class StatisticsFigures {

  private static final RecipientCategory M = RecipientCategory.MUNICIPALITY;
  private static final RecipientCategory R = RecipientCategory.REGION;
  private static final RecipientCategory N = RecipientCategory.NON_PROFIT_ORGANISATION;

  /** The ids of the rows, for the test's bookkeeping. */
  static final Set<String> IDS = new StatisticsFigures(null).rows().keySet();

  private final RoundStatistics statistics;

  StatisticsFigures(RoundStatistics statistics) {
    this.statistics = statistics;
  }

  /** Each row's value, worked out when asked. */
  Map<String, Supplier<Object>> rows() {
    Map<String, Supplier<Object>> k = new LinkedHashMap<>();
    // Municipalities.
    k.put("F002", () -> c(M).funds().grantedAmount());
    k.put("F003", () -> c(M).funds().requisitioning());
    k.put("F004", () -> c(M).utilisation().notAllUsed());
    k.put("F005", () -> c(M).utilisation().unusedAmount());
    k.put("F032", () -> c(M).funds().requisitionedAmount());
    k.put("F035", () -> c(M).funds().redistributedAmount());
    k.put("F040", () -> c(M).utilisation().usedNothing());
    k.put("F042", () -> c(M).utilisation().explainingUnusedFunds().orElseThrow());
    k.put("F043", () -> c(M).reporting().reportsInTime());
    k.put("F044", () -> c(M).reporting().reportsWithoutActivity());
    k.put("F045", () -> c(M).reporting().reportsAnalysed());
    k.put("F046", () -> area(M, MunicipalActivityArea.LONG_TERM_COORDINATED_WORK));
    k.put("F048", () -> area(M, MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM));
    k.put("F053", () -> area(M, MunicipalActivityArea.COLLABORATION));
    k.put("F057", () -> c(M).work().coordinatingFunctions());
    k.put("F058", () -> area(M, MunicipalActivityArea.PROTECTED_HOUSING));
    k.put("F059", () -> c(M).work().training().get(Training.COUNTY_BOARD_TRAINING));
    k.put("F060", () -> c(M).work().training().get(Training.OTHER_TRAINING));
    k.put("F061", () -> c(M).work().training().get(Training.NCK_WEB_COURSE));
    k.put("F069", () -> area(M, MunicipalActivityArea.INVESTIGATION_OF_CHILDREN));
    k.put("F080", () -> area(M, MunicipalActivityArea.WORK_WITH_PERPETRATORS));
    k.put("F090", () -> area(M, MunicipalActivityArea.ABUSED_WOMEN_AND_VULNERABLE_GROUPS));
    k.put("F064", () -> area(M, MunicipalActivityArea.STANDARDISED_ASSESSMENT_METHODS));
    k.put("F071", () -> area(M, MunicipalActivityArea.INTERVENTIONS_FOR_CHILDREN));
    k.put("F052", () -> c(M).work().qualitySystemAlreadyCovering());
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
    k.put("F047", () -> percent(intervention(M, MunicipalActivityArea.LONG_TERM_COORDINATED_WORK,
        Intervention.FOLLOW_UP_OF_DELEGATED_WORK), c(M).reporting().reportsAnalysed()));
    k.put("F050", () -> percent(combination(M, system, TermCombination.ANY_VULNERABLE_GROUP),
        area(M, system)));
    k.put("F051", () -> work(M, system).vulnerableGroups().get(VulnerableGroup.HONOUR_RELATED_VIOLENCE));
    k.put("F054", () -> work(M, collaboration).partners().get(CollaborationPartner.POLICE));
    k.put("F055", () -> work(M, collaboration).partners().get(
        CollaborationPartner.HEALTH_AND_DENTAL_CARE));
    k.put("F056", () -> work(M, collaboration).partners().get(
        CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    k.put("F062", () -> work(M, training).training().get(Training.FREDA_TRAINING));
    k.put("F063", () -> work(M, training).training().get(
        Training.MOTIVATIONAL_INTERVIEWING_TRAINING));
    k.put("F065", () -> work(M, standardised).instruments().get(
        AssessmentInstrument.FREDA_SHORT_QUESTIONS));
    k.put("F066", () -> work(M, standardised).instruments().get(
        AssessmentInstrument.FREDA_DESCRIPTION));
    k.put("F067", () -> work(M, standardised).instruments().get(
        AssessmentInstrument.FREDA_DANGER_ASSESSMENT));
    k.put("F068", () -> work(M, standardised).methods().get(KnownMethod.MOTIVATIONAL_INTERVIEWING));
    k.put("F070", () -> work(M, MunicipalActivityArea.INVESTIGATION_OF_CHILDREN).training()
        .get(Training.TRAPPAN_TRAINING));
    k.put("F072", () -> percent(intervention(M, forChildren, Intervention.INFORMATION_TO_PARENTS),
        area(M, forChildren)));
    k.put("F073", () -> percent(intervention(M, forChildren, Intervention.GROUP_SUPPORT_TALKS),
        area(M, forChildren)));
    k.put("F074", () -> work(M, forChildren).methods().get(KnownMethod.TRAPPAN));
    k.put("F075", () -> work(M, forChildren).methods().get(KnownMethod.KIBB));
    k.put("F076", () -> combination(M, forChildren, TermCombination.ANY_PARTNER));
    k.put("F077", () -> combination(M, forChildren,
        TermCombination.OTHER_ACTORS));
    k.put("F078", () -> intervention(M, prevention, Intervention.EARLY_PREVENTION));
    k.put("F079", () -> intervention(M, prevention, Intervention.SELECTIVE_PREVENTION));
    k.put("F085", () -> work(M, perpetrators).methods().get(KnownMethod.ALTERNATIVES_TO_VIOLENCE));
    k.put("F087", () -> work(M, perpetrators).training().get(
        Training.ALTERNATIVES_TO_VIOLENCE_TRAINING));
    k.put("F088", () -> work(M, perpetrators).training().get(
        Training.MOTIVATIONAL_INTERVIEWING_TRAINING));
    k.put("F089", () -> work(M, perpetrators).training().get(
        Training.COGNITIVE_BEHAVIOURAL_THERAPY_TRAINING));
    k.put("F091", () -> work(M, women).vulnerableGroups().get(VulnerableGroup.HONOUR_RELATED_VIOLENCE));
    // "38 kommuner arbetade med våldsutsatta kvinnor med funktionsnedsättning respektive äldre
    // kvinnor över 65 år": 38 each.
    k.put("F092", () -> same(work(M, women).vulnerableGroups().get(
        VulnerableGroup.WOMEN_WITH_DISABILITIES), work(M, women).vulnerableGroups().get(
        VulnerableGroup.WOMEN_OVER_65)));
    k.put("F093", () -> work(M, women).vulnerableGroups().get(
        VulnerableGroup.WOMEN_OF_FOREIGN_BACKGROUND));
    k.put("F094", () -> work(M, women).vulnerableGroups().get(
        VulnerableGroup.WOMEN_WITH_SUBSTANCE_ABUSE));
    k.put("F095", () -> work(M, women).vulnerableGroups().get(VulnerableGroup.YOUNG_WOMEN));
    k.put("F100", () -> work(M, women).instruments().get(AssessmentInstrument.PATRIARK));
    k.put("F102", () -> work(M, women).instruments().get(AssessmentInstrument.SARA));
    k.put("F049", () -> intervention(M, MunicipalActivityArea.QUALITY_MANAGEMENT_SYSTEM,
        Intervention.SELF_INSPECTION));
    k.put("F081", () -> intervention(M, perpetrators, Intervention.INDIVIDUAL_SUPPORT_TALKS));
    k.put("F082", () -> intervention(M, perpetrators, Intervention.GROUP_SUPPORT_TALKS));
    k.put("F083", () -> intervention(M, perpetrators, Intervention.PARTNER_CONTACTS));
    k.put("F084", () -> combination(M, perpetrators, TermCombination.ANY_METHOD));
    k.put("F086", () -> work(M, perpetrators).methods().get(KnownMethod.MOTIVATIONAL_INTERVIEWING));
    k.put("F096", () -> combination(M, women, TermCombination.ANY_INSTRUMENT_OR_METHOD));
    k.put("F097", () -> work(M, women).instruments().get(AssessmentInstrument.FREDA_SHORT_QUESTIONS));
    k.put("F098", () -> work(M, women).instruments().get(AssessmentInstrument.FREDA_DESCRIPTION));
    k.put("F099", () -> work(M, women).instruments().get(
        AssessmentInstrument.FREDA_DANGER_ASSESSMENT));
    k.put("F101", () -> work(M, women).methods().get(KnownMethod.MOTIVATIONAL_INTERVIEWING));
    k.put("F103", () -> work(M, women).partners().get(CollaborationPartner.MUNICIPALITIES));
    k.put("F104", () -> work(M, women).partners().get(CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    k.put("F106", () -> intervention(M, prostitution, Intervention.INDIVIDUAL_SUPPORT_TALKS));
    k.put("F107", () -> intervention(M, prostitution, Intervention.INFORMATION_ABOUT_OWN_WORK));
    k.put("F105", () -> area(M, MunicipalActivityArea.AGAINST_PROSTITUTION_AND_TRAFFICKING));
    // Regions.
    k.put("F006", () -> c(R).funds().grantedAmount());
    k.put("F007", () -> c(R).funds().requisitioning());
    k.put("F008", () -> c(R).utilisation().notAllUsed());
    k.put("F009", () -> c(R).utilisation().unusedAmount());
    k.put("F110", () -> percent(c(R).utilisation().notAllUsed(), c(R).funds().requisitioning()));
    k.put("F113", () -> area(R, RegionalActivityArea.SYSTEMATIC_QUALITY_WORK));
    k.put("F120", () -> area(R, RegionalActivityArea.COLLABORATION));
    k.put("F121", () -> c(R).work().partners().get(CollaborationPartner.COUNTY_ADMINISTRATIVE_BOARD));
    k.put("F124", () -> c(R).work().partners().get(CollaborationPartner.SCHOOLS));
    k.put("F125", () -> c(R).work().coordinatingFunctions());
    k.put("F126", () -> area(R, RegionalActivityArea.STAFF_COMPETENCE));
    k.put("F127", () -> c(R).work().training().get(Training.OWN_STAFF_TRAINING));
    k.put("F128", () -> c(R).work().training().get(Training.COUNTY_BOARD_TRAINING));
    k.put("F129", () -> c(R).work().training().get(Training.NCK_WEB_COURSE));
    k.put("F130", () -> c(R).work().training().get(Training.OTHER_TRAINING));
    k.put("F131", () -> area(R, RegionalActivityArea.EFFECTIVE_METHODS));
    k.put("F132", () -> area(R, RegionalActivityArea.PREVENTION));
    RegionalActivityArea quality = RegionalActivityArea.SYSTEMATIC_QUALITY_WORK;
    k.put("F114", () -> intervention(R, quality, Intervention.ROUTINES_TO_DETECT_VIOLENCE));
    k.put("F115", () -> intervention(R, quality, Intervention.ROUTINES_FOR_DIRECT_INTERVENTIONS));
    k.put("F116", () -> intervention(R, quality, Intervention.MAPPING_LEGAL_REQUIREMENTS));
    k.put("F117", () -> work(R, quality).careSettings().get(CareSetting.EMERGENCY_CARE));
    k.put("F118", () -> work(R, quality).careSettings().get(CareSetting.PRIMARY_CARE));
    k.put("F119", () -> work(R, quality).careSettings().get(CareSetting.DENTAL_CARE));
    // "Ungefär hälften av de 20 landstingen har vidare samverkat med socialtjänst, polis och
    // kvinnojourer": those naming all three, of the 20.
    k.put("F122", () -> percent(combination(R, RegionalActivityArea.COLLABORATION,
        TermCombination.SOCIAL_SERVICES_POLICE_AND_SHELTERS),
        area(R, RegionalActivityArea.COLLABORATION)));
    RegionalActivityArea regionalPrevention = RegionalActivityArea.PREVENTION;
    k.put("F133", () -> work(R, regionalPrevention).partners().get(CollaborationPartner.MUNICIPALITIES));
    k.put("F134", () -> work(R, regionalPrevention).partners().get(
        CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    k.put("F135", () -> work(R, regionalPrevention).partners().get(
        CollaborationPartner.COUNTY_ADMINISTRATIVE_BOARD));
    // Non-profits.
    k.put("F010", () -> c(N).funds().grantedAmount());
    k.put("F011", () -> c(N).funds().granted());
    k.put("F012", () -> c(N).utilisation().notAllUsed());
    k.put("F013", () -> c(N).utilisation().unusedAmount());
    k.put("F136", () -> c(N).funds().applying());
    k.put("F137", () -> c(N).funds().appliedAmount());
    k.put("F140", () -> c(N).reporting().reportsReceived());
    k.put("F141", () -> c(N).reporting().reportsMissing());
    k.put("F142", () -> percent(c(N).utilisation().notAllUsed(), c(N).funds().granted()));
    k.put("F147", () -> c(N).work().training().get(Training.COUNTY_BOARD_TRAINING));
    k.put("F148", () -> c(N).work().training().get(Training.OTHER_TRAINING));
    k.put("F149", () -> c(N).work().training().get(Training.NCK_WEB_COURSE));
    k.put("F151", () -> c(N).work().training().get(Training.OTHER_FORMS_OF_TRAINING));
    // "Ett tiotal organisationer … i utbildning inom respektive bedömningsmetoderna FREDA, SARA,
    // PATRIARK samt samtalsmetoderna Motiverande samtal och Trappan": each about ten (the one
    // furthest from ten is checked).
    k.put("F150", () -> Stream.of(Training.FREDA_TRAINING, Training.SARA_TRAINING,
            Training.PATRIARK_TRAINING, Training.MOTIVATIONAL_INTERVIEWING_TRAINING,
            Training.TRAPPAN_TRAINING)
        .map(t -> c(N).work().training().getOrDefault(t, 0))
        .max(Comparator.comparing(n -> Math.abs(n - 10))).orElseThrow());
    k.put("F152", () -> c(N).work().combinations().get(TermCombination.FREDA));
    k.put("F153", () -> c(N).work().instruments().get(AssessmentInstrument.SARA));
    k.put("F154", () -> c(N).work().instruments().get(AssessmentInstrument.PATRIARK));
    k.put("F155", () -> method(N, KnownMethod.TRAPPAN));
    k.put("F156", () -> method(N, KnownMethod.MOTIVATIONAL_INTERVIEWING));
    k.put("F157", () -> method(N, KnownMethod.COGNITIVE_BEHAVIOURAL_THERAPY));
    k.put("F158", () -> c(N).work().combinations().get(TermCombination.ANY_PARTNER));
    k.put("F159", () -> c(N).work().partners().get(CollaborationPartner.MUNICIPALITIES));
    k.put("F160", () -> c(N).work().partners().get(CollaborationPartner.NON_PROFIT_ORGANISATIONS));
    k.put("F161", () -> c(N).work().partners().get(CollaborationPartner.OTHER));
    k.put("F162", () -> percent(area(N, DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK),
        c(N).reporting().reportsAnalysed()));
    k.put("F163", () -> area(N, DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK));
    k.put("F167", () -> high(DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK));
    k.put("F168", () -> outcome(DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK, Outcome.PARTLY));
    k.put("F169", () -> outcome(DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK,
        Outcome.TO_A_SMALL_EXTENT));
    k.put("F170", () -> area(N, DevelopmentArea.UNIVERSAL_PREVENTION));
    k.put("F172", () -> high(DevelopmentArea.UNIVERSAL_PREVENTION));
    k.put("F173", () -> outcome(DevelopmentArea.UNIVERSAL_PREVENTION, Outcome.PARTLY));
    k.put("F174", () -> area(N, DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN));
    k.put("F176", () -> high(DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN));
    k.put("F177", () -> area(N, DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS));
    k.put("F191", () -> high(DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS));
    k.put("F192", () -> outcome(DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS,
        Outcome.PARTLY));
    k.put("F193", () -> area(N, DevelopmentArea.WORK_WITH_CHILDREN));
    k.put("F196", () -> high(DevelopmentArea.WORK_WITH_CHILDREN));
    k.put("F197", () -> outcome(DevelopmentArea.WORK_WITH_CHILDREN, Outcome.PARTLY));
    k.put("F198", () -> area(N, DevelopmentArea.REACHING_PERPETRATORS));
    k.put("F201", () -> high(DevelopmentArea.REACHING_PERPETRATORS));
    k.put("F202", () -> area(N, DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING));
    k.put("F210", () -> high(DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING));
    k.put("F211", () -> outcome(DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING,
        Outcome.PARTLY));
    // Within one development area.
    DevelopmentArea own = DevelopmentArea.QUALITY_DEVELOPMENT_OF_OWN_WORK;
    DevelopmentArea groups = DevelopmentArea.SUPPORT_FOR_ESPECIALLY_VULNERABLE_GROUPS;
    DevelopmentArea children = DevelopmentArea.WORK_WITH_CHILDREN;
    DevelopmentArea reaching = DevelopmentArea.REACHING_PERPETRATORS;
    DevelopmentArea trafficking = DevelopmentArea.AGAINST_PROSTITUTION_AND_TRAFFICKING;
    k.put("F164", () -> intervention(N, own, Intervention.STAFF_COMPETENCE_DEVELOPMENT));
    k.put("F165", () -> intervention(N, own, Intervention.DOCUMENTATION));
    k.put("F166", () -> intervention(N, own, Intervention.AGREEMENTS_WITH_MUNICIPALITY));
    // "Hälften av organisationerna har emellertid även anordnat samtalsstöd i grupp, gett annat
    // praktiskt stöd och anordnat olika sociala aktiviteter": each about half (the furthest from it).
    k.put("F175", () -> Stream.of(Intervention.GROUP_SUPPORT_TALKS, Intervention.PRACTICAL_SUPPORT,
            Intervention.SOCIAL_ACTIVITIES)
        .map(i -> percent(intervention(N, DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN, i),
            area(N, DevelopmentArea.SUPPORT_FOR_ABUSED_WOMEN)))
        .max(Comparator.comparing(p -> p.subtract(BigDecimal.valueOf(50)).abs())).orElseThrow());
    k.put("F171", () -> intervention(N, DevelopmentArea.UNIVERSAL_PREVENTION,
        Intervention.OTHER_ACTIVITIES));
    k.put("F178", () -> group(groups, VulnerableGroup.WOMEN_OF_FOREIGN_BACKGROUND));
    k.put("F179", () -> group(groups, VulnerableGroup.HONOUR_RELATED_VIOLENCE));
    k.put("F180", () -> group(groups, VulnerableGroup.YOUNG_WOMEN));
    // "fem organisationer … kvinnor med funktionsnedsättning samt … missbruksproblem": 5 each.
    k.put("F181", () -> same(group(groups, VulnerableGroup.WOMEN_WITH_DISABILITIES),
        group(groups, VulnerableGroup.WOMEN_WITH_SUBSTANCE_ABUSE)));
    k.put("F182", () -> group(groups, VulnerableGroup.WOMEN_OVER_65));
    k.put("F183", () -> group(groups, VulnerableGroup.LGBTQ));
    k.put("F184", () -> group(groups, VulnerableGroup.WOMEN_IN_PROSTITUTION));
    k.put("F185", () -> group(groups, VulnerableGroup.UNDOCUMENTED_WOMEN));
    k.put("F186", () -> intervention(N, groups, Intervention.INDIVIDUAL_SUPPORT_TALKS));
    k.put("F187", () -> intervention(N, groups, Intervention.ADVICE));
    // "Lika många gav samtalsstöd i grupp samt informerade om den egna verksamheten": 11 each.
    k.put("F188", () -> same(intervention(N, groups, Intervention.GROUP_SUPPORT_TALKS),
        intervention(N, groups, Intervention.INFORMATION_ABOUT_OWN_WORK)));
    k.put("F189", () -> intervention(N, groups, Intervention.SUPPORT_WITH_AUTHORITIES));
    // "nästan lika många gav annat praktiskt stöd eller anordnade sociala aktiviteter": fewer than
    // the ten of F189, the same number each.
    k.put("F190", () -> same(intervention(N, groups, Intervention.PRACTICAL_SUPPORT),
        intervention(N, groups, Intervention.SOCIAL_ACTIVITIES)));
    k.put("F194", () -> intervention(N, children, Intervention.INDIVIDUAL_SUPPORT_TALKS));
    k.put("F195", () -> intervention(N, children, Intervention.SOCIAL_ACTIVITIES));
    k.put("F199", () -> percent(intervention(N, reaching, Intervention.INDIVIDUAL_SUPPORT_TALKS),
        area(N, reaching)));
    k.put("F200", () -> percent(intervention(N, reaching, Intervention.GROUP_SUPPORT_TALKS),
        area(N, reaching)));
    k.put("F203", () -> intervention(N, trafficking, Intervention.INDIVIDUAL_SUPPORT_TALKS));
    k.put("F204", () -> intervention(N, trafficking, Intervention.SUPPORT_WITH_AUTHORITIES));
    k.put("F205", () -> intervention(N, trafficking, Intervention.ADVICE));
    k.put("F206", () -> intervention(N, trafficking, Intervention.PRACTICAL_SUPPORT));
    // "anordnade sociala aktiviteter eller informerade om verksamheten": 2 each.
    k.put("F207", () -> same(intervention(N, trafficking, Intervention.SOCIAL_ACTIVITIES),
        intervention(N, trafficking, Intervention.INFORMATION_ABOUT_OWN_WORK)));
    k.put("F208", () -> intervention(N, trafficking, Intervention.MAPPING));
    k.put("F209", () -> intervention(N, trafficking, Intervention.OUTREACH));
    // County boards and NCK: the stimulus funds.
    k.put("F015", () -> c(RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD).funds().granted());
    k.put("F016", () -> c(RecipientCategory.COUNTY_ADMINISTRATIVE_BOARD).utilisation().unusedAmount()
        .plus(c(RecipientCategory.NATIONAL_CENTRE).utilisation().unusedAmount()));
    return k;
  }

  private CategoryStatistics c(RecipientCategory category) {
    return statistics.of(category);
  }

  private int area(RecipientCategory category, ActivityArea area) {
    return c(category).work().areas().getOrDefault(area, 0);
  }

  private int high(ActivityArea area) {
    Map<Outcome, Integer> counts = c(N).work().outcomes().get(area);
    return counts.getOrDefault(Outcome.FULLY, 0) + counts.getOrDefault(Outcome.TO_A_LARGE_EXTENT, 0);
  }

  private int outcome(ActivityArea area, Outcome outcome) {
    return c(N).work().outcomes().get(area).getOrDefault(outcome, 0);
  }

  private static BigDecimal percent(long part, long whole) {
    return Share.of(part, whole).percent(1, RoundingMode.HALF_UP);
  }

  private AreaCounts work(RecipientCategory category, ActivityArea area) {
    return c(category).work().byArea().get(area);
  }

  private int intervention(RecipientCategory category, ActivityArea area,
      Intervention intervention) {
    return work(category, area).interventions().getOrDefault(intervention, 0);
  }

  private int combination(RecipientCategory category, ActivityArea area,
      TermCombination combination) {
    return work(category, area).combinations().getOrDefault(combination, 0);
  }

  private int group(ActivityArea area, VulnerableGroup group) {
    return work(N, area).vulnerableGroups().getOrDefault(group, 0);
  }

  /** One figure the account gives for two terms alike: their count if equal, else a mismatch. */
  private static int same(int a, int b) {
    return a == b ? a : -1;
  }

  private int method(RecipientCategory category, Method method) {
    return c(category).work().methods().getOrDefault(method, 0);
  }
}
