package io.towerlab.core.data;

import java.util.Arrays;

/**
 * For each query, the sorted set of distinct documents it clicked in some rows of the log (usually
 * the training rows), in compressed-sparse-row form. Samplers use it so that a negative is never
 * one of the query's positives; evaluation uses it to exclude training positives from the ranking.
 */
public final class PositiveSets {
    private final int[] offsets;
    private final int[] documents;

    private PositiveSets(int[] offsets, int[] documents) {
        this.offsets = offsets;
        this.documents = documents;
    }

    /** Builds the sets from the given rows of {@code interactions}, for {@code queryCount} queries. */
    public static PositiveSets of(Interactions interactions, int[] rows, int queryCount) {
        int[] counts = new int[queryCount + 1];
        for (int row : rows) {
            counts[interactions.query(row) + 1]++;
        }
        for (int q = 0; q < queryCount; q++) {
            counts[q + 1] += counts[q];
        }
        int[] fill = Arrays.copyOf(counts, queryCount);
        int[] docs = new int[rows.length];
        for (int row : rows) {
            docs[fill[interactions.query(row)]++] = interactions.document(row);
        }
        // sort and de-duplicate each query's slice, compacting in place
        int[] offsets = new int[queryCount + 1];
        int write = 0;
        for (int q = 0; q < queryCount; q++) {
            int from = counts[q];
            int to = counts[q + 1];
            Arrays.sort(docs, from, to);
            offsets[q] = write;
            for (int i = from; i < to; i++) {
                if (i == from || docs[i] != docs[i - 1]) {
                    docs[write++] = docs[i];
                }
            }
        }
        offsets[queryCount] = write;
        return new PositiveSets(offsets, Arrays.copyOf(docs, write));
    }

    public int queryCount() {
        return offsets.length - 1;
    }

    public int size(int query) {
        return offsets[query + 1] - offsets[query];
    }

    public boolean contains(int query, int document) {
        return Arrays.binarySearch(documents, offsets[query], offsets[query + 1], document) >= 0;
    }

    /** The positives of a query, sorted ascending (a copy). */
    public int[] of(int query) {
        return Arrays.copyOfRange(documents, offsets[query], offsets[query + 1]);
    }

    /** The i-th positive of a query, without copying. */
    public int get(int query, int i) {
        return documents[offsets[query] + i];
    }
}
