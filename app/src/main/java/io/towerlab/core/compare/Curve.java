package io.towerlab.core.compare;

import java.util.Arrays;

/**
 * One named curve of a run: x ascending (step, epoch or seconds since the run's first logged value)
 * and y, of equal length.
 */
public record Curve(String name, double[] x, double[] y) {

    public Curve {
        if (x.length != y.length) {
            throw new IllegalArgumentException("a curve needs as many x as y values, had " + x.length + " and "
                    + y.length);
        }
    }

    public int size() {
        return x.length;
    }

    /** The same curve smoothed by {@link Ema} with weight β. */
    public Curve smoothed(double beta) {
        return new Curve(name, x, Ema.smooth(y, beta));
    }

    /**
     * The index of the point whose x is nearest to {@code at} (the earlier one on a tie), or -1 when the
     * curve is empty.
     */
    public int nearest(double at) {
        if (x.length == 0) {
            return -1;
        }
        int i = Arrays.binarySearch(x, at);
        if (i >= 0) {
            return i;
        }
        int after = -i - 1;
        if (after == 0) {
            return 0;
        }
        if (after == x.length) {
            return x.length - 1;
        }
        return at - x[after - 1] <= x[after] - at ? after - 1 : after;
    }
}
