package dev.overlap.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.overlap.rules.flow.Bytecode;
import java.util.List;

/**
 * The rule fixtures as a submission would be seen: one fixture class with its nested, inner and
 * anonymous classes, plus the blocking helper every fixture may call.
 */
final class Fixtures {

    static final String PACKAGE = "dev.overlap.rules.fixtures";
    private static final JavaClasses ALL = new ClassFileImporter().importPackages(PACKAGE);

    private Fixtures() {
    }

    /** {@code "Helpers$Caught"} and everything nested in it, with {@code Pause}. */
    static List<JavaClass> submission(String... names) {
        return ALL.stream().filter(type -> isPause(type) || List.of(names).stream().anyMatch(name -> {
            String full = PACKAGE + "." + name;
            return type.getName().equals(full) || type.getName().startsWith(full + "$");
        })).toList();
    }

    static Bytecode bytecode(String... names) {
        return Bytecode.of(submission(names));
    }

    static List<Route<BlockingCall>> routes(String... names) {
        return BlockingRules.routes(AsyncPaths.annotatedWith("NonBlocking"), bytecode(names));
    }

    static JavaClasses classes(String... names) {
        return new ClassFileImporter().importClasses(submission(names).stream().map(JavaClass::reflect).toList()
                .toArray(Class<?>[]::new));
    }

    private static boolean isPause(JavaClass type) {
        return type.getName().equals(PACKAGE + ".Pause");
    }
}
