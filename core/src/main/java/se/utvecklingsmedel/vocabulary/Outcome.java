package se.utvecklingsmedel.vocabulary;

/**
 * A recipient's own assessment of how far an area's expected results were reached
 * (<i>uppnådda förväntade resultat</i>), on the report's four-level scale.
 *
 * <p>Source: the 2016 account (the 2016 annual report), e.g. "33 organisationer bedömer att
 * resultaten … motsvarar förväntade resultat helt eller i stor utsträckning. Fyra … delvis … endast
 * i liten utsträckning". Declared from best to worst.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Outcome implements SwedishLabelled {
  /** Helt. */
  FULLY("Helt"),
  /** I stor utsträckning. */
  TO_A_LARGE_EXTENT("I stor utsträckning"),
  /** Delvis. */
  PARTLY("Delvis"),
  /** I liten utsträckning. */
  TO_A_SMALL_EXTENT("I liten utsträckning");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
