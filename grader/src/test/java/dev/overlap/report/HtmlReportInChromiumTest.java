package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens report.html in a real headless Chromium (Debian's chromium and chromium-driver; .ci/run
 * installs them) and checks what a learner would see, then saves a screenshot.
 */
@DisplayName("report.html in headless Chromium")
class HtmlReportInChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        assertThat(CHROMIUM).as("Chromium is needed for this test: apt-get install chromium chromium-driver"
                + " (.ci/run installs it)").isExecutable();
        assertThat(CHROMEDRIVER).as("ChromeDriver is needed: apt-get install chromium-driver").isExecutable();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // The flags that keep Chromium from reaching out to a network this machine does not have.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1200,1800");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("renders without script errors, with the speedup chart, both timelines and the feedback")
    void rendersChartsAndTimelines() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "report-in-browser"));
        Path page = HtmlReport.write(SampleGrade.report(), folder);

        browser.get(page.toUri().toString());

        assertThat(browser.executeScript("return window.overlapErrors")).asList().isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getAttribute("data-rendered")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("svg.speedup-chart"))).hasSize(1);
        List<?> timelines = browser.findElements(By.cssSelector("svg.timeline"));
        assertThat(timelines).as("sequential baseline and submission side by side").hasSize(2);
        assertThat(browser.findElements(By.cssSelector("svg.timeline rect.bar"))).hasSize(6);
        assertThat(browser.findElement(By.id("02-broken")).getText()).contains("compile_error", "';' expected");
        assertThat(browser.findElements(By.cssSelector("[id='01-three-tasks'] tr.not-run td.verdict"))).singleElement()
                .extracting(WebElement::getText).isEqualTo("NOT RUN");
        assertThat(browser.getPageSource()).as("feedback is escaped, not markup")
                .doesNotContain("<b>not bold</b>");

        Path screenshot = folder.resolve("report.png");
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(screenshot).isNotEmptyFile();
    }
}
