package dev.overlap.workload.pipeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded channel that remembers every item it handed out, in order, so a check can tell an item that
 * was received and then dropped from one that was never received at all.
 */
public final class WatchedChannel<T> {

    private final int capacity;
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final List<T> handedOut = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private boolean closed;

    public WatchedChannel(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a channel holds at least one item");
        }
        this.capacity = capacity;
    }

    /** Puts an item in, waiting while the channel is full; a closed channel refuses it. */
    public void send(T item) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (items.size() == capacity && !closed) {
                notFull.await();
            }
            if (closed) {
                throw new IllegalStateException("the channel is closed; nothing more can be sent");
            }
            items.add(item);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The next item, waiting while the channel is empty and open; empty once it is closed and drained. */
    public Optional<T> receive() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (items.isEmpty() && !closed) {
                notEmpty.await();
            }
            return takeHead();
        } finally {
            lock.unlock();
        }
    }

    /** Like {@link #receive()}, but gives up after {@code timeout}; a zero timeout only looks. */
    public Optional<T> receive(Duration timeout) throws InterruptedException {
        long left = timeout.toNanos();
        lock.lockInterruptibly();
        try {
            while (items.isEmpty() && !closed && left > 0) {
                left = notEmpty.awaitNanos(left);
            }
            return takeHead();
        } finally {
            lock.unlock();
        }
    }

    public void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Every item received from this channel so far, in the order it left. */
    public List<T> handedOut() {
        lock.lock();
        try {
            return List.copyOf(handedOut);
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    private Optional<T> takeHead() {
        T item = items.poll();
        if (item == null) {
            return Optional.empty();
        }
        handedOut.add(item);
        notFull.signal();
        return Optional.of(item);
    }

    /** A sender for tests of waiting: puts {@code item} in after {@code delay}, on a virtual thread. */
    public Thread sendLater(T item, Duration delay) {
        return Thread.ofVirtual().name("late-sender").start(() -> {
            try {
                TimeUnit.NANOSECONDS.sleep(delay.toNanos());
                send(item);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
