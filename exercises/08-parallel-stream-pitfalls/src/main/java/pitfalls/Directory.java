package pitfalls;

/**
 * The remote directory of player names. A lookup waits for the network most of its time: it keeps
 * no core busy while it waits.
 */
@FunctionalInterface
public interface Directory {

    String nameOf(String playerId);
}
