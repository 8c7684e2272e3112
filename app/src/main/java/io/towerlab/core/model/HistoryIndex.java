package io.towerlab.core.model;

import io.towerlab.core.data.Interactions;
import java.util.Arrays;

/**
 * Each query's training clicks in time order (CSR), and each training row's position in its
 * query's list, so that "the documents clicked before this interaction" is a slice, found in O(1).
 */
public final class HistoryIndex {
    private final int[] offsets;
    private final int[] documents;
    private final int[] positionOfRow;

    private HistoryIndex(int[] offsets, int[] documents, int[] positionOfRow) {
        this.offsets = offsets;
        this.documents = documents;
        this.positionOfRow = positionOfRow;
    }

    /** Builds the index over the given (training) rows; other rows have no position. */
    public static HistoryIndex of(Interactions log, int[] rows, int queryCount) {
        Integer[] order = new Integer[rows.length];
        for (int i = 0; i < rows.length; i++) {
            order[i] = rows[i];
        }
        Arrays.sort(order, (a, b) -> {
            int byQuery = Integer.compare(log.query(a), log.query(b));
            if (byQuery != 0) {
                return byQuery;
            }
            int byTime = Long.compare(log.timestamp(a), log.timestamp(b));
            return byTime != 0 ? byTime : Integer.compare(a, b);
        });
        int[] offsets = new int[queryCount + 1];
        int[] documents = new int[rows.length];
        int[] positionOfRow = new int[log.size()];
        Arrays.fill(positionOfRow, -1);
        for (int i = 0; i < order.length; i++) {
            int row = order[i];
            offsets[log.query(row) + 1]++;
            documents[i] = log.document(row);
            positionOfRow[row] = i;
        }
        for (int q = 0; q < queryCount; q++) {
            offsets[q + 1] += offsets[q];
        }
        return new HistoryIndex(offsets, documents, positionOfRow);
    }

    int start(int query) {
        return offsets[query];
    }

    /** The end of the slice before {@code row}, or of the whole history when the row is -1 or unknown. */
    int endBefore(int query, int row) {
        if (row >= 0 && positionOfRow[row] >= 0) {
            return positionOfRow[row];
        }
        return offsets[query + 1];
    }

    int[] documents() {
        return documents;
    }
}
