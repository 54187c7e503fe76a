package se.utvecklingsmedel.followup;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;

/**
 * One category's figures as a source publishes them (<i>redovisade uppgifter</i>): every figure the
 * source gives, and nothing it does not. A figure left out is "not published" (empty), never zero.
 *
 * <p>Source: seed 000 gives for 2018 only "273 kommuner" that requisitioned and "92 procent" of the
 * funds used; seed 004 gives every figure of {@link CategoryStatistics} for 2016. The meaning of each
 * figure is that of {@link CategoryStatistics}.
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
public abstract class PublishedFigures {

  PublishedFigures() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns computed statistics as published figures, every figure given.
   *
   * @param statistics the statistics
   * @return the figures
   */
  public static PublishedFigures of(CategoryStatistics statistics) {
    return builder().category(statistics.category())
        .requisitioning(statistics.requisitioning()).applying(statistics.applying())
        .granted(statistics.granted()).requisitionedAmount(statistics.requisitionedAmount())
        .grantedAmount(statistics.grantedAmount()).usedAmount(statistics.usedAmount())
        .unusedAmount(statistics.unusedAmount()).assignedAmount(statistics.assignedAmount())
        .usedNothing(statistics.usedNothing()).notAllUsed(statistics.notAllUsed())
        .shareUsed(statistics.shareUsed()).reportsInTime(statistics.reportsInTime())
        .reportsAnalysed(statistics.reportsAnalysed())
        .build();
  }

  /** @return the category */
  public abstract RecipientCategory category();

  /** @return recipients with an accepted requisition, if published */
  public abstract OptionalInt requisitioning();

  /** @return recipients that applied, if published */
  public abstract OptionalInt applying();

  /** @return recipients granted more than zero, if published */
  public abstract OptionalInt granted();

  /** @return the total of accepted requisitions, if published */
  public abstract Optional<Amount> requisitionedAmount();

  /** @return the total granted, if published */
  public abstract Optional<Amount> grantedAmount();

  /** @return the total used, if published */
  public abstract Optional<Amount> usedAmount();

  /** @return the total unused, if published */
  public abstract Optional<Amount> unusedAmount();

  /** @return the administration money assigned for the mission, if published */
  public abstract Optional<Amount> assignedAmount();

  /** @return reports stating nothing used, if published */
  public abstract OptionalInt usedNothing();

  /** @return reports stating not all used, if published */
  public abstract OptionalInt notAllUsed();

  /** @return the share of granted funds used, if published */
  public abstract Optional<Share> shareUsed();

  /** @return reports received in time, if published */
  public abstract OptionalInt reportsInTime();

  /** @return reports analysed, if published */
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
    shareUsed().ifPresent(share -> rule(share.compareTo(Share.of(1, 1)) <= 0,
        "'shareUsed' " + share + " must be at most 100 %"));
    if (usedAmount().isPresent() && unusedAmount().isPresent() && grantedAmount().isPresent()) {
      rule(!usedAmount().get().plus(unusedAmount().get()).isGreaterThan(grantedAmount().get()),
          "usedAmount + unusedAmount must be at most 'grantedAmount'");
    }
  }

  private void atLeastZero(String field, OptionalInt value) {
    value.ifPresent(n -> rule(n >= 0, "'" + field + "' must not be negative, but was " + n));
  }

  private void atMost(String field, OptionalInt value, String bound, OptionalInt most) {
    if (value.isPresent() && most.isPresent()) {
      rule(value.getAsInt() <= most.getAsInt(), "'" + field + "' (" + value.getAsInt()
          + ") must be at most '" + bound + "' (" + most.getAsInt() + ")");
    }
  }

  private void rule(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException("PublishedFigures of " + category() + ": " + message);
    }
  }

  /** Builds {@link PublishedFigures}; {@code build()} runs every check. Not thread-safe. */
  public static final class Builder extends ImmutablePublishedFigures.Builder {
    Builder() {
    }
  }
}
