package se.utvecklingsmedel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * report.html as a person sees it (issue 13): Debian's headless Chromium, driven by its own
 * chromedriver through Selenium, opens the file, and the test looks at what it drew and takes a
 * screenshot ({@code target/report-2016.png}). Where no browser is installed the test says so and is
 * skipped, never passed; {@code .ci/run} installs the browser and sets {@code
 * UTVECKLINGSMEDEL_REQUIRE_BROWSER}, under which a missing browser fails instead.
 */
class ReportInBrowserTest {

  private static final List<String> BROWSERS = List.of("/usr/bin/chromium",
      "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver",
      "/usr/lib/chromium/chromedriver");

  private static Optional<Path> first(List<String> candidates) {
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  @Test
  void chromiumOpensTheReportAndDrawsItsCharts(@TempDir Path folder) throws IOException {
    Optional<Path> browser = first(BROWSERS);
    Optional<Path> driverBinary = first(DRIVERS);
    if (browser.isEmpty() || driverBinary.isEmpty()) {
      String missing = "no headless Chromium and chromedriver here (looked for " + BROWSERS + " and "
          + DRIVERS + "); on Debian: apt-get install chromium chromium-driver";
      assertThat(System.getenv("UTVECKLINGSMEDEL_REQUIRE_BROWSER")).as(missing).isNull();
      Assumptions.abort(missing);
    }
    Path page = folder.resolve("report.html");
    Files.writeString(page, HtmlReport.of(Round2016.readScenario()), StandardCharsets.UTF_8);

    ChromeOptions options = new ChromeOptions().setBinary(browser.get().toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--hide-scrollbars", "--window-size=1000,1400");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driverBinary.get().toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.get(page.toUri().toString());
      assertThat(driver.getTitle()).isEqualTo("Utvecklingsmedel 2016 – uppföljning");
      List<WebElement> charts = driver.findElements(By.tagName("svg"));
      assertThat(charts).hasSize(7).allSatisfy(svg -> {
        assertThat(svg.isDisplayed()).isTrue();
        assertThat(svg.getRect().getWidth()).isEqualTo(760);
        assertThat(svg.getRect().getHeight()).isGreaterThan(50);
      });
      // The widest bar, the municipalities' budget, is drawn its full 310 pixels, and the unused
      // 9,52 MSEK in proportion (59 pixels).
      assertThat(driver.findElement(By.cssSelector("#money-chart g[data-label=\"Utvecklingsmedel "
          + "till kommuner – Budget\"] rect")).getRect().getWidth()).isEqualTo(310);
      assertThat(driver.findElement(By.cssSelector("#money-chart g[data-label=\"Utvecklingsmedel "
          + "till kommuner – Ej förbrukat\"] rect")).getRect().getWidth()).isEqualTo(59);
      assertThat(driver.findElement(By.id("decision")).getText()).startsWith("ILLUSTRATIVT EXEMPEL");

      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(image.getWidth()).isGreaterThanOrEqualTo(900);
      Set<Integer> colours = new HashSet<>();
      for (int y = 0; y < image.getHeight(); y += 7) {
        for (int x = 0; x < image.getWidth(); x += 7) {
          colours.add(image.getRGB(x, y));
        }
      }
      assertThat(colours).as("a page with text and coloured bars, not a blank one").hasSizeGreaterThan(20);
      Path target = Path.of("target");
      if (Files.isDirectory(target)) {
        Files.write(target.resolve("report-2016.png"), png);
      }
    } finally {
      driver.quit();
    }
  }
}
