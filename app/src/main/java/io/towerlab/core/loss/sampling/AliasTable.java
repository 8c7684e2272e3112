package io.towerlab.core.loss.sampling;

import java.util.SplittableRandom;

/**
 * Walker's alias method in Vose's numerically stable form (Vose 1991, "A linear algorithm for
 * generating random numbers with a given distribution"): after an O(n) build, each draw from the
 * discrete distribution ∝ weights costs one uniform index and one coin flip.
 */
public final class AliasTable {
    private final double[] probability;
    private final int[] alias;

    private AliasTable(double[] probability, int[] alias) {
        this.probability = probability;
        this.alias = alias;
    }

    /** Builds the table; weights must be finite, non-negative and not all zero. */
    public static AliasTable of(double[] weights) {
        int n = weights.length;
        double total = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("sampling weights must be finite and >= 0, got " + w);
            }
            total += w;
        }
        if (n == 0 || total <= 0) {
            throw new IllegalArgumentException("sampling weights sum to zero: there is nothing to draw");
        }
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int smallCount = 0;
        int largeCount = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / total;
            if (scaled[i] < 1) {
                small[smallCount++] = i;
            } else {
                large[largeCount++] = i;
            }
        }
        double[] probability = new double[n];
        int[] alias = new int[n];
        while (smallCount > 0 && largeCount > 0) {
            int s = small[--smallCount];
            int l = large[--largeCount];
            probability[s] = scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            if (scaled[l] < 1) {
                small[smallCount++] = l;
            } else {
                large[largeCount++] = l;
            }
        }
        while (largeCount > 0) {
            int l = large[--largeCount];
            probability[l] = 1;
            alias[l] = l;
        }
        while (smallCount > 0) {
            int s = small[--smallCount];
            probability[s] = 1;
            alias[s] = s;
        }
        return new AliasTable(probability, alias);
    }

    public int size() {
        return probability.length;
    }

    public int draw(SplittableRandom random) {
        int i = random.nextInt(probability.length);
        return random.nextDouble() < probability[i] ? i : alias[i];
    }

    /** The exact probability that {@link #draw} returns {@code i}, read back from the table (O(n)). */
    double probabilityOf(int i) {
        double p = probability[i];
        for (int j = 0; j < alias.length; j++) {
            if (alias[j] == i && j != i) {
                p += 1 - probability[j];
            }
        }
        return p / probability.length;
    }
}
