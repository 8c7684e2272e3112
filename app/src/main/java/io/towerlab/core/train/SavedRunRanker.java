package io.towerlab.core.train;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.data.PositiveSets;
import io.towerlab.core.eval.EmbeddingMatrix;
import io.towerlab.core.eval.EvalTargets;
import io.towerlab.core.eval.RetrievalEvaluator;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.store.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A saved run's model loaded once to rank the catalogue for single queries: it rebuilds the model
 * from the spec, loads the best checkpoint, embeds every document, and for a query returns the exact
 * top-k (its training positives excluded, as in evaluation) with the model's similarity scores.
 * Holds native memory until closed; call it from one thread at a time.
 */
public final class SavedRunRanker implements AutoCloseable {
    private static final int EMBED_BLOCK = 4096;

    /** One ranked document: its dense index and the similarity of the compared vectors (before 1/τ). */
    public record Ranked(int document, float score) {
    }

    private final SavedRun run;
    private final NDManager root;
    private final TrainingContext context;
    private final EmbeddingMatrix documents;
    private final PositiveSets trainPositives;
    private final RetrievalEvaluator evaluator;

    private SavedRunRanker(SavedRun run, NDManager root, TrainingContext context, EmbeddingMatrix documents) {
        this.run = run;
        this.root = root;
        this.context = context;
        this.documents = documents;
        var data = run.data();
        this.trainPositives = PositiveSets.of(data.dataset().interactions(), data.split().train(),
                data.dataset().queryCount());
        this.evaluator = RetrievalEvaluator.forCatalogue(root, documents.rows());
    }

    /** Loads a run's spec, dataset and best weights; fails with a clear message when the run has none. */
    public static SavedRunRanker open(RunFolder folder) throws IOException, SpecException, DataFormatException {
        return open(SavedRun.open(folder, null));
    }

    /** Loads the best weights of an opened run. */
    public static SavedRunRanker open(SavedRun saved) throws IOException {
        Path checkpoint = saved.folder().checkpoints().resolve("best");
        if (!Files.isDirectory(checkpoint)) {
            throw new IOException("run " + saved.folder().id() + " has no saved weights (" + checkpoint
                    + "): it did not finish; train it again");
        }
        EngineSetup.configure(saved.spec().training().threads());
        EngineGate.prepareThread();
        NDManager root = NDManager.newBaseManager(EngineSetup.device(saved.spec().training().device()));
        try {
            var data = saved.data();
            TrainingContext context = new TrainingContext(saved.spec(), data.dataset(), data.split(), root);
            ModelCheckpoint.load(context.model().parameters(), checkpoint);
            int count = data.dataset().documentCount();
            int[] all = new int[count];
            for (int i = 0; i < count; i++) {
                all[i] = i;
            }
            var model = context.model();
            EmbeddingMatrix documents = new EmbeddingMatrix(count, model.dim(),
                    model.embed(model.documentTower(), all, EMBED_BLOCK, root));
            return new SavedRunRanker(saved, root, context, documents);
        } catch (IOException | RuntimeException e) {
            root.close();
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
        if (query < 0 || query >= run.data().dataset().queryCount()) {
            throw new IllegalArgumentException("query " + query + " is not in the dataset's "
                    + run.data().dataset().queryCount() + " queries");
        }
        EngineGate.prepareThread();
        var model = context.model();
        float[] vector = model.embed(model.queryTower(), new int[] {query}, 1, root);
        EmbeddingMatrix queries = new EmbeddingMatrix(1, model.dim(), vector);
        EvalTargets target = EvalTargets.exclusionsOnly(new int[] {0}, new int[][] {trainPositives.of(query)});
        List<Ranked> out = new ArrayList<>(k);
        evaluator.rank(queries, documents, target, k, (t, list, from, length) -> {
            for (int i = from; i < from + length; i++) {
                out.add(new Ranked(list[i], dot(vector, list[i])));
            }
        });
        return out;
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
        context.model().close();
        root.close();
    }
}
