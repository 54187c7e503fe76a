package se.utvecklingsmedel.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utvecklingsmedel.money.Amount;

/** Value equality of allocations, and the certificate left unbuilt by it (issue 18). */
class AllocationEqualityTest {

  private static final Weights<String> WEIGHTS =
      Weights.<String>builder().put("a", 1).put("b", 2).build();

  @Test
  void equalityFollowsTheInputsAndLeavesTheCertificateUnbuilt() {
    Allocation<String> one = Apportionment.largestRemainder(Amount.ofOre(10), WEIGHTS);
    Allocation<String> same = Apportionment.largestRemainder(Amount.ofOre(10), WEIGHTS);
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(one.certificateBuilt()).isFalse();
    assertThat(same.certificateBuilt()).isFalse();
    new EqualsTester()
        .addEqualityGroup(one, same)
        .addEqualityGroup(Apportionment.largestRemainder(Amount.ofOre(11), WEIGHTS))
        .addEqualityGroup(Apportionment.largestRemainder(Amount.ofOre(10),
            Weights.<String>builder().put("a", 1).put("c", 2).build()))
        .addEqualityGroup(Apportionment.baseAndProportional(Amount.ofOre(10), Amount.ofOre(1),
            WEIGHTS))
        .addEqualityGroup(Apportionment.baseAndProportional(Amount.ofOre(10), Amount.ofOre(2),
            WEIGHTS))
        .addEqualityGroup(Apportionment.capped(Amount.ofOre(10), WEIGHTS,
            Map.of("b", Amount.ofOre(5))))
        .addEqualityGroup(Apportionment.capped(Amount.ofOre(10), WEIGHTS,
            Map.of("b", Amount.ofOre(6))))
        .testEquals();
    assertThat(one.certificate()).isEqualTo(same.certificate());
    assertThat(one.certificateBuilt()).isTrue();
  }
}
