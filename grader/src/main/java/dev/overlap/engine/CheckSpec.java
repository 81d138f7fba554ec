package dev.overlap.engine;

import dev.overlap.check.Kind;
import dev.overlap.check.Visibility;

/** One check as the catalog knows it, before anything ran: its method, its sentence, its kind and worth. */
public record CheckSpec(String method, String name, Kind kind, int points, Visibility visibility) {
}
