package dev.overlap.rules.flow;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.tree.analysis.Value;

/** A value as the analyser tracks it: its size in slots and every place it may have come from. */
public record Flow(int size, Set<Origin> origins) implements Value {

    static final Flow UNINITIALIZED = new Flow(1, Set.of());

    public Flow {
        origins = Set.copyOf(origins);
    }

    static Flow of(int size, Origin origin) {
        return new Flow(size, Set.of(origin));
    }

    static Flow plain(int size) {
        return new Flow(size, Set.of());
    }

    Flow union(Flow other) {
        if (other.origins.isEmpty() || origins.containsAll(other.origins)) {
            return this;
        }
        Set<Origin> all = new HashSet<>(origins);
        all.addAll(other.origins);
        return new Flow(size, all);
    }

    @Override
    public int getSize() {
        return size;
    }
}
