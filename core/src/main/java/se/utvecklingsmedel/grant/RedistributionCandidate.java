package se.utvecklingsmedel.grant;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Recipient;

/**
 * A recipient that asked for a share of unclaimed funds, with what a {@link RedistributionPolicy}
 * may weigh it by.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param recipient the recipient
 * @param keyWeight its weight in the distribution key (for a key of amounts, its keyed amount in
 * öre)
 * @param keyedAmount its keyed amount
 * @param requisitioned what it requisitioned
 * @param maximumExtra the most extra it can use, or empty for no limit
 */
public record RedistributionCandidate(Recipient recipient, long keyWeight, Amount keyedAmount,
    Amount requisitioned, Optional<Amount> maximumExtra) {

  /**
   * Creates a candidate.
   *
   * @param recipient the recipient
   * @param keyWeight the key weight
   * @param keyedAmount the keyed amount
   * @param requisitioned the requisitioned
   * @param maximumExtra the maximum extra
   * @throws NullPointerException if any argument is null
   */
  public RedistributionCandidate {
    requireNonNull(recipient, "RedistributionCandidate 'recipient' must not be null");
    requireNonNull(keyedAmount, "RedistributionCandidate 'keyedAmount' must not be null");
    requireNonNull(requisitioned, "RedistributionCandidate 'requisitioned' must not be null");
    requireNonNull(maximumExtra, "RedistributionCandidate 'maximumExtra' must not be null");
  }
}
