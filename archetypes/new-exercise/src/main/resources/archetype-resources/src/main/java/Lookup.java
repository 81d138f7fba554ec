package ${package};

/**
 * What the exercise calls: the grader hands in its own, instrumented one and sees every call.
 *
 * <p>TODO(author): replace with the interface your story needs (a kitchen, a web API, a disk), and keep
 * it here in the exercise: a submission compiles with nothing but the JDK.
 */
@FunctionalInterface
public interface Lookup {

    /** Answers one key; each call waits, as a call over the network does. */
    String find(String key) throws Exception;
}
