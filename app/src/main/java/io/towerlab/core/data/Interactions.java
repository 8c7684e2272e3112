package io.towerlab.core.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * The interactions of a click log as parallel primitive arrays: row {@code i} is query
 * {@code query[i]} clicking document {@code document[i]} with relevance weight {@code weight[i]} at
 * {@code timestamp[i]} (seconds since the epoch, or the row number when the log has no time).
 * No per-row objects: this is the hot representation and must hold tens of millions of rows.
 *
 * <p>{@code predefinedSplit} is null unless the source file has a split column; otherwise it holds
 * the {@link SplitRole} ordinal of each row.
 */
public final class Interactions {
    private final int size;
    private final int[] query;
    private final int[] document;
    private final float[] weight;
    private final long[] timestamp;
    private final boolean hasTimestamps;
    private final byte[] predefinedSplit;

    public Interactions(int size, int[] query, int[] document, float[] weight, long[] timestamp,
                        boolean hasTimestamps, byte[] predefinedSplit) {
        if (query.length < size || document.length < size || weight.length < size || timestamp.length < size) {
            throw new IllegalArgumentException("arrays shorter than size " + size);
        }
        this.size = size;
        this.query = trim(query, size);
        this.document = trim(document, size);
        this.weight = trim(weight, size);
        this.timestamp = trim(timestamp, size);
        this.hasTimestamps = hasTimestamps;
        this.predefinedSplit = predefinedSplit == null ? null : Arrays.copyOf(predefinedSplit, size);
    }

    private static int[] trim(int[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static float[] trim(float[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static long[] trim(long[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    public int size() {
        return size;
    }

    public int query(int row) {
        return query[row];
    }

    public int document(int row) {
        return document[row];
    }

    public float weight(int row) {
        return weight[row];
    }

    public long timestamp(int row) {
        return timestamp[row];
    }

    public boolean hasTimestamps() {
        return hasTimestamps;
    }

    public boolean hasPredefinedSplit() {
        return predefinedSplit != null;
    }

    /** The predefined role of a row; only when {@link #hasPredefinedSplit()}. */
    public SplitRole predefinedRole(int row) {
        Objects.requireNonNull(predefinedSplit, "no split column");
        return SplitRole.values()[predefinedSplit[row]];
    }

    /** Direct read-only access for tight loops; callers must not modify the arrays. */
    public int[] queryArray() {
        return query;
    }

    public int[] documentArray() {
        return document;
    }

    public float[] weightArray() {
        return weight;
    }

    public long[] timestampArray() {
        return timestamp;
    }
}
