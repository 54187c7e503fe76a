package se.utvecklingsmedel.statistics;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import se.utvecklingsmedel.vocabulary.AssessmentInstrument;
import se.utvecklingsmedel.vocabulary.CollaborationPartner;
import se.utvecklingsmedel.vocabulary.Method;
import se.utvecklingsmedel.vocabulary.SwedishLabelled;
import se.utvecklingsmedel.vocabulary.VulnerableGroup;

/**
 * A combination of terms a recipient can name, counted as one figure (<i>en kombination av
 * termer</i>): recipients that named any, or all, of several terms. The annual report counts
 * recipients this way where a count per term cannot say it: "Flertalet kommuner, 66 stycken, har
 * använt någon särskild metod", "40 organisationer har samarbetat med någon annan aktör"
 * (Socialstyrelsen, account of the 2016 development funds and competence support, 30 September
 * 2017).
 *
 * <p>Counted like every other term: once per analysed recipient, over the terms all of its reports
 * name together, for the category ({@link WorkCounts#combinations()}, over the report-level
 * terms) and within each area ({@link AreaCounts#combinations()}, over that area's work).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TermCombination implements SwedishLabelled {
  /**
   * Named at least one method (a conversation or treatment method, {@code KnownMethod} or a method
   * named in words, {@code OtherMethod}; not an assessment instrument): "Flertalet kommuner, 66
   * stycken, har använt någon särskild metod".
   */
  ANY_METHOD("Minst en samtals- eller behandlingsmetod"),
  /**
   * Named at least one assessment instrument ({@code AssessmentInstrument}) or method: "I 64
   * kommuner användes utvecklingsmedel för att arbeta med standardiserade bedömningsmetoder".
   */
  ANY_INSTRUMENT_OR_METHOD("Minst ett bedömningsinstrument eller en metod"),
  /**
   * Named at least one of FREDA's three instruments ("FREDA består av tre instrument"): "19
   * organisationer att de använt sig av FREDA".
   */
  FREDA("Minst ett av FREDA-instrumenten"),
  /**
   * Named at least one especially vulnerable group: "I cirka 40 procent av dessa kommuner har det
   * systematiska kvalitetsarbetet gällt en eller flera grupper".
   */
  ANY_VULNERABLE_GROUP("Minst en särskilt utsatt grupp"),
  /**
   * Named at least one collaboration partner, whichever: "40 organisationer har samarbetat med
   * någon annan aktör".
   */
  ANY_PARTNER("Minst en samverkansaktör"),
  /**
   * Named a partner other than {@code MUNICIPALITIES}, {@code SOCIAL_SERVICES}, {@code
   * NON_PROFIT_ORGANISATIONS} and {@code WOMENS_SHELTERS} (so {@code OTHER}, "Andra aktörer",
   * counts), which the account counts apart: "Ett fåtal har samarbetat med en
   * ideell förening. 28 kommuner har samarbetat med andra aktörer såsom Svenska kyrkan, Polisen,
   * barnahus, Åklagarmyndigheten, länsstyrelsen, landstinget, BUP".
   */
  OTHER_ACTORS("Minst en annan aktör än kommuner och ideella organisationer"),
  /**
   * Named all three of {@code SOCIAL_SERVICES}, {@code POLICE} and {@code WOMENS_SHELTERS} (a
   * non-profit organisation in general is not a women's shelter here): "Ungefär hälften av de 20
   * landstingen har vidare samverkat med socialtjänst, polis och kvinnojourer" (read as all three:
   * a team decision, since the sentence names them together).
   */
  SOCIAL_SERVICES_POLICE_AND_SHELTERS("Alla tre: socialtjänst, polis och kvinnojourer");

  /** The partners the account counts apart from "andra aktörer". */
  private static final Set<CollaborationPartner> MUNICIPAL_OR_NON_PROFIT = EnumSet.of(
      CollaborationPartner.MUNICIPALITIES, CollaborationPartner.SOCIAL_SERVICES,
      CollaborationPartner.NON_PROFIT_ORGANISATIONS, CollaborationPartner.WOMENS_SHELTERS);

  private final String label;

  TermCombination(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * The least and the most recipients this combination can count, given the counts of its terms:
   * a recipient naming any of several terms is counted once, so "any" is at least the largest of
   * their counts and at most their sum; "all three" is at most the smallest. Used to refuse
   * figures that contradict each other.
   */
  long[] bounds(Map<AssessmentInstrument, Integer> instruments, Map<? extends Method, Integer> methods,
      Map<VulnerableGroup, Integer> groups, Map<CollaborationPartner, Integer> partners) {
    return switch (this) {
      case ANY_METHOD -> anyOf(methods.values());
      case ANY_INSTRUMENT_OR_METHOD -> {
        long[] instrument = anyOf(instruments.values());
        long[] method = anyOf(methods.values());
        yield new long[] {Math.max(instrument[0], method[0]), instrument[1] + method[1]};
      }
      case FREDA -> anyOf(instruments.entrySet().stream().filter(e -> e.getKey().isFreda())
          .map(Map.Entry::getValue).toList());
      case ANY_VULNERABLE_GROUP -> anyOf(groups.values());
      case ANY_PARTNER -> anyOf(partners.values());
      case OTHER_ACTORS -> anyOf(partners.entrySet().stream()
          .filter(e -> !MUNICIPAL_OR_NON_PROFIT.contains(e.getKey())).map(Map.Entry::getValue)
          .toList());
      case SOCIAL_SERVICES_POLICE_AND_SHELTERS -> new long[] {0, Math.min(
          partners.getOrDefault(CollaborationPartner.SOCIAL_SERVICES, 0), Math.min(
              partners.getOrDefault(CollaborationPartner.POLICE, 0),
              partners.getOrDefault(CollaborationPartner.WOMENS_SHELTERS, 0)))};
    };
  }

  private static long[] anyOf(Collection<Integer> counts) {
    long most = 0;
    long sum = 0;
    for (int count : counts) {
      most = Math.max(most, count);
      sum += count;
    }
    return new long[] {most, sum};
  }

  /**
   * Whether a recipient that named these terms is counted. A new constant fails to compile until it
   * says here what it counts.
   */
  boolean matches(Set<AssessmentInstrument> instruments, Set<? extends Method> methods,
      Set<VulnerableGroup> groups, Set<CollaborationPartner> partners) {
    return switch (this) {
      case ANY_METHOD -> !methods.isEmpty();
      case ANY_INSTRUMENT_OR_METHOD -> !instruments.isEmpty() || !methods.isEmpty();
      case FREDA -> anyFreda(instruments);
      case ANY_VULNERABLE_GROUP -> !groups.isEmpty();
      case ANY_PARTNER -> !partners.isEmpty();
      case OTHER_ACTORS -> anyOtherActor(partners);
      case SOCIAL_SERVICES_POLICE_AND_SHELTERS -> partners.contains(
          CollaborationPartner.SOCIAL_SERVICES) && partners.contains(CollaborationPartner.POLICE)
          && partners.contains(CollaborationPartner.WOMENS_SHELTERS);
    };
  }

  private static boolean anyFreda(Set<AssessmentInstrument> instruments) {
    for (AssessmentInstrument instrument : instruments) { // a loop: this runs per recipient
      if (instrument.isFreda()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a partner is one of the "andra aktörer" ({@link #OTHER_ACTORS}). */
  static boolean isOtherActor(CollaborationPartner partner) {
    return !MUNICIPAL_OR_NON_PROFIT.contains(partner);
  }

  /** Whether a partner is one of {@link #SOCIAL_SERVICES_POLICE_AND_SHELTERS}'s three. */
  static boolean isPoliceSocialServicesOrShelter(CollaborationPartner partner) {
    return partner == CollaborationPartner.SOCIAL_SERVICES || partner == CollaborationPartner.POLICE
        || partner == CollaborationPartner.WOMENS_SHELTERS;
  }

  private static boolean anyOtherActor(Set<CollaborationPartner> partners) {
    for (CollaborationPartner partner : partners) {
      if (isOtherActor(partner)) {
        return true;
      }
    }
    return false;
  }
}
