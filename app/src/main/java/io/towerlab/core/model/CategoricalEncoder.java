package io.towerlab.core.model;

import io.towerlab.core.data.CategoricalColumn;

/**
 * A categorical column through its own embedding table; a multi-valued row (a film's genres) is
 * the mean of its values' embeddings, a row without values is the zero vector.
 */
public final class CategoricalEncoder extends BagEncoder {
    private final CategoricalColumn column;
    private final int maxValues;

    public CategoricalEncoder(CategoricalColumn column, EmbeddingTable table) {
        super(table);
        this.column = column;
        int max = 1;
        for (int r = 0; r < column.rows(); r++) {
            max = Math.max(max, column.valueCount(r));
        }
        this.maxValues = max;
    }

    @Override
    public String label() {
        return "categorical(" + column.name() + ", " + table.dim() + ")";
    }

    @Override
    public long parameterCount() {
        return table.size();
    }

    @Override
    public EncoderInput prepare(EntityBatch batch, BatchRows rows) {
        int[] entities = batch.entities();
        int[] starts = new int[entities.length];
        int[] ends = new int[entities.length];
        int[] offsets = column.offsets();
        for (int i = 0; i < entities.length; i++) {
            int e = entities[i];
            boolean known = e < column.rows();
            starts[i] = known ? offsets[e] : 0;
            ends[i] = known ? offsets[e + 1] : 0;
        }
        return meanBag(starts, ends, column.codes(), maxValues, rows.of(table));
    }
}
