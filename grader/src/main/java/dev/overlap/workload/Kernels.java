package dev.overlap.workload;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The seeds' four heavy math tasks, sized so that each takes tens of milliseconds on one core of a
 * laptop: long enough to dwarf the cost of starting threads, short enough to time a few rounds in a
 * second or two. Their parameters are random, so their answers cannot be known in advance.
 */
public final class Kernels {

    private Kernels() {
    }

    /** One of each kind: primes, a hash chain, a Mandelbrot tile, Monte Carlo pi. */
    public static List<Kernel> heavyFour(RandomGenerator random) {
        return List.of(primes(random), hashChain(random), mandelbrot(random), monteCarlo(random));
    }

    /** {@code count} kernels of the four kinds, in random order and with random parameters. */
    public static List<Kernel> mixed(RandomGenerator random, int count) {
        return random.ints(count, 0, 4).<Kernel>mapToObj(kind -> switch (kind) {
            case 0 -> primes(random);
            case 1 -> hashChain(random);
            case 2 -> mandelbrot(random);
            default -> monteCarlo(random);
        }).toList();
    }

    public static PrimeCount primes(RandomGenerator random) {
        return new PrimeCount(random.nextLong(1_000_000_000L, 1_200_000_000L), 15_000);
    }

    public static HashChain hashChain(RandomGenerator random) {
        return new HashChain(random.nextLong(), 200_000);
    }

    public static MandelbrotTile mandelbrot(RandomGenerator random) {
        return new MandelbrotTile(-0.76 + random.nextDouble(-0.01, 0.01), -0.21 + random.nextDouble(-0.01, 0.01),
                0.4, 150, 500);
    }

    public static MonteCarloPi monteCarlo(RandomGenerator random) {
        return new MonteCarloPi(random.nextLong(), 6_000_000);
    }
}
