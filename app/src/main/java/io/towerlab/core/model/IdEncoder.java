package io.towerlab.core.model;

import io.towerlab.core.data.IdDictionary;

/** The entity's own id through an embedding table: the matrix-factorisation input. */
public final class IdEncoder extends BagEncoder {
    private final IdDictionary ids;
    private final int[] tableRows;

    public IdEncoder(EmbeddingTable table) {
        this(table, null, null);
    }

    /** @param ids the entities' ids, table row = dense index; kept so that rows given by id can be encoded */
    public IdEncoder(EmbeddingTable table, IdDictionary ids) {
        this(table, ids, null);
    }

    private IdEncoder(EmbeddingTable table, IdDictionary ids, int[] tableRows) {
        super(table);
        this.ids = ids;
        this.tableRows = tableRows;
    }

    @Override
    public String label() {
        return "id(" + table.dim() + ")";
    }

    @Override
    public long parameterCount() {
        return table.size();
    }

    @Override
    public InputMapping mapping() {
        return ids == null ? null : new InputMapping.Id(ids);
    }

    /** Rows by id: every id must be one training saw (a new id has no learned row). */
    @Override
    public Encoder over(ColumnRows rows) {
        if (ids == null) {
            return super.over(rows);
        }
        int[] found = new int[rows.size()];
        for (int i = 0; i < found.length; i++) {
            found[i] = ids.indexOf(rows.ids()[i]);
            if (found[i] < 0) {
                throw new IllegalArgumentException("id '" + rows.ids()[i] + "' was not seen in training: an id "
                        + "encoder has no row for it");
            }
        }
        return new IdEncoder(table, ids, found);
    }

    @Override
    public EncoderInput prepare(EntityBatch batch, BatchRows rows) {
        RowCollector collector = rows.of(table);
        int[] entities = batch.entities();
        long[] indices = new long[entities.length];
        for (int i = 0; i < entities.length; i++) {
            indices[i] = collector.localIndex(tableRows == null ? entities[i] : tableRows[entities[i]]);
        }
        return EncoderInput.bag(entities.length, 1, indices, null);
    }
}
