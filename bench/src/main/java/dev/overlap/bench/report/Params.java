package dev.overlap.bench.report;

import java.lang.reflect.Field;
import org.openjdk.jmh.annotations.Param;

/** A benchmark's {@code @Param} defaults, read from the annotations so the tables and JMH agree on them. */
final class Params {

    private Params() {
    }

    /**
     * {@code benchmark} with each of its {@code @Param} fields (all of them whole numbers) set to its first value,
     * as JMH sets them for a run that names no other.
     */
    static <B> B applied(B benchmark) {
        for (Field field : benchmark.getClass().getFields()) {
            Param param = field.getAnnotation(Param.class);
            if (param != null) {
                try {
                    field.setInt(benchmark, Integer.parseInt(param.value()[0]));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("@Param " + field.getName() + " of "
                            + benchmark.getClass().getSimpleName() + " cannot be set", e);
                }
            }
        }
        return benchmark;
    }
}
