package dev.overlap.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.stream.LongStream;

/**
 * The kit's own ways to run CPU work, against which submissions are timed in the same rounds. The parallel
 * references run on a pool of the kit's own, one worker per core: the common pool's size can be changed through the
 * system properties before it starts, and the submission shares it, so it is no yardstick.
 */
public final class CpuReferences {

    private static final ForkJoinPool POOL = new KitPool(Runtime.getRuntime().availableProcessors());

    private CpuReferences() {
    }

    /** The baseline: one task after another on the calling thread. */
    public static List<Long> oneAfterAnother(List<? extends LongSupplier> tasks) {
        List<Long> results = new ArrayList<>(tasks.size());
        for (LongSupplier task : tasks) {
            results.add(task.getAsLong());
        }
        return results;
    }

    /** The reference: a parallel stream, which spreads the tasks over the kit's pool. */
    public static List<Long> inParallel(List<? extends LongSupplier> tasks) {
        return onTheKitsPool(() -> tasks.parallelStream().map(LongSupplier::getAsLong).toList());
    }

    /** The baseline for a range: every number tested in turn on the calling thread. */
    public static long countOneByOne(long from, long to, LongPredicate test) {
        long count = 0;
        for (long n = from; n < to; n++) {
            if (test.test(n)) {
                count++;
            }
        }
        return count;
    }

    /** The reference for a range: a parallel stream splits it into halves, and halves of halves. */
    public static long countInParallel(long from, long to, LongPredicate test) {
        return onTheKitsPool(() -> LongStream.range(from, to).parallel().filter(test).count());
    }

    /** The baseline for a sum over 1..n: every term in turn on the calling thread, without boxing. */
    public static long sumOneByOne(long n, LongUnaryOperator term) {
        return LongStream.rangeClosed(1, n).map(term).sum();
    }

    /** The reference for a sum over 1..n: a primitive range, split in halves over the cores. */
    public static long sumInParallel(long n, LongUnaryOperator term) {
        return onTheKitsPool(() -> LongStream.rangeClosed(1, n).parallel().map(term).sum());
    }

    /** A parallel stream started on a pool's worker splits its work over that pool, not over the common pool. */
    private static <T> T onTheKitsPool(Callable<T> work) {
        try {
            return POOL.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the kit's reference ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the kit's reference failed", e.getCause());
        }
    }

    /** A pool nobody can resize or shut down, whoever gets hold of it through one of its threads. */
    private static final class KitPool extends ForkJoinPool {

        private static final AtomicInteger WORKERS = new AtomicInteger();

        KitPool(int parallelism) {
            super(parallelism, pool -> {
                ForkJoinWorkerThread worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                worker.setName("overlap-reference-" + WORKERS.incrementAndGet());
                worker.setDaemon(true);
                return worker;
            }, null, false);
        }

        @Override
        public int setParallelism(int size) {
            throw new UnsupportedOperationException("the kit's reference pool keeps its size");
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public void close() {
        }
    }
}
