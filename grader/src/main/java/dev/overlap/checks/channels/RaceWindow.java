package dev.overlap.checks.channels;

import channels.Channel;
import dev.overlap.workload.pipeline.WatchedChannel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Two channels that keep a select's race window open. A select that races one receiving thread per channel
 * loses an item only when both threads take one, and left alone that depends on how the threads happen to
 * be scheduled: such a select can lose an item in nearly every call on one machine and in none on the
 * next. So when a channel hands out an item while the other channel holds one too, it holds the
 * answer until the other channel has been looked at in the same call of the select, for a bounded time.
 * A racing select's other thread takes its item meanwhile, and one of the two items is returned by nobody.
 * A select that looks at the channels one after the other from its own thread only gets its item a little
 * later: nobody looks at the other channel while it waits, so the hold runs out.
 */
final class RaceWindow {

    /**
     * The hold on the select's own thread. A select that receives there and races a helper thread on the
     * other channel gives that helper this long to take its item; every honest select pays it once per item
     * taken while the other channel held one, so it stays short.
     */
    static final Duration HOLD_ON_CALLER = Duration.ofMillis(10);
    /**
     * The hold on any other thread: only a select that receives on threads of its own waits here, and it is
     * released as soon as its thread for the other channel has looked, so it can be generous for a busy
     * machine's scheduler.
     */
    static final Duration HOLD_ELSEWHERE = Duration.ofMillis(100);

    private final List<WatchedChannel<String>> watched;
    private volatile Call call = new Call(Thread.currentThread());

    RaceWindow(WatchedChannel<String> first, WatchedChannel<String> second) {
        this.watched = List.of(first, second);
    }

    /** One call of the select, made on {@code caller}: from now on, looks count for this call. */
    void begin(Thread caller) {
        call = new Call(caller);
    }

    Channel<String> first() {
        return new ChannelApi<>(watched.get(0), answer -> handOut(0, answer));
    }

    Channel<String> second() {
        return new ChannelApi<>(watched.get(1), answer -> handOut(1, answer));
    }

    private Optional<String> handOut(int side, Optional<String> answer) {
        Call now = call;
        now.looked(side).countDown();
        int other = 1 - side;
        if (answer.isPresent() && watched.get(other).size() > 0) {
            Duration hold = Thread.currentThread() == now.caller() ? HOLD_ON_CALLER : HOLD_ELSEWHERE;
            try {
                now.looked(other).await(hold.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                // The item is taken: it goes to its receiver all the same, which learns of the interrupt.
                Thread.currentThread().interrupt();
            }
        }
        return answer;
    }

    /** The thread a select was called on, and whether each channel has been looked at during that call. */
    private record Call(Thread caller, List<CountDownLatch> looks) {

        Call(Thread caller) {
            this(caller, List.of(new CountDownLatch(1), new CountDownLatch(1)));
        }

        CountDownLatch looked(int side) {
            return looks.get(side);
        }
    }
}
