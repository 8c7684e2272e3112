package io.towerlab.core.eval.projection;

import io.towerlab.core.eval.EmbeddingMatrix;
import io.towerlab.core.eval.HnswIndex;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The {@code k} nearest other rows of every row by Euclidean distance, nearest first, with their
 * squared distances: the neighbourhoods t-SNE's input affinities are built on.
 *
 * <p>Below {@link #APPROXIMATE_FROM} rows the search is exact (brute force, quadratic, parallel over
 * rows: about three CPU-seconds at 10,000 rows of 30 dimensions). From there on it is approximate, with
 * an HNSW graph ({@link HnswIndex}, maximum inner product) over the rows lifted to a sphere: each
 * centred row {@code x} gets one extra coordinate {@code sqrt(M² − |x|²)} with {@code M} four times
 * the largest norm, so every lifted row has the norm {@code M} and the inner product ranks lifted rows
 * exactly as the Euclidean distance between them does. The lift stretches a squared distance by at most
 * {@code 1 + R²/(M² − R²)} (R the largest norm, so under 7 %); each row's {@link #CANDIDATES_PER_K}·k
 * best candidates are therefore re-ranked by their exact distance in the original space. The graph
 * is built on one thread, so the answer is the same for the same rows; searching is parallel.
 *
 * @param indices          row {@code i}'s neighbours, nearest first
 * @param squaredDistances their squared Euclidean distances to row {@code i}
 */
public record KNearestNeighbours(int[][] indices, double[][] squaredDistances) {
    /** From this many rows on, the neighbours are searched in an HNSW graph rather than exhaustively. */
    public static final int APPROXIMATE_FROM = 10_000;
    /** HNSW candidates kept per wanted neighbour while searching, before the exact re-ranking. */
    static final double CANDIDATES_PER_K = 1.5;
    /**
     * Lucene's 16 links per node, with a narrower build beam than its 100: the graph is built on one
     * thread and dominates the search's cost; with the exact re-ranking, recall stays above 0.99 on
     * 50,000 clustered points (12 links, a beam of 40 and 1.2·k candidates dropped it to 0.97).
     */
    private static final int MAX_CONNECTIONS = 16;
    private static final int BEAM_WIDTH = 60;
    private static final long GRAPH_SEED = 42;
    private static final double LIFT_RADIUS = 4;

    /** Exact below {@link #APPROXIMATE_FROM} rows, approximate from there on. */
    public static KNearestNeighbours of(float[] data, int rows, int dim, int k, BooleanSupplier cancelled) {
        return rows < APPROXIMATE_FROM ? exact(data, rows, dim, k, cancelled) : approximate(data, rows, dim, k, cancelled);
    }

    /** Brute force over all pairs, parallel over rows. */
    public static KNearestNeighbours exact(float[] data, int rows, int dim, int k, BooleanSupplier cancelled) {
        check(rows, k);
        int[][] indices = new int[rows][];
        double[][] distances = new double[rows][];
        IntStream.range(0, rows).parallel().forEach(i -> {
            checkCancelled(i, cancelled);
            distances[i] = new double[k];
            indices[i] = nearest(data, rows, dim, i, k, distances[i]);
        });
        return new KNearestNeighbours(indices, distances);
    }

    /** HNSW search over the lifted rows, then exact re-ranking of each row's candidates. */
    public static KNearestNeighbours approximate(float[] data, int rows, int dim, int k, BooleanSupplier cancelled) {
        check(rows, k);
        float[] lifted = lift(data, rows, dim);
        HnswIndex index = HnswIndex.build(new EmbeddingMatrix(rows, dim + 1, lifted), MAX_CONNECTIONS, BEAM_WIDTH,
                GRAPH_SEED, 1);
        int candidates = Math.min(rows, (int) Math.ceil(CANDIDATES_PER_K * k) + 1);
        int[] none = new int[0];
        int[][] indices = new int[rows][];
        double[][] distances = new double[rows][];
        IntStream.range(0, rows).parallel().forEach(i -> {
            checkCancelled(i, cancelled);
            float[] query = Arrays.copyOfRange(lifted, i * (dim + 1), (i + 1) * (dim + 1));
            int[] found = index.search(query, candidates, candidates, none);
            distances[i] = new double[k];
            indices[i] = closest(data, dim, i, found, k, distances[i]);
        });
        return new KNearestNeighbours(indices, distances);
    }

