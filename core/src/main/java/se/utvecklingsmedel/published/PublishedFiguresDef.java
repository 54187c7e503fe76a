package se.utvecklingsmedel.published;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.statistics.CategoryStatistics;
import se.utvecklingsmedel.statistics.Share;
import se.utvecklingsmedel.vocabulary.RuleViolation;

/**
 * One category's figures as a source publishes them (<i>redovisade uppgifter</i>): every figure the
 * source gives, and nothing it does not. A figure left out is "not published" (empty), never zero.
 *
 * <p>Source: the 2016–2018 final report gives for 2018 only "273 kommuner" that requisitioned and
 * "92 procent" of the funds used; the 2016 account gives every figure of {@link se.utvecklingsmedel.statistics.CategoryStatistics}
 * for 2016. The meaning of each figure is that of {@link se.utvecklingsmedel.statistics.CategoryStatistics}.
 *
 * <p>Checks, on the figures given: counts are at least zero; {@code requisitioning ≤ granted};
 * {@code usedNothing ≤ notAllUsed ≤ granted}; {@code reportsAnalysed ≤ reportsInTime ≤ granted};
 * used plus unused at most granted, in money; a share used of at most 100 %.
 *
 * <pre>{@code
 * PublishedFigures municipalities2018 = PublishedFigures.builder()
 *     .category(RecipientCategory.MUNICIPALITY)
 *     .requisitioning(273)
 *     .shareUsed(Share.of(92, 100))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class PublishedFiguresDef {

  PublishedFiguresDef() {
  }

  /**
   * Returns computed statistics as published figures, every figure given.
   *
   * @param statistics the statistics
   * @return the figures
   */
  public static PublishedFigures of(CategoryStatistics statistics) {
    requireNonNull(statistics, "PublishedFigures 'statistics' must not be null");
    return PublishedFigures.builder().category(statistics.category())
        .requisitioning(statistics.requisitioning()).applying(statistics.applying())
        .granted(statistics.granted()).requisitionedAmount(statistics.requisitionedAmount())
        .grantedAmount(statistics.grantedAmount()).usedAmount(statistics.usedAmount())
        .unusedAmount(statistics.unusedAmount()).assignedAmount(statistics.assignedAmount())
        .usedNothing(statistics.usedNothing()).notAllUsed(statistics.notAllUsed())
        .shareUsed(statistics.shareUsed()).reportsInTime(statistics.reportsInTime())
        .reportsAnalysed(statistics.reportsAnalysed())
        .build();
  }

  /**
   * Returns the category.
   *
   * @return the category
   */
  public abstract RecipientCategory category();

  /**
   * Returns recipients with an accepted requisition, if published.
   *
   * @return recipients with an accepted requisition, if published
   */
  public abstract OptionalInt requisitioning();

  /**
   * Returns recipients that applied, if published.
   *
   * @return recipients that applied, if published
   */
  public abstract OptionalInt applying();

  /**
   * Returns recipients granted more than zero, if published.
   *
   * @return recipients granted more than zero, if published
   */
  public abstract OptionalInt granted();

  /**
   * Returns the total of accepted requisitions, if published.
   *
   * @return the total of accepted requisitions, if published
   */
  public abstract Optional<Amount> requisitionedAmount();

  /**
   * Returns the total granted, if published.
   *
   * @return the total granted, if published
   */
  public abstract Optional<Amount> grantedAmount();

  /**
   * Returns the total used, if published.
   *
   * @return the total used, if published
   */
  public abstract Optional<Amount> usedAmount();

  /**
   * Returns the total unused, if published.
   *
   * @return the total unused, if published
   */
  public abstract Optional<Amount> unusedAmount();

  /**
   * Returns the administration money assigned for the mission, if published.
   *
   * @return the administration money assigned for the mission, if published
   */
  public abstract Optional<Amount> assignedAmount();

  /**
   * Returns reports stating nothing used, if published.
   *
   * @return reports stating nothing used, if published
   */
  public abstract OptionalInt usedNothing();

  /**
   * Returns reports stating not all used, if published.
   *
   * @return reports stating not all used, if published
   */
  public abstract OptionalInt notAllUsed();

  /**
   * Returns the share of granted funds used, if published.
   *
   * @return the share of granted funds used, if published
   */
  public abstract Optional<Share> shareUsed();

  /**
   * Returns reports received in time, if published.
   *
   * @return reports received in time, if published
   */
  public abstract OptionalInt reportsInTime();

  /**
   * Returns reports analysed, if published.
   *
   * @return reports analysed, if published
   */
  public abstract OptionalInt reportsAnalysed();

  @Value.Check
  void check() {
    atLeastZero("requisitioning", requisitioning());
    atLeastZero("applying", applying());
    atLeastZero("granted", granted());
    atLeastZero("usedNothing", usedNothing());
    atLeastZero("notAllUsed", notAllUsed());
    atLeastZero("reportsInTime", reportsInTime());
    atLeastZero("reportsAnalysed", reportsAnalysed());
    atMost("requisitioning", requisitioning(), "granted", granted());
    atMost("usedNothing", usedNothing(), "notAllUsed", notAllUsed());
    atMost("notAllUsed", notAllUsed(), "granted", granted());
    atMost("reportsAnalysed", reportsAnalysed(), "reportsInTime", reportsInTime());
    atMost("reportsInTime", reportsInTime(), "granted", granted());
    shareUsed().ifPresent(share -> rule(share.compareTo(Share.of(1, 1)) <= 0, "shareUsed",
        "'shareUsed' " + share + " must be at most 100 %"));
    if (usedAmount().isPresent() && unusedAmount().isPresent() && grantedAmount().isPresent()) {
      rule(!usedAmount().get().plus(unusedAmount().get()).isGreaterThan(grantedAmount().get()),
          "usedAmount",
          "usedAmount + unusedAmount must be at most 'grantedAmount'");
    }
  }

  private void atLeastZero(String field, OptionalInt value) {
    value.ifPresent(n -> rule(n >= 0, field, "'" + field + "' must not be negative, but was " + n));
  }

  private void atMost(String field, OptionalInt value, String bound, OptionalInt most) {
    if (value.isPresent() && most.isPresent()) {
      rule(value.getAsInt() <= most.getAsInt(), field, "'" + field + "' (" + value.getAsInt()
          + ") must be at most '" + bound + "' (" + most.getAsInt() + ")");
    }
  }

  private void rule(boolean ok, String path, String message) {
    if (!ok) {
      throw new RuleViolation(PublishedFigures.class, category().toString(), path,
          "PublishedFigures of " + category() + ": " + message);
    }
  }

}
