package righttool;

/**
 * The vet's checkup of one animal: pure computation. It never waits for a disk, a network or another
 * thread, so it only finishes sooner on a core of its own, and several only finish sooner on several cores.
 */
@FunctionalInterface
public interface Checkup {

    long examine(Animal animal);
}
