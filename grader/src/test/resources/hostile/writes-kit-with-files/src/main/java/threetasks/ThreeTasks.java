package threetasks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Appends to every JAR of the kit on the class path and adds a JAR of its own beside them: a kit changed this
 * way would grade the next exercise with code of the submission's making. The rules deny the file system; without
 * them the kit is mounted read-only in the sandbox, so every write is refused, and the seal the grader checks
 * before each exercise would refuse a changed or added JAR anyway.
 */
public final class ThreeTasks {

    static {
        Path kit = null;
        for (String entry : System.getProperty("java.class.path").split(System.getProperty("path.separator"))) {
            if (entry.endsWith(".jar")) {
                kit = Path.of(entry).getParent();
                tryTo("append to " + entry, () -> Files.write(Path.of(entry),
                        "the kit is mine".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND));
            }
        }
        if (kit != null) {
            Path added = kit.resolve("mine.jar");
            tryTo("create " + added, () -> Files.write(added, "the kit is mine".getBytes(StandardCharsets.UTF_8)));
        }
    }

    private ThreeTasks() {
    }

    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        List<String> results = new ArrayList<>();
        for (Callable<String> task : tasks) {
            results.add(task.call());
        }
        return results;
    }

    private interface Write {
        void run() throws Exception;
    }

    private static void tryTo(String what, Write write) {
        try {
            write.run();
            System.out.println("could " + what);
        } catch (Exception e) {
            System.out.println("could not " + what + ": " + e);
        }
    }
}
