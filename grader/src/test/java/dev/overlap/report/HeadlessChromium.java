package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** A real headless Chromium (Debian's chromium and chromium-driver; .ci/run installs them) for the pages' tests. */
final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** A browser with a window of this size; the caller quits it (a test's field: {@code @AutoClose("quit")}). */
    static ChromeDriver open(int width, int height) {
        assertThat(CHROMIUM).as("Chromium is needed for this test: apt-get install chromium chromium-driver"
                + " (.ci/run installs it)").isExecutable();
        assertThat(CHROMEDRIVER).as("ChromeDriver is needed: apt-get install chromium-driver").isExecutable();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // The flags that keep Chromium from reaching out to a network this machine does not have.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height);
        // The page's console, for the tests that require it free of errors.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
    }
}
