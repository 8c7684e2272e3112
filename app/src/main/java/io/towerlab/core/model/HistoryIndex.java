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

    /**
     * Builds the index over the given (training) rows; other rows have no position. Works on primitive
     * arrays only (a counting sort by query, then a merge sort by time within each query), so tens of
     * millions of rows take seconds and no per-row objects.
     */
    public static HistoryIndex of(Interactions log, int[] rows, int queryCount) {
        int[] offsets = new int[queryCount + 1];
        for (int row : rows) {
            offsets[log.query(row) + 1]++;
        }
        for (int q = 0; q < queryCount; q++) {
            offsets[q + 1] += offsets[q];
        }
        int[] order = new int[rows.length];
        int[] next = Arrays.copyOf(offsets, queryCount);
        for (int row : rows) {
            order[next[log.query(row)]++] = row;
        }
        int[] buffer = new int[rows.length];
        for (int q = 0; q < queryCount; q++) {
            sortByTime(log, order, buffer, offsets[q], offsets[q + 1]);
        }
        int[] documents = new int[rows.length];
        int[] positionOfRow = new int[log.size()];
        Arrays.fill(positionOfRow, -1);
        for (int i = 0; i < order.length; i++) {
            documents[i] = log.document(order[i]);
            positionOfRow[order[i]] = i;
        }
        return new HistoryIndex(offsets, documents, positionOfRow);
    }

    /** Sorts {@code order[from, to)} by (timestamp, row): a merge sort, skipped when already in order. */
    private static void sortByTime(Interactions log, int[] order, int[] buffer, int from, int to) {
        if (inOrder(log, order, from, to)) {
            return;
        }
        for (int width = 1; width < to - from; width *= 2) {
            for (int lo = from; lo < to - width; lo += 2 * width) {
                merge(log, order, buffer, lo, lo + width, Math.min(lo + 2 * width, to));
            }
        }
    }

    private static boolean inOrder(Interactions log, int[] order, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (before(log, order[i], order[i - 1])) {
                return false;
            }
        }
        return true;
    }

    private static void merge(Interactions log, int[] order, int[] buffer, int lo, int mid, int hi) {
        System.arraycopy(order, lo, buffer, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && !before(log, buffer[j], buffer[i]))) {
                order[k] = buffer[i++];
            } else {
                order[k] = buffer[j++];
            }
        }
    }

    private static boolean before(Interactions log, int a, int b) {
        int byTime = Long.compare(log.timestamp(a), log.timestamp(b));
        return byTime != 0 ? byTime < 0 : a < b;
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
