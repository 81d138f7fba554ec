package channels;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A channel that holds at most {@code capacity} items. Ready to use: you do not need to change it.
 *
 * <p>It is a queue behind a lock with two conditions, one for "not empty any more" and one for "not
 * full any more", the same idea as {@code java.util.concurrent.ArrayBlockingQueue}, plus closing.
 */
public final class BoundedChannel<T> implements Channel<T> {

    private final int capacity;
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private boolean closed;

    public BoundedChannel(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a channel holds at least one item, not " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
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

    @Override
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

    @Override
    public Optional<T> receive(Duration timeout) throws InterruptedException {
        long nanosLeft = timeout.toNanos();
        lock.lockInterruptibly();
        try {
            while (items.isEmpty() && !closed && nanosLeft > 0) {
                nanosLeft = notEmpty.awaitNanos(nanosLeft);
            }
            return takeHead();
        } finally {
            lock.unlock();
        }
    }

    @Override
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

    private Optional<T> takeHead() {
        T item = items.poll();
        if (item != null) {
            notFull.signal();
        }
        return Optional.ofNullable(item);
    }
}
