package io.towerlab.core.data.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws a query's clicks without replacement from softmax(true affinity) by the Gumbel-top-k trick
 * (Kool, van Hoof and Welling 2019: the k largest of {@code affinity + Gumbel noise} are a sample
 * without replacement), then shuffles them into click order so that every click, the last included,
 * is an exchangeable draw.
 *
 * <p>For catalogues above {@link GeneratorSettings#exactSamplingLimit()} the category of each click is
 * drawn first, from softmax(log n_k + ⟨z_q, c_k⟩ / T) (the softmax mass of a category when the
 * document noise and popularity average out), then the documents inside each category by Gumbel-top-k.
 */
final class ClickSampler {
    private final LatentWorld world;
    private final double[] keys;
    private final int[] chosen;

    ClickSampler(LatentWorld world) {
        this.world = world;
        int cap = (int) (world.settings.documents() * world.settings.maxClickShare()) + 1;
        this.keys = new double[cap];
        this.chosen = new int[cap];
    }

    /** The documents query {@code q} clicks, in click order (a fresh array). */
    int[] sample(int q, SplittableRandom random) {
        int n = world.queryClicks[q];
        int[] clicks;
        if (world.settings.exactSampling()) {
            clicks = topByGumbel(q, n, 0, world.documentCategory.length, null, random);
        } else {
            clicks = byCategory(q, n, random);
        }
        Seeds.shuffle(clicks, clicks.length, random);
        return clicks;
    }

    private int[] byCategory(int q, int n, SplittableRandom random) {
        int categories = world.settings.categories();
        double[] weight = new double[categories];
        double max = Double.NEGATIVE_INFINITY;
        double[] logit = new double[categories];
        for (int k = 0; k < categories; k++) {
            int size = world.categoryStart[k + 1] - world.categoryStart[k];
            logit[k] = size == 0 ? Double.NEGATIVE_INFINITY
                    : StrictMath.log(size) + centroidDot(q, k) / world.settings.temperature();
            max = Math.max(max, logit[k]);
        }
        for (int k = 0; k < categories; k++) {
            weight[k] = StrictMath.exp(logit[k] - max);
        }
        int[] taken = new int[categories];
        int drawn = 0;
        while (drawn < n) {
            int k = draw(weight, random);
            taken[k]++;
            drawn++;
            if (taken[k] == world.categoryStart[k + 1] - world.categoryStart[k]) {
                weight[k] = 0;
            }
        }
        int[] clicks = new int[n];
        int filled = 0;
        for (int k = 0; k < categories; k++) {
            if (taken[k] > 0) {
                int[] part = topByGumbel(q, taken[k], world.categoryStart[k], world.categoryStart[k + 1],
                        world.byCategory, random);
                System.arraycopy(part, 0, clicks, filled, part.length);
                filled += part.length;
            }
        }
        return clicks;
    }

    private static int draw(double[] weight, SplittableRandom random) {
        double total = 0;
        for (double w : weight) {
            total += w;
        }
        double target = random.nextDouble() * total;
        int last = 0;
        for (int k = 0; k < weight.length; k++) {
            if (weight[k] > 0) {
                last = k;
                target -= weight[k];
                if (target < 0) {
                    return k;
                }
            }
        }
        return last;
    }

    private double centroidDot(int q, int k) {
        int dim = world.dimension;
        double dot = 0;
        for (int i = 0; i < dim; i++) {
            dot += world.queryVectors[q * dim + i] * world.centroids[k * dim + i];
        }
        return dot;
    }

    /**
     * The {@code n} documents with the largest affinity + Gumbel noise among positions
     * {@code from..to} of {@code documents} (or the document indices themselves when null), kept in a
     * min-heap of size n.
     */
    private int[] topByGumbel(int q, int n, int from, int to, int[] documents, SplittableRandom random) {
        int size = 0;
        for (int i = from; i < to; i++) {
            int d = documents == null ? i : documents[i];
            double key = world.affinity(q, d) + Seeds.gumbel(random);
            if (size < n) {
                keys[size] = key;
                chosen[size] = d;
                siftUp(size++);
            } else if (key > keys[0]) {
                keys[0] = key;
                chosen[0] = d;
                siftDown(size);
            }
        }
        int[] result = Arrays.copyOf(chosen, size);
        Arrays.sort(result);
        return result;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (keys[parent] <= keys[i]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int size) {
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            int smallest = i;
            if (left < size && keys[left] < keys[smallest]) {
                smallest = left;
            }
            if (left + 1 < size && keys[left + 1] < keys[smallest]) {
                smallest = left + 1;
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        double k = keys[a];
        keys[a] = keys[b];
        keys[b] = k;
        int c = chosen[a];
        chosen[a] = chosen[b];
        chosen[b] = c;
    }
}
