package se.utvecklingsmedel.examples.spring;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.MunicipalityCode;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.PotId;

/**
 * The endpoints. Library types are read and written by Spring's own mapper with the module: a body
 * that breaks a rule never reaches these methods.
 */
@RestController
class GrantController {

  /** What a round allocation grants, per pot. */
  record AllocationSummary(int year, Amount granted, List<PotTotal> pots) {
  }

  /** One pot's total. */
  record PotTotal(PotId pot, Amount granted) {
  }

  /** A sum to split among municipalities by weight; both required (a 400 otherwise). */
  record SplitRequest(Amount total, List<Part> parts) {
    SplitRequest {
      if (total == null || parts == null || parts.contains(null)) {
        throw new IllegalArgumentException("'total' and 'parts' are required, and no part may be "
            + "null");
      }
    }
  }

  /** One municipality's weight; the municipality required (a 400 otherwise). */
  record Part(MunicipalityCode municipality, long weight) {
    Part {
      if (municipality == null) {
        throw new IllegalArgumentException("'municipality' is required");
      }
    }
  }

  /** No municipality has the code (HTTP 404). */
  static final class UnknownMunicipalityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnknownMunicipalityException(MunicipalityCode code) {
      super("No municipality has the code " + code);
    }
  }

  /**
   * Reads a whole round allocation document (requisitions, applications, results: every rule
   * checked while reading) and answers with its totals.
   */
  @PostMapping("/allocations")
  AllocationSummary allocate(@RequestBody RoundAllocation allocation) {
    return new AllocationSummary(allocation.round().year(), allocation.granted(),
        allocation.pots().values().stream()
            .map(pot -> new PotTotal(pot.pot().id(), pot.granted())).toList());
  }

  /** Splits a sum by the largest-remainder method, exactly to the öre. */
  @PostMapping("/split")
  Allocation<Municipality> split(@RequestBody SplitRequest request) {
    Weights.Builder<Municipality> weights = Weights.builder();
    for (Part part : request.parts()) {
      weights.put(municipality(part.municipality()), part.weight());
    }
    return Apportionment.largestRemainder(request.total(), weights.build());
  }

  /** A municipality by its SCB code: 400 if the code is malformed, 404 if nobody has it. */
  @GetMapping("/municipalities/{code}")
  Municipality municipality(@PathVariable("code") String code) {
    return municipality(MunicipalityCode.of(code));
  }

  private static Municipality municipality(MunicipalityCode code) {
    return ReferenceData.findMunicipality(code)
        .orElseThrow(() -> new UnknownMunicipalityException(code));
  }
}
