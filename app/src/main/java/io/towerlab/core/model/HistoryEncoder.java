package io.towerlab.core.model;

/**
 * A query's click history: the last {@code maxLength} documents it clicked before the current
 * interaction, mean-pooled through a document embedding table (optionally the document tower's
 * own id table, as in the YouTube recommendation model of Covington et al., 2016). At evaluation
 * time the whole training history is used.
 */
public final class HistoryEncoder extends BagEncoder {
    private final HistoryIndex history;
    private final int maxLength;
    private final boolean sharedTable;

    public HistoryEncoder(HistoryIndex history, EmbeddingTable documentTable, int maxLength, boolean sharedTable) {
        super(documentTable);
        this.history = history;
        this.maxLength = maxLength;
        this.sharedTable = sharedTable;
    }

    @Override
    public String label() {
        return "history(" + table.dim() + ", last " + maxLength + (sharedTable ? ", shared" : "") + ")";
    }

    @Override
    public long parameterCount() {
        return sharedTable ? 0 : table.size();
    }

    @Override
    public EncoderInput prepare(EntityBatch batch, BatchRows rows) {
        int n = batch.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            int query = batch.entities()[i];
            starts[i] = history.start(query);
            ends[i] = history.endBefore(query, batch.interactionRow(i));
        }
        return meanBag(starts, ends, history.documents(), maxLength, rows.of(table));
    }
}
