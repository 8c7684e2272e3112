package io.towerlab.core.train;

import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.data.IdDictionary;
import io.towerlab.core.spec.SimilarityType;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.store.RunFolder;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A saved run's document tower with its best weights, loaded once to embed documents by their
 * original id outside training: the offline step that fills an approximate-nearest-neighbour index.
 * The tower is rebuilt the way training built it (the spec plus the dataset it was trained on, whose
 * dictionaries and vocabularies size its tables), so its vectors equal the run's own
 * {@code embeddings/}: the similarity's compared vectors, L2-normalised when it is cosine.
 *
 * <p>{@link #embed} is synchronised: one model serves every thread of a process, and each forward
 * pass uses the engine's intra-op threads.
 */
public final class SavedDocumentTower implements AutoCloseable {
    private static final int BLOCK = 4096;

    private final String runId;
    private final SavedModel model;
    private final IdDictionary documents;
    private final SimilarityType similarity;
    private final String datasetChange;

    private SavedDocumentTower(String runId, SavedModel model, IdDictionary documents,
                               SimilarityType similarity, String datasetChange) {
        this.runId = runId;
        this.model = model;
        this.documents = documents;
        this.similarity = similarity;
        this.datasetChange = datasetChange;
    }

    /**
     * Loads the run's spec, the dataset its provenance names (or {@code dataOverride}) and its best
     * checkpoint, on {@code device} ({@code auto}, {@code cpu}, {@code gpu} or {@code gpu:N}).
     */
    public static SavedDocumentTower open(RunFolder run, Path dataOverride, String device) throws IOException,
            SpecException, DataFormatException {
        Path checkpoint = SavedModel.bestCheckpoint(run);
        SavedRun saved = SavedRun.open(run, dataOverride);
        return new SavedDocumentTower(run.id(), SavedModel.load(saved, checkpoint, device),
                saved.data().dataset().documents(), saved.spec().similarity().type(), saved.datasetChange());
    }

    public String runId() {
        return runId;
    }

    /** The length of every vector. */
    public int dim() {
        return model.model().dim();
    }

    /** How the vectors are compared: cosine vectors are already unit length, so an inner-product index serves both. */
    public SimilarityType similarity() {
        return similarity;
    }

    /** The number of documents the run knows. */
    public int documentCount() {
        return documents.size();
    }

    /** A note when the dataset's content differs from the one the run was trained on, else null. */
    public String datasetChange() {
        return datasetChange;
    }

    /** The run's index of a document id, or -1 for an id its dataset does not hold. */
    public int indexOf(String id) {
        return documents.indexOf(id);
    }

    /** The vectors of the given document indices, row-major {@code float[n × dim]}. */
    public synchronized float[] embed(int[] indices) {
        EngineGate.prepareThread();
        return model.model().embed(model.model().documentTower(), indices, BLOCK, model.root());
    }

    @Override
    public synchronized void close() {
        model.close();
    }
}
