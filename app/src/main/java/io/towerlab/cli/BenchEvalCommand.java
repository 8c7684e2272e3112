package io.towerlab.cli;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.eval.EvaluationReport;
import io.towerlab.core.eval.HnswIndex;
import io.towerlab.core.eval.RandomEvalProblem;
import io.towerlab.core.eval.RetrievalEvaluator;
import io.towerlab.core.train.MemoryUse;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code towerlab bench eval}: times exact full-catalogue evaluation on random embeddings and shows
 * how the time splits between the engine (matrix product, masking, top-k) and Java (gathering rows,
 * building masks, metrics).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Time full-catalogue retrieval evaluation (matrix product + mask + top-k) on random data.")
public final class BenchEvalCommand implements Callable<Integer> {
    private static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";

    @Spec
    CommandSpec spec;

    @Option(names = "--queries", defaultValue = "10000", description = "Evaluated queries (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--documents", defaultValue = "20000", description = "Catalogue size (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--dim", defaultValue = "64", description = "Embedding size (default: ${DEFAULT-VALUE}).")
    int dim;

    @Option(names = "--k", defaultValue = "100", description = "Top-k cut-off (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--excluded", defaultValue = "30", description = "Excluded documents per query (default: ${DEFAULT-VALUE}).")
    int excluded;

    @Option(names = "--block", description = "Queries per block (default: what keeps one block's scores under 128 MiB).")
    Integer block;

    @Option(names = "--threads", description = "Engine intra-op threads; applies only when the engine starts in this command.")
    Integer threads;

    @Option(names = "--repeat", defaultValue = "3", description = "Timed runs after the warm-up runs; 0 only with --hnsw "
            + "(default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warmup", defaultValue = "1", description = "Untimed runs first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--hnsw", description = "Also build an HNSW index over the documents and report its build time, "
            + "queries/s and recall@k against the exact top-k.")
    boolean hnsw;

    @Option(names = "--hnsw-m", defaultValue = "16", description = "HNSW neighbours per node (default: ${DEFAULT-VALUE}).")
    int hnswM;

    @Option(names = "--hnsw-beam", defaultValue = "100", description = "HNSW candidates while building (default: "
            + "${DEFAULT-VALUE}).")
    int hnswBeam;

    @Option(names = "--candidates", defaultValue = "200", description = "HNSW candidates per search (ef; default: "
            + "${DEFAULT-VALUE}).")
    int candidates;

    @Option(names = "--hnsw-threads", description = "Threads building the HNSW graph and searching a batch of queries "
            + "(default: one below " + HnswIndex.PARALLEL_BUILD_FROM + " documents, else every core).")
    Integer hnswThreads;

    @Option(names = "--latency-queries", defaultValue = "200", description = "Queries timed one at a time, exact and "
            + "HNSW (default: ${DEFAULT-VALUE}).")
    int latencyQueries;

    @Option(names = "--clusters", defaultValue = "0", description = "Draw the vectors around this many random centres, "
            + "like a trained tower's; 0 draws isotropic Gaussian vectors, the hardest case for HNSW (default: "
            + "${DEFAULT-VALUE}).")
    int clusters;

    @Option(names = "--recall-sample", defaultValue = "1000", description = "Queries compared with the exact answer "
            + "for HNSW recall (default: ${DEFAULT-VALUE}).")
    int recallSample;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (queries < 1 || documents < 1 || dim < 1 || k < 1 || repeat < (hnsw ? 0 : 1) || warmup < 0 || excluded < 0
                || (block != null && block < 1) || (threads != null && threads < 1)
                || (hnswThreads != null && hnswThreads < 1) || clusters < 0 || latencyQueries < 0) {
            spec.commandLine().getErr().println("every size, --k, --repeat, --block, --threads and --hnsw-threads must"
                    + " be >= 1, and --excluded, --clusters and --latency-queries >= 0");
            return 2;
        }
        if (threads != null) {
            System.setProperty(THREADS_PROPERTY, Integer.toString(threads));
        }
        RandomEvalProblem problem = RandomEvalProblem.generate(queries, documents, dim, excluded, 1, seed, clusters);
        int blockSize = block != null ? block : RetrievalEvaluator.blockSizeFor(documents, RetrievalEvaluator.DEFAULT_BLOCK_BYTES);
        int[] ks = {k};
        List<Run> runs = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            RetrievalEvaluator evaluator = new RetrievalEvaluator(manager, blockSize);
            for (int r = 1 - warmup; r <= repeat; r++) {
                long start = System.nanoTime();
                double cpu = ProcessCpu.seconds();
                EvaluationReport report = evaluator.evaluateWithReport(problem.queries(), problem.documents(),
                        problem.targets(), ks);
                long wall = System.nanoTime() - start;
                if (r > 0) {
                    runs.add(new Run(wall, ProcessCpu.seconds() - cpu, report));
                }
            }
        }
        if (!runs.isEmpty()) {
            exact(out, runs, blockSize);
        }
        if (hnsw) {
            new HnswBenchmark(hnswM, hnswBeam, candidates, hnswThreads != null ? hnswThreads
                    : HnswIndex.defaultThreads(documents), k, recallSample, latencyQueries, seed)
                    .run(out, problem, blockSize);
        }
        return 0;
    }

    private void exact(PrintWriter out, List<Run> runs, int blockSize) {
        Run best = runs.stream().min(Comparator.comparingLong(Run::wallNanos)).orElseThrow();
        MemoryUse memory = MemoryUse.now();
        out.printf(Locale.ROOT, "eval bench: %d queries x %d documents x %d dims, top-%d, %d excluded/query%n",
                queries, documents, dim, k, excluded);
        out.printf(Locale.ROOT, "block %d queries (%d blocks), engine threads %s%n", blockSize,
                best.report().blocks(), System.getProperty(THREADS_PROPERTY, "engine default"));
        for (int i = 0; i < runs.size(); i++) {
            out.println("run " + (i + 1) + ": " + describe(runs.get(i)));
        }
        out.println("best:  " + describe(best));
        out.println("memory after evaluation: " + memory.describe() + "; peak resident "
                + (MemoryUse.peakResidentBytes() >> 20) + " MB");
        out.flush();
    }

    private String describe(Run run) {
        double seconds = run.wallNanos() / 1e9;
        String cpu = String.format(Locale.ROOT, " (%.1f s process CPU)", run.cpuSeconds());
        double engine = run.report().engineSeconds();
        double java = run.report().javaSeconds();
        return String.format(Locale.ROOT,
                "%.3f s%s, %.0f queries/s; engine %.3f s (%.0f%%: product+mask %.3f s, top-k %.3f s), java %.3f s (%.0f%%)",
                seconds, cpu, queries / seconds, engine, 100 * engine / seconds, run.report().productNanos() / 1e9,
                run.report().topKNanos() / 1e9, java, 100 * java / seconds);
    }

    private record Run(long wallNanos, double cpuSeconds, EvaluationReport report) {
    }
}
