package io.towerlab.core.eval.projection;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The sparse input affinities of Barnes-Hut t-SNE (van der Maaten 2014, §4.1): each point's
 * {@code K = 3·perplexity} nearest neighbours by Euclidean distance ({@link KNearestNeighbours}: exact
 * for small inputs, an HNSW search for large ones), a Gaussian kernel whose width is found by
 * bisection so that the row's entropy matches the perplexity, then the symmetric joint probabilities
 * {@code p_ij = (p_j|i + p_i|j) / 2n}, stored in compressed-sparse-row form.
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
        KNearestNeighbours nearest = KNearestNeighbours.of(data, rows, dim, k, cancelled);
        return of(nearest, perplexity);
    }

    /** The affinities over given neighbourhoods ({@code k} per row), for a kernel of the given perplexity. */
    public static NeighbourAffinities of(KNearestNeighbours nearest, double perplexity) {
        int[][] neighbours = nearest.indices();
        double[][] conditional = new double[neighbours.length][];
        IntStream.range(0, neighbours.length).parallel().forEach(i -> {
            double[] distances = nearest.squaredDistances()[i];
            conditional[i] = gaussian(distances, Math.min(perplexity, distances.length));
        });
        return symmetrise(neighbours, conditional);
    }

    /**
     * The Kullback-Leibler divergence KL(P ‖ Q) of a 2D layout ({@code y[2i], y[2i+1]}), t-SNE's cost,
     * with Q's normalisation summed exactly over all pairs: quadratic, for measuring a layout's
     * convergence, not for use inside the optimisation.
     */
    public double divergence(float[] y) {
        int n = offsets.length - 1;
        double z = IntStream.range(0, n).parallel().mapToDouble(i -> {
            double sum = 0;
            for (int j = i + 1; j < n; j++) {
                double dx = y[2 * i] - y[2 * j];
                double dy = y[2 * i + 1] - y[2 * j + 1];
                sum += 1 / (1 + dx * dx + dy * dy);
            }
            return sum;
        }).sum() * 2;
        double kl = 0;
        for (int i = 0; i < n; i++) {
            for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                int j = columns[e];
                double dx = y[2 * i] - y[2 * j];
                double dy = y[2 * i + 1] - y[2 * j + 1];
                double q = 1 / ((1 + dx * dx + dy * dy) * z);
                kl += values[e] * Math.log(values[e] / q);
            }
        }
        return kl;
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
