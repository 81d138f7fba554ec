package dev.overlap.races;

import java.util.function.LongPredicate;
import java.util.stream.LongStream;

/**
 * Two counts kept in a field, the mistake of 07's task 2. The plain one adds from forEach, so two threads that add
 * at the same moment lose one of the additions, when the scheduler lets them. The guarded one loses nothing, so one
 * call alone counts right on any machine: what gives both away is a second call at the same time, which adds into
 * the same field.
 */
final class FieldCount {

    private static long plain;
    private static long guarded;

    private FieldCount() {
    }

    static long plain(long from, long to, LongPredicate isPrime) {
        plain = 0;
        LongStream.range(from, to).parallel().forEach(n -> {
            if (isPrime.test(n)) {
                plain++;
            }
        });
        return plain;
    }

    static long guarded(long from, long to, LongPredicate isPrime) {
        synchronized (FieldCount.class) {
            guarded = 0;
        }
        LongStream.range(from, to).parallel().forEach(n -> {
            if (isPrime.test(n)) {
                synchronized (FieldCount.class) {
                    guarded++;
                }
            }
        });
        synchronized (FieldCount.class) {
            return guarded;
        }
    }
}
