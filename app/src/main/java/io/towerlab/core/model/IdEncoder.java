package io.towerlab.core.model;

/** The entity's own id through an embedding table: the matrix-factorisation input. */
public final class IdEncoder extends BagEncoder {

    public IdEncoder(EmbeddingTable table) {
        super(table);
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
    public EncoderInput prepare(EntityBatch batch, BatchRows rows) {
        RowCollector collector = rows.of(table);
        int[] entities = batch.entities();
        long[] indices = new long[entities.length];
        for (int i = 0; i < entities.length; i++) {
            indices[i] = collector.localIndex(entities[i]);
        }
        return EncoderInput.bag(entities.length, 1, indices, null);
    }
}
