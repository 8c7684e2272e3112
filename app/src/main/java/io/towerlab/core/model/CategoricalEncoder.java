package io.towerlab.core.model;

import io.towerlab.core.data.CategoricalColumn;

/**
 * A categorical column through its own embedding table; a multi-valued row (a film's genres) is
 * the mean of its values' embeddings, a row without values is the zero vector.
 */
public final class CategoricalEncoder extends BagEncoder {
    /** How rows given by raw values list several values of a multi-valued column. */
    public static final String MULTI_VALUE_SEPARATOR = "|";

    private final CategoricalColumn column;
    private final String separator;
    private final int maxValues;

    public CategoricalEncoder(CategoricalColumn column, EmbeddingTable table) {
        this(column, table, null);
    }

    /** @param separator how raw cells list several values; null: one per cell unless a training row had more */
    private CategoricalEncoder(CategoricalColumn column, EmbeddingTable table, String separator) {
        super(table);
        this.column = column;
        int max = 1;
        for (int r = 0; r < column.rows(); r++) {
            max = Math.max(max, column.valueCount(r));
        }
        this.maxValues = max;
        this.separator = separator != null ? separator : max > 1 ? MULTI_VALUE_SEPARATOR : null;
    }

    /** The encoder of a saved mapping before it is given rows ({@link #over}). */
    static CategoricalEncoder of(InputMapping.Categorical mapping, EmbeddingTable table) {
        return new CategoricalEncoder(mapping.encode(new String[0]), table, mapping.separator());
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
    public InputMapping.Categorical mapping() {
        return new InputMapping.Categorical(column.name(), column.vocabulary(), separator);
    }

    @Override
    public Encoder over(ColumnRows rows) {
        return new CategoricalEncoder(mapping().encode(rows.column(column.name())), table, separator);
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