    /**
     * The share of the exact {@code k} nearest neighbours of the sampled rows that this search found
     * (recall at k): measures an approximate search against the exhaustive one on {@code data}, the
     * rows it was computed from, at the cost of one pass over the data per sampled row.
     */
    public double recall(float[] data, int dim, int[] sample) {
        int rows = indices.length;
        long found = IntStream.of(sample).parallel().mapToLong(i -> {
            int k = indices[i].length;
            int[] exact = nearest(data, rows, dim, i, k, new double[k]);
            int[] mine = indices[i].clone();
            Arrays.sort(mine);
            return IntStream.of(exact).filter(j -> Arrays.binarySearch(mine, j) >= 0).count();
        }).sum();
        long wanted = IntStream.of(sample).mapToLong(i -> indices[i].length).sum();
        return wanted == 0 ? 1 : found / (double) wanted;
    }

    /**
     * The rows centred and lifted to the sphere of radius {@code M}: {@code (x − mean, sqrt(M² − |x − mean|²))},
     * {@code dim + 1} values per row.
     */
    static float[] lift(float[] data, int rows, int dim) {
        double[] mean = Pca.columnMeans(data, rows, dim);
        float[] lifted = new float[rows * (dim + 1)];
        double[] norms = new double[rows];
        double largest = 0;
        for (int r = 0; r < rows; r++) {
            double norm = 0;
            for (int c = 0; c < dim; c++) {
                float v = (float) (data[r * dim + c] - mean[c]);
                lifted[r * (dim + 1) + c] = v;
                norm += (double) v * v;
            }
            norms[r] = norm;
            largest = Math.max(largest, norm);
        }
        double radiusSquared = LIFT_RADIUS * LIFT_RADIUS * Math.max(largest, Double.MIN_NORMAL);
        for (int r = 0; r < rows; r++) {
            lifted[r * (dim + 1) + dim] = (float) Math.sqrt(radiusSquared - norms[r]);
        }
        return lifted;
    }

    /** The {@code k} of {@code candidates} (never {@code i} itself) nearest to row {@code i}, nearest first. */
    private static int[] closest(float[] data, int dim, int i, int[] candidates, int k, double[] out) {
        int[] order = new int[candidates.length];
        double[] d = new double[candidates.length];
        int size = 0;
        for (int j : candidates) {
            if (j != i) {
                order[size] = j;
                d[size++] = squaredDistance(data, dim, i, j);
            }
        }
        Integer[] sorted = new Integer[size];
        for (int a = 0; a < size; a++) {
            sorted[a] = a;
        }
        Arrays.sort(sorted, (a, b) -> d[a] != d[b] ? Double.compare(d[a], d[b]) : Integer.compare(order[a], order[b]));
        if (size < k) {
            throw new IllegalStateException("the HNSW search found " + size + " neighbours of row " + i
                    + ", fewer than the " + k + " wanted");
        }
        int[] result = new int[k];
        for (int a = 0; a < k; a++) {
            result[a] = order[sorted[a]];
            out[a] = d[sorted[a]];
        }
        return result;
    }

    private static double squaredDistance(float[] data, int dim, int i, int j) {
        double d = 0;
        for (int c = 0; c < dim; c++) {
            double diff = data[i * dim + c] - data[j * dim + c];
            d += diff * diff;
        }
        return d;
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

    private static void check(int rows, int k) {
        if (k < 1 || k >= rows) {
            throw new IllegalArgumentException("k must be between 1 and " + (rows - 1) + " for " + rows
                    + " rows, was " + k);
        }
    }

    private static void checkCancelled(int i, BooleanSupplier cancelled) {
        if ((i & 255) == 0 && cancelled.getAsBoolean()) {
            throw new CancellationException("t-SNE cancelled");
        }
    }
}
