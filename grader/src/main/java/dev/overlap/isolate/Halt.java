package dev.overlap.isolate;

/**
 * Ends the checks' JVM at once after a last message to the grading JVM. Halt, not exit: threads or
 * shutdown hooks the submission left behind must not keep the JVM up or speak after it.
 */
final class Halt {

    private final Channel channel;

    Halt(Channel channel) {
        this.channel = channel;
    }

    /**
     * Synchronized, and the first caller never returns: when the watchdog or the output cap fires while the
     * checks are ending anyway, the grading JVM hears one whole ending, not two that contradict each other.
     */
    synchronized void after(ForkMessage last, int exitCode) {
        channel.send(last);
        // A process the code started must not outlive the JVM that started it.
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        Runtime.getRuntime().halt(exitCode);
    }
}
