package io.towerlab.core.train;

import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.data.IdDictionary;
import io.towerlab.core.model.ColumnRows;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.PretrainedEncoderSpec;
import io.towerlab.core.spec.SimilarityType;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.store.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A saved run's document tower with its best weights, loaded once to embed documents outside training: the
 * offline step that fills an approximate-nearest-neighbour index. Its vectors are the similarity's compared
 * vectors (L2-normalised when it is cosine), equal to the run's own {@code embeddings/} for the documents
 * it was trained on.
 *
 * <p>A run saved with its document features ({@code document-features/}) embeds documents from their own
 * columns, with no dataset: documents it never saw included, unless its document tower has an id input
 * (a new id has no learned row). An older run is rebuilt with the dataset it was trained on and embeds only
 * that dataset's documents, by id, with the features the dataset holds for them ({@link #note()} says so).
 *
 * <p>The embedding methods are synchronised: one model serves every thread of a process, and each forward
 * pass uses the engine's intra-op threads.
 */
public final class SavedDocumentTower implements AutoCloseable {
    /** Why a row was skipped by a tower rebuilt with its dataset. */
    public static final String UNKNOWN_TO_DATASET = "id unknown to the run's dataset";
    /** Why a row was skipped by a tower with an id input. */
    public static final String NEEDS_KNOWN_ID = "needs an id seen in training";
    private static final int BLOCK = 4096;

    /**
     * What one block gave: the indices in the block of the rows embedded, their vectors (row-major
     * {@code rows.length × dim}), and how many rows were skipped and why.
     */
    public record Embedded(int[] rows, float[] vectors, int skipped, String skipReason) {
    }

    private final String runId;
    private final SimilarityType similarity;
    private final ColumnDocumentTower columns;
    private final SavedModel model;
    private final IdDictionary documents;
    private final String datasetChange;
    private final String note;

    private SavedDocumentTower(String runId, SimilarityType similarity, ColumnDocumentTower columns, SavedModel model,
                               IdDictionary documents, String datasetChange, String note) {
        this.runId = runId;
        this.similarity = similarity;
        this.columns = columns;
        this.model = model;
        this.documents = documents;
        this.datasetChange = datasetChange;
        this.note = note;
    }

    /**
     * Loads the run's spec, its saved document features (or, for a run without them, the dataset its
     * provenance names or {@code dataOverride}) and its best checkpoint, on {@code device} ({@code auto},
     * {@code cpu}, {@code gpu} or {@code gpu:N}).
     */
    public static SavedDocumentTower open(RunFolder run, Path dataOverride, String device) throws IOException,
            SpecException, DataFormatException {
        Path checkpoint = SavedModel.bestCheckpoint(run);
        ExperimentSpec spec = SavedRun.readSpec(run);
        if (Files.isDirectory(run.documentFeatures())) {
            return new SavedDocumentTower(run.id(), spec.similarity().type(),
                    ColumnDocumentTower.load(spec, run.documentFeatures(), checkpoint, device), null, null, null, null);
        }
        SavedRun saved = SavedRun.open(run, dataOverride);
        return new SavedDocumentTower(run.id(), spec.similarity().type(), null,
                SavedModel.load(saved, checkpoint, device), saved.data().dataset().documents(), saved.datasetChange(),
                byIdOnly(run, spec));
    }

    private static String byIdOnly(RunFolder run, ExperimentSpec spec) {
        boolean pretrained = spec.docTower().inputs().stream().anyMatch(PretrainedEncoderSpec.class::isInstance);
        return "run " + run.id() + " has no saved document features (" + run.documentFeatures() + "): "
                + (pretrained ? "its document tower reads a pretrained text model, which cannot embed raw values yet"
                : "it was trained before runs saved them")
                + ", so it embeds only documents of its training dataset, by id, with the features the dataset holds "
                + "for them; new documents need a run trained with this version";
    }

    public String runId() {
        return runId;
    }

    /** The length of every vector. */
    public int dim() {
        return columns != null ? columns.dim() : model.model().dim();
    }

    /** How the vectors are compared: cosine vectors are already unit length, so an inner-product index serves both. */
    public SimilarityType similarity() {
        return similarity;
    }

    /** Whether documents are embedded from their own columns (the run has saved document features). */
    public boolean fromColumns() {
        return columns != null;
    }

    /** The document columns the tower reads (none when it embeds by id from its dataset). */
    public List<String> columns() {
        return columns != null ? columns.columns() : List.of();
    }

    /** Why this tower embeds only its dataset's documents, or null when it embeds documents from their columns. */
    public String note() {
        return note;
    }

    /** A note when the dataset's content differs from the one the run was trained on, else null. */
    public String datasetChange() {
        return datasetChange;
    }

    /**
     * Embeds a block of documents given by id and (for a tower that reads columns) the {@link #columns()}.
     * Rows the tower cannot embed are skipped and counted: by a tower rebuilt with its dataset, ids the
     * dataset does not hold; by a tower with an id input, ids training did not see.
     */
    public synchronized Embedded embed(ColumnRows rows) {
        EngineGate.prepareThread();
        if (columns != null) {
            int[] embeddable = columns.embeddable(rows);
            float[] vectors = embeddable.length == 0 ? new float[0]
                    : columns.embed(rows.select(embeddable), BLOCK);
            return new Embedded(embeddable, vectors, rows.size() - embeddable.length, NEEDS_KNOWN_ID);
        }
        int[] found = new int[rows.size()];
        int[] indices = new int[rows.size()];
        int count = 0;
        for (int i = 0; i < rows.size(); i++) {
            int index = documents.indexOf(rows.ids()[i]);
            if (index >= 0) {
                found[count] = i;
                indices[count++] = index;
            }
        }
        float[] vectors = count == 0 ? new float[0] : model.model().embed(model.model().documentTower(),
                java.util.Arrays.copyOf(indices, count), BLOCK, model.root());
        return new Embedded(java.util.Arrays.copyOf(found, count), vectors, rows.size() - count, UNKNOWN_TO_DATASET);
    }

    @Override
    public synchronized void close() {
        if (columns != null) {
            columns.close();
        } else {
            model.close();
        }
    }
}
