package eventloop;

/**
 * What the lighthouse asks of the harbour. One call waits, the other computes: the two kinds of slow
 * work that must both stay off the event loop, each in its own way.
 *
 * <p>The grader hands the radio a harbour of its own, which records when and on which thread each
 * call ran.
 */
public interface Harbour {

    /** Asks the harbour office for a ship's manifest. It only waits, like a call to a remote service. */
    String manifest(String ship) throws InterruptedException;

    /** Plots the course for one depth sounding: pure computation that keeps a core busy, and never waits. */
    long plot(long sounding);
}
