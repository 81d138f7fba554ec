package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.engine.Catalog;
import dev.overlap.engine.ExerciseSpec;
import dev.overlap.engine.GradeListener;
import dev.overlap.engine.Grader;
import dev.overlap.fixture.Grading;
import dev.overlap.fixture.SelfCheckRuns;
import dev.overlap.proof.Solutions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

/**
 * Opens report.html in a real headless Chromium (Debian's chromium and chromium-driver; .ci/run installs them) and
 * checks what a learner would see: first a small sample with every kind of content, then the learner reports of a
 * real grade run of the solutions and of the starters. In the build these are the self-check's whole runs, every
 * exercise, which the build runs before this test ({@link SelfCheckRuns}); run alone, it grades the checks of three
 * exercises that between them draw every picture: waits that overlap (01), work on several cores (07) and the event
 * loop's heartbeat (09).
 *
 * <p>Each real report is also saved as a screenshot: the summary and one picture of each exercise, stacked, in
 * {@code target/report-in-browser/}, and in the folder {@code -Dreport.screenshots=docs} names (relative to the
 * project's root), which is how the README's pictures are made.
 */
@DisplayName("report.html in headless Chromium")
class HtmlReportInChromiumIT {

    private static final long ONE_MIB = 1024 * 1024;
    private static final Duration WRITING_TIME = Duration.ofSeconds(1);
    private static final Path ROOT = Path.of(System.getProperty("overlap.root", "..")).toAbsolutePath().normalize();
    private static final Path OUT = Path.of("target", "report-in-browser");

    /**
     * The checks graded, by exercise (and the checks they wait for): the timed ones that draw the baseline beside the
     * submission, one that counts calls in flight, and the heartbeat, which are the pictures the report draws; the
     * rest of an exercise would only add grading time.
     */
    private static final Map<String, List<String>> GRADED = Map.of(
            "01-three-tasks", List.of("hasAllThreeInFlight", "finishesInAboutTheLongestTask"),
            "07-parallel-math", List.of("finishesSoonerOnSeveralCores"),
            "09-event-loop", List.of("keepsTheHeartbeatWhileManifestsWait", "keepsTheHeartbeatWhileCoursesArePlotted",
                    "keepsTheHeartbeatWhileClearing"));

    /** The timed checks, which draw the sequential baseline beside the submission. */
    private static final Map<String, String> TIMED = Map.of("01-three-tasks", "finishesInAboutTheLongestTask",
            "07-parallel-math", "finishesSoonerOnSeveralCores");
    private static final String HEARTBEAT = "keepsTheHeartbeatWhileManifestsWait";

    @TempDir
    static Path work;

    private static Map<String, GradeReport> runs;

    /** A browser for each test, quit after it. */
    @AutoClose("quit")
    private final ChromeDriver browser = HeadlessChromium.open(1200, 1800);

    @BeforeAll
    static void gradeSolutionsAndStarters() throws IOException {
        Optional<Map<String, GradeReport>> selfCheck = SelfCheckRuns.fresh(GRADED.keySet());
        if (selfCheck.isPresent()) {
            System.out.println("Report test: the self-check's whole runs");
            runs = Map.of("solutions", Audience.LEARNER.view(selfCheck.get().get("solutions")),
                    "starters", Audience.LEARNER.view(selfCheck.get().get("starters")));
            return;
        }
        Catalog catalog = Catalog.load();
        List<ExerciseSpec> exercises = GRADED.keySet().stream().sorted()
                .map(id -> catalog.find(id).orElseThrow().only(GRADED.get(id))).toList();
        long seed = new SecureRandom().nextLong();
        System.out.println("Report test seed: " + Long.toHexString(seed));
        Grader grader = Grading.grader(seed, GradeListener.onFinished(report -> System.out.println("  graded "
                + report.id() + ": " + report.score() + "/" + report.maxScore())));
        runs = Map.of("solutions", Audience.LEARNER.view(grader.grade(Solutions.laidOut(ROOT, work), exercises)),
                "starters", Audience.LEARNER.view(grader.grade(ROOT.resolve("exercises"), exercises)));
    }

