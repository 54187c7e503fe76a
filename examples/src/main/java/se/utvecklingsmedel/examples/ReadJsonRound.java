package se.utvecklingsmedel.examples;

import java.io.PrintStream;
import se.utvecklingsmedel.json.GrantJson;
import se.utvecklingsmedel.json.GrantJsonException;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.Pot;

/**
 * Reading and validating a JSON round: a valid document becomes a {@link GrantRound}; an invalid
 * one is rejected with the JSON path and the rule it broke.
 */
public final class ReadJsonRound {

  static final String VALID = "{\"year\": 2018, \"legalBasis\": \"Regeringsbeslut (exempel)\","
      + " \"pots\": [{\"id\": \"municipalities\", \"label\": \"Utvecklingsmedel till kommuner\","
      + " \"categories\": [\"MUNICIPALITY\"], \"budget\": \"50000000.00\", \"method\": \"REQUISITION\"}],"
      + " \"reportDeadline\": \"2019-03-31\"}";

  static final String INVALID = VALID.replace("\"50000000.00\"", "50000000.5");

  private ReadJsonRound() {
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static GrantRound run(PrintStream out) {
    GrantRound round = GrantJson.read(VALID, GrantRound.class);
    for (Pot pot : round.pots()) {
      out.println(round.year() + " " + pot.id() + ": " + pot.budget().toSwedishString() + " by "
          + pot.method().label().toLowerCase(java.util.Locale.ROOT));
    }
    try {
      GrantJson.read(INVALID, GrantRound.class);
    } catch (GrantJsonException e) {
      out.println("Rejected: " + e.getMessage());
    }
    return round;
  }
}
