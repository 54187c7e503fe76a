package se.utvecklingsmedel.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Lists;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.ApplicationRules;
import se.utvecklingsmedel.grant.PotAllocation;
import se.utvecklingsmedel.grant.Priority;
import se.utvecklingsmedel.grant.PriorityRule;
import se.utvecklingsmedel.grant.RecipientGrant;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;

/**
 * The obligations of a priority rule, checked on generated applications to the 2016 round's
 * non-profits' pot: implement this in a test class and return your rule from {@link #rule()}.
 * A rule must give every application a priority, the same one every time; and the pot it ranks is
 * then handed out within its budget, nobody above what it applied for, whatever order the
 * applications come in.
 */
public interface PriorityRuleContract {

  /**
   * Returns the rule under test.
   *
   * @return the rule
   */
  PriorityRule rule();

  /**
   * Returns the applications the properties run on: up to 30, one per applicant.
   *
   * @return lists of applications
   */
  @Provide
  default Arbitrary<List<Application>> applicationLists() {
    return Generators.applications().list().uniqueElements(Application::applicant).ofMaxSize(30);
  }

  /**
   * Every application gets a priority, the same one when asked again.
   *
   * @param applications generated applications
   */
  @Property
  default void everyApplicationGetsOnePriority(
      @ForAll("applicationLists") List<Application> applications) {
    for (Application application : applications) {
      Priority priority = rule().priorityOf(application);
      assertThat(priority).as("the priority of %s", application.applicant()).isNotNull();
      assertThat(rule().priorityOf(application)).as("the priority of %s asked again",
          application.applicant()).isEqualTo(priority);
    }
  }

  /**
   * The ranked pot is handed out within its budget, nobody above what it applied for, the same
   * whatever order the applications come in.
   *
   * @param applications generated applications
   */
  @Property
  default void thePotItRanksIsHandedOutWithinItsBudgetInAnyOrder(
      @ForAll("applicationLists") List<Application> applications) {
    ApplicationRules rules = ApplicationRules.defaults().withPriority(rule());
    PotAllocation pot = RoundAllocation.builder(RoundCatalogue.round2016())
        .applications(PotId.NON_PROFITS, applications, rules).buildPartial().pot(PotId.NON_PROFITS);
    assertThat(pot.granted().plus(pot.returned())).as("budget conserved to the öre")
        .isEqualTo(pot.budget());
    for (Application application : applications) {
      RecipientGrant grant = pot.grantOf(application.applicant());
      assertThat(grant.granted().isGreaterThan(application.amount()))
          .as("%s is granted %s, at most the %s it applied for", application.applicant(),
              grant.granted(), application.amount()).isFalse();
    }
    PotAllocation reversed = RoundAllocation.builder(RoundCatalogue.round2016())
        .applications(PotId.NON_PROFITS, Lists.reverse(applications), rules).buildPartial()
        .pot(PotId.NON_PROFITS);
    assertThat(reversed.grants()).as("the same grants whatever the order of the applications")
        .isEqualTo(pot.grants());
    assertThat(pot.grants().values().stream().map(RecipientGrant::granted)
        .collect(Amount.summing())).isEqualTo(pot.granted());
  }
}
