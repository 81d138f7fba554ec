package dev.overlap.report;

import dev.overlap.check.CheckStatus;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One JUnit XML file per exercise ({@code junit/TEST-<id>.xml}), the format every CI shows as test
 * results: a failed check is a {@code failure}, a check that did not run {@code skipped} (with the reason), an
 * exercise that could not be graded an {@code error}.
 */
public final class JUnitXmlReport {

    public static final String FOLDER = "junit";

    private JUnitXmlReport() {
    }

    public static Path write(GradeReport report, Path folder) throws IOException {
        Path junit = folder.resolve(FOLDER);
        Files.createDirectories(junit);
        for (ExerciseReport exercise : report.exercises()) {
            try (Writer out = Files.newBufferedWriter(junit.resolve("TEST-" + exercise.id() + ".xml"),
                    StandardCharsets.UTF_8)) {
                write(exercise, XMLOutputFactory.newFactory().createXMLStreamWriter(out));
            } catch (XMLStreamException e) {
                throw new IOException("could not write the JUnit report of " + exercise.id(), e);
            }
        }
        return junit;
    }

    private static void write(ExerciseReport exercise, XMLStreamWriter xml) throws XMLStreamException {
        long failures = exercise.checks().stream().filter(check -> check.status() == CheckStatus.FAILED).count();
        long skipped = exercise.checks().stream().filter(check -> check.status() == CheckStatus.NOT_RUN).count();
        boolean graded = exercise.status() == Status.GRADED;
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", exercise.id());
        xml.writeAttribute("tests", Integer.toString(exercise.checks().size()));
        xml.writeAttribute("failures", Long.toString(graded ? failures : 0));
        xml.writeAttribute("errors", Long.toString(graded ? 0 : exercise.checks().size()));
        xml.writeAttribute("skipped", Long.toString(graded ? skipped : 0));
        xml.writeAttribute("time", seconds(exercise.durationMs()));
        for (CheckReport check : exercise.checks()) {
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", exercise.id());
            xml.writeAttribute("name", check.name());
            if (!graded) {
                xml.writeStartElement("error");
                xml.writeAttribute("type", exercise.status().id());
                xml.writeAttribute("message", firstLine(exercise.feedback()));
                xml.writeCharacters(exercise.feedback());
                xml.writeEndElement();
            } else if (!check.ran()) {
                xml.writeStartElement("skipped");
                xml.writeAttribute("message", firstLine(check.feedback()));
                xml.writeEndElement();
            } else if (!check.passed()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", check.kind().id());
                xml.writeAttribute("message", firstLine(check.feedback()));
                xml.writeCharacters(check.feedback());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (!exercise.output().isBlank()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(exercise.output());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
