package io.towerlab.core.train;

import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.data.PositiveSets;
import io.towerlab.core.eval.ApproximateRanking;
import io.towerlab.core.eval.EmbeddingMatrix;
import io.towerlab.core.eval.EvalTargets;
import io.towerlab.core.eval.HnswIndex;
import io.towerlab.core.eval.IndexRecall;
import io.towerlab.core.eval.ResidentCatalogue;
import io.towerlab.core.eval.RetrievalEvaluator;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.store.RunFolder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A saved run's model loaded once to rank the catalogue for single queries: it rebuilds the model
 * from the spec, loads the best checkpoint, embeds every document, and for a query returns the exact
 * top-k (its training positives excluded, as in evaluation) with the model's similarity scores, or
 * an approximate top-k from an HNSW index over the document vectors (built on first use) with its
 * recall against the exact answer. Holds native memory until closed; call it from one thread at a time.
 */
public final class SavedRunRanker implements AutoCloseable {
    /** Candidates kept per HNSW search (its ef) by {@link #approximateTop}. */
    public static final int HNSW_CANDIDATES = 100;

    /** One ranked document: its dense index and the similarity of the compared vectors (before 1/τ). */
    public record Ranked(int document, float score) {
    }

    /**
     * A query's approximate top-k, best first, with its recall against the exact top-k of the same
     * query (same exclusions) and both search times.
     *
     * @param exactCount   the length of the exact top-k (k, or fewer when the catalogue is smaller)
     * @param indexSeconds how long building the index took (once per ranker)
     */
    public record Approximate(List<Ranked> ranked, IndexRecall recall, int exactCount, double indexSeconds) {
        /** How many documents of the exact top-k the approximate list found. */
        public int found() {
            return (int) Math.round(recall.recall() * exactCount);
        }
    }

    private final SavedRun run;
    private final SavedModel model;
    private final EmbeddingMatrix documents;
    private final PositiveSets trainPositives;
    private final RetrievalEvaluator evaluator;
    private final ResidentCatalogue catalogue;
    private HnswIndex index;
    private double indexSeconds;

    private SavedRunRanker(SavedRun run, SavedModel model, EmbeddingMatrix documents) {
        this.run = run;
        this.model = model;
        this.documents = documents;
        var data = run.data();
        this.trainPositives = PositiveSets.of(data.dataset().interactions(), data.split().train(),
                data.dataset().queryCount());
        this.evaluator = RetrievalEvaluator.forCatalogue(model.root(), documents.rows());
        this.catalogue = new ResidentCatalogue(model.root(), documents);
    }

    /** Loads a run's spec, dataset and best weights; fails with a clear message when the run has none. */
    public static SavedRunRanker open(RunFolder folder) throws IOException, SpecException, DataFormatException {
        return open(SavedRun.open(folder, null));
    }

    /** Loads the best weights of an opened run. */
    public static SavedRunRanker open(SavedRun saved) throws IOException {
        SavedModel loaded = SavedModel.load(saved, SavedModel.bestCheckpoint(saved.folder()),
                saved.spec().training().device());
        try {
            return new SavedRunRanker(saved, loaded, loaded.context().documentVectors());
        } catch (RuntimeException e) {
            loaded.close();
            throw e;
        }
    }

    public SavedRun run() {
        return run;
    }

    /** The query's training positives, which its ranking leaves out. */
    public int[] trainingPositives(int query) {
        return trainPositives.of(query);
    }

    /** The {@code k} best documents for a query by dense index, best first. */
    public List<Ranked> top(int query, int k) {
        float[] vector = embed(query);
        List<Ranked> out = new ArrayList<>(k);
        evaluator.rank(new EmbeddingMatrix(1, vector.length, vector), catalogue, exclusions(query), k,
                collector(vector, out));
        return out;
    }

    /** Whether the HNSW index is built (the first {@link #approximateTop} builds it). */
    public boolean hasIndex() {
        return index != null;
    }

    /**
     * The approximate {@code k} best documents for a query from the HNSW index over the document
     * vectors, best first, never one of its training positives; with the recall of that list against
     * the exact top-k and both search times. Builds the index on first use.
     */
    public Approximate approximateTop(int query, int k) {
        float[] vector = embed(query);
        if (index == null) {
            long start = System.nanoTime();
            index = HnswIndex.build(documents, run.spec().training().seed());
            indexSeconds = (System.nanoTime() - start) / 1e9;
        }
        EmbeddingMatrix queries = new EmbeddingMatrix(1, vector.length, vector);
        EvalTargets target = exclusions(query);
        ApproximateRanking ranking = new ApproximateRanking(index, HNSW_CANDIDATES);
        IndexRecall recall = IndexRecall.measure(evaluator, ranking, queries, catalogue, target, k, 1, 0);
        List<Ranked> out = new ArrayList<>(k);
        ranking.rank(queries, target, k, collector(vector, out));
        int exactCount = Math.min(k, documents.rows() - target.excludedCount(0));
        return new Approximate(out, recall, exactCount, indexSeconds);
    }

    private float[] embed(int query) {
        if (query < 0 || query >= run.data().dataset().queryCount()) {
            throw new IllegalArgumentException("query " + query + " is not in the dataset's "
                    + run.data().dataset().queryCount() + " queries");
        }
        EngineGate.prepareThread();
        var towers = model.model();
        return towers.embed(towers.queryTower(), new int[] {query}, 1, model.root());
    }

    private EvalTargets exclusions(int query) {
        return EvalTargets.exclusionsOnly(new int[] {0}, new int[][] {trainPositives.of(query)});
    }

    private RetrievalEvaluator.RankedListConsumer collector(float[] vector, List<Ranked> out) {
        return (t, list, from, length) -> {
            for (int i = from; i < from + length; i++) {
                out.add(new Ranked(list[i], dot(vector, list[i])));
            }
        };
    }

    private float dot(float[] query, int document) {
        int dim = documents.dim();
        double sum = 0;
        for (int c = 0; c < dim; c++) {
            sum += query[c] * documents.get(document, c);
        }
        return (float) sum;
    }

    @Override
    public void close() {
        index = null;
        catalogue.close();
        model.close();
    }
}
