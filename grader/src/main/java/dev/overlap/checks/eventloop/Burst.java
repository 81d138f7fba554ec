package dev.overlap.checks.eventloop;

import dev.overlap.measure.Timeline;
import dev.overlap.workload.HeartbeatLoop;
import eventloop.Radio;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Ships calling the radio all at once: each call is a task of the loop, which calls the handler on its
 * thread and continues from the future it returns. For each call the burst notes the answer, and
 * where the future completed (the loop expects to continue on its own thread).
 */
final class Burst {

    /** What one call got: its answer or failure, and where its future completed. */
    record Answer(Ship ship, Optional<String> value, Optional<Throwable> failure, Completion completion) {
    }

    private Burst() {
    }

    /** The answers in the order of {@code ships}, or none for a call still unanswered after {@code patience}. */
    static Outcome run(HeartbeatLoop loop, RecordedHarbour harbour, List<Ship> ships, Duration patience)
            throws InterruptedException {
        Radio radio = new Radio(harbour, loop);
        return run(loop, harbour, ships, patience, ship -> ship.handler().apply(radio));
    }

    /**
     * The kit's baseline: every call's work done on the loop's thread as it is handled, one call after another, as
     * the starter does. Its heartbeat is what a loop held up by each wait and each plot looks like.
     */
    static Outcome onTheLoop(HeartbeatLoop loop, RecordedHarbour harbour, List<Ship> ships, Duration patience)
            throws InterruptedException {
        return run(loop, harbour, ships, patience, ship -> {
            try {
                for (String manifest : ship.manifests()) {
                    harbour.manifest(manifest);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CompletableFuture.failedFuture(e);
            }
            ship.soundings().forEach(harbour::plot);
            return CompletableFuture.completedFuture(ship.expected());
        });
    }

    private static Outcome run(HeartbeatLoop loop, RecordedHarbour harbour, List<Ship> ships, Duration patience,
                               Function<Ship, CompletableFuture<String>> handle) throws InterruptedException {
        ConcurrentHashMap<Ship, Answer> answers = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(ships.size());
        long start = System.nanoTime();
        for (Ship ship : ships) {
            loop.execute(() -> {
                CompletableFuture<String> future;
                try {
                    future = handle.apply(ship);
                } catch (RuntimeException e) {
                    future = CompletableFuture.failedFuture(e);
                }
                if (future == null) {
                    future = CompletableFuture.failedFuture(new NullPointerException("the handler returned null"));
                }
                future.whenComplete((value, failure) -> {
                    answers.put(ship, new Answer(ship, Optional.ofNullable(value), Optional.ofNullable(failure),
                            Completion.here(loop.inLoop(), harbour)));
                    done.countDown();
                });
            });
        }
        boolean all = done.await(patience.toNanos(), TimeUnit.NANOSECONDS);
        long end = System.nanoTime();
        loop.awaitBeatAfter(end, patience);
        return new Outcome(ships.stream().map(ship -> Optional.ofNullable(answers.get(ship))).toList(), all, start,
                end, loop.beatsSince(start).stream().filter(beat -> beat.dueNanos() <= end).toList());
    }

    /**
     * @param beats the loop's heartbeats that were due while the burst ran
     */
    record Outcome(List<Optional<Answer>> answers, boolean complete, long startNanos, long endNanos,
                   List<HeartbeatLoop.Beat> beats) {

        Duration wall() {
            return Duration.ofNanos(endNanos - startNanos);
        }

        /** Each beat: when it was due and how late it came, in ms from the burst's start, for the report. */
        List<List<Double>> lags() {
            return beats.stream().map(beat -> List.of(Timeline.millis(beat.dueNanos() - startNanos),
                    Timeline.millis(beat.lagNanos()))).toList();
        }

        Duration worstLag() {
            return beats.stream().map(HeartbeatLoop.Beat::lag).max(Duration::compareTo).orElse(wall());
        }
    }
}
