package se.utvecklingsmedel.decision;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * The languages a decision is rendered in (<i>språk</i>): Swedish, the default for the texts of
 * Swedish authorities, and English. One renderer per language turns each {@link Reason} into a
 * sentence, with money and dates as that language writes them.
 *
 * <p>Swedish: money as {@code 1 234 567,89 kr} and dates as {@code 30 september 2017}, in the terms
 * of the published sources and the law ("Beviljat belopp", "rekvirerat", "ej förbrukade medel",
 * "återbetalning", "återkrav"). English: the library's own sentences, money as {@code 1234567.89
 * kr} and dates in ISO form, as its earlier explanations were.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Language implements SwedishLabelled {
  /** Svenska: the default. */
  SWEDISH("svenska") {
    @Override
    String render(Reason reason) {
      return SwedishText.render(reason);
    }

    @Override
    public String amount(Amount amount) {
      return requireNonNull(amount, "Language 'amount' must not be null").toSwedishString();
    }

    @Override
    public String date(LocalDate date) {
      return SwedishText.date(requireNonNull(date, "Language 'date' must not be null"));
    }
  },
  /** English. */
  ENGLISH("engelska") {
    @Override
    String render(Reason reason) {
      return EnglishText.render(reason);
    }

    @Override
    public String amount(Amount amount) {
      return requireNonNull(amount, "Language 'amount' must not be null") + " kr";
    }

    @Override
    public String date(LocalDate date) {
      return requireNonNull(date, "Language 'date' must not be null").toString();
    }
  };

  private final String label;

  Language(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The sentence for one reason. */
  abstract String render(Reason reason);

  /**
   * Returns an amount as this language writes it in a decision.
   *
   * @param amount the amount
   * @return "1 234 567,89 kr" in Swedish, "1234567.89 kr" in English
   */
  public abstract String amount(Amount amount);

  /**
   * Returns a day as this language writes it in a decision.
   *
   * @param date the day
   * @return "30 september 2017" in Swedish, "2017-09-30" in English
   */
  public abstract String date(LocalDate date);
}
