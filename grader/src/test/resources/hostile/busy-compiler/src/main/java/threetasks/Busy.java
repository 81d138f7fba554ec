package threetasks;

/**
 * Keeps the compiler busy, not the checks: each generic call around a conditional makes javac infer the type of
 * both branches in several contexts, so the work grows exponentially with the nesting. Fourteen levels take javac
 * well over a minute on two cores. The compiler runs in a process of its own with the exercise's time limit, so
 * this costs the exercise its points (compile_error) and delays nothing else.
 */
final class Busy {

    static boolean b;
    static String x;

    static <T> T f(T t) {
        return t;
    }

    static Object all = f(b ? f(b ? f(b ? f(b ? f(b ? f(b ? f(b ? f(b ? f(b ? f(b ? f(b ? f(b ? f(b ? f(b ? x : x) : f(b ? x
             : x)) : f(b ? f(b ? x : x) : f(b ? x : x))) : x) : x) : x) : x) : x) : x) : x) : x) : x) : x) : x);

    private Busy() {
    }
}
