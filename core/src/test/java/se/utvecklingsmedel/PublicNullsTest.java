package se.utvecklingsmedel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.CertificateLine;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.deadline.Deadlines;
import se.utvecklingsmedel.deadline.HolidayCalendar;
import se.utvecklingsmedel.decision.AwardReason;
import se.utvecklingsmedel.decision.ClaimReason;
import se.utvecklingsmedel.deadline.Deadline;
import se.utvecklingsmedel.decision.Language;
import se.utvecklingsmedel.decision.Reason;
import se.utvecklingsmedel.decision.ReasonVisitor;
import se.utvecklingsmedel.decision.Wording;
import se.utvecklingsmedel.statistics.AreaCounts;
import se.utvecklingsmedel.followup.AreaWork;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.support.CountyBoardSurvey;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.support.NationalSupport;
import se.utvecklingsmedel.published.PublishedReports;
import se.utvecklingsmedel.followup.Settlement;
import se.utvecklingsmedel.published.PublishedStatistics;
import se.utvecklingsmedel.published.RoundComparison;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.statistics.Share;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.ApplicationRules;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.GrantPolicy;
import se.utvecklingsmedel.grant.LateRequisitionPolicy;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.PriorityRule;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.RedistributionCandidate;
import se.utvecklingsmedel.grant.RedistributionPolicy;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionRules;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.grant.StandardGrantPolicy;
import se.utvecklingsmedel.grant.StandardLateRequisitionPolicy;
import se.utvecklingsmedel.grant.StandardPriorityRule;
import se.utvecklingsmedel.grant.StandardRedistributionPolicy;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.money.AmountChange;
import se.utvecklingsmedel.recipient.County;
import se.utvecklingsmedel.recipient.CountyAdministrativeBoard;
import se.utvecklingsmedel.recipient.CountyCode;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.MunicipalityCode;
import se.utvecklingsmedel.recipient.NonProfitOrganisation;
import se.utvecklingsmedel.recipient.OrganisationNumber;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;
import se.utvecklingsmedel.vocabulary.ActivityArea;
import se.utvecklingsmedel.vocabulary.DevelopmentArea;
import se.utvecklingsmedel.vocabulary.KnownMethod;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.MunicipalActivityArea;

/**
 * Every public method and constructor of core, given null for a reference parameter, throws a
 * {@code NullPointerException} whose message names that parameter in quotes, by the parameter's own
 * name (issue 18): never the JVM's "Cannot invoke …", a bare NPE, or a silently accepted null. The
 * methods are found by reflection over every exported package, so a new method is checked without
 * being listed; a method whose parameter types have no sample here is listed by
 * {@link #everyPublicMethodIsReached()}.
 */
class PublicNullsTest {

  private static final Municipality KIRUNA = ReferenceData.municipality("2584");
  private static final GrantRound ROUND = RoundCatalogue.round2016();

  /** One valid value per parameter type. */
  private static final Map<Class<?>, Object> SAMPLES = samples();

