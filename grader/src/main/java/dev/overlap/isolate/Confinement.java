package dev.overlap.isolate;

import java.nio.file.Path;
import java.util.List;

/**
 * What a sandboxed process may reach: folders and files it may read, the one folder it may write (its scratch
 * folder, or the classes a compiler writes), and where it starts. Nothing else of the file system is there.
 */
public record Confinement(List<Path> readable, Path writable) {

    public Confinement {
        readable = readable.stream().map(path -> path.toAbsolutePath().normalize()).distinct().toList();
        writable = writable.toAbsolutePath().normalize();
    }
}
