package io.towerlab.core.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The engine side of a batch's sparse rows: for each table, the ids it needs and a small leaf
 * tensor holding those rows. When training, the leaf tracks its gradient, so backward produces a
 * {@code distinct-rows × dim} gradient instead of one as large as the table.
 */
public final class GatheredRows {
    private final Map<EmbeddingTable, Gathered> byTable = new IdentityHashMap<>();

    /** One table's rows in this batch. */
    public record Gathered(EmbeddingTable table, NDArray ids, NDArray rows) {
    }

    public static GatheredRows gather(Map<EmbeddingTable, long[]> ids, NDManager batch, boolean training) {
        GatheredRows gathered = new GatheredRows();
        ids.forEach((table, rowIds) -> {
            NDArray idArray = batch.create(rowIds);
            NDArray rows = table.weight().get(new NDIndex("{}", idArray));
            rows.attach(batch);
            if (training) {
                rows.setRequiresGradient(true);
            }
            gathered.byTable.put(table, new Gathered(table, idArray, rows));
        });
        return gathered;
    }

    /**
     * The rows one shard of a data-parallel step needs, on its device: for each table, the rows at
     * {@code inBatch} (positions in this batch's rows, in the shard's own local order) copied so that
     * autograd follows them back to this batch's leaf tensors, where the shards' gradients add up.
     */
    public GatheredRows forShard(Map<EmbeddingTable, long[]> inBatch, Device device, NDManager shard) {
        GatheredRows out = new GatheredRows();
        inBatch.forEach((table, positions) -> {
            NDArray batchRows = rows(table);
            NDArray index = batchRows.getManager().create(positions);
            NDArray picked = batchRows.get(new NDIndex("{}", index));
            out.byTable.put(table, new Gathered(table, index, DeviceCopy.of(picked, device, shard)));
        });
        return out;
    }

    public NDArray rows(EmbeddingTable table) {
        Gathered g = byTable.get(table);
        if (g == null) {
            throw new IllegalStateException("table " + table.name() + " was not gathered for this batch");
        }
        return g.rows();
    }

    public Iterable<Gathered> all() {
        return byTable.values();
    }
}
