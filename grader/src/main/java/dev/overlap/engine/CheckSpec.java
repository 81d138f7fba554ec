package dev.overlap.engine;

import dev.overlap.check.Kind;
import dev.overlap.check.Visibility;
import java.util.List;

/**
 * One check as the catalog knows it, before anything ran: its method, its sentence, the README task it belongs to,
 * its kind and worth, and the checks it waits for (by method).
 */
public record CheckSpec(String method, String name, int task, Kind kind, int points, Visibility visibility,
                        List<String> waitsFor) {
}
