package io.towerlab.core.model;

import java.util.Arrays;

/**
 * Collects the distinct rows of one embedding table that a batch needs and gives each a local
 * index, in O(1) per lookup without hashing (a stamp array as long as the table). One collector
 * serves one batch-preparing thread; {@link #finish()} hands out the batch's ids and starts the
 * next batch.
 */
public final class RowCollector {
    private final int[] stamp;
    private final int[] local;
    private int currentStamp = 1;
    private int[] ids = new int[256];
    private int count;

    public RowCollector(int tableRows) {
        stamp = new int[tableRows];
        local = new int[tableRows];
    }

    /** The local index of a table row in the current batch, registering it when new. */
    public int localIndex(int row) {
        if (stamp[row] == currentStamp) {
            return local[row];
        }
        stamp[row] = currentStamp;
        if (count == ids.length) {
            ids = Arrays.copyOf(ids, count * 2);
        }
        ids[count] = row;
        local[row] = count;
        return count++;
    }

    /** The distinct rows registered since the last call (at least one: row 0 pads an empty batch). */
    public long[] finish() {
        if (count == 0) {
            localIndex(0);
        }
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = ids[i];
        }
        count = 0;
        currentStamp++;
        if (currentStamp == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            currentStamp = 1;
        }
        return out;
    }
}
