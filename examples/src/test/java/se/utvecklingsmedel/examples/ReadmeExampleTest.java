package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utvecklingsmedel.allocation.Allocation;
import se.utvecklingsmedel.allocation.Apportionment;
import se.utvecklingsmedel.allocation.Weights;
import se.utvecklingsmedel.deadline.Deadlines;
import se.utvecklingsmedel.followup.FollowUp;
import se.utvecklingsmedel.followup.FollowUpReport;
import se.utvecklingsmedel.grant.Application;
import se.utvecklingsmedel.grant.DistributionKey;
import se.utvecklingsmedel.grant.Requisition;
import se.utvecklingsmedel.grant.RequisitionPotAllocation;
import se.utvecklingsmedel.grant.RoundAllocation;
import se.utvecklingsmedel.money.Amount;
import se.utvecklingsmedel.recipient.Municipality;
import se.utvecklingsmedel.recipient.Recipient;
import se.utvecklingsmedel.recipient.RecipientCategory;
import se.utvecklingsmedel.recipient.ReferenceData;
import se.utvecklingsmedel.round.GrantRound;
import se.utvecklingsmedel.round.PotId;
import se.utvecklingsmedel.round.RoundCatalogue;

/**
 * The README's code samples, so the README cannot drift from the library: every {@code java} block
 * is read from {@code README.md}, compiled as written inside a small harness that declares what the
 * README leaves to the reader (the variables a block uses, its imports), and the two samples of the
 * core API are run. The values the README states in comments are checked by running the same calls
 * below.
 */
class ReadmeExampleTest {

  private static final String IMPORTS = """
      package readme;

      import java.time.LocalDate;
      import java.util.List;
      import java.util.Map;
      import net.jqwik.api.ForAll;
      import net.jqwik.api.Property;
      import net.jqwik.api.domains.Domain;
      import net.jqwik.api.domains.DomainContext;
      import org.springframework.http.HttpStatus;
      import org.springframework.http.ProblemDetail;
      import org.springframework.http.converter.HttpMessageNotReadableException;
      import org.springframework.web.bind.annotation.ExceptionHandler;
      import se.utvecklingsmedel.allocation.Allocation;
      import se.utvecklingsmedel.allocation.Apportionment;
      import se.utvecklingsmedel.allocation.Weights;
      import se.utvecklingsmedel.deadline.Deadlines;
      import se.utvecklingsmedel.decision.Language;
      import se.utvecklingsmedel.decision.Reason;
      import se.utvecklingsmedel.followup.FollowUp;
      import se.utvecklingsmedel.followup.FollowUpReport;
      import se.utvecklingsmedel.grant.Application;
      import se.utvecklingsmedel.grant.Paradox;
      import se.utvecklingsmedel.ledger.Account;
      import se.utvecklingsmedel.ledger.EntryKind;
      import se.utvecklingsmedel.ledger.Ledger;
      import se.utvecklingsmedel.grant.DistributionKey;
      import se.utvecklingsmedel.grant.RecipientGrant;
      import se.utvecklingsmedel.grant.RedistributionPolicy;
      import se.utvecklingsmedel.grant.Requisition;
      import se.utvecklingsmedel.grant.RequisitionPotAllocation;
      import se.utvecklingsmedel.grant.RoundAllocation;
      import se.utvecklingsmedel.grant.StandardRedistributionPolicy;
      import se.utvecklingsmedel.json.GrantJson;
      import se.utvecklingsmedel.json.GrantJsonException;
      import se.utvecklingsmedel.json.GrantJsonSchema;
      import se.utvecklingsmedel.money.Amount;
      import se.utvecklingsmedel.statistics.RoundStatistics;
      import se.utvecklingsmedel.recipient.Municipality;
      import se.utvecklingsmedel.recipient.Recipient;
      import se.utvecklingsmedel.recipient.RecipientCategory;
      import se.utvecklingsmedel.recipient.ReferenceData;
      import se.utvecklingsmedel.round.GrantRound;
      import se.utvecklingsmedel.round.PotId;
      import se.utvecklingsmedel.round.Programme;
      import se.utvecklingsmedel.round.RoundCatalogue;
      import se.utvecklingsmedel.round.RoundFacts;
      import se.utvecklingsmedel.round.RoundId;
      import se.utvecklingsmedel.round.UnspentCeiling;
      import org.threeten.extra.LocalDateRange;
      import se.utvecklingsmedel.testkit.RedistributionPolicyContract;
      import se.utvecklingsmedel.testkit.RequisitionScenario;
      import se.utvecklingsmedel.testkit.UtvecklingsmedelDomain;

      """;

