package dev.longyuan;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, as the browser tests use it. Without them
 * installed the tests are skipped, except where {@code LONGYUAN_REQUIRE_BROWSER=true} (CI), where
 * that fails.
 */
public final class HeadlessChromium {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  /** What the pages wrote to the console at the level of an error since last asked. */
  public static java.util.List<String> consoleErrors(ChromeDriver browser) {
    return browser
        .manage()
        .logs()
        .get(org.openqa.selenium.logging.LogType.BROWSER)
        .getAll()
        .stream()
        .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .toList();
  }

  /** A headless browser that keeps what pages write to its console, for {@link #consoleErrors}. */
  public static ChromeDriver start() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!"true".equals(System.getenv("LONGYUAN_REQUIRE_BROWSER"))) {
      assumeThat(installed).as("Debian chromium and chromium-driver are not installed").isTrue();
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("longyuan-chromium"));
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return browser;
  }

  /** Keeps what the browser shows as target/screenshots/NAME.png, a test artefact. */
  public static void screenshot(ChromeDriver browser, String name) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(
        dir.resolve(name + ".png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }

  /** Signs in through the sign-in page, as a person would, and waits for the page after it. */
  public static void signIn(ChromeDriver browser, int port, String username, String password) {
    browser.get("http://localhost:" + port + "/login");
    browser.findElement(org.openqa.selenium.By.name("username")).sendKeys(username);
    browser.findElement(org.openqa.selenium.By.name("password")).sendKeys(password);
    browser.findElement(org.openqa.selenium.By.cssSelector("form.stacked button")).click();
    waitFor(browser, org.openqa.selenium.By.cssSelector("a.signed-in"));
  }

  /** Waits up to 20 s for an element, for pages that load after a click or refresh themselves. */
  public static org.openqa.selenium.WebElement waitFor(
      ChromeDriver browser, org.openqa.selenium.By selector) {
    for (int i = 0; i < 200; i++) {
      var found = browser.findElements(selector);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + selector, e);
      }
    }
    throw new AssertionError("never appeared: " + selector);
  }
}
