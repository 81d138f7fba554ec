package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Opens the class view of eight learners, shaped like the attempts corpus, in a real headless Chromium and checks
 * what an instructor would see. With {@code -Doverlap.screenshots=FOLDER} it also saves {@code class-view.png} there
 * (the README's picture).
 */
@DisplayName("class.html in headless Chromium")
class ClassViewInChromiumTest {

    /** A browser for each test, quit after it. */
    @AutoClose("quit")
    private final ChromeDriver browser = HeadlessChromium.open(1200, 1400);

    @Test
    @DisplayName("renders without script errors, with the pass counts, the histograms and the findings table")
    void rendersTheClass() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "class-view-in-browser"));
        SampleClass.gradebook(8).write(folder);

        browser.get(folder.resolve(ClassView.FILE_NAME).toUri().toString());

        assertThat(browser.executeScript("return window.overlapErrors")).asList().isEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Class view: 9 learners");
        assertThat(browser.findElements(By.cssSelector("[id='01-three-tasks'] td.passed")))
                .extracting(WebElement::getText).containsExactly("8 of 9", "5 of 9", "5 of 9");
        List<WebElement> histograms = browser.findElements(By.cssSelector("figure.histogram svg"));
        assertThat(histograms).as("speedup, peak in flight, heartbeat lag").hasSize(3)
                .allSatisfy(svg -> assertThat(svg.getSize().getWidth()).isPositive());
        assertThat(browser.findElements(By.cssSelector("figure.histogram svg rect"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("table.findings tr[data-finding]")))
                .extracting(row -> row.getAttribute("data-finding"))
                .containsExactly("fixed-pool", "waits-in-loop", "blocks-the-loop");
        assertThat(browser.findElement(By.cssSelector("tr[data-finding='waits-in-loop'] td.count")).getText())
                .isEqualTo("2");
        WebElement link = browser.findElement(By.linkText("learner-03"));
        assertThat(link.getAttribute("href")).endsWith("/class-view-in-browser/learner-03/report.html");

        Path screenshot = folder.resolve("class-view.png");
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(screenshot).isNotEmptyFile();
        String docs = System.getProperty("overlap.screenshots");
        if (docs != null) {
            Files.copy(screenshot, Files.createDirectories(Path.of(docs)).resolve("class-view.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