  /**
   * What each block needs around it, in the README's order: {@code %s} is the block as written. A
   * new block fails the test until it has its harness here.
   */
  private static final List<String> HARNESSES = List.of(
      // The short example: a key and its apportionment.
      """
      public final class Block0 {
        public static void run() {
      %s
        }
      }
      """,
      // The whole round: the inputs the README leaves to the reader, with real values.
      """
      public final class Block1 {
        public static void run() {
          Weights<Municipality> populations = Weights.<Municipality>builder()
              .put(ReferenceData.municipality("0180"), 975_000)
              .put(ReferenceData.municipality("2584"), 23_000).build();
          LocalDate day = LocalDate.of(2016, 3, 1);
          List<Requisition> requisitions = List.of(Requisition.builder()
              .recipient(ReferenceData.municipality("2584")).amount(Amount.ofKronor(1_000))
              .date(day).build());
          Map<Recipient, Amount> regionAmounts = Map.of(ReferenceData.region("25"),
              Amount.ofKronor(20_000_000));
          List<Requisition> regionRequisitions = List.of();
          List<Application> applications = List.of();
          List<Application> stimulusApplications = List.of(Application.builder()
              .applicant(ReferenceData.nationalCentre()).amount(Amount.ofKronor(100_000)).date(day)
              .build());
          DistributionKey nckKey = DistributionKey.byAmounts("Regeringsbeslut II:3",
              Map.of(ReferenceData.nationalCentre(), Amount.ofKronor(500_000)));
          DistributionKey countyBoardKey = DistributionKey.byAmounts("Regeringsbeslut II:3",
              Map.of(ReferenceData.countyAdministrativeBoard("01"), Amount.ofKronor(15_000_000)));
          List<FollowUpReport> reports = List.of();
      %s
          // What the README says of these calls, checked on the values it made.
          check(allocation.coversEveryPot(), "every pot covered");
          check(municipalities.granted().plus(municipalities.returned())
              .equals(municipalities.budget()), "budget = granted + returned");
          check(followUp.claims().isEmpty(), "no claims without reports");
          check(Deadlines.swedish().effective(LocalDate.of(2016, 6, 24))
              .equals(LocalDate.of(2016, 6, 27)), "Midsummer Eve -> 2016-06-27");
        }

        private static void check(boolean holds, String what) {
          if (!holds) {
            throw new AssertionError(what);
          }
        }
      }
      """,
      // The programme's rounds: a round of the catalogue, its missing facts supplied.
      """
      public final class Block2 {
        public static void run() {
      %s
          if (!facts.missing().equals(List.of("usePeriod", "unspentCeiling", "unclaimedFunds"))
              || !round2021.id().equals(RoundId.of(2021, 1))) {
            throw new AssertionError("the 2021 round as the README says");
          }
        }
      }
      """,
      // The test kit: the README's class as written, with its own imports and rule.
      """
      %s
      """,
      // Reasons as data: a pot's grants.
      """
      public final class Block4 {
        static void run(RequisitionPotAllocation pot) {
      %s
        }
      }
      """,
      // The money trail: a dated follow-up's ledger, Kiruna's claims, a comparison.
      """
      public final class Block5 {
        public static void run() {
          Municipality kiruna = ReferenceData.municipality("2584");
          GrantRound round2016 = RoundCatalogue.round2016();
          GrantRound round = GrantRound.builder().from(round2016)
              .reportDeadline(LocalDate.of(2017, 3, 31)).build();
          DistributionKey key = DistributionKey.byWeights("bilaga 2", Weights.<Recipient>builder()
              .put(ReferenceData.municipality("0180"), 9).put(kiruna, 1).build());
          RoundAllocation before = RoundAllocation.builder(round).requisitions(
              PotId.MUNICIPALITIES, key, List.of(Requisition.builder().recipient(kiruna)
                  .amount(Amount.ofKronor(5_000_000)).date(LocalDate.of(2016, 3, 1)).build()))
              .buildPartial();
          FollowUp followUp = FollowUp.of(before, List.of(), LocalDate.of(2017, 6, 1));
      %s
          if (!owed.equals(Amount.ofKronor(5_000_000)) || !kontoutdrag.startsWith("Kontoutdrag: ")
              || !later.balance(Account.CLAIMED).equals(Amount.zero())
              || !shared.equals(Amount.zero()) || !waiting.equals(Amount.ofKronor(45_000_000))) {
            throw new AssertionError("the ledger as the README says");
          }
        }
      }
      """,
      // The paradox report of a comparison (of an allocation with itself: none).
      """
      public final class Block6 {
        public static void run() {
          DistributionKey key = DistributionKey.byWeights("bilaga 2", Weights.<Recipient>builder()
              .put(ReferenceData.municipality("0180"), 9).put(ReferenceData.municipality("2584"), 1)
              .build());
          RoundAllocation before = RoundAllocation.builder(RoundCatalogue.round2016())
              .requisitions(PotId.MUNICIPALITIES, key, List.of()).buildPartial();
          RoundAllocation after = before;
      %s
          if (!paradoxes.isEmpty()) {
            throw new AssertionError("no paradox comparing an allocation with itself");
          }
        }
      }
      """,
      // Schema validation of a document.
      """
      public final class Block7 {
        static void run(String json) {
      %s
        }
      }
      """,
      // The Spring Boot exception handler.
      """
      @org.springframework.web.bind.annotation.RestControllerAdvice
      @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
      public final class Block8 {
      %s
      }
      """);

