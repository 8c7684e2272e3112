package io.towerlab.core.model;

import io.towerlab.core.model.text.TextRows;

/**
 * A text as a bag of table rows: letter-trigram buckets summed by their counts (DSSM's word hashing followed
 * by its first linear layer, as an embedding-bag), or word tokens mean-pooled. The rows of each entity are
 * precomputed, so preparing a batch copies them; only the rows a batch touches are gathered and updated.
 */
public final class TextBagEncoder extends BagEncoder {
    private final String label;
    private final TextRows texts;
    private final boolean sum;
    private final InputMapping.Text mapping;

    /**
     * @param sum true to weight each row by its count (sum pooling), false for the mean over the entries
     */
    public TextBagEncoder(String label, TextRows texts, EmbeddingTable table, boolean sum) {
        this(label, null, texts, table, sum);
    }

    /** @param mapping how a raw text becomes rows, so that other texts can be encoded ({@link #over}) */
    TextBagEncoder(String label, InputMapping.Text mapping, TextRows texts, EmbeddingTable table, boolean sum) {
        super(table);
        this.label = label;
        this.mapping = mapping;
        this.texts = texts;
        this.sum = sum;
    }

    @Override
    public InputMapping.Text mapping() {
        return mapping;
    }

    @Override
    public Encoder over(ColumnRows rows) {
        if (mapping == null) {
            return super.over(rows);
        }
        return new TextBagEncoder(label, mapping, mapping.rows(rows.column(mapping.column())), table, sum);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public long parameterCount() {
        return table.size();
    }

    @Override
    public EncoderInput prepare(EntityBatch batch, BatchRows rows) {
        RowCollector collector = rows.of(table);
        int[] entities = batch.entities();
        int n = entities.length;
        int batchWidth = 1;
        for (int e : entities) {
            batchWidth = Math.max(batchWidth, e < texts.rows() ? texts.length(e) : 0);
        }
        long[] indices = new long[n * batchWidth];
        float[] weights = new float[n * batchWidth];
        int padding = collector.localIndex(0);
        java.util.Arrays.fill(indices, padding);
        int[] offsets = texts.offsets();
        for (int i = 0; i < n; i++) {
            int e = entities[i];
            if (e >= texts.rows()) {
                continue;
            }
            int from = offsets[e];
            int count = offsets[e + 1] - from;
            for (int j = 0; j < count; j++) {
                indices[i * batchWidth + j] = collector.localIndex(texts.ids()[from + j]);
                weights[i * batchWidth + j] = sum ? texts.counts()[from + j] : 1f / count;
            }
        }
        return EncoderInput.bag(n, batchWidth, indices, weights);
    }
}
