package se.utvecklingsmedel.round;

import se.utvecklingsmedel.vocabulary.SwedishLabelled;

/**
 * A form of violence a round's money is for (<i>inriktning</i>): a round's scope is a set of them
 * ({@link GrantRound#scope()}), and a report naming work outside it is refused.
 *
 * <p>Sources: the programme's 2019 grant page (the second round adds "brottsoffer för sexualbrott",
 * "kvinnor och flickor som utsatts för könsstympning" and "personer i prostitution"), the
 * government decision of 12 March 2020 (sexual violence, honour-related violence and oppression,
 * prostitution and trafficking for sexual purposes) and of 18 March 2021 (intimate-partner violence
 * and honour-related violence and oppression).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ScopeTerm implements SwedishLabelled {
  /** Våld i nära relationer: the programme's base. */
  INTIMATE_PARTNER_VIOLENCE("Våld i nära relationer"),
  /** Hedersrelaterat våld och förtryck. */
  HONOUR_RELATED_VIOLENCE("Hedersrelaterat våld och förtryck"),
  /** Sexuellt våld, and victims of sexual offences. */
  SEXUAL_VIOLENCE("Sexuellt våld"),
  /** Könsstympning av kvinnor och flickor. */
  FEMALE_GENITAL_MUTILATION("Könsstympning"),
  /** Prostitution. */
  PROSTITUTION("Prostitution"),
  /** Människohandel för sexuella ändamål. */
  TRAFFICKING_FOR_SEXUAL_PURPOSES("Människohandel för sexuella ändamål");

  private final String label;

  ScopeTerm(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
