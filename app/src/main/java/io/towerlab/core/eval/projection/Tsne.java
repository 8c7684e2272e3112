package io.towerlab.core.eval.projection;

import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Barnes-Hut t-SNE (van der Maaten and Hinton 2008; van der Maaten 2014): a 2D layout whose
 * Student-t similarities match the input's Gaussian neighbour affinities, optimised by gradient
 * descent with momentum, per-coordinate gains and early exaggeration. The attractive forces use the
 * sparse affinities ({@link NeighbourAffinities}); the repulsive forces use a {@link QuadTree},
 * O(n log n) per step. Inputs are first reduced by {@link Pca} to {@link TsneSettings#inputDims()}.
 * Reports progress and stops with a {@link CancellationException} when cancelled.
 */
public final class Tsne {

    /** Receives progress: {@code stage} is a short description; {@code layout} is the current 2D layout or null. */
    @FunctionalInterface
    public interface Listener {
        void progress(double fraction, String stage, float[] layout);
    }

    /** Points per parallel task: enough work to outweigh scheduling, enough tasks to balance two or more cores. */
    private static final int BLOCK = 512;

    private final TsneSettings settings;

    public Tsne(TsneSettings settings) {
        this.settings = settings;
    }

    /**
     * Lays out {@code rows} vectors of {@code dim} values (row-major) in 2D; returns {@code rows × 2}
     * coordinates, row-major. Listener calls come from the calling thread.
     */
    public float[] run(float[] data, int rows, int dim, Listener listener, BooleanSupplier cancelled) {
        if (rows < 2) {
            throw new IllegalArgumentException("t-SNE needs at least 2 points, got " + rows);
        }
        listener.progress(0, "reducing to " + Math.min(dim, settings.inputDims()) + " dimensions", null);
        float[] input = data;
        int inputDim = dim;
        if (dim > settings.inputDims()) {
            Pca pca = Pca.fit(data, rows, dim, settings.inputDims());
            input = pca.project(data, rows);
            inputDim = settings.inputDims();
        }
        listener.progress(0.01, "finding nearest neighbours", null);
        NeighbourAffinities p = NeighbourAffinities.of(input, rows, inputDim,
                Math.min(settings.perplexity(), (rows - 1) / 3.0 + 1e-9), cancelled);
        return optimise(p, rows, listener, cancelled);
    }

    private float[] optimise(NeighbourAffinities p, int n, Listener listener, BooleanSupplier cancelled) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[] y = new double[2 * n];
        for (int i = 0; i < y.length; i++) {
            y[i] = 1e-4 * gaussian(random);
        }
        double[] update = new double[2 * n];
        double[] gains = new double[2 * n];
        java.util.Arrays.fill(gains, 1);
        double[] gradient = new double[2 * n];
        double[] repulsion = new double[2 * n];
        double[] z = new double[n];
        QuadTree tree = new QuadTree(n);
        double rate = settings.learningRate(n);
        int total = settings.iterations();
        int reportEvery = Math.max(1, total / 100);
        for (int iteration = 0; iteration < total; iteration++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("t-SNE cancelled at iteration " + iteration);
            }
            boolean early = iteration < settings.exaggerationSteps();
            double exaggeration = early ? settings.exaggeration() : 1;
            double momentum = early ? 0.5 : 0.8;
            gradient(p, y, n, exaggeration, tree, gradient, repulsion, z);
            for (int i = 0; i < 2 * n; i++) {
                boolean sameSign = Math.signum(gradient[i]) == Math.signum(update[i]);
                gains[i] = sameSign ? Math.max(0.01, gains[i] * 0.8) : gains[i] + 0.2;
                update[i] = momentum * update[i] - rate * gains[i] * gradient[i];
                y[i] += update[i];
            }
            centre(y, n);
            if (iteration % reportEvery == 0 || iteration == total - 1) {
                listener.progress(0.02 + 0.98 * (iteration + 1) / total,
                        "iteration " + (iteration + 1) + " of " + total, toFloats(y));
            }
        }
        return toFloats(y);
    }

    /** dC/dy = 4 (exaggeration · Σ_j p_ij q_ij Z (y_i − y_j) − Σ_j q_ij² Z (y_i − y_j) / Z). */
    private void gradient(NeighbourAffinities p, double[] y, int n, double exaggeration, QuadTree tree,
                          double[] gradient, double[] repulsion, double[] z) {
        int[] order = QuadTree.zOrder(y, n);
        // cells average their points in insertion order, so only large layouts take the faster Z-order
        // and small ones keep their exact former results
        tree.build(y, n, n < TsneSettings.LARGE_LAYOUT ? indexOrder(n) : order);
        double theta = settings.theta(n);
        inBlocks(n, (from, to) -> {
            int[] stack = tree.newStack();
            double[] force = new double[2];
            for (int at = from; at < to; at++) {
                int i = order[at];
                force[0] = 0;
                force[1] = 0;
                z[i] = tree.repulsion(y[2 * i], y[2 * i + 1], theta, stack, force);
                repulsion[2 * i] = force[0];
                repulsion[2 * i + 1] = force[1];
            }
        });
        double sumZ = 0;
        for (int i = 0; i < n; i++) {
            sumZ += z[i];
        }
        double invZ = 1 / Math.max(sumZ, Double.MIN_NORMAL);
        int[] offsets = p.offsets();
        int[] columns = p.columns();
        double[] values = p.values();
        inBlocks(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                double ax = 0;
                double ay = 0;
                double xi = y[2 * i];
                double yi = y[2 * i + 1];
                for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                    int j = columns[e];
                    double dx = xi - y[2 * j];
                    double dy = yi - y[2 * j + 1];
                    double m = values[e] * exaggeration / (1 + dx * dx + dy * dy);
                    ax += m * dx;
                    ay += m * dy;
                }
                gradient[2 * i] = 4 * (ax - repulsion[2 * i] * invZ);
                gradient[2 * i + 1] = 4 * (ay - repulsion[2 * i + 1] * invZ);
            }
        });
    }

    private static int[] indexOrder(int n) {
        return IntStream.range(0, n).toArray();
    }

    /** Work over a range of positions {@code [from, to)}. */
    @FunctionalInterface
    private interface Block {
        void run(int from, int to);
    }

    /** Runs {@code block} over {@code [0, n)} in blocks of {@value #BLOCK} positions, in parallel. */
    private static void inBlocks(int n, Block block) {
        int blocks = (n + BLOCK - 1) / BLOCK;
        IntStream.range(0, blocks).parallel().forEach(b -> block.run(b * BLOCK, Math.min(n, (b + 1) * BLOCK)));
    }

    private static void centre(double[] y, int n) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += y[2 * i];
            my += y[2 * i + 1];
        }
        mx /= n;
        my /= n;
        for (int i = 0; i < n; i++) {
            y[2 * i] -= mx;
            y[2 * i + 1] -= my;
        }
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static float[] toFloats(double[] y) {
        float[] out = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = (float) y[i];
        }
        return out;
    }
}
