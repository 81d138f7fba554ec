package dev.overlap.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Writes every report of one grade run into one folder, all from the same grade. */
public final class Reports {

    private Reports() {
    }

    public static void writeAll(GradeReport report, Path folder) throws IOException {
        JsonReport.write(report, folder);
        GradescopeReport.write(report, folder);
        MarkdownSummary.write(report, folder, Optional.ofNullable(System.getenv("GITHUB_STEP_SUMMARY"))
                .filter(path -> !path.isBlank()).map(Path::of));
        JUnitXmlReport.write(report, folder);
        HtmlReport.write(report, folder);
    }
}