  private static Map<Class<?>, Object> samples() {
    Weights<Recipient> weights = Weights.<Recipient>builder().put(KIRUNA, 1).build();
    FollowUpReport report = FollowUpReport.builder().recipient(KIRUNA)
        .potId(PotId.MUNICIPALITIES).granted(Amount.ofKronor(10)).used(Amount.ofKronor(10))
        .submitted(LocalDate.of(2017, 3, 1)).build();
    RoundAllocation allocation = RoundAllocation.builder(ROUND).requisitions(PotId.MUNICIPALITIES,
        DistributionKey.byAmounts("Bilaga", Map.of(KIRUNA, Amount.ofKronor(50_000_000))),
        List.of(Requisition.builder().recipient(KIRUNA).amount(Amount.ofKronor(10))
            .date(LocalDate.of(2016, 3, 1)).build())).buildPartial();
    FollowUp followUp = FollowUp.of(allocation, List.of(report), LocalDate.of(2017, 9, 30));
    Map<Class<?>, Object> samples = new HashMap<>();
    samples.put(String.class, "x");
    samples.put(Object.class, "x");
    samples.put(CharSequence.class, "x");
    samples.put(LocalDate.class, LocalDate.of(2016, 3, 1));
    samples.put(LocalDateRange.class, LocalDateRange.ofClosed(LocalDate.of(2016, 1, 1),
        LocalDate.of(2016, 12, 31)));
    samples.put(Amount.class, Amount.ofKronor(1));
    samples.put(PotId.class, PotId.MUNICIPALITIES);
    samples.put(se.utvecklingsmedel.vocabulary.Code.class, PotId.MUNICIPALITIES);
    samples.put(Recipient.class, KIRUNA);
    samples.put(Municipality.class, KIRUNA);
    samples.put(se.utvecklingsmedel.round.RoundId.class, se.utvecklingsmedel.round.RoundId.of(2016, 1));
    samples.put(se.utvecklingsmedel.round.Programme.class,
        se.utvecklingsmedel.round.Programme.builtIn());
    samples.put(se.utvecklingsmedel.round.RoundFacts.class, se.utvecklingsmedel.round.Programme
        .builtIn().facts(se.utvecklingsmedel.round.RoundId.of(2016, 1)));
    samples.put(se.utvecklingsmedel.round.RoundFacts.PotFacts.class, se.utvecklingsmedel.round
        .Programme.builtIn().facts(se.utvecklingsmedel.round.RoundId.of(2016, 1)).pots().get(0));
    samples.put(se.utvecklingsmedel.round.Source.class, se.utvecklingsmedel.round.Programme
        .builtIn().sources().get("A2016"));
    samples.put(java.time.MonthDay.class, java.time.MonthDay.of(3, 31));
    samples.put(se.utvecklingsmedel.round.Condition.class,
        se.utvecklingsmedel.round.Condition.of("Under förutsättning att riksdagen beviljar medlen"));
    samples.put(se.utvecklingsmedel.recipient.Region.class,
        ReferenceData.region(CountyCode.of("25")));
    samples.put(County.class, ReferenceData.county("25"));
    samples.put(MunicipalityCode.class, MunicipalityCode.of("2584"));
    samples.put(CountyCode.class, CountyCode.of("25"));
    samples.put(OrganisationNumber.class, OrganisationNumber.of("802000-1239"));
    samples.put(NonProfitOrganisation.class, NonProfitOrganisation.of("802000-1239", "Jouren"));
    samples.put(RecipientCategory.class, RecipientCategory.MUNICIPALITY);
    samples.put(GrantRound.class, ROUND);
    samples.put(Pot.class, ROUND.pots().get(0));
    samples.put(Weights.class, weights);
    samples.put(Allocation.class, Apportionment.largestRemainder(Amount.ofKronor(10), weights));
    samples.put(Share.class, Share.of(1, 2));
    samples.put(se.utvecklingsmedel.vocabulary.SwedishLabelled.class,
        se.utvecklingsmedel.vocabulary.Outcome.FULLY);
    samples.put(se.utvecklingsmedel.statistics.TermCounts.class,
        se.utvecklingsmedel.statistics.TermCounts.of(se.utvecklingsmedel.vocabulary.Outcome.FULLY, 1));
    samples.put(DistributionKey.class, DistributionKey.byAmounts("Bilaga",
        Map.of(KIRUNA, Amount.ofKronor(50_000_000))));
    samples.put(FollowUpReport.class, report);
    samples.put(RoundAllocation.class, allocation);
    samples.put(se.utvecklingsmedel.grant.AllocationComparison.class,
        allocation.compare(allocation));
    samples.put(FollowUp.class, followUp);
    samples.put(Settlement.class, followUp.settlements().get(0));
    se.utvecklingsmedel.ledger.Ledger ledger = se.utvecklingsmedel.ledger.Ledger.of(followUp);
    samples.put(se.utvecklingsmedel.ledger.Ledger.class, ledger);
    samples.put(se.utvecklingsmedel.ledger.LedgerEntry.class, ledger.entries().get(0));
    samples.put(se.utvecklingsmedel.ledger.Account.class, se.utvecklingsmedel.ledger.Account.PAID);
    samples.put(se.utvecklingsmedel.round.UnclaimedFundsPool.class,
        se.utvecklingsmedel.round.UnclaimedFundsPool.of(se.utvecklingsmedel.round.Sharing.MAY,
            PotId.MUNICIPALITIES));
    samples.put(se.utvecklingsmedel.round.Sharing.class, se.utvecklingsmedel.round.Sharing.MAY);
    samples.put(PotId[].class, new PotId[] {PotId.MUNICIPALITIES});
    samples.put(se.utvecklingsmedel.ledger.EntryKind.class,
        se.utvecklingsmedel.ledger.EntryKind.PAID_OUT);
    se.utvecklingsmedel.money.AmountChange fell = se.utvecklingsmedel.money.AmountChange.of(
        Amount.ofOre(2), Amount.ofOre(1));
    samples.put(se.utvecklingsmedel.grant.Paradox.class, new se.utvecklingsmedel.grant.Paradox(
        PotId.MUNICIPALITIES, "Kommuner", KIRUNA, "Kiruna", se.utvecklingsmedel.money.AmountChange
        .of(Amount.ofOre(10), Amount.ofOre(11)), fell, 0, true, fell,
        se.utvecklingsmedel.money.AmountChange.of(Amount.zero(), Amount.zero()),
        se.utvecklingsmedel.grant.ParadoxCause.ROUNDING));
    samples.put(RoundStatistics.class, RoundStatistics.of(followUp));
    samples.put(CategoryStatistics.class, RoundStatistics.of(followUp).categories().values().iterator()
        .next());
    samples.put(PublishedStatistics.class, PublishedReports.statistics2018());
    samples.put(se.utvecklingsmedel.statistics.Figure.class,
        se.utvecklingsmedel.statistics.Figure.REQUISITIONING);
    samples.put(se.utvecklingsmedel.published.PublishedFigures.class,
        PublishedReports.statistics2018().categories().get(RecipientCategory.MUNICIPALITY));
    samples.put(RoundComparison.CategoryChange.class, RoundComparison.of(
        PublishedReports.statistics2018(), PublishedReports.statistics2018())
        .of(RecipientCategory.MUNICIPALITY));
    samples.put(Application.class, Application.builder().applicant(KIRUNA)
        .amount(Amount.ofKronor(10)).date(LocalDate.of(2016, 3, 1)).build());
    samples.put(Requisition.class, Requisition.builder().recipient(KIRUNA)
        .amount(Amount.ofKronor(10)).date(LocalDate.of(2016, 3, 1)).build());
    samples.put(Optional.class, Optional.empty());
    samples.put(List.class, List.of());
    samples.put(Collection.class, List.of());
    samples.put(Iterable.class, List.of());
    samples.put(Set.class, Set.of());
    samples.put(Map.class, Map.of());
    samples.put(ImmutableMap.class, ImmutableMap.of());
    samples.put(Function.class, Function.identity());
    samples.put(Comparable.class, KIRUNA);
    samples.put(Class.class, DevelopmentArea.class);
    samples.put(RoundingMode.class, RoundingMode.HALF_EVEN);
    samples.put(Deadlines.class, Deadlines.swedish());
    samples.put(HolidayCalendar.class, HolidayCalendar.sweden());
    samples.put(AmountChange.class, AmountChange.of(Amount.ofKronor(1), Amount.ofKronor(2)));
    samples.put(ImmutableList.class, ImmutableList.of());
    samples.put(ImmutableSet.class, ImmutableSet.of());
    samples.put(NationalSupport.class, PublishedReports.nationalSupport2016());
    samples.put(Language.class, Language.SWEDISH);
    samples.put(Wording.class, Wording.same("x"));
    samples.put(se.utvecklingsmedel.vocabulary.RuleViolation.class,
        new se.utvecklingsmedel.vocabulary.RuleViolation(Amount.class, "", "", "x"));
    samples.put(Deadline.class, new Deadline(LocalDate.of(2016, 4, 30), LocalDate.of(2016, 5, 2)));
    samples.put(CertificateLine.class, Apportionment.largestRemainder(Amount.ofKronor(1),
        Weights.<Recipient>builder().put(KIRUNA, 1).build()).certificateOf(KIRUNA));
    // Every kind of reason, and a visitor that answers null for each.
    se.utvecklingsmedel.decision.ReasonSamples.all().values()
        .forEach(reason -> samples.putIfAbsent(reason.getClass(), reason));
    samples.put(ReasonVisitor.class, java.lang.reflect.Proxy.newProxyInstance(
        ReasonVisitor.class.getClassLoader(), new Class<?>[] {ReasonVisitor.class},
        (proxy, method, args) -> null));
    samples.put(Reason.class, new Reason.NoShareAsked());
    samples.put(AwardReason.class, new AwardReason.PotUsedUp());
    samples.put(ClaimReason.class, new ClaimReason.Repayment(Amount.ofKronor(1),
        Amount.ofKronor(2)));
    samples.put(CountyAdministrativeBoard.class, ReferenceData.countyAdministrativeBoard("01"));
    samples.put(AreaWork.class, AreaWork.builder().build());
    samples.put(AreaCounts.class, AreaCounts.builder().build());
    samples.put(AreaCounts.Builder.class, AreaCounts.builder());
    samples.put(RoundAllocation.Builder.class, RoundAllocation.builder(ROUND));
    samples.put(Weights.Builder.class, Weights.builder());
    samples.put(DistributionKey.ByWeights.class, DistributionKey.byWeights("Bilaga", weights));
    samples.put(DistributionKey.ByAmounts.class, samples.get(DistributionKey.class));
    samples.put(PotAllocation.class, allocation.pot(PotId.MUNICIPALITIES));
    samples.put(RecipientGrant.class, allocation.pot(PotId.MUNICIPALITIES).grants().values()
        .iterator().next());
    samples.put(RedistributionCandidate.class, new RedistributionCandidate(KIRUNA, 1,
        Amount.ofKronor(1), Amount.ofKronor(1), Optional.empty()));
    samples.put(RoundComparison.class, RoundComparison.of(PublishedReports.statistics2018(),
        PublishedReports.statistics2018()));
    samples.put(CountyBoardSurvey.class, CountyBoardSurvey.of(1, Map.of()));
    samples.put(RoundCatalogue.class, RoundCatalogue.of(List.of(ROUND)));
    samples.put(OptionalInt.class, OptionalInt.empty());
    samples.put(PriorityRule.class, StandardPriorityRule.values()[0]);
    samples.put(GrantPolicy.class, StandardGrantPolicy.values()[0]);
    samples.put(RedistributionPolicy.class, StandardRedistributionPolicy.values()[0]);
    samples.put(LateRequisitionPolicy.class, StandardLateRequisitionPolicy.values()[0]);
    samples.put(RequisitionRules.class, RequisitionRules.defaults());
    samples.put(ApplicationRules.class, ApplicationRules.defaults());
    samples.put(Method.class, KnownMethod.values()[0]);
    samples.put(ActivityArea.class, MunicipalActivityArea.values()[0]);
    return samples;
  }

