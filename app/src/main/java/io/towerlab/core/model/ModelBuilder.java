package io.towerlab.core.model;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.data.CategoricalColumn;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.FeatureTable;
import io.towerlab.core.data.NumericColumn;
import io.towerlab.core.spec.CategoricalEncoderSpec;
import io.towerlab.core.spec.DenseLayerSpec;
import io.towerlab.core.spec.DropoutLayerSpec;
import io.towerlab.core.spec.EncoderSpec;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.HistoryEncoderSpec;
import io.towerlab.core.spec.IdEncoderSpec;
import io.towerlab.core.spec.LayerNormSpec;
import io.towerlab.core.spec.LayerSpec;
import io.towerlab.core.spec.NumericEncoderSpec;
import io.towerlab.core.spec.SimilarityType;
import io.towerlab.core.spec.TextEncoderSpec;
import io.towerlab.core.spec.TowerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a {@link TwoTowerModel} from an experiment spec and the dataset it trains on: table sizes
 * come from the dataset's dictionaries, feature encoders from its columns. A spec that names a
 * column the dataset lacks fails with the spec's JSON path and the columns that exist.
 */
public final class ModelBuilder {
    /** Standard deviation of initial embedding rows. */
    static final double EMBEDDING_STD = 0.1;

    private final ClickDataset dataset;
    private final HistoryIndex history;
    private final TextEncoders texts;

    /**
     * @param history the training history of each query, for history encoders (may be null when the
     *                spec has none)
     */
    public ModelBuilder(ClickDataset dataset, HistoryIndex history) {
        this(dataset, history, null);
    }

    /**
     * @param trainingRows the training rows, whose entities' texts build word vocabularies (null: every row)
     */
    public ModelBuilder(ClickDataset dataset, HistoryIndex history, int[] trainingRows) {
        this.dataset = dataset;
        this.history = history;
        this.texts = new TextEncoders(dataset, trainingRows);
    }

    public TwoTowerModel build(ExperimentSpec spec, NDManager manager) {
        ParameterStore store = new ParameterStore(manager, spec.training().seed());
        try {
            Tower docTower = tower("docTower", spec.docTower(), store, null);
            EmbeddingTable docIds = docTower.encoders().stream()
                    .filter(IdEncoder.class::isInstance).map(e -> ((IdEncoder) e).table).findFirst().orElse(null);
            Tower queryTower = tower("queryTower", spec.queryTower(), store, docIds);
            var similarity = spec.similarity();
            return new TwoTowerModel(store, queryTower, docTower,
                    similarity.type() == SimilarityType.COSINE ? Similarity.COSINE : Similarity.DOT,
                    (float) similarity.temperature(), similarity.learnTemperature(),
                    (float) similarity.maxLogitScale());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private Tower tower(String name, TowerSpec spec, ParameterStore store, EmbeddingTable documentIds) {
        boolean query = name.equals("queryTower");
        List<Encoder> encoders = new ArrayList<>();
        for (int i = 0; i < spec.inputs().size(); i++) {
            String path = name + ".inputs[" + i + "]";
            encoders.add(encoder(path, spec.inputs().get(i), query, store, documentIds));
        }
        List<Layer> layers = new ArrayList<>();
        int dim = encoders.stream().mapToInt(Encoder::outputDim).sum();
        for (int i = 0; i < spec.layers().size(); i++) {
            Layer layer = layer(name + ".layers[" + i + "]", spec.layers().get(i), dim, store);
            dim = layer.outputDim(dim);
            layers.add(layer);
        }
        return new Tower(name, encoders, layers, spec.normalize());
    }

    private Encoder encoder(String path, EncoderSpec spec, boolean query, ParameterStore store,
                            EmbeddingTable documentIds) {
        FeatureTable features = query ? dataset.queryFeatures() : dataset.documentFeatures();
        int entities = query ? dataset.queryCount() : dataset.documentCount();
        if (spec instanceof IdEncoderSpec id) {
            return new IdEncoder(store.embedding(path + ".id", entities, id.dim(), EMBEDDING_STD));
        }
        if (spec instanceof CategoricalEncoderSpec c) {
            CategoricalColumn column = features.categorical().get(c.column());
            if (column == null) {
                throw missing(path, "categorical", query, c.column(), features.categorical().keySet());
            }
            EmbeddingTable table = store.embedding(path + "." + c.column(), Math.max(1, column.vocabulary().size()),
                    c.dim(), EMBEDDING_STD);
            return new CategoricalEncoder(column, table);
        }
        if (spec instanceof NumericEncoderSpec n) {
            NumericColumn column = features.numeric().get(n.column());
            if (column == null) {
                throw missing(path, "numeric", query, n.column(), features.numeric().keySet());
            }
            return new NumericEncoder(column);
        }
        if (spec instanceof HistoryEncoderSpec h) {
            if (!query || history == null) {
                throw new IllegalArgumentException(path + ": a history input belongs in the query tower");
            }
            boolean share = h.shareDocumentTable() && documentIds != null && documentIds.dim() == h.dim();
            EmbeddingTable table = share ? documentIds
                    : store.embedding(path + ".history", dataset.documentCount(), h.dim(), EMBEDDING_STD);
            return new HistoryEncoder(history, table, h.maxLength(), share);
        }
        if (spec instanceof TextEncoderSpec t) {
            return texts.build(path, t, query, store);
        }
        throw new IllegalArgumentException(path + ": encoder type '" + spec.type() + "' is not supported yet");
    }

    private static Layer layer(String path, LayerSpec spec, int inputDim, ParameterStore store) {
        if (spec instanceof DenseLayerSpec d) {
            return new DenseLayer(store, path, inputDim, d.units(),
                    Activation.valueOf(d.activation().name().toUpperCase(Locale.ROOT)));
        }
        if (spec instanceof DropoutLayerSpec d) {
            return new DropoutLayer((float) d.rate());
        }
        if (spec instanceof LayerNormSpec) {
            return new LayerNormLayer(store, path, inputDim);
        }
        throw new IllegalArgumentException(path + ": unknown layer " + spec);
    }

    private static IllegalArgumentException missing(String path, String kind, boolean query, String column,
                                                    java.util.Set<String> present) {
        return new IllegalArgumentException(path + ".column: the dataset has no " + kind + " "
                + (query ? "query" : "document") + " column '" + column + "'"
                + (present.isEmpty() ? "; it has none" : "; it has: " + String.join(", ", present.stream().sorted().toList())));
    }
}
