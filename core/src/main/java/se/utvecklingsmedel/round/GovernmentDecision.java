package se.utvecklingsmedel.round;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.utvecklingsmedel.vocabulary.FreeText;

/**
 * The decision a round rests on (<i>regeringsbeslut</i>): its date, its number within the
 * government's meeting and its case numbers (<i>diarienummer</i>), as the decision itself cites
 * them. The 2016 round: "Regeringsbeslut 2016-01-28 nr II:3, S2011/11337/FST, S2016/00633/FST
 * (delvis)".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the day of the decision
 * @param number its number, e.g. {@code II:3}, if the source gives it
 * @param caseNumbers its case numbers, as written ({@code S2016/00633/FST (delvis)}); may be empty
 */
public record GovernmentDecision(LocalDate date, Optional<String> number,
    List<String> caseNumbers) {

  /**
   * Validates the decision: each text at most {@value FreeText#MAX_NAME_LENGTH} characters.
   *
   * @param date the day
   * @param number the number
   * @param caseNumbers the case numbers
   */
  public GovernmentDecision {
    requireNonNull(date, "GovernmentDecision 'date' must not be null");
    requireNonNull(number, "GovernmentDecision 'number' must not be null");
    requireNonNull(caseNumbers, "GovernmentDecision 'caseNumbers' must not be null");
    number = number.map(n -> FreeText.checkName("GovernmentDecision " + date + ":", "number", n));
    ImmutableList.Builder<String> checked = ImmutableList.builder();
    for (String caseNumber : caseNumbers) {
      checked.add(FreeText.checkName("GovernmentDecision " + date + ":", "caseNumbers",
          requireNonNull(caseNumber, "GovernmentDecision 'caseNumbers' must not hold null")));
    }
    caseNumbers = checked.build();
  }

  /**
   * Returns the decision as the programme's documents cite it: {@code Regeringsbeslut 2016-01-28 nr
   * II:3, S2011/11337/FST, S2016/00633/FST (delvis)}.
   *
   * @return the citation
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Regeringsbeslut ").append(date);
    number.ifPresent(n -> text.append(" nr ").append(n));
    caseNumbers.forEach(c -> text.append(", ").append(c));
    return text.toString();
  }
}
