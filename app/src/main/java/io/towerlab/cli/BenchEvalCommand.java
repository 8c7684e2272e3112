package io.towerlab.cli;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.eval.EvaluationReport;
import io.towerlab.core.eval.RandomEvalProblem;
import io.towerlab.core.eval.RetrievalEvaluator;
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

    @Option(names = "--repeat", defaultValue = "3", description = "Timed runs after one warm-up run (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (queries < 1 || documents < 1 || dim < 1 || k < 1 || repeat < 1 || excluded < 0
                || (block != null && block < 1) || (threads != null && threads < 1)) {
            spec.commandLine().getErr().println("every size, --k, --repeat, --block and --threads must be >= 1"
                    + " and --excluded >= 0");
            return 2;
        }
        if (threads != null) {
            System.setProperty(THREADS_PROPERTY, Integer.toString(threads));
        }
        RandomEvalProblem problem = RandomEvalProblem.generate(queries, documents, dim, excluded, 1, seed);
        int blockSize = block != null ? block : RetrievalEvaluator.blockSizeFor(documents, RetrievalEvaluator.DEFAULT_BLOCK_BYTES);
        int[] ks = {k};
        List<Run> runs = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            RetrievalEvaluator evaluator = new RetrievalEvaluator(manager, blockSize);
            for (int r = 0; r <= repeat; r++) {
                long start = System.nanoTime();
                EvaluationReport report = evaluator.evaluateWithReport(problem.queries(), problem.documents(),
                        problem.targets(), ks);
                long wall = System.nanoTime() - start;
                if (r > 0) {
                    runs.add(new Run(wall, report));
                }
            }
        }
        Run best = runs.stream().min(Comparator.comparingLong(Run::wallNanos)).orElseThrow();
        out.printf(Locale.ROOT, "eval bench: %d queries x %d documents x %d dims, top-%d, %d excluded/query%n",
                queries, documents, dim, k, excluded);
        out.printf(Locale.ROOT, "block %d queries (%d blocks), engine threads %s%n", blockSize,
                best.report().blocks(), System.getProperty(THREADS_PROPERTY, "engine default"));
        for (int i = 0; i < runs.size(); i++) {
            out.println("run " + (i + 1) + ": " + describe(runs.get(i)));
        }
        out.println("best:  " + describe(best));
        out.flush();
        return 0;
    }

    private String describe(Run run) {
        double seconds = run.wallNanos() / 1e9;
        double engine = run.report().engineSeconds();
        double java = run.report().javaSeconds();
        return String.format(Locale.ROOT,
                "%.3f s, %.0f queries/s; engine %.3f s (%.0f%%: product+mask %.3f s, top-k %.3f s), java %.3f s (%.0f%%)",
                seconds, queries / seconds, engine, 100 * engine / seconds, run.report().productNanos() / 1e9,
                run.report().topKNanos() / 1e9, java, 100 * java / seconds);
    }

    private record Run(long wallNanos, EvaluationReport report) {
    }
}
