package dev.overlap.measure;

/**
 * Amdahl's law: with a share {@code s} of the work that must run alone, N workers can make the work
 * at most {@code 1 / (s + (1 - s) / N)} times faster. It is the ceiling shown beside every CPU speedup.
 */
record Amdahl(int workers, double serialShare) {

    /** N is the cores, unless there are fewer tasks than cores: a task cannot run on two cores at once. */
    static Amdahl of(int cores, int tasks, double serialShare) {
        return new Amdahl(Math.max(1, Math.min(cores, tasks)), Math.clamp(serialShare, 0.0, 1.0));
    }

    double ideal() {
        return 1 / (serialShare + (1 - serialShare) / workers);
    }
}
