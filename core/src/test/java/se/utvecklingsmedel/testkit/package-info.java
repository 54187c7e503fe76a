/**
 * A property-test kit for users' own rules (issue 14), shipped as {@code utvecklingsmedel-core}'s
 * {@code testkit} jar: jqwik arbitraries for the domain ({@link se.utvecklingsmedel.testkit.Generators},
 * also as the domain context {@link se.utvecklingsmedel.testkit.UtvecklingsmedelDomain}) and
 * contracts a user's test implements to get a rule's obligations checked
 * ({@link se.utvecklingsmedel.testkit.RedistributionPolicyContract},
 * {@link se.utvecklingsmedel.testkit.PriorityRuleContract},
 * {@link se.utvecklingsmedel.testkit.HolidayCalendarContract}). It needs jqwik and AssertJ on the
 * user's test classpath; nothing of it reaches core's runtime classpath.
 */
package se.utvecklingsmedel.testkit;
