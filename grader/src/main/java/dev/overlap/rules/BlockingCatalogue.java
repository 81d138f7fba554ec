package dev.overlap.rules;

import dev.overlap.rules.flow.Bytecode;
import dev.overlap.rules.flow.Invocation;
import java.util.List;
import java.util.Optional;

/**
 * The calls that block their thread. Besides this list, any method that declares
 * {@code InterruptedException} counts: in Java that is how a method says it waits (the exercise's own
 * slow services say so too), so a wait this list forgot is still found.
 */
public final class BlockingCatalogue {

    private static final String WAITING_PART = """
            run the waiting part on a virtual thread instead: CompletableFuture.supplyAsync(() -> ..., \
            virtualThreads), then continue with thenApplyAsync(..., loop) when it is done.""";
    private static final String ON_A_VIRTUAL_THREAD = " To keep the path free, " + WAITING_PART;
    private static final String COMPOSE = " Do not wait for a result on this path: continue from the future with"
            + " thenApplyAsync / thenCombineAsync / thenComposeAsync (naming the executor) and return the future.";
    private static final String COORDINATE = " On this path use the non-waiting form (tryLock(), tryAcquire(),"
            + " offer(), poll()) or let the other side complete a future that you continue from.";

    private static final List<BlockingCall> CALLS = List.of(
            BlockingCall.of("java/lang/Thread", "sleep join", "holds the thread while time passes or another"
                    + " thread ends", " To wait for time without holding a thread, use"
                    + " CompletableFuture.delayedExecutor(...); for anything else, " + WAITING_PART),
            BlockingCall.of("java/util/concurrent/TimeUnit", "sleep timedJoin timedWait", "holds the thread while"
                    + " time passes", ON_A_VIRTUAL_THREAD),
            BlockingCall.of("java/util/concurrent/Future", "get", "waits for the future's result", COMPOSE),
            BlockingCall.of("java/util/concurrent/CompletableFuture", "join get", "waits for the future's result",
                    COMPOSE),
            BlockingCall.of("java/util/concurrent/ForkJoinTask", "join get invoke invokeAll", "waits for the task's"
                    + " result", COMPOSE),
            BlockingCall.of("java/util/concurrent/ExecutorService", "awaitTermination close invokeAll invokeAny",
                    "waits for the executor's tasks to finish", COMPOSE),
            BlockingCall.of("java/util/concurrent/ForkJoinPool", "invoke", "waits for the task's result", COMPOSE),
            BlockingCall.of("java/util/concurrent/BlockingQueue", "put take", "waits for room or for an element",
                    COORDINATE),
            BlockingCall.of("java/util/concurrent/BlockingDeque", "putFirst putLast takeFirst takeLast",
                    "waits for room or for an element", COORDINATE),
            BlockingCall.of("java/util/concurrent/TransferQueue", "transfer", "waits for a consumer", COORDINATE),
            BlockingCall.of("java/util/concurrent/locks/Lock", "lock lockInterruptibly", "waits for the lock",
                    COORDINATE),
            BlockingCall.of("java/util/concurrent/locks/Condition", "await awaitNanos awaitUninterruptibly awaitUntil",
                    "waits for a signal", COORDINATE),
            BlockingCall.of("java/lang/Object", "wait", "waits for a notification", COORDINATE),
            BlockingCall.of("java/util/concurrent/CountDownLatch", "await", "waits for the count to reach zero",
                    COORDINATE),
            BlockingCall.of("java/util/concurrent/CyclicBarrier", "await", "waits for the other parties",
                    COORDINATE),
            BlockingCall.of("java/util/concurrent/Phaser", "arriveAndAwaitAdvance awaitAdvance"
                    + " awaitAdvanceInterruptibly", "waits for the other parties", COORDINATE),
            BlockingCall.of("java/util/concurrent/Semaphore", "acquire acquireUninterruptibly", "waits for a permit",
                    COORDINATE),
            BlockingCall.of("java/util/concurrent/Exchanger", "exchange", "waits for the other party", COORDINATE),
            BlockingCall.of("java/util/concurrent/locks/LockSupport", "park parkNanos parkUntil", "parks the thread",
                    COORDINATE),
            BlockingCall.of("java/io/InputStream", "read readAllBytes readNBytes skip skipNBytes transferTo",
                    "waits for data to arrive", ON_A_VIRTUAL_THREAD).except("java/io/ByteArrayInputStream"),
            BlockingCall.of("java/io/Reader", "read readLine skip transferTo", "waits for data to arrive",
                    ON_A_VIRTUAL_THREAD).except("java/io/StringReader", "java/io/CharArrayReader"),
            BlockingCall.of("java/io/OutputStream", "write flush", "waits until the other side takes the data",
                    ON_A_VIRTUAL_THREAD).except("java/io/ByteArrayOutputStream", "java/io/PrintStream"),
            BlockingCall.of("java/io/Writer", "write flush", "waits until the other side takes the data",
                    ON_A_VIRTUAL_THREAD).except("java/io/StringWriter", "java/io/CharArrayWriter",
                    "java/io/PrintWriter"),
            BlockingCall.of("java/nio/file/Files", "readAllBytes readString readAllLines lines write writeString copy"
                    + " newInputStream newBufferedReader list walk", "waits for the disk", ON_A_VIRTUAL_THREAD),
            BlockingCall.of("java/net/Socket", "connect", "waits for the other side to answer", ON_A_VIRTUAL_THREAD),
            BlockingCall.of("java/net/ServerSocket", "accept", "waits for a client", ON_A_VIRTUAL_THREAD),
            BlockingCall.of("java/net/DatagramSocket", "receive", "waits for a packet", ON_A_VIRTUAL_THREAD),
            BlockingCall.of("java/nio/channels/SocketChannel", "connect read write", "waits for the other side",
                    ON_A_VIRTUAL_THREAD),
            BlockingCall.of("java/nio/channels/ServerSocketChannel", "accept", "waits for a client",
                    ON_A_VIRTUAL_THREAD),
            BlockingCall.of("java/net/URL", "openStream openConnection", "waits for the network",
                    ON_A_VIRTUAL_THREAD),
            BlockingCall.of("java/net/URLConnection", "connect getInputStream getContent getResponseCode",
                    "waits for the network", ON_A_VIRTUAL_THREAD),
            BlockingCall.of("java/net/http/HttpClient", "send", "waits for the response", " Use"
                    + " HttpClient.sendAsync(...), which returns a CompletableFuture at once, and continue from it."),
            BlockingCall.of("java/lang/Process", "waitFor", "waits for the process to end", " Use process.onExit(),"
                    + " a CompletableFuture, and continue from it."));