  private static Object sample(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == int.class) {
      return 1;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isArray() && sample(type.getComponentType()) != null) {
      Object array = Array.newInstance(type.getComponentType(), 1);
      Array.set(array, 0, sample(type.getComponentType()));
      return array;
    }
    return SAMPLES.get(type);
  }

  /** The public classes of core's exported packages (generated classes are not public). */
  private static List<Class<?>> publicClasses() throws IOException {
    List<Class<?>> classes = new ArrayList<>();
    for (ClassPath.ClassInfo info : ClassPath.from(Amount.class.getClassLoader())
        .getTopLevelClassesRecursive("se.utvecklingsmedel")) {
      if (info.getName().endsWith("Test") || info.getName().endsWith("Properties")
          || !info.getPackageName().matches("se\\.utvecklingsmedel\\.[a-z]+")) {
        continue;
      }
      Class<?> type = info.load();
      if (Modifier.isPublic(type.getModifiers())
          && type.getProtectionDomain().equals(Amount.class.getProtectionDomain())) {
        classes.add(type);
        for (Class<?> nested : type.getDeclaredClasses()) {
          if (Modifier.isPublic(nested.getModifiers())) {
            classes.add(nested);
          }
        }
      }
    }
    return classes;
  }

  /** The checked executables: public, declared by a public class, with a reference parameter. */
  private static List<Executable> executables() throws IOException {
    List<Executable> all = new ArrayList<>();
    for (Class<?> type : publicClasses()) {
      if (type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null
          && BuilderNullTest.BUILDERS.stream().anyMatch(b -> b.get().getClass() == type)) {
        continue;  // every method checked by BuilderNullTest
      }
      for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
        if (type.isEnum() && method.getName().equals("valueOf")) {
          continue;  // the JDK's own, for every enum alike
        }
        if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
            && !method.isBridge() && !(method.getName().equals("equals")
                && method.getParameterCount() == 1)) {
          all.add(method);
        }
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        all.add(constructor);
      }
    }
    all.removeIf(e -> Stream.of(e.getParameterTypes()).allMatch(Class::isPrimitive));
    // A visitor is the caller's own code: core calls it, never implements it.
    all.removeIf(e -> e.getDeclaringClass() == ReasonVisitor.class);
    return all;
  }

  /** An instance to call an instance method on, if there is one. */
  private static Optional<Object> receiver(Executable executable) {
    if (executable instanceof Constructor || Modifier.isStatic(executable.getModifiers())) {
      return Optional.of("static");
    }
    Class<?> type = executable.getDeclaringClass();
    return Optional.ofNullable(sample(type));
  }

  /** The parameters' names, from the class files' debug information (core has no others). */
  private static String[] names(Executable executable) {
    Object receiver = receiver(executable).orElseThrow();
    return ParameterNames.of(executable, receiver instanceof String ? executable.getDeclaringClass()
        : receiver.getClass());
  }

  private static boolean reachable(Executable executable) {
    return receiver(executable).isPresent()
        && Stream.of(executable.getParameterTypes()).allMatch(t -> sample(t) != null);
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (Executable executable : executables()) {
      if (!reachable(executable)) {
        continue;
      }
      Parameter[] parameters = executable.getParameters();
      String[] names = names(executable);
      for (int i = 0; i < parameters.length; i++) {
        if (!parameters[i].getType().isPrimitive()) {
          cases.add(Arguments.of(executable.getDeclaringClass().getSimpleName() + "."
              + executable.getName() + "(" + names[i] + ")", executable, i));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aNullArgumentIsRejectedByName(String name, Executable executable, int index)
      throws Exception {
    Parameter[] parameters = executable.getParameters();
    Object[] arguments = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      arguments[i] = i == index ? null : sample(parameters[i].getType());
    }
    try {
      if (executable instanceof Constructor<?> constructor) {
        constructor.newInstance(arguments);
      } else {
        java.lang.reflect.Method method = (java.lang.reflect.Method) executable;
        method.invoke(Modifier.isStatic(method.getModifiers()) ? null
            : receiver(method).orElseThrow(), arguments);
      }
      fail(name + " accepted null");
    } catch (IllegalArgumentException e) {
      fail(name + ": no sample of the right type (" + e.getMessage() + ")");
    } catch (InvocationTargetException e) {
      assertThat(e.getCause()).as(name).isInstanceOf(NullPointerException.class);
      assertThat(e.getCause().getMessage()).as(name)
          .contains("'" + names(executable)[index] + "'");
    }
  }

  @Test
  void everyPublicMethodIsReached() throws IOException {
    Set<String> unreached = new TreeSet<>();
    for (Executable executable : executables()) {
      if (!reachable(executable)) {
        unreached.add(executable.getDeclaringClass().getSimpleName() + "." + executable.getName()
            + Stream.of(executable.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")")));
      }
    }
    assertThat(unreached).isEmpty();
  }
}
