package io.towerlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.towerlab.core.store.RunFolder;
import io.towerlab.core.train.ApproximateEvaluation;
import io.towerlab.core.train.SavedRunEvaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code towerlab eval RUN_DIR}: re-evaluates a saved run on its test split. */
@Command(name = "eval", description = "Re-evaluate a saved run on its test split, beside the popularity baseline.")
public final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN_DIR", description = "The run's folder.")
    Path run;

    @Option(names = "--data", paramLabel = "PATH", description = "Read the dataset from here instead of the path "
            + "recorded in the run.")
    Path data;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @Option(names = "--approximate", description = "Also rank through an HNSW index over the document vectors and "
            + "show its metrics and its recall against the exact top-k (for very large catalogues).")
    boolean approximate;

    @Option(names = "--candidates", defaultValue = "200", description = "HNSW candidates per search (ef; default: "
            + "${DEFAULT-VALUE}).")
    int candidates;

    @Option(names = "--recall-sample", defaultValue = "1000", description = "Queries compared with the exact top-k "
            + "for the index's recall (default: ${DEFAULT-VALUE}).")
    int recallSample;

    @Override
    public Integer call() {
        try {
            if (!Files.isRegularFile(run.resolve("spec.json"))) {
                System.err.println("error: " + run + " is not a run folder (no spec.json); give a folder from the store");
                return CliErrors.USER_ERROR;
            }
            SavedRunEvaluator.Evaluation e = new SavedRunEvaluator().evaluate(new RunFolder(run), data,
                    new SavedRunEvaluator.Options(approximate, candidates, recallSample));
            ApproximateEvaluation a = e.approximate();
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("runId", e.runId());
                out.put("metrics", e.metrics().values());
                out.put("baseline", e.baseline().values());
                out.put("evalSeconds", e.seconds());
                if (a != null) {
                    out.put("approximate", Map.of("metrics", a.metrics().values(), "recallAgainstExact",
                            a.recall().recall(), "recallK", a.recall().k(), "recallQueries", a.recall().queries(),
                            "buildSeconds", a.buildSeconds(), "searchSeconds", a.searchSeconds()));
                }
                System.out.println(new ObjectMapper().writeValueAsString(out));
            } else {
                ResultTable.print(System.out, run.toString(), e.metrics(), e.baseline());
                if (a != null) {
                    ResultTable.print(System.out, run + " (HNSW, " + candidates + " candidates)", a.metrics(),
                            e.baseline());
                    System.out.printf(java.util.Locale.ROOT, "HNSW recall@%d against the exact top-%d: %.4f over %d "
                                    + "queries; index built in %.2f s, every query ranked in %.2f s%n", a.recall().k(),
                            a.recall().k(), a.recall().recall(), a.recall().queries(), a.buildSeconds(),
                            a.searchSeconds());
                }
            }
            return 0;
        } catch (Exception ex) {
            return CliErrors.report(ex, System.err);
        }
    }
}