    @Test
    @DisplayName("renders a sample without script errors, with the speedup chart, both timelines and the feedback")
    void rendersTheSample() throws IOException {
        Path page = HtmlReport.write(SampleGrade.report(), Files.createDirectories(OUT.resolve("sample")));

        browser.get(page.toUri().toString());

        assertNoScriptErrors();
        assertThat(browser.findElements(By.cssSelector("svg.speedup-chart"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("svg.timeline"))).as("sequential baseline and submission side by"
                + " side").hasSize(2);
        assertThat(browser.findElements(By.cssSelector("svg.timeline g.bar.wait"))).hasSize(6);
        assertThat(browser.findElement(By.id("02-broken")).getText()).contains("compile error", "';' expected");
        assertThat(browser.findElements(By.cssSelector("[id='01-three-tasks'] .check.not-run .verdict")))
                .singleElement().extracting(WebElement::getText).isEqualTo("NOT RUN");
        assertThat(browser.getPageSource()).as("feedback is escaped, not markup").doesNotContain("<b>not bold</b>");
    }

    @ParameterizedTest(name = "the {0}")
    @ValueSource(strings = {"solutions", "starters"})
    @DisplayName("draws a graded run: labelled bars, a legend, both step charts, the baseline beside, the heartbeat")
    void drawsAGradedRun(String run) throws IOException {
        GradeReport report = runs.get(run);
        long start = System.nanoTime();
        Path page = HtmlReport.write(report, Files.createDirectories(OUT.resolve(run)));
        Duration writing = Duration.ofNanos(System.nanoTime() - start);

        assertThat(Files.size(page)).as("report.html of %d exercises, in bytes", report.exercises().size())
                .isLessThan(ONE_MIB);
        assertThat(writing).as("writing report.html").isLessThan(WRITING_TIME);
        browser.get(page.toUri().toString());

        assertNoScriptErrors();
        assertSummaryLinksEverySection(report);
        assertLanesAndSteps();
        assertThat(browser.findElements(By.cssSelector(".figure:has(svg.timeline)")))
                .allSatisfy(figure -> assertThat(figure.findElements(By.cssSelector(".legend > span"))).isNotEmpty());
        assertThat(texts("[id='01-three-tasks'] text.in-bar")).as("labels of the bars").contains("task A", "task B",
                "task C");
        assertThat(script("return Array.from(document.querySelectorAll(\"[id='01-three-tasks'] g.bar\"))"
                + ".map(function (bar) { return bar.getAttribute('class'); })")).as("waits, drawn as waits")
                .isNotEmpty().containsOnly("bar wait");
        assertThat(script("return Array.from(document.querySelectorAll(\"[id='07-parallel-math'] g.bar\"))"
                + ".map(function (bar) { return bar.getAttribute('class'); })")).as("work on a core, drawn as such")
                .isNotEmpty().containsOnly("bar compute");
        TIMED.forEach((exercise, check) -> assertThat(texts(charts(exercise, check) + " .caption"))
                .as("the sequential baseline beside the timeline of %s", check)
                .hasSize(2).first(InstanceOfAssertFactories.STRING).startsWith("Sequential baseline"));
        assertThat(browser.findElements(By.cssSelector("[id='09-event-loop'] svg.heartbeat-chart"))).hasSize(3)
                .allSatisfy(chart -> assertThat(chart.findElements(By.cssSelector("circle"))).isNotEmpty())
                .as("the starter's heartbeat, every call's work on the loop, beside the code's")
                .allSatisfy(chart -> assertThat(chart.findElements(By.cssSelector("polyline.baseline-beats")))
                        .hasSize(1));

        Path screenshot = screenshot(report, OUT.resolve("report-" + run + ".png"));
        String docs = System.getProperty("report.screenshots", "");
        if (!docs.isBlank()) {
            Files.copy(screenshot, Files.createDirectories(ROOT.resolve(docs)).resolve("report-" + run + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(screenshot).isNotEmptyFile();
    }

    @Test
    @DisplayName("unfolds a section from the summary link, every section to print, and fits a phone's width")
    void foldsPrintsAndFitsAPhone() throws IOException {
        Path page = HtmlReport.write(runs.get("solutions"), Files.createDirectories(OUT.resolve("solutions")));
        browser.get(page.toUri().toString());

        WebElement link = browser.findElement(By.cssSelector("table.summary a[href='#07-parallel-math']"));
        browser.executeScript("document.querySelector(\"[id='07-parallel-math'] details\").open = false");
        link.click();
        assertThat(browser.findElement(By.cssSelector("[id='07-parallel-math'] details")).getAttribute("open"))
                .as("the section a summary link leads to").isNotNull();

        browser.executeScript("window.dispatchEvent(new Event('beforeprint'))");
        assertThat(browser.findElements(By.cssSelector("details:not([open])"))).as("sections folded for print")
                .isEmpty();

        browser.manage().window().setSize(new Dimension(400, 900));
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
                .as("the page's width on a phone 400 px wide, in px").isLessThanOrEqualTo(
                        (Long) browser.executeScript("return document.documentElement.clientWidth"));
        assertNoScriptErrors();
    }

    private void assertNoScriptErrors() {
        assertThat(browser.findElement(By.tagName("body")).getAttribute("data-rendered")).isEqualTo("true");
        assertThat(browser.executeScript("return window.overlapErrors")).asList().isEmpty();
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).as("the browser's console")
                .noneMatch(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue());
    }

    /**
     * One row per exercise at the top, with a link to a section that exists and the first thing to fix, and that
     * section folded exactly when it has full marks.
     */
    private void assertSummaryLinksEverySection(GradeReport report) {
        assertThat(browser.findElements(By.cssSelector("table.summary a"))).extracting(a -> a.getAttribute("href"))
                .map(href -> href.substring(href.indexOf('#') + 1))
                .containsExactlyElementsOf(report.exercises().stream().map(ExerciseReport::id).toList());
        assertThat(texts("table.summary td.fix")).hasSize(report.exercises().size()).doesNotContain("");
        for (ExerciseReport exercise : report.exercises()) {
            boolean full = exercise.score() == exercise.maxScore();
            assertThat(browser.findElement(By.cssSelector("[id='" + exercise.id() + "'] details")).getAttribute("open"))
                    .as("%s at %d/%d is %s", exercise.id(), exercise.score(), exercise.maxScore(),
                            full ? "folded" : "open").isEqualTo(full ? null : "true");
        }
    }

    /**
     * Every timeline has bars with their names on hover, named lanes, and under them both step charts, the cores
     * marked. Counted in the page in one go: asking the browser element by element takes seconds.
     */
    private void assertLanesAndSteps() {
        assertThat(script("return Array.from(document.querySelectorAll('svg.timeline')).map(function (svg) {"
                + " function count(selector) { return svg.querySelectorAll(selector).length; }"
                + " return [count('g.bar') > 0, count('g.bar') === count('g.bar > title'), count('text.lane') > 0,"
                + " count('g.steps.in-flight'), count('g.steps.cores-busy'), count('g.steps.cores-busy line.capacity')]"
                + " .join(' '); })")).as("per timeline: bars, each named on hover, named lanes, calls in flight, cores"
                + " busy, the cores marked").isNotEmpty().containsOnly("true true true 1 1 1");
    }

    @SuppressWarnings("unchecked")
    private List<Object> script(String javascript) {
        return (List<Object>) browser.executeScript(javascript);
    }

    /** The grade and the summary, then the pictured check of 01, 07 and 09: its name and its last picture. */
    private Path screenshot(GradeReport report, Path file) throws IOException {
        browser.executeScript("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
        List<WebElement> parts = new ArrayList<>(List.of(browser.findElement(By.tagName("h1")),
                browser.findElement(By.tagName("nav"))));
        for (String exercise : GRADED.keySet().stream().sorted().toList()) {
            WebElement charts = browser.findElement(By.cssSelector(charts(exercise,
                    TIMED.getOrDefault(exercise, HEARTBEAT))));
            parts.add(charts.findElement(By.xpath("..")).findElement(By.cssSelector(".head")));
            parts.add(charts.findElements(By.cssSelector(".figure")).getLast());
        }
        return Screenshots.stack(browser, parts, file);
    }

    private static String charts(String exercise, String check) {
        return ".charts[data-exercise='" + exercise + "'][data-check='" + check + "']";
    }

    /** The text of every element {@code selector} finds, folded away or not. */
    private List<String> texts(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream()
                .map(element -> element.getDomProperty("textContent")).toList();
    }
}
