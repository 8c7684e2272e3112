package io.towerlab.core.model;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.FeatureTable;
import io.towerlab.core.data.Interactions;
import io.towerlab.core.data.TextColumn;
import io.towerlab.core.model.text.LetterTrigramHasher;
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
            LetterTrigramHasher hasher = new LetterTrigramHasher(t.buckets(), t.wordBigrams());
            EmbeddingTable table = store.embedding(path + ".trigrams", t.buckets(), t.dim(), ModelBuilder.EMBEDDING_STD);
            return new TextBagEncoder("trigram(" + spec.column() + ", " + t.buckets() + " → " + t.dim() + ")",
                    TextRows.bags(texts, hasher::hash), table, true);
        }
        if (spec instanceof TokensEncoderSpec t) {
            WordVocabulary vocabulary = vocabulary(texts, query, t.maxVocabulary(), t.minCount());
            EmbeddingTable table = store.embedding(path + ".words", vocabulary.size(), t.dim(), ModelBuilder.EMBEDDING_STD);
            return new TextBagEncoder("tokens(" + spec.column() + ", " + vocabulary.size() + " → " + t.dim() + ")",
                    TextRows.sequences(texts, text -> vocabulary.encode(text, t.maxLength())), table, false);
        }
        if (spec instanceof TransformerEncoderSpec t) {
            WordVocabulary vocabulary = vocabulary(texts, query, t.maxVocabulary(), t.minCount());
            EmbeddingTable table = store.embedding(path + ".words", vocabulary.size(), t.dim(), ModelBuilder.EMBEDDING_STD);
            boolean first = t.pooling() == TextPooling.FIRST;
            TextRows rows = TextRows.sequences(texts, text -> transformerIds(vocabulary, text, t.maxLength(), first));
            return new TransformerEncoder(store, path, rows, table, t.maxLength(), t.layers(), t.heads(), first);
        }
        PretrainedEncoderSpec p = (PretrainedEncoderSpec) spec;
        PretrainedTextModel model = PretrainedTextModel.load(Path.of(p.path()), !p.freeze(), store.manager());
        store.closeWith(model);
        TextRows rows = TextRows.sequences(texts, text -> model.tokenizer().encode(text, p.maxLength()));
        return new PretrainedEncoder(store, path, model, rows, p.dim(), p.freeze());
    }

    /** Word ids cut to {@code maxLength}: {@code [CLS]} first when pooling the first token, never empty. */
    private static int[] transformerIds(WordVocabulary vocabulary, String text, int maxLength, boolean first) {
        int[] words = vocabulary.encode(text, first ? maxLength - 1 : maxLength);
        if (!first && words.length > 0) {
            return words;
        }
        int[] out = new int[words.length + 1];
        out[0] = first ? WordVocabulary.CLS_ID : WordVocabulary.UNKNOWN_ID;
        System.arraycopy(words, 0, out, 1, words.length);
        return out;
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
