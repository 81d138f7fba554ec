package dev.overlap.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The HTML pages' JMustache templates, kept beside the classes that fill them; every value is HTML-escaped. */
final class Templates {

    private Templates() {
    }

    static Template load(String name) {
        try (Reader template = new InputStreamReader(Templates.class.getResourceAsStream(name),
                StandardCharsets.UTF_8)) {
            return Mustache.compiler().escapeHTML(true).compile(template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
