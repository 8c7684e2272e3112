package io.towerlab.cli;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.eval.ApproximateRanking;
import io.towerlab.core.eval.EmbeddingMatrix;
import io.towerlab.core.eval.EvalTargets;
import io.towerlab.core.eval.HnswIndex;
import io.towerlab.core.eval.IndexRecall;
import io.towerlab.core.eval.RandomEvalProblem;
import io.towerlab.core.eval.ResidentCatalogue;
import io.towerlab.core.eval.RetrievalEvaluator;
import io.towerlab.core.train.MemoryUse;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;

/**
 * The HNSW half of {@code towerlab bench eval --hnsw}: builds the index, measures its recall against
 * the exact top-k and the throughput of both over a sample of queries, then the latency of one query
 * at a time (what the query inspector does): exact against the catalogue kept on the engine, and
 * the index.
 *
 * @param threads threads building the graph and searching a batch of queries
 */
record HnswBenchmark(int maxConnections, int beamWidth, int candidates, int threads, int k, int recallSample,
                     int latencyQueries, long seed) {

    void run(PrintWriter out, RandomEvalProblem problem, int blockSize) {
        EmbeddingMatrix documents = problem.documents();
        long start = System.nanoTime();
        double cpu = ProcessCpu.seconds();
        HnswIndex index = HnswIndex.build(documents, maxConnections, beamWidth, seed, threads);
        double build = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "hnsw: built over %d documents in %.1f s wall, %.1f s CPU on %d thread(s) (M %d, "
                        + "beam %d); %s%n", documents.rows(), build, ProcessCpu.seconds() - cpu, threads,
                maxConnections, beamWidth, MemoryUse.now().describe());
        out.flush();
        ApproximateRanking ranking = new ApproximateRanking(index, candidates, threads);
        try (NDManager manager = NDManager.newBaseManager();
             ResidentCatalogue catalogue = new ResidentCatalogue(manager, documents)) {
            RetrievalEvaluator exact = new RetrievalEvaluator(manager, blockSize);
            IndexRecall recall = IndexRecall.measure(exact, ranking, problem.queries(), catalogue, problem.targets(),
                    k, recallSample, seed);
            out.printf(Locale.ROOT, "hnsw: recall@%d against the exact top-%d = %.4f over %d queries; batch of them: "
                            + "%.0f queries/s approximate (%d candidates, %d threads) vs %.0f queries/s exact%n",
                    k, k, recall.recall(), recall.queries(), recall.queries() / recall.approximateSeconds(),
                    candidates, threads, recall.queries() / recall.exactSeconds());
            singleQueries(out, problem, exact, catalogue, index);
        }
        out.flush();
    }

    /** One query per call, as the query inspector asks: median and 99th percentile per query. */
    private void singleQueries(PrintWriter out, RandomEvalProblem problem, RetrievalEvaluator exact,
                               ResidentCatalogue catalogue, HnswIndex index) {
        int n = Math.min(latencyQueries, problem.targets().size());
        if (n == 0) {
            return;
        }
        int dim = problem.queries().dim();
        double[] exactMillis = new double[n];
        double[] approximateMillis = new double[n];
        int[] sink = new int[1];
        for (int i = 0; i < n; i++) {
            int row = problem.targets().query(i) * dim;
            float[] vector = Arrays.copyOfRange(problem.queries().data(), row, row + dim);
            EmbeddingMatrix one = new EmbeddingMatrix(1, dim, vector);
            EvalTargets target = EvalTargets.exclusionsOnly(new int[] {0}, new int[][] {problem.targets().excluded(i)});
            long t0 = System.nanoTime();
            exact.rank(one, catalogue, target, k, (t, list, from, length) -> sink[0] += list[from]);
            long t1 = System.nanoTime();
            sink[0] += index.search(vector, k, candidates, problem.targets().excluded(i))[0];
            long t2 = System.nanoTime();
            exactMillis[i] = (t1 - t0) / 1e6;
            approximateMillis[i] = (t2 - t1) / 1e6;
        }
        out.printf(Locale.ROOT, "one query at a time (%d queries, top-%d): exact %s, hnsw %s (checksum %d)%n", n, k,
                percentiles(exactMillis), percentiles(approximateMillis), sink[0]);
    }

    private static String percentiles(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %.2f ms, p99 %.2f ms", sorted[sorted.length / 2],
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.99 * sorted.length) - 1)]);
    }
}
