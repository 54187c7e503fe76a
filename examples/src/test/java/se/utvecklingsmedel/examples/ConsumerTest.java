package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as an embedding application meets it (issue 11): a small consumer, compiled with
 * {@code -Xlint:all -Werror} against core and io-json alone, once as a named module on the module
 * path and once on the class path, then run as a module with no {@code --add-*} flags. It allocates
 * a round, follows it up and round-trips it through JSON; nothing may be printed on stderr. It takes
 * a method reference to a builder method, as applications do, and makes its first call to the
 * library from a thread whose context class loader sees only the JDK (issue 17).
 */
class ConsumerTest {

  /**
   * What Maven gives an application that depends on utvecklingsmedel-io-json, and no more: the two
   * jars, Guava with its own dependencies, threeten-extra and Jackson databind with its own.
   */
  private static final Set<String> RUNTIME = Set.of("utvecklingsmedel-core",
      "utvecklingsmedel-io-json", "guava", "failureaccess", "listenablefuture", "jspecify",
      "error_prone_annotations", "j2objc-annotations", "threeten-extra", "jackson-databind",
      "jackson-core", "jackson-annotations");

  /** A jar's artifact: its file name up to the version ("guava-33.4.8-jre.jar": "guava"). */
  private static final Pattern JAR = Pattern.compile("(.+?)-\\d[^/]*\\.jar");

  private static final String MAIN = """
      package consumer;

      import java.time.LocalDate;
      import java.util.List;
      import java.util.Map;
      import java.util.function.Supplier;
      import se.utvecklingsmedel.followup.FollowUp;
      import se.utvecklingsmedel.followup.FollowUpReport;
      import se.utvecklingsmedel.grant.DistributionKey;
      import se.utvecklingsmedel.grant.Requisition;
      import se.utvecklingsmedel.grant.RoundAllocation;
      import se.utvecklingsmedel.json.GrantJson;
      import se.utvecklingsmedel.json.GrantJsonSchema;
      import se.utvecklingsmedel.money.Amount;
      import se.utvecklingsmedel.recipient.Municipality;
      import se.utvecklingsmedel.recipient.ReferenceData;
      import se.utvecklingsmedel.round.GrantRound;
      import se.utvecklingsmedel.round.PotId;
      import se.utvecklingsmedel.round.RoundCatalogue;

      public final class Main {
        private Main() {
        }

        /**
         * The library's first use is on a thread whose context class loader sees nothing but the
         * JDK, as a pool thread in a fat jar may: nothing may depend on it.
         */
        public static void main(String[] args) throws InterruptedException {
          Throwable[] failure = new Throwable[1];
          Thread first = new Thread(Main::run, "first-use");
          first.setContextClassLoader(ClassLoader.getPlatformClassLoader());
          first.setUncaughtExceptionHandler((thread, e) -> failure[0] = e);
          first.start();
          first.join();
          if (failure[0] != null) {
            throw new IllegalStateException("first use failed", failure[0]);
          }
        }

        private static void run() {
          Municipality kiruna = ReferenceData.municipality("2584");
          // A method reference to a builder method: compiles either way, but would fail at run time
          // with IllegalAccessError if the method were inherited from a class users cannot see.
          Supplier<GrantRound> later = GrantRound.builder().from(RoundCatalogue.round2016())
              .reportDeadline(LocalDate.of(2017, 3, 31))::build;
          GrantRound round = later.get();
          RoundAllocation allocation = RoundAllocation.builder(round)
              .requisitions(PotId.MUNICIPALITIES, DistributionKey.byAmounts("Bilaga 2",
                  Map.of(kiruna, Amount.ofKronor(50_000_000))), List.of(Requisition.builder()
                      .recipient(kiruna).amount(Amount.ofKronor(50_000_000))
                      .date(LocalDate.of(2016, 3, 1)).build()))
              .buildPartial();
          FollowUpReport report = FollowUpReport.builder().recipient(kiruna)
              .potId(PotId.MUNICIPALITIES).granted(Amount.ofKronor(50_000_000))
              .used(Amount.ofKronor(40_000_000)).submitted(LocalDate.of(2017, 3, 31)).build();
          FollowUp followUp = FollowUp.of(allocation, List.of(report), LocalDate.of(2017, 9, 30));
          FollowUp again = GrantJson.read(GrantJson.write(followUp), FollowUp.class);
          System.out.println("claims " + again.claims().size() + " " + again.claims().get(0).amount()
              + " deadline " + followUp.deadlines().effective(LocalDate.of(2017, 6, 24)));
          try {
            GrantJsonSchema.of(GrantRound.class);
          } catch (IllegalStateException e) {
            // Schema validation's library is optional: without it, a message says what to add.
            System.out.println(e.getMessage());
          }
        }
      }
      """;

