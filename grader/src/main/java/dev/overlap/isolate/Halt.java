package dev.overlap.isolate;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ends the checks' JVM at once after a last message to the grading JVM. Halt, not exit: threads or
 * shutdown hooks the submission left behind must not keep the JVM up or speak after it.
 */
final class Halt {

    private final Channel channel;
    private final AtomicBoolean said = new AtomicBoolean();

    Halt(Channel channel) {
        this.channel = channel;
    }

    /**
     * Only the first last message is sent: when the watchdog or the output cap fires while the checks are
     * ending anyway, the grading JVM hears one ending, not two that contradict each other.
     */
    void after(ForkMessage last, int exitCode) {
        if (said.compareAndSet(false, true)) {
            channel.send(last);
        }
        // A process the code started must not outlive the JVM that started it.
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        Runtime.getRuntime().halt(exitCode);
    }
}
