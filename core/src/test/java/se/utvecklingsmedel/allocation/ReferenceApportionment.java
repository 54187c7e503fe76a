package se.utvecklingsmedel.allocation;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.utvecklingsmedel.money.Amount;

/**
 * A deliberately plain largest-remainder implementation for tests: BigInteger throughout and a full
 * sort, written straight from the rule, to check the engine's fast paths against.
 */
final class ReferenceApportionment {

  private ReferenceApportionment() {
  }

  static <K extends Comparable<K>> ImmutableSortedMap<K, Amount> largestRemainder(long total,
      Weights<K> weights) {
    BigInteger sum = BigInteger.ZERO;
    for (K key : weights.keys()) {
      sum = sum.add(BigInteger.valueOf(weights.weightOf(key)));
    }
    record Row<K>(K key, long weight, BigInteger floor, BigInteger remainder) { }
    List<Row<K>> rows = new ArrayList<>();
    BigInteger handedOut = BigInteger.ZERO;
    for (K key : weights.keys()) {
      BigInteger[] qr = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights.weightOf(key)))
          .divideAndRemainder(sum);
      rows.add(new Row<>(key, weights.weightOf(key), qr[0], qr[1]));
      handedOut = handedOut.add(qr[0]);
    }
    int extras = BigInteger.valueOf(total).subtract(handedOut).intValueExact();
    List<Row<K>> ranked = new ArrayList<>(rows);
    ranked.sort(Comparator.<Row<K>, BigInteger>comparing(Row::remainder).reversed()
        .thenComparing(Comparator.<Row<K>>comparingLong(Row::weight).reversed())
        .thenComparing(Row::key));
    ImmutableSortedMap.Builder<K, Amount> result = ImmutableSortedMap.naturalOrder();
    for (int r = 0; r < ranked.size(); r++) {
      Row<K> row = ranked.get(r);
      result.put(row.key(), Amount.ofOre(row.floor().longValueExact() + (r < extras ? 1 : 0)));
    }
    return result.build();
  }
}