  /**
   * The artifact a class-path entry is, or empty: a jar by its name (a classified jar, such as the
   * test kit's {@code -testkit.jar}, is none of the runtime's), a module's classes by its folder.
   */
  static Optional<String> artifact(String entry) {
    Path path = Path.of(entry);
    String name = path.getFileName().toString();
    if (name.equals("classes") && path.getParent() != null
        && path.getParent().getFileName().toString().equals("target")) {
      return Optional.of("utvecklingsmedel-" + path.getParent().getParent().getFileName());
    }
    if (name.endsWith("-testkit.jar") || name.endsWith("-tests.jar")) {
      return Optional.empty();
    }
    Matcher jar = JAR.matcher(name);
    return jar.matches() ? Optional.of(jar.group(1)) : Optional.empty();
  }

  /** The test's class path cut to exactly what an application depending on io-json gets. */
  private static List<String> runtimePath() {
    List<String> entries = new ArrayList<>();
    List<String> artifacts = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      artifact(entry).filter(RUNTIME::contains).ifPresent(artifact -> {
        entries.add(entry);
        artifacts.add(artifact);
      });
    }
    assertThat(artifacts).as("the runtime path's artifacts, each once")
        .containsExactlyInAnyOrderElementsOf(RUNTIME);
    return entries;
  }

  @Test
  void theRuntimePathIsExactlyTheLibrarysDependencies() {
    assertThat(artifact("/m2/com/google/guava/guava/33.4.8-jre/guava-33.4.8-jre.jar"))
        .contains("guava");
    assertThat(artifact("/repo/core/target/utvecklingsmedel-core-0.1.0-SNAPSHOT-testkit.jar"))
        .isEmpty();
    assertThat(artifact("/repo/core/target/classes")).contains("utvecklingsmedel-core");
    assertThat(artifact("/m2/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar"))
        .contains("slf4j-api");
    // The test's class path holds every runtime artifact exactly once (runtimePath checks it).
    assertThat(runtimePath()).isNotEmpty();
  }

  private static void compile(Path sources, Path out, String pathOption) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> files = new ArrayList<>();
    try (var walk = Files.walk(sources)) {
      walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toString()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    List<String> arguments = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "17",
        pathOption, String.join(File.pathSeparator, runtimePath()), "-d", out.toString()));
    arguments.addAll(files);
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
    assertThat(diagnostics.toString(StandardCharsets.UTF_8)).as("javac " + pathOption).isEmpty();
    assertThat(status).isZero();
  }

  private static Path sources(Path dir, boolean module) throws IOException {
    Path consumer = Files.createDirectories(dir.resolve("consumer"));
    Files.writeString(consumer.resolve("Main.java"), MAIN);
    if (module) {
      Files.writeString(dir.resolve("module-info.java"),
          "module consumer {\n  requires se.utvecklingsmedel.json;\n}\n");
    }
    return dir;
  }

  @Test
  void compilesCleanOnTheClassPath(@TempDir Path dir) throws IOException {
    compile(sources(dir.resolve("src"), false), dir.resolve("out"), "--class-path");
  }

  @Test
  void runsAsAModuleWithNoAddFlags(@TempDir Path dir) throws IOException, InterruptedException {
    Path out = dir.resolve("out");
    compile(sources(dir.resolve("src"), true), out, "--module-path");
    List<String> modulePath = new ArrayList<>(runtimePath());
    modulePath.add(0, out.toString());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "--module-path",
        String.join(File.pathSeparator, modulePath), "-m", "consumer/consumer.Main")
        .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile())
        .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String stderr = Files.readString(dir.resolve("stderr"));
    assertThat(stderr).as("stderr").isEmpty();
    assertThat(process.exitValue()).isZero();
    // 10 MSEK unused to repay; Midsummer Eve 2017 is Friday 23 June, so Saturday the 24th moves on.
    assertThat(Files.readString(dir.resolve("stdout")).strip())
        .isEqualTo("claims 1 10000000.00 deadline 2017-06-26\nGrantJsonSchema needs networknt's "
            + "json-schema-validator: add com.networknt:json-schema-validator:2.0.8 (on the module "
            + "path, requires com.networknt.schema)");
  }
}
