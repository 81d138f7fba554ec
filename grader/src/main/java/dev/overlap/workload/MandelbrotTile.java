package dev.overlap.workload;

import java.util.Locale;

/**
 * Counts the points of a square tile of the complex plane that stay in the Mandelbrot set for
 * {@code maxIterations} steps. Points inside the set cost the most, so the tile sits on its edge.
 */
public record MandelbrotTile(double left, double bottom, double size, int pixels, int maxIterations)
        implements Kernel {

    @Override
    public String name() {
        return String.format(Locale.ROOT, "Mandelbrot tile at %.4f%+.4fi", left, bottom);
    }

    @Override
    public long compute() {
        long inside = 0;
        for (int column = 0; column < pixels; column++) {
            double real = left + size * column / pixels;
            for (int row = 0; row < pixels; row++) {
                if (staysBounded(real, bottom + size * row / pixels)) {
                    inside++;
                }
            }
        }
        return inside;
    }

    private boolean staysBounded(double real, double imaginary) {
        double x = 0;
        double y = 0;
        for (int step = 0; step < maxIterations; step++) {
            double nextX = x * x - y * y + real;
            y = 2 * x * y + imaginary;
            x = nextX;
            if (x * x + y * y > 4) {
                return false;
            }
        }
        return true;
    }
}
