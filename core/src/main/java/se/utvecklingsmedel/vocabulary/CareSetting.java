package se.utvecklingsmedel.vocabulary;

/**
 * A part of health and dental care that a region's work was aimed at (<i>verksamhet inom hälso- och
 * sjukvården och tandvården</i>).
 *
 * <p>Source: the 2016 account, the regions' systematic quality work — "Inriktningen har varit bred.
 * Arbetet har vänt sig till såväl akutsjukvården (16 landsting) som primärvården (15 landsting),
 * medan tandvården varit något mindre vanligt (9 landsting) … Andra nämnder dock särskilt
 * psykiatrin, barn- och ungdomshälsa med mera."
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CareSetting implements SwedishLabelled {
  /** Akutsjukvården: emergency care. */
  EMERGENCY_CARE("Akutsjukvården"),
  /** Primärvården: primary care. */
  PRIMARY_CARE("Primärvården"),
  /** Tandvården: dental care. */
  DENTAL_CARE("Tandvården"),
  /** Psykiatrin: psychiatric care. */
  PSYCHIATRY("Psykiatrin"),
  /** Barn- och ungdomshälsa: child and youth health. */
  CHILD_AND_YOUTH_HEALTH("Barn- och ungdomshälsa");

  private final String label;

  CareSetting(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
