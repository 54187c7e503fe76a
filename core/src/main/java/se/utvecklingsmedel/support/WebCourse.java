package se.utvecklingsmedel.support;

import static java.util.Objects.requireNonNull;
import static se.utvecklingsmedel.vocabulary.RuleViolation.checkRule;

import java.time.LocalDate;

/**
 * The use of NCK's web course on men's violence against women and intimate-partner violence
 * (<i>webbkursen om mäns våld mot kvinnor och våld i nära relationer</i>) over one period, as
 * Socialstyrelsen publishes it: figures no recipient's report gives.
 *
 * <p>Source: the 2016 account — "lanserade den 20 september 2016 … Från lanseringen fram till den
 * 28 februari 2017 hade webbkursen 7 324 användare; av dem genomgick 1 519 webbkursen i grupp.
 * Totalt startade 140 grupper … 51 procent av kursens användare skrivit ut ett intyg … till 53
 * procent från yrkeskategorin socialtjänst."
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param launched the day the course was launched
 * @param countedUntil the last day of the period counted
 * @param users the users over the period
 * @param usersInGroups the users who took the course in a group
 * @param groups the groups started
 * @param percentWithCertificate the per cent of users who printed a certificate
 * @param percentFromSocialServices the per cent of users from the social services
 */
public record WebCourse(LocalDate launched, LocalDate countedUntil, int users, int usersInGroups,
    int groups, int percentWithCertificate, int percentFromSocialServices) {

  /**
   * Creates the figures.
   *
   * @param launched the day the course was launched
   * @param countedUntil the last day of the period counted, not before the launch
   * @param users the users over the period, zero or more
   * @param usersInGroups the users who took the course in a group, at most the users
   * @param groups the groups started, at most the users in groups
   * @param percentWithCertificate the per cent of users who printed a certificate, 0 to 100
   * @param percentFromSocialServices the per cent of users from the social services, 0 to 100
   * @throws NullPointerException if a date is null
   * @throws IllegalArgumentException if a figure is out of its range
   */
  public WebCourse {
    requireNonNull(launched, "WebCourse 'launched' must not be null");
    requireNonNull(countedUntil, "WebCourse 'countedUntil' must not be null");
    checkRule(!countedUntil.isBefore(launched), WebCourse.class, "", "countedUntil",
        "WebCourse 'countedUntil' %s must not be before 'launched' %s", countedUntil, launched);
    checkRule(users >= 0, WebCourse.class, "", "users",
        "WebCourse 'users' must not be negative, but was %s", users);
    checkRule(usersInGroups >= 0 && usersInGroups <= users, WebCourse.class, "", "usersInGroups",
        "WebCourse 'usersInGroups' must be from 0 to 'users' (%s), but was %s", users, usersInGroups);
    checkRule(groups >= 0 && groups <= usersInGroups, WebCourse.class, "", "groups",
        "WebCourse 'groups' must be from 0 to 'usersInGroups' (%s), but was %s", usersInGroups,
        groups);
    checkRule(percentWithCertificate >= 0 && percentWithCertificate <= 100, WebCourse.class, "", "percentWithCertificate",
        "WebCourse 'percentWithCertificate' must be from 0 to 100, but was %s",
        percentWithCertificate);
    checkRule(percentFromSocialServices >= 0 && percentFromSocialServices <= 100, WebCourse.class, "", "percentFromSocialServices",
        "WebCourse 'percentFromSocialServices' must be from 0 to 100, but was %s",
        percentFromSocialServices);
  }
}
