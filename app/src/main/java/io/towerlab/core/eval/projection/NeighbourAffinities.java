package io.towerlab.core.eval.projection;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The sparse input affinities of Barnes-Hut t-SNE (van der Maaten 2014, §4.1): each point's
 * {@code K = 3·perplexity} exact nearest neighbours by Euclidean distance, a Gaussian kernel whose
 * width is found by bisection so that the row's entropy matches the perplexity, then the symmetric
 * joint probabilities {@code p_ij = (p_j|i + p_i|j) / 2n}, stored in compressed-sparse-row form.
 *
 * <p>Neighbours are found by brute force over all pairs, in parallel over rows: predictable time
 * (quadratic, about a second per 10,000 points of 30 dimensions per core) and exact, where tree
 * indexes degrade in the 20–60 dimensions of embeddings.
 *
 * @param offsets row {@code i} holds entries {@code offsets[i] .. offsets[i+1])}
 * @param columns the neighbour of each entry
 * @param values  {@code p_ij}; all entries sum to 1
 */
public record NeighbourAffinities(int[] offsets, int[] columns, double[] values) {

    /** Computes the affinities of {@code rows} points of {@code dim} values (row-major). */
    public static NeighbourAffinities of(float[] data, int rows, int dim, double perplexity, BooleanSupplier cancelled) {
        int k = Math.min(rows - 1, (int) Math.ceil(3 * perplexity));
        if (k < 1) {
            throw new IllegalArgumentException("t-SNE needs at least 2 points, got " + rows);
        }
        int[][] neighbours = new int[rows][];
        double[][] conditional = new double[rows][];
        IntStream.range(0, rows).parallel().forEach(i -> {
            if ((i & 255) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("t-SNE cancelled");
            }
            double[] distances = new double[k];
            neighbours[i] = nearest(data, rows, dim, i, k, distances);
            conditional[i] = gaussian(distances, Math.min(perplexity, k));
        });
        return symmetrise(neighbours, conditional);
    }

    /** The {@code k} nearest other rows of row {@code i}, nearest first, their squared distances in {@code out}. */
    static int[] nearest(float[] data, int rows, int dim, int i, int k, double[] out) {
        // a max-heap of the k best so far: heap[0] is the farthest kept
        double[] heapDistance = new double[k];
        int[] heapIndex = new int[k];
        int size = 0;
        int base = i * dim;
        for (int j = 0; j < rows; j++) {
            if (j == i) {
                continue;
            }
            int other = j * dim;
            double d = 0;
            for (int c = 0; c < dim; c++) {
                double diff = data[base + c] - data[other + c];
                d += diff * diff;
            }
            if (size < k) {
                siftUp(heapDistance, heapIndex, size++, d, j);
            } else if (d < heapDistance[0]) {
                siftDown(heapDistance, heapIndex, k, d, j);
            }
        }
        int[] result = new int[k];
        for (int n = k - 1; n >= 0; n--) {
            out[n] = heapDistance[0];
            result[n] = heapIndex[0];
            siftDown(heapDistance, heapIndex, n, heapDistance[n], heapIndex[n]);
        }
        return result;
    }

    private static void siftUp(double[] d, int[] idx, int at, double value, int index) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (d[parent] >= value) {
                break;
            }
            d[at] = d[parent];
            idx[at] = idx[parent];
            at = parent;
        }
        d[at] = value;
        idx[at] = index;
    }

    /** Replaces the root with (value, index) and restores the heap over the first {@code size} slots. */
    private static void siftDown(double[] d, int[] idx, int size, double value, int index) {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && d[child + 1] > d[child]) {
                child++;
            }
            if (d[child] <= value) {
                break;
            }
            d[at] = d[child];
            idx[at] = idx[child];
            at = child;
        }
        if (size > 0) {
            d[at] = value;
            idx[at] = index;
        }
    }

    /** p_j|i for squared distances, with the kernel precision found by bisection to match the perplexity. */
    static double[] gaussian(double[] distances, double perplexity) {
        double target = Math.log(perplexity);
        double beta = 1;
        double low = 0;
        double high = Double.POSITIVE_INFINITY;
        double[] p = new double[distances.length];
        double shift = distances[0];
        for (int iteration = 0; iteration < 200; iteration++) {
            double sum = 0;
            double weighted = 0;
            for (int j = 0; j < distances.length; j++) {
                p[j] = Math.exp(-beta * (distances[j] - shift));
                sum += p[j];
                weighted += p[j] * (distances[j] - shift);
            }
            double entropy = Math.log(sum) + beta * weighted / sum;
            for (int j = 0; j < p.length; j++) {
                p[j] /= sum;
            }
            double gap = entropy - target;
            if (Math.abs(gap) < 1e-5) {
                break;
            }
            if (gap > 0) {
                low = beta;
                beta = high == Double.POSITIVE_INFINITY ? beta * 2 : (beta + high) / 2;
            } else {
                high = beta;
                beta = (beta + low) / 2;
            }
        }
        return p;
    }

    private static NeighbourAffinities symmetrise(int[][] neighbours, double[][] conditional) {
        int n = neighbours.length;
        int[][] sorted = new int[n][];
        for (int i = 0; i < n; i++) {
            sorted[i] = neighbours[i].clone();
            Arrays.sort(sorted[i]);
        }
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            counts[i] += neighbours[i].length;
            for (int j : neighbours[i]) {
                if (Arrays.binarySearch(sorted[j], i) < 0) {
                    counts[j]++;
                }
            }
        }
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + counts[i];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        int[] columns = new int[offsets[n]];
        double[] values = new double[offsets[n]];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < neighbours[i].length; a++) {
                int j = neighbours[i][a];
                double p = conditional[i][a];
                int back = indexOf(neighbours[j], i);
                columns[fill[i]] = j;
                values[fill[i]++] = (p + (back >= 0 ? conditional[j][back] : 0)) / (2.0 * n);
                if (back < 0) {
                    columns[fill[j]] = i;
                    values[fill[j]++] = p / (2.0 * n);
                }
            }
        }
        return new NeighbourAffinities(offsets, columns, values);
    }

    private static int indexOf(int[] values, int wanted) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
