package se.utvecklingsmedel.followup;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.RecipientCategory;

/**
 * One category's figures as a source publishes them (<i>redovisade uppgifter</i>): every figure the
 * source gives, and nothing it does not. A figure left out is "not published" (empty), never zero.
 *
 * <p>Source: the 2016–2018 final report gives for 2018 only "273 kommuner" that requisitioned and
 * "92 procent" of the funds used; the 2016 account gives every figure of {@link CategoryStatistics}
 * for 2016. The meaning of each figure is that of {@link CategoryStatistics}.
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
    requireNonNull(statistics, "PublishedFigures 'statistics' must not be null");
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

  /**
   * Builds a {@link PublishedFigures}; {@link #build()} runs every check. Not thread-safe: use it
   * at once, do not share or store it.
   */
  public static final class Builder {
    private final ImmutablePublishedFigures.Builder delegate = ImmutablePublishedFigures.generatedBuilder();

    Builder() {
    }

    /**
     * Copies every attribute of {@code instance} into this builder: attributes are replaced, absent
     * optional ones leave a value already set, and list elements and map entries are added.
     *
     * @param instance the value to copy
     * @return this builder
     */
    public Builder from(PublishedFigures instance) {
      requireNonNull(instance, "PublishedFigures.Builder \'instance\' must not be null");
      delegate.from(instance);
      return this;
    }

    /**
     * Sets {@link PublishedFigures#category() category}: computed statistics as published figures,
     * every figure given.
     *
     * @param category computed statistics as published figures, every figure given
     * @return this builder
     */
    public Builder category(RecipientCategory category) {
      requireNonNull(category, "PublishedFigures.Builder 'category' must not be null");
      delegate.category(category);
      return this;
    }

    /**
     * Sets {@link PublishedFigures#requisitioning() requisitioning}: recipients with an accepted
     * requisition, if published.
     *
     * @param requisitioning recipients with an accepted requisition, if published
     * @return this builder
     */
    public Builder requisitioning(int requisitioning) {
      delegate.requisitioning(requisitioning);
      return this;
    }

    /**
     * Sets or clears {@link PublishedFigures#requisitioning() requisitioning}: recipients with an
     * accepted requisition, if published. An empty one clears it.
     *
     * @param requisitioning recipients with an accepted requisition, if published, or empty
     * @return this builder
     */
    public Builder requisitioning(OptionalInt requisitioning) {
      requireNonNull(requisitioning, "PublishedFigures.Builder 'requisitioning' must not be null");
      delegate.requisitioning(requisitioning);
      return this;
    }

    /**
     * Sets {@link PublishedFigures#applying() applying}: recipients that applied, if published.
     *
     * @param applying recipients that applied, if published
     * @return this builder
     */
    public Builder applying(int applying) {
      delegate.applying(applying);
      return this;
    }

    /**
     * Sets or clears {@link PublishedFigures#applying() applying}: recipients that applied, if
     * published. An empty one clears it.
     *
     * @param applying recipients that applied, if published, or empty
     * @return this builder
     */
    public Builder applying(OptionalInt applying) {
      requireNonNull(applying, "PublishedFigures.Builder 'applying' must not be null");
      delegate.applying(applying);
      return this;
    }

    /**
     * Sets {@link PublishedFigures#granted() granted}: recipients granted more than zero, if
     * published.
     *
     * @param granted recipients granted more than zero, if published
     * @return this builder
     */
    public Builder granted(int granted) {
      delegate.granted(granted);
      return this;
    }

    /**
     * Sets or clears {@link PublishedFigures#granted() granted}: recipients granted more than zero,
     * if published. An empty one clears it.
     *
     * @param granted recipients granted more than zero, if published, or empty
     * @return this builder
     */
    public Builder granted(OptionalInt granted) {
      requireNonNull(granted, "PublishedFigures.Builder 'granted' must not be null");
      delegate.granted(granted);
      return this;
    }

    /**
     * Sets {@link PublishedFigures#requisitionedAmount() requisitionedAmount}: the total of
     * accepted requisitions, if published.
     *
     * @param requisitionedAmount the total of accepted requisitions, if published
     * @return this builder
     */
    public Builder requisitionedAmount(Amount requisitionedAmount) {
      requireNonNull(requisitionedAmount, "PublishedFigures.Builder 'requisitionedAmount' must not be null");
      delegate.requisitionedAmount(requisitionedAmount);
      return this;
    }

    /**
     * Sets or clears {@link PublishedFigures#requisitionedAmount() requisitionedAmount}: the total
     * of accepted requisitions, if published. An empty one clears it.
     *
     * @param requisitionedAmount the total of accepted requisitions, if published, or empty
     * @return this builder
     */
    public Builder requisitionedAmount(Optional<? extends Amount> requisitionedAmount) {
      requireNonNull(requisitionedAmount, "PublishedFigures.Builder 'requisitionedAmount' must not be null");
      delegate.requisitionedAmount(requisitionedAmount);
      return this;
    }

    /**
     * Sets {@link PublishedFigures#grantedAmount() grantedAmount}: the total granted, if published.
     *
     * @param grantedAmount the total granted, if published
     * @return this builder
     */
    public Builder grantedAmount(Amount grantedAmount) {
      requireNonNull(grantedAmount, "PublishedFigures.Builder 'grantedAmount' must not be null");
      delegate.grantedAmount(grantedAmount);
      return this;
    }

    /**
     * Sets or clears {@link PublishedFigures#grantedAmount() grantedAmount}: the total granted, if
     * published. An empty one clears it.
     *
     * @param grantedAmount the total granted, if published, or empty
     * @return this builder
     */
    public Builder grantedAmount(Optional<? extends Amount> grantedAmount) {
      requireNonNull(grantedAmount, "PublishedFigures.Builder 'grantedAmount' must not be null");
      delegate.grantedAmount(grantedAmount);
      return this;
    }

    /**
     * Sets {@link PublishedFigures#usedAmount() usedAmount}: the total used, if published.
     *
     * @param usedAmount the total used, if published
     * @return this builder
     */
    public Builder usedAmount(Amount usedAmount) {
      requireNonNull(usedAmount, "PublishedFigures.Builder 'usedAmount' must not be null");
      delegate.usedAmount(usedAmount);
      return this;
    }

    /**
     * Sets or clears {@link PublishedFigures#usedAmount() usedAmount}: the total used, if
     * published. An empty one clears it.
     *
     * @param usedAmount the total used, if published, or empty
     * @return this builder
     */
    public Builder usedAmount(Optional<? extends Amount> usedAmount) {
      requireNonNull(usedAmount, "PublishedFigures.Builder 'usedAmount' must not be null");
      delegate.usedAmount(usedAmount);
      return this;
    }

    /**
     * Sets {@link PublishedFigures#unusedAmount() unusedAmount}: the total unused, if published.
     *
     * @param unusedAmount the total unused, if published
     * @return this builder
     */
    public Builder unusedAmount(Amount unusedAmount) {
      requireNonNull(unusedAmount, "PublishedFigures.Builder 'unusedAmount' must not be null");
      delegate.unusedAmount(unusedAmount);
      return this;
    }

    /**
     * Sets or clears {@link PublishedFigures#unusedAmount() unusedAmount}: the total unused, if
     * published. An empty one clears it.
     *
     * @param unusedAmount the total unused, if published, or empty
     * @return this builder
     */
    public Builder unusedAmount(Optional<? extends Amount> unusedAmount) {
      requireNonNull(unusedAmount, "PublishedFigures.Builder 'unusedAmount' must not be null");
      delegate.unusedAmount(unusedAmount);
      return this;
    }

    /**
     * Sets {@link PublishedFigures#assignedAmount() assignedAmount}: the administration money
     * assigned for the mission, if published.
     *
     * @param assignedAmount the administration money assigned for the mission, if published
     * @return this builder
     */
    public Builder assignedAmount(Amount assignedAmount) {
      requireNonNull(assignedAmount, "PublishedFigures.Builder 'assignedAmount' must not be null");
      delegate.assignedAmount(assignedAmount);
      return this;
    }

    /**
     * Sets or clears {@link PublishedFigures#assignedAmount() assignedAmount}: the administration
     * money assigned for the mission, if published. An empty one clears it.
     *
     * @param assignedAmount the administration money assigned for the mission, if published, or
     *     empty
     * @return this builder
     */
    public Builder assignedAmount(Optional<? extends Amount> assignedAmount) {
      requireNonNull(assignedAmount, "PublishedFigures.Builder 'assignedAmount' must not be null");
      delegate.assignedAmount(assignedAmount);
      return this;
    }

    /**
     * Sets {@link PublishedFigures#usedNothing() usedNothing}: reports stating nothing used, if
     * published.
     *
     * @param usedNothing reports stating nothing used, if published
     * @return this builder
     */
    public Builder usedNothing(int usedNothing) {
      delegate.usedNothing(usedNothing);
      return this;
    }

    /**
     * Sets or clears {@link PublishedFigures#usedNothing() usedNothing}: reports stating nothing
     * used, if published. An empty one clears it.
     *
     * @param usedNothing reports stating nothing used, if published, or empty
     * @return this builder
     */
    public Builder usedNothing(OptionalInt usedNothing) {
      requireNonNull(usedNothing, "PublishedFigures.Builder 'usedNothing' must not be null");
      delegate.usedNothing(usedNothing);
      return this;
    }

    /**
     * Sets {@link PublishedFigures#notAllUsed() notAllUsed}: reports stating not all used, if
     * published.
     *
     * @param notAllUsed reports stating not all used, if published
     * @return this builder
     */
    public Builder notAllUsed(int notAllUsed) {
      delegate.notAllUsed(notAllUsed);
      return this;
    }

    /**
     * Sets or clears {@link PublishedFigures#notAllUsed() notAllUsed}: reports stating not all
     * used, if published. An empty one clears it.
     *
     * @param notAllUsed reports stating not all used, if published, or empty
     * @return this builder
     */
    public Builder notAllUsed(OptionalInt notAllUsed) {
      requireNonNull(notAllUsed, "PublishedFigures.Builder 'notAllUsed' must not be null");
      delegate.notAllUsed(notAllUsed);
      return this;
    }

    /**
     * Sets {@link PublishedFigures#shareUsed() shareUsed}: the share of granted funds used, if
     * published.
     *
     * @param shareUsed the share of granted funds used, if published
     * @return this builder
     */
    public Builder shareUsed(Share shareUsed) {
      requireNonNull(shareUsed, "PublishedFigures.Builder 'shareUsed' must not be null");
      delegate.shareUsed(shareUsed);
      return this;
    }

    /**
     * Sets or clears {@link PublishedFigures#shareUsed() shareUsed}: the share of granted funds
     * used, if published. An empty one clears it.
     *
     * @param shareUsed the share of granted funds used, if published, or empty
     * @return this builder
     */
    public Builder shareUsed(Optional<? extends Share> shareUsed) {
      requireNonNull(shareUsed, "PublishedFigures.Builder 'shareUsed' must not be null");
      delegate.shareUsed(shareUsed);
      return this;
    }

    /**
     * Sets {@link PublishedFigures#reportsInTime() reportsInTime}: reports received in time, if
     * published.
     *
     * @param reportsInTime reports received in time, if published
     * @return this builder
     */
    public Builder reportsInTime(int reportsInTime) {
      delegate.reportsInTime(reportsInTime);
      return this;
    }

    /**
     * Sets or clears {@link PublishedFigures#reportsInTime() reportsInTime}: reports received in
     * time, if published. An empty one clears it.
     *
     * @param reportsInTime reports received in time, if published, or empty
     * @return this builder
     */
    public Builder reportsInTime(OptionalInt reportsInTime) {
      requireNonNull(reportsInTime, "PublishedFigures.Builder 'reportsInTime' must not be null");
      delegate.reportsInTime(reportsInTime);
      return this;
    }

    /**
     * Sets {@link PublishedFigures#reportsAnalysed() reportsAnalysed}: reports analysed, if
     * published.
     *
     * @param reportsAnalysed reports analysed, if published
     * @return this builder
     */
    public Builder reportsAnalysed(int reportsAnalysed) {
      delegate.reportsAnalysed(reportsAnalysed);
      return this;
    }

    /**
     * Sets or clears {@link PublishedFigures#reportsAnalysed() reportsAnalysed}: reports analysed,
     * if published. An empty one clears it.
     *
     * @param reportsAnalysed reports analysed, if published, or empty
     * @return this builder
     */
    public Builder reportsAnalysed(OptionalInt reportsAnalysed) {
      requireNonNull(reportsAnalysed, "PublishedFigures.Builder 'reportsAnalysed' must not be null");
      delegate.reportsAnalysed(reportsAnalysed);
      return this;
    }

    /**
     * Builds the PublishedFigures, running every check.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute was not set
     * @throws IllegalArgumentException if the attributes break a rule of the type
     */
    public PublishedFigures build() {
      return delegate.build();
    }
  }
}
