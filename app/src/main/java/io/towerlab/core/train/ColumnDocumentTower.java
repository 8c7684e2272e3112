package io.towerlab.core.train;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.model.ColumnRows;
import io.towerlab.core.model.InputMapping;
import io.towerlab.core.model.ModelBuilder;
import io.towerlab.core.model.ParameterStore;
import io.towerlab.core.model.Similarity;
import io.towerlab.core.model.Tower;
import io.towerlab.core.model.TwoTowerModel;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SimilarityType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A run's document tower rebuilt from its spec and saved input mappings ({@link DocumentFeatures}) with the
 * document tower's weights of a checkpoint, and no dataset: it embeds documents given by their own columns,
 * through the same encoders training used. A document tower with an id input can only embed documents whose
 * id training saw (a new id has no learned row); one built from content alone embeds any document.
 */
final class ColumnDocumentTower implements AutoCloseable {
    private final NDManager root;
    private final ParameterStore store;
    private final Tower tower;
    private final Similarity similarity;
    private final InputMapping.Id ids;
    private final List<String> columns;

    private ColumnDocumentTower(NDManager root, ParameterStore store, Tower tower, Similarity similarity,
                                List<InputMapping> mappings) {
        this.root = root;
        this.store = store;
        this.tower = tower;
        this.similarity = similarity;
        this.ids = mappings.stream().filter(InputMapping.Id.class::isInstance).map(InputMapping.Id.class::cast)
                .findFirst().orElse(null);
        Set<String> read = new LinkedHashSet<>();
        mappings.stream().map(InputMapping::column).filter(c -> c != null).forEach(read::add);
        this.columns = List.copyOf(read);
    }

    /** Builds the tower from {@code features} (a run's {@code document-features/}) and loads its weights. */
    static ColumnDocumentTower load(ExperimentSpec spec, Path features, Path checkpoint, String device)
            throws IOException {
        List<InputMapping> mappings = DocumentFeatures.read(features);
        EngineSetup.configure(spec.training().threads());
        EngineGate.prepareThread();
        NDManager root = NDManager.newBaseManager(EngineSetup.device(device));
        ParameterStore store = new ParameterStore(root, spec.training().seed());
        try {
            Tower tower;
            try {
                tower = ModelBuilder.documentTower(spec, mappings, store);
            } catch (IllegalArgumentException e) {
                throw new IOException(features + ": " + e.getMessage(), e);
            }
            ModelCheckpoint.loadPart(store, checkpoint);
            return new ColumnDocumentTower(root, store, tower,
                    spec.similarity().type() == SimilarityType.COSINE ? Similarity.COSINE : Similarity.DOT, mappings);
        } catch (IOException | RuntimeException e) {
            store.close();
            root.close();
            throw e;
        }
    }

    int dim() {
        return tower.outputDim();
    }

    /** The columns the tower's inputs read, in input order (the id aside). */
    List<String> columns() {
        return columns;
    }

    /** Whether the tower has an id input, so that only documents whose id training saw can be embedded. */
    boolean needsKnownIds() {
        return ids != null;
    }

    /** The rows of the block the tower can embed: every row, or those whose id training saw. */
    int[] embeddable(ColumnRows rows) {
        List<Integer> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (ids == null || ids.ids().indexOf(rows.ids()[i]) >= 0) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The compared vectors of every row, row-major {@code float[n × dim]}; every row must be embeddable. */
    float[] embed(ColumnRows rows, int blockSize) {
        int[] entities = new int[rows.size()];
        for (int i = 0; i < entities.length; i++) {
            entities[i] = i;
        }
        return TwoTowerModel.embed(tower.over(rows), similarity, entities, blockSize, root);
    }

    @Override
    public void close() {
        store.close();
        root.close();
    }
}
