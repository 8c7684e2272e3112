package io.towerlab.core.model;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Java side of a batch's sparse rows: one {@link RowCollector} per embedding table, so that a
 * table shared by two encoders (document ids and a history of document ids) is gathered once.
 */
public final class BatchRows {
    private final Map<EmbeddingTable, RowCollector> collectors = new IdentityHashMap<>();

    public RowCollector of(EmbeddingTable table) {
        return collectors.computeIfAbsent(table, t -> new RowCollector(t.rows()));
    }

    /** Ends the batch: the distinct rows needed per table, in registration order of tables. */
    public Map<EmbeddingTable, long[]> finish() {
        Map<EmbeddingTable, long[]> out = new LinkedHashMap<>();
        collectors.forEach((table, collector) -> out.put(table, collector.finish()));
        return out;
    }
}
