package dev.overlap.workload;

/** Counts the primes among {@code count} numbers from {@code from} on, by trial division. */
public record PrimeCount(long from, int count) implements Kernel {

    @Override
    public String name() {
        return "primes from " + from;
    }

    @Override
    public long compute() {
        long primes = 0;
        for (long n = from; n < from + count; n++) {
            if (isPrime(n)) {
                primes++;
            }
        }
        return primes;
    }

    /** Trial division: slow on purpose, and its cost grows with the square root of {@code n}. */
    public static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        if (n % 2 == 0) {
            return n == 2;
        }
        for (long divisor = 3; divisor * divisor <= n; divisor += 2) {
            if (n % divisor == 0) {
                return false;
            }
        }
        return true;
    }
}
