package io.towerlab.core.data.generate;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.SplitRole;
import io.towerlab.core.data.split.SplitOptions;
import io.towerlab.core.data.split.Splitter;
import io.towerlab.core.eval.EmbeddingMatrix;
import io.towerlab.core.eval.EvalTargets;
import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.eval.PopularityBaseline;
import io.towerlab.core.eval.RetrievalEvaluator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ceiling and the floor of a generated log, on the default split (leave-last-out, test part):
 * the ORACLE ranks every document by the true affinity ⟨[z_q / T, 1], [z_d, beta · logpop_d]⟩ with
 * the project's evaluator; the POPULARITY baseline ranks by training click counts. A trained model is
 * judged between the two.
 */
public final class ReferenceMetrics {
    /** The metrics written, in this order. */
    public static final List<String> KEYS = List.of("recall@10", "recall@50", "recall@100", "ndcg@10", "mrr",
            "hitrate@10", "coverage@50");
    private static final int[] KS = {10, 50, 100};

    private final NDManager manager;
    private final Splitter splitter;

    public ReferenceMetrics(NDManager manager, Splitter splitter) {
        this.manager = manager;
        this.splitter = splitter;
    }

    /**
     * The reference of a generated log, or its settings alone when the log was too large to keep in
     * memory.
     */
    public Reference compute(GeneratedLog log) {
        SplitOptions options = SplitOptions.leaveLastOut();
        if (!log.hasDataset()) {
            return new Reference(log.settings(), options, 0, null, null);
        }
        Measured m = measure(log.dataset(), options, log.oracleDimension(), log.oracleQueries(),
                log.oracleDocuments());
        return new Reference(log.settings(), options, m.evaluatedQueries(), m.oracle(), m.popularity());
    }

    /**
     * The oracle's and the popularity baseline's metrics on the test part of a split, the oracle
     * ranking by the dot product of the given row-major vectors ({@code dim} columns, one row per
     * query and per document).
     */
    public Measured measure(ClickDataset dataset, SplitOptions options, int dim, float[] queryVectors,
                            float[] documentVectors) {
        DatasetSplit split = splitter.split(dataset, options);
        EvalTargets targets = EvalTargets.from(dataset, split, SplitRole.TEST);
        EmbeddingMatrix queries = new EmbeddingMatrix(dataset.queryCount(), dim, queryVectors);
        EmbeddingMatrix documents = new EmbeddingMatrix(dataset.documentCount(), dim, documentVectors);
        MetricSet oracle;
        try (NDManager scope = manager.newSubManager()) {
            oracle = RetrievalEvaluator.forCatalogue(scope, dataset.documentCount())
                    .evaluate(queries, documents, targets, KS);
        }
        MetricSet popularity = PopularityBaseline.fromTraining(dataset, split).evaluate(targets, KS);
        return new Measured(oracle.queries(), pick(oracle), pick(popularity));
    }

    /** The oracle's and the popularity baseline's metrics, and the number of queries evaluated. */
    public record Measured(int evaluatedQueries, Map<String, Double> oracle, Map<String, Double> popularity) {
    }

    private static Map<String, Double> pick(MetricSet metrics) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String key : KEYS) {
            values.put(key, Math.round(metrics.get(key) * 1e6) / 1e6);
        }
        return values;
    }

    /**
     * The contents of {@code reference.json}.
     *
     * @param evaluatedQueries queries with a test click; 0 when no metrics were computed
     * @param oracle           null when the log was too large to evaluate
     * @param popularity       null when the log was too large to evaluate
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reference(GeneratorSettings settings, SplitOptions split, int evaluatedQueries,
                            Map<String, Double> oracle, Map<String, Double> popularity) {
    }
}