    /** The blocking calls as a {@link PathFinder} looks for them: on the async path's own thread. */
    static final Sought<BlockingCall> SOUGHT = new Sought<>() {
        @Override
        public Optional<BlockingCall> at(String owner, String name, String descriptor, Bytecode bytecode) {
            return find(owner, name, descriptor, bytecode);
        }

        /** A method without a body that declares InterruptedException waits by contract, whatever implements it. */
        @Override
        public boolean endsAt(Invocation call, Bytecode bytecode) {
            return bytecode.declaration(call.owner(), call.name(), call.descriptor())
                    .filter(declared -> !bytecode.hasBody(declared)).isPresent()
                    && bytecode.declaresInterruption(call.owner(), call.name(), call.descriptor());
        }
    };

    private BlockingCatalogue() {
    }

    public static List<BlockingCall> calls() {
        return CALLS;
    }

    /** The entry a call matches, or, for a method that declares InterruptedException, one made for it. */
    public static Optional<BlockingCall> find(String owner, String method, String descriptor, Bytecode bytecode) {
        for (BlockingCall call : CALLS) {
            if (call.matches(owner, method, bytecode.types())) {
                return Optional.of(call);
            }
        }
        if (bytecode.declaresInterruption(owner, method, descriptor)) {
            return Optional.of(BlockingCall.of(owner, method, "declares InterruptedException, which is how a"
                    + " Java method says that it waits", ON_A_VIRTUAL_THREAD));
        }
        return Optional.empty();
    }
}
