package dev.overlap.rules;

import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import dev.overlap.rules.flow.MethodId;

/** Where the submission calls or refers to a method, as a learner reads it. */
final class CallSite {

    private CallSite() {
    }

    /** {@code Executors.newFixedThreadPool in ThreeTasks.runAll (ThreeTasks.java:27)}. */
    static String describe(JavaCodeUnitAccess<?> access) {
        return target(access) + " in " + where(access);
    }

    /** {@code Executors.newFixedThreadPool}, {@code new Thread}. */
    static String target(JavaCodeUnitAccess<?> access) {
        return access.getTargetOwner().getSimpleName() + "." + (access.getName().equals("<init>") ? "new"
                : access.getName());
    }

    /** {@code ThreeTasks.runAll (ThreeTasks.java:27)}, {@code lambda in Zoo.report (Zoo.java:31)}. */
    static String where(JavaCodeUnitAccess<?> access) {
        String owner = access.getOrigin().getOwner().getName().replace('.', '/');
        return new MethodId(owner, access.getOrigin().getName(), "").display() + " "
                + access.getSourceCodeLocation();
    }
}
