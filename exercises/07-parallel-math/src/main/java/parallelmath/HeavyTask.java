package parallelmath;

/**
 * A heavy piece of math. It only computes: it never waits for a disk, a network or another thread,
 * so the only way to finish it sooner is to give it a core, and the only way to finish several
 * sooner is to give them several cores at once.
 */
@FunctionalInterface
public interface HeavyTask {

    long compute();
}