  /** The README's {@code java} blocks, as written. */
  static List<String> javaBlocks() throws IOException {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8)) {
      if (block == null && line.equals("```java")) {
        block = new StringBuilder();
      } else if (block != null && line.startsWith("```")) {
        blocks.add(block.toString());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    assertThat(block).as("an unclosed java block in README.md").isNull();
    return blocks;
  }

  @Test
  void everyJavaBlockInTheReadmeCompilesAndTheCoreSamplesRun(@TempDir Path dir) throws Exception {
    List<String> blocks = javaBlocks();
    assertThat(blocks).as("README.md's java blocks, each with its harness here")
        .hasSameSizeAs(HARNESSES);
    Path sources = Files.createDirectories(dir.resolve("src/readme"));
    List<String> files = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Path file = sources.resolve("Block" + i + ".java");
      Files.writeString(file, IMPORTS + HARNESSES.get(i).formatted(
          blocks.get(i).replace("{ … }", "{ }")), StandardCharsets.UTF_8);
      files.add(file.toString());
    }
    Path out = Files.createDirectories(dir.resolve("out"));
    List<String> arguments = new ArrayList<>(List.of("-proc:none", "--release", "17",
        "-classpath", System.getProperty("java.class.path"), "-d", out.toString()));
    arguments.addAll(files);
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics,
        arguments.toArray(String[]::new));
    assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
        getClass().getClassLoader())) {
      for (String runnable : List.of("readme.Block0", "readme.Block1", "readme.Block2",
          "readme.Block5", "readme.Block6")) {
        loader.loadClass(runnable).getMethod("run").invoke(null);
      }
    }
  }

  @Test
  void theValuesTheReadmeStatesAreTheLibrarys() throws IOException {
    String first = javaBlocks().get(0);
    assertThat(first).contains("// 14575.41").contains("// exactly 1000000.00");
    String certificate = Apportionment.largestRemainder(Amount.parse("1 000 000,00 kr"), Weights
            .<Municipality>builder().put(ReferenceData.municipality("0180"), 975_000)
            .put(ReferenceData.municipality("1480"), 580_000)
            .put(ReferenceData.municipality("2584"), 23_000).build())
            .certificateOf(ReferenceData.municipality("2584")).toString();
    // The README wraps the certificate over comment lines: joined, it is the library's text.
    String stated = first.lines().filter(l -> l.startsWith("// "))
        .map(l -> l.substring(3)).reduce((a, b) -> a + " " + b).orElseThrow();
    assertThat(stated).isEqualTo(certificate);
    assertThat(javaBlocks().get(1)).contains("// Midsummer Eve -> 2016-06-27");
  }

  @Test
  void shortExample() {
    Weights<Municipality> key = Weights.<Municipality>builder()
        .put(ReferenceData.municipality("0180"), 975_000)   // Stockholm
        .put(ReferenceData.municipality("1480"), 580_000)   // Göteborg
        .put(ReferenceData.municipality("2584"), 23_000)    // Kiruna
        .build();

    Allocation<Municipality> allocation =
        Apportionment.largestRemainder(Amount.parse("1 000 000,00 kr"), key);

    assertThat(allocation.amountOf(ReferenceData.municipality("2584")))
        .isEqualTo(Amount.parse("14575.41"));
    assertThat(Amount.total(allocation.amounts().values())).isEqualTo(Amount.parse("1000000.00"));
    assertThat(allocation.certificateOf(ReferenceData.municipality("2584"))).hasToString(
        "2584 Kiruna: weight 23000 of 1578000 in a pool of 1000000.00 kr gives the exact quota "
            + "2300000000000/1578000 öre (1457541 + 302000/1578000); floor 1457541 öre; remainder "
            + "rank 3 of 3, so no extra öre (decided by remainder); amount 14575.41 kr.");
  }

  @Test
  void domainExample() {
    assertThat(RoundCatalogue.round2016().pot(PotId.MUNICIPALITIES).budget())
        .hasToString("50000000.00");
    assertThat(ReferenceData.municipalityByName("malmo")).hasToString("1280 Malmö");
    assertThat(ReferenceData.region("09").carriedBy()).contains(ReferenceData.municipality("0980"));
  }
}
