package dev.overlap.bench.report;

import org.openjdk.jmh.annotations.Param;

/** A benchmark's {@code @Param} default, read from the annotation so the tables and JMH agree on it. */
final class Params {

    private Params() {
    }

    static int of(Class<?> benchmark, String field) {
        try {
            return Integer.parseInt(benchmark.getField(field).getAnnotation(Param.class).value()[0]);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(benchmark.getSimpleName() + " has no @Param " + field, e);
        }
    }
}
