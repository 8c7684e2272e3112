package io.towerlab.core.data.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws clicks for catalogues too large for the exact softmax, at a cost independent of the
 * catalogue size. Each click first draws a category k with probability proportional to
 * exp(⟨z_q, c_k⟩ / T) · Σ_{d in k} exp(beta · logpop_d) (the category's softmax mass when each
 * document's own offset from the centroid averages out), then a document inside it by rejection:
 * proposed in proportion to exp(beta · logpop_d), accepted with probability
 * exp(⟨z_q, z_d − c_k⟩ / T − M), where M is four standard deviations of that offset term (rare
 * documents above the bound are accepted with probability 1). A document already clicked is
 * proposed again, so the clicks are drawn without replacement.
 */
final class CategoryFirstSampler {
    private static final int MAX_ATTEMPTS = 10_000;

    private final LatentWorld world;
    /** Cumulative exp(beta · logpop) within each category, in {@code world.byCategory} order. */
    private final double[] cumulative;
    private final double[] logCategoryMass;

    CategoryFirstSampler(LatentWorld world) {
        this.world = world;
        int categories = world.settings.categories();
        cumulative = new double[world.byCategory.length];
        logCategoryMass = new double[categories];
        for (int k = 0; k < categories; k++) {
            double sum = 0;
            for (int i = world.categoryStart[k]; i < world.categoryStart[k + 1]; i++) {
                sum += StrictMath.exp(world.settings.beta() * world.logPopularity[world.byCategory[i]]);
                cumulative[i] = sum;
            }
            logCategoryMass[k] = sum == 0 ? Double.NEGATIVE_INFINITY : StrictMath.log(sum);
        }
    }

    int[] sample(int q, int n, SplittableRandom random) {
        int categories = logCategoryMass.length;
        double temperature = world.settings.temperature();
        double[] centroidDot = new double[categories];
        double[] logit = new double[categories];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < categories; k++) {
            centroidDot[k] = dot(q, world.centroids, k);
            logit[k] = logCategoryMass[k] + centroidDot[k] / temperature;
            max = Math.max(max, logit[k]);
        }
        double[] weight = new double[categories];
        for (int k = 0; k < categories; k++) {
            weight[k] = StrictMath.exp(logit[k] - max);
        }
        double[] categoryCumulative = cumulate(weight);
        double bound = 4 * world.settings.documentNoise() * norm(q) / (StrictMath.sqrt(world.dimension) * temperature);
        int[] clicks = new int[n];
        int filled = 0;
        while (filled < n) {
            if (!(categoryCumulative[categories - 1] > 0)) {
                throw new IllegalStateException("query " + q + " wants " + n + " clicks; only " + filled + " found");
            }
            int k = pick(categoryCumulative, 0, categories, random);
            int d = inCategory(q, k, centroidDot[k], bound, clicks, filled, random);
            if (d < 0) {
                weight[k] = 0;
                categoryCumulative = cumulate(weight);
            } else {
                clicks[filled++] = d;
            }
        }
        return clicks;
    }

    private int inCategory(int q, int k, double centroidDot, double bound, int[] taken, int count,
                           SplittableRandom random) {
        int from = world.categoryStart[k];
        int to = world.categoryStart[k + 1];
        double temperature = world.settings.temperature();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            int d = world.byCategory[pick(cumulative, from, to, random)];
            double offset = (dot(q, world.documentVectors, d) - centroidDot) / temperature;
            if (StrictMath.log(Seeds.open01(random)) < offset - bound && !contains(taken, count, d)) {
                return d;
            }
        }
        return -1;
    }

    /** Index i in [from, to) with probability proportional to its increment of the cumulative sums. */
    private static int pick(double[] sums, int from, int to, SplittableRandom random) {
        double target = random.nextDouble() * sums[to - 1];
        int low = from;
        int high = to - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sums[mid] <= target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static double[] cumulate(double[] weight) {
        double[] sums = new double[weight.length];
        double sum = 0;
        for (int i = 0; i < weight.length; i++) {
            sum += weight[i];
            sums[i] = sum;
        }
        return sums;
    }

    private double dot(int q, float[] matrix, int row) {
        int dim = world.dimension;
        double sum = 0;
        for (int i = 0; i < dim; i++) {
            sum += world.queryVectors[q * dim + i] * matrix[row * dim + i];
        }
        return sum;
    }

    private double norm(int q) {
        double sum = 0;
        for (int i = 0; i < world.dimension; i++) {
            double v = world.queryVectors[q * world.dimension + i];
            sum += v * v;
        }
        return StrictMath.sqrt(sum);
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
