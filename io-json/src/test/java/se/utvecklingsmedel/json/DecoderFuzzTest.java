package se.utvecklingsmedel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.statistics.RoundStatistics;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.round.GrantRound;

/**
 * Any byte input either decodes or raises the documented {@link GrantJsonException}; nothing else
 * escapes. The default build replays the seed corpus in {@code src/test/resources}; the {@code fuzz}
 * profile fuzzes for minutes.
 */
class DecoderFuzzTest {

  private static final List<Class<?>> DOCUMENTS = List.of(GrantRound.class, DistributionKey.class,
      Requisition.class, Application.class, RoundAllocation.class, FollowUpReport.class,
      FollowUp.class, RoundStatistics.class);

  @FuzzTest(maxDuration = "10s")
  void anyInputDecodesOrRaisesTheDocumentedException(byte[] input) {
    for (Class<?> type : DOCUMENTS) {
      try {
        Object value = GrantJson.read(new ByteArrayInputStream(input), type);
        assertThat(GrantJson.read(GrantJson.write(value), type)).isEqualTo(value);
      } catch (GrantJsonException expected) {
        assertThat(expected.path()).startsWith("$");
        String path = expected.path();
        assertThat(expected.getMessage()).startsWith("At " + path.substring(0,
            Math.min(path.length(), 249))).hasSizeLessThanOrEqualTo(1_000);
      }
    }
  }
}
