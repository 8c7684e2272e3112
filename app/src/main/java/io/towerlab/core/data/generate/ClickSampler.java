package io.towerlab.core.data.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws a query's clicks without replacement from softmax(true affinity) by the Gumbel-top-k trick
 * (Kool, van Hoof and Welling 2019: the k largest of {@code affinity + Gumbel noise} are a sample
 * without replacement), then shuffles them into click order so that every click, the last included,
 * is an exchangeable draw.
 *
 * <p>Catalogues above {@link GeneratorSettings#exactSamplingLimit()} use {@link CategoryFirstSampler}.
 */
final class ClickSampler {
    private final LatentWorld world;
    private final double[] keys;
    private final int[] chosen;
    private final CategoryFirstSampler categoryFirst;

    ClickSampler(LatentWorld world) {
        this.world = world;
        this.categoryFirst = world.settings.exactSampling() ? null : new CategoryFirstSampler(world);
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
            clicks = categoryFirst.sample(q, n, random);
        }
        Seeds.shuffle(clicks, clicks.length, random);
        return clicks;
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
