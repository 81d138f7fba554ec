package dev.overlap.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Writes every report of one grade run into one folder, all from the same grade. */
public final class Reports {

    private Reports() {
    }

    /** What {@link #writeAll} writes into a folder, by name. */
    public static final List<String> WRITTEN = List.of(JsonReport.FILE_NAME, GradescopeReport.FILE_NAME,
            MarkdownSummary.FILE_NAME, JUnitXmlReport.FOLDER, HtmlReport.FILE_NAME);

    public static void writeAll(GradeReport report, Path folder) throws IOException {
        writeAll(report, List.of(), folder);
    }

    /** With, at the top of report.html, where each exercise of the course stands. */
    public static void writeAll(GradeReport report, List<ExerciseProgress> course, Path folder) throws IOException {
        JsonReport.write(report, folder);
        GradescopeReport.write(report, folder);
        MarkdownSummary.write(report, folder, Optional.ofNullable(System.getenv("GITHUB_STEP_SUMMARY"))
                .filter(path -> !path.isBlank()).map(Path::of));
        JUnitXmlReport.write(report, folder);
        HtmlReport.write(report, course, folder);
    }
}
