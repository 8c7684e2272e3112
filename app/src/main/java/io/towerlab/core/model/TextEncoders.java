package io.towerlab.core.model;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.FeatureTable;
import io.towerlab.core.data.Interactions;
import io.towerlab.core.data.TextColumn;
import io.towerlab.core.model.text.TextRows;
import io.towerlab.core.model.text.WordVocabulary;
import io.towerlab.core.spec.PretrainedEncoderSpec;
import io.towerlab.core.spec.TextEncoderSpec;
import io.towerlab.core.spec.TextPooling;
import io.towerlab.core.spec.TokensEncoderSpec;
import io.towerlab.core.spec.TransformerEncoderSpec;
import io.towerlab.core.spec.TrigramEncoderSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the encoder of a text input: finds the text column of the tower's entities, turns every entity's
 * text into ids once, and creates the tables. Word vocabularies are built from the texts of the entities that
 * occur in the training rows only, so a query seen first at test time contributes no words of its own.
 */
final class TextEncoders {
    private final ClickDataset dataset;
    private final int[] trainingRows;

    /** @param trainingRows the rows whose entities' texts build vocabularies; null for every row */
    TextEncoders(ClickDataset dataset, int[] trainingRows) {
        this.dataset = dataset;
        this.trainingRows = trainingRows;
    }

    Encoder build(String path, TextEncoderSpec spec, boolean query, ParameterStore store) {
        String[] texts = column(path, spec.column(), query).values();
        if (spec instanceof TrigramEncoderSpec t) {
            return encoder(path, spec, new InputMapping.Trigram(t.column(), t.buckets(), t.wordBigrams()), texts, store);
        }
        if (spec instanceof TokensEncoderSpec t) {
            WordVocabulary vocabulary = vocabulary(texts, query, t.maxVocabulary(), t.minCount());
            return encoder(path, spec, new InputMapping.Words(t.column(), vocabulary, t.maxLength(), false, false),
                    texts, store);
        }
        if (spec instanceof TransformerEncoderSpec t) {
            WordVocabulary vocabulary = vocabulary(texts, query, t.maxVocabulary(), t.minCount());
            return encoder(path, spec, new InputMapping.Words(t.column(), vocabulary, t.maxLength(), true,
                    t.pooling() == TextPooling.FIRST), texts, store);
        }
        PretrainedEncoderSpec p = (PretrainedEncoderSpec) spec;
        PretrainedTextModel model = PretrainedTextModel.load(Path.of(p.path()), !p.freeze(), store.manager());
        store.closeWith(model);
        TextRows rows = TextRows.sequences(texts, text -> model.tokenizer().encode(text, p.maxLength()));
        return new PretrainedEncoder(store, path, model, rows, p.dim(), p.freeze());
    }

    /**
     * The encoder of a text input whose mapping is known (built from the dataset, or saved with a run), its
     * tables created in the store, over {@code texts} (one per entity).
     */
    static Encoder encoder(String path, TextEncoderSpec spec, InputMapping.Text mapping, String[] texts,
                           ParameterStore store) {
        if (spec instanceof TrigramEncoderSpec t && mapping instanceof InputMapping.Trigram m) {
            EmbeddingTable table = store.embedding(path + ".trigrams", m.buckets(), t.dim(), ModelBuilder.EMBEDDING_STD);
            return new TextBagEncoder("trigram(" + spec.column() + ", " + m.buckets() + " → " + t.dim() + ")",
                    m, m.rows(texts), table, true);
        }
        if (spec instanceof TokensEncoderSpec t && mapping instanceof InputMapping.Words m && !m.transformer()) {
            int size = m.vocabulary().size();
            EmbeddingTable table = store.embedding(path + ".words", size, t.dim(), ModelBuilder.EMBEDDING_STD);
            return new TextBagEncoder("tokens(" + spec.column() + ", " + size + " → " + t.dim() + ")",
                    m, m.rows(texts), table, false);
        }
        if (spec instanceof TransformerEncoderSpec t && mapping instanceof InputMapping.Words m && m.transformer()) {
            EmbeddingTable table = store.embedding(path + ".words", m.vocabulary().size(), t.dim(),
                    ModelBuilder.EMBEDDING_STD);
            return new TransformerEncoder(store, path, m, m.rows(texts), table, m.maxLength(), t.layers(), t.heads(),
                    m.firstToken());
        }
        throw new IllegalArgumentException(path + ": a " + spec.type() + " input cannot be built from a saved "
                + mapping.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " mapping");
    }

    private WordVocabulary vocabulary(String[] texts, boolean query, int maxSize, int minCount) {
        Interactions log = dataset.interactions();
        boolean[] seen = new boolean[texts.length];
        List<String> training = new ArrayList<>();
        int rows = trainingRows == null ? log.size() : trainingRows.length;
        for (int i = 0; i < rows; i++) {
            int row = trainingRows == null ? i : trainingRows[i];
            int entity = query ? log.query(row) : log.document(row);
            if (entity < texts.length && !seen[entity]) {
                seen[entity] = true;
                training.add(texts[entity]);
            }
        }
        return WordVocabulary.build(training, maxSize, minCount);
    }

    private TextColumn column(String path, String name, boolean query) {
        FeatureTable own = query ? dataset.queryFeatures() : dataset.documentFeatures();
        TextColumn column = own.text().get(name);
        if (column != null) {
            return column;
        }
        String entities = query ? "queries" : "documents";
        Set<String> present = new TreeSet<>(own.text().keySet());
        FeatureTable other = query ? dataset.documentFeatures() : dataset.queryFeatures();
        String hint = other.text().containsKey(name)
                ? "; it is a text column of the " + (query ? "documents" : "queries") + ", so it belongs in the "
                        + (query ? "docTower" : "queryTower")
                : present.isEmpty() ? "; they have no text columns" : "; their text columns are " + String.join(", ", present);
        throw new IllegalArgumentException(path + ".column: the " + entities + " have no text column '" + name + "'" + hint);
    }
}
