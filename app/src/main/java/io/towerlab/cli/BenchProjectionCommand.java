package io.towerlab.cli;

import io.towerlab.core.eval.projection.KNearestNeighbours;
import io.towerlab.core.eval.projection.NearestNeighbours;
import io.towerlab.core.eval.projection.NeighbourAffinities;
import io.towerlab.core.eval.projection.Pca;
import io.towerlab.core.eval.projection.ProjectionSample;
import io.towerlab.core.eval.projection.Tsne;
import io.towerlab.core.eval.projection.TsneSettings;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code towerlab bench projection}: times what the embedding projection does with a large
 * catalogue, on generated clustered vectors: the sampling rule, PCA, one nearest-neighbour query,
 * and t-SNE (neighbour search, then the iterations), and checks the t-SNE layout keeps neighbours.
 */
@Command(name = "projection", mixinStandardHelpOptions = true,
        description = "Time the sampling rule, PCA, nearest neighbours and t-SNE on N generated document vectors.")
public final class BenchProjectionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--points", description = "Documents to project (default: ${DEFAULT-VALUE}).")
    int points = ProjectionSample.LIMIT;

    @Option(names = "--catalogue", description = "Documents in the catalogue before sampling (default: ${DEFAULT-VALUE}).")
    int catalogue = 200_000;

    @Option(names = "--dim", description = "Vector size (default: ${DEFAULT-VALUE}).")
    int dim = 64;

    @Option(names = "--clusters", description = "Clusters in the generated vectors (default: ${DEFAULT-VALUE}).")
    int clusters = 40;

    @Option(names = "--iterations", description = "t-SNE iterations (default: ${DEFAULT-VALUE}).")
    int iterations = TsneSettings.defaults().iterations();

    @Option(names = "--theta", description = "Barnes-Hut accuracy at every size (default: 0.5, and 0.7 from 10,000 points on).")
    Double theta;

    @Option(names = "--no-tsne", description = "Skip t-SNE.")
    boolean noTsne;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%,d points of %d dims in %d clusters; %d cores; max heap %,d MB%n", points, dim,
                clusters, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        List<String> ids = new ArrayList<>(catalogue);
        for (int i = 0; i < catalogue; i++) {
            ids.add("doc-" + i);
        }
        long t0 = System.nanoTime();
        int[] sample = ProjectionSample.rows(ids, points);
        out.printf(Locale.ROOT, "sampling rule: %,d of %,d ids in %.3f s%n", sample.length, catalogue, seconds(t0));
        int[] label = new int[points];
        float[] data = clusteredVectors(label);
        t0 = System.nanoTime();
        Pca pca = Pca.fit(data, points, dim, 2);
        pca.project(data, points);
        out.printf(Locale.ROOT, "PCA (fit + project): %.3f s%n", seconds(t0));
        NearestNeighbours neighbours = new NearestNeighbours(data, dim, true);
        t0 = System.nanoTime();
        int queries = 20;
        for (int q = 0; q < queries; q++) {
            neighbours.of(q * (points / queries), 10);
        }
        out.printf(Locale.ROOT, "nearest neighbours (cosine, top 10 of %,d): %.1f ms per click%n", points,
                seconds(t0) * 1000 / queries);
        if (!noTsne) {
            tsne(out, data, label);
        }
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "heap in use at the end: %,d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        return 0;
    }

    private void tsne(PrintWriter out, float[] data, int[] label) {
        TsneSettings settings = TsneSettings.defaults().withIterations(iterations);
        if (theta != null) {
            settings = settings.withTheta(theta);
        }
        NeighbourAffinities affinities = points >= KNearestNeighbours.APPROXIMATE_FROM
                ? neighbourRecall(out, data, settings) : null;
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        long[] phase = {0, 0, 0};
        float[] layout = new Tsne(settings).run(data, points, dim,
                (fraction, stage, partial) -> {
                    if (stage.startsWith("iteration 1 ") && phase[0] == 0) {
                        phase[0] = System.nanoTime();
                        phase[2] = processCpuNanos();
                    }
                }, () -> false);
        phase[1] = System.nanoTime();
        double prepare = (phase[0] - start) / 1e9;
        double iterate = (phase[1] - phase[0]) / 1e9;
        out.printf(Locale.ROOT, "t-SNE: PCA to 30 dims + %s neighbours + affinities %.1f s (%s); %d iterations"
                + " (theta %.2f) %.1f s (%.0f ms each, %s); total %.1f s wall, %s%n",
                points >= KNearestNeighbours.APPROXIMATE_FROM ? "approximate" : "exact", prepare,
                cpuBetween(cpuStart, phase[2]), iterations, settings.theta(points), iterate,
                iterate * 1000 / iterations, cpu(phase[2]), prepare + iterate, cpu(cpuStart));
        int checked = Math.min(points, 2000);
        SplittableRandom random = new SplittableRandom(5);
        int same = 0;
        int k = 10;
        for (int c = 0; c < checked; c++) {
            int i = random.nextInt(points);
            for (int j : nearestInLayout(layout, i, k)) {
                same += label[j] == label[i] ? 1 : 0;
            }
        }
        out.printf(Locale.ROOT, "t-SNE quality: %.1f %% of the 10 nearest points in the layout share the cluster"
                + " (over %,d sampled points; chance: %.1f %%)%n", 100.0 * same / (checked * k), checked,
                100.0 / clusters);
        if (affinities != null) {
            out.printf(Locale.ROOT, "t-SNE cost: KL divergence of the layout %.4f%n", affinities.divergence(layout));
        }
    }

    /**
     * Times the approximate neighbour search t-SNE uses at this size and its recall against the exact
     * search on 500 sampled points, in the same 30-dimensional PCA space.
     */
    private NeighbourAffinities neighbourRecall(PrintWriter out, float[] data, TsneSettings settings) {
        int inputDims = Math.min(dim, settings.inputDims());
        float[] input = inputDims < dim ? Pca.fit(data, points, dim, inputDims).project(data, points) : data;
        int k = (int) Math.ceil(3 * settings.perplexity());
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        KNearestNeighbours approximate = KNearestNeighbours.approximate(input, points, inputDims, k, () -> false);
        double seconds = seconds(start);
        String cpu = cpu(cpuStart);
        int[] sample = new SplittableRandom(7).ints(500, 0, points).toArray();
        out.printf(Locale.ROOT, "t-SNE neighbours (HNSW, %d-NN of %,d in %d dims): %.1f s wall, %s; recall against"
                + " exact on 500 sampled points: %.4f%n", k, points, inputDims, seconds, cpu,
                approximate.recall(input, inputDims, sample));
        return NeighbourAffinities.of(approximate, settings.perplexity());
    }

    /** The {@code k} points nearest to point {@code i} in the 2D layout, by Euclidean distance. */
    private static int[] nearestInLayout(float[] layout, int i, int k) {
        int n = layout.length / 2;
        int[] best = new int[k];
        double[] distance = new double[k];
        java.util.Arrays.fill(distance, Double.POSITIVE_INFINITY);
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            double dx = layout[2 * i] - layout[2 * j];
            double dy = layout[2 * i + 1] - layout[2 * j + 1];
            double d = dx * dx + dy * dy;
            if (d < distance[k - 1]) {
                int at = k - 1;
                while (at > 0 && distance[at - 1] > d) {
                    distance[at] = distance[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                distance[at] = d;
                best[at] = j;
            }
        }
        return best;
    }

    private float[] clusteredVectors(int[] label) {
        SplittableRandom random = new SplittableRandom(11);
        float[][] centres = new float[clusters][dim];
        for (float[] centre : centres) {
            for (int d = 0; d < dim; d++) {
                centre[d] = (float) random.nextGaussian();
            }
        }
        float[] data = new float[points * dim];
        for (int i = 0; i < points; i++) {
            label[i] = random.nextInt(clusters);
            for (int d = 0; d < dim; d++) {
                data[i * dim + d] = centres[label[i]][d] + (float) (0.35 * random.nextGaussian());
            }
        }
        return data;
    }

    /** The process's CPU time in ns, or -1 where the JVM does not expose it. */
    private static long processCpuNanos() {
        try {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        } catch (LinkageError | ClassCastException e) {
            return -1;
        }
    }

    /** "123.4 s CPU" since {@code start}: on a busy machine the wall time alone overstates the cost. */
    private static String cpu(long start) {
        long now = processCpuNanos();
        return start < 0 || now < 0 ? "CPU time not available" : String.format(Locale.ROOT, "%.1f s CPU", (now - start) / 1e9);
    }

    private static String cpuBetween(long start, long end) {
        return start < 0 || end < 0 ? "CPU time not available" : String.format(Locale.ROOT, "%.1f s CPU", (end - start) / 1e9);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
