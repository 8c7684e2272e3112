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

    /**
     * A run's document tower rebuilt from the input mappings saved with it ({@link Encoder#mapping()} of each
     * input, in order) instead of a dataset: its tables are named and sized as training made them, ready for
     * the run's weights, and its encoders read rows given by raw values ({@link Encoder#over}).
     */
    public static Tower documentTower(ExperimentSpec spec, List<InputMapping> mappings, ParameterStore store) {
        TowerSpec tower = spec.docTower();
        if (mappings.size() != tower.inputs().size()) {
            throw new IllegalArgumentException("the spec's docTower has " + tower.inputs().size() + " inputs but "
                    + mappings.size() + " input mappings were saved");
        }
        List<Encoder> encoders = new ArrayList<>();
        for (int i = 0; i < mappings.size(); i++) {
            encoders.add(savedEncoder("docTower.inputs[" + i + "]", tower.inputs().get(i), mappings.get(i), store));
        }
        return tower("docTower", tower, encoders, store);
    }

    private static Encoder savedEncoder(String path, EncoderSpec spec, InputMapping mapping, ParameterStore store) {
        if (spec instanceof IdEncoderSpec id && mapping instanceof InputMapping.Id m) {
            return new IdEncoder(idTable(path, m.ids().size(), id, store), m.ids());
        }
        if (spec instanceof CategoricalEncoderSpec c && mapping instanceof InputMapping.Categorical m
                && c.column().equals(m.column())) {
            return CategoricalEncoder.of(m, categoricalTable(path, c, m.values().size(), store));
        }
        if (spec instanceof NumericEncoderSpec n && mapping instanceof InputMapping.Numeric m
                && n.column().equals(m.column())) {
            return NumericEncoder.of(m);
        }
        if (spec instanceof TextEncoderSpec t && mapping instanceof InputMapping.Text m && t.column().equals(m.column())) {
            return TextEncoders.encoder(path, t, m, new String[0], store);
        }
        throw new IllegalArgumentException(path + ": the saved " + mapping.getClass().getSimpleName()
                .toLowerCase(Locale.ROOT) + " mapping" + (mapping.column() == null ? "" : " of column '"
                + mapping.column() + "'") + " does not fit the spec's " + spec.type() + " input");
    }

    private static EmbeddingTable idTable(String path, int rows, IdEncoderSpec spec, ParameterStore store) {
        return store.embedding(path + ".id", rows, spec.dim(), EMBEDDING_STD);
    }

    private static EmbeddingTable categoricalTable(String path, CategoricalEncoderSpec spec, int values,
                                                   ParameterStore store) {
        return store.embedding(path + "." + spec.column(), Math.max(1, values), spec.dim(), EMBEDDING_STD);
    }

    private Tower tower(String name, TowerSpec spec, ParameterStore store, EmbeddingTable documentIds) {
        boolean query = name.equals("queryTower");
        List<Encoder> encoders = new ArrayList<>();
        for (int i = 0; i < spec.inputs().size(); i++) {
            String path = name + ".inputs[" + i + "]";
            encoders.add(encoder(path, spec.inputs().get(i), query, store, documentIds));
        }
        return tower(name, spec, encoders, store);
    }

    private static Tower tower(String name, TowerSpec spec, List<Encoder> encoders, ParameterStore store) {
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
            return new IdEncoder(idTable(path, entities, id, store), query ? dataset.queries() : dataset.documents());
        }
        if (spec instanceof CategoricalEncoderSpec c) {
            CategoricalColumn column = features.categorical().get(c.column());
            if (column == null) {
                throw missing(path, "categorical", query, c.column(), features.categorical().keySet());
            }
            return new CategoricalEncoder(column, categoricalTable(path, c, column.vocabulary().size(), store));
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
