package ${package};

/**
 * Your own experiments: the grader never reads this module, so try anything here.
 *
 * <p>Run {@code main} to see what this machine offers the exercises: the JDK, the cores a parallel
 * stream can use, and a virtual thread with the carrier thread it runs on.
 */
public final class Playground {

    private Playground() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("Java " + Runtime.version());
        // Parallel work can get at most this many times faster; waiting work is not limited by it.
        System.out.println("Cores for parallel streams: " + Runtime.getRuntime().availableProcessors());
        // A virtual thread borrows a carrier (a platform thread) to run and gives it back while it waits.
        Thread greeter = Thread.ofVirtual().name("playground")
                .start(() -> System.out.println("Hello from " + Thread.currentThread()));
        greeter.join();
    }
}
