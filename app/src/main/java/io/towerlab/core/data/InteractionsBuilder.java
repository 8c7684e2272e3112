package io.towerlab.core.data;

import java.util.Arrays;

/** Collects interactions into growing primitive arrays; not thread-safe. */
public final class InteractionsBuilder {
    private int size;
    private int[] query;
    private int[] document;
    private float[] weight;
    private long[] timestamp;
    private byte[] split;
    private boolean hasTimestamps;

    public InteractionsBuilder(int expectedRows) {
        int capacity = Math.max(16, expectedRows);
        query = new int[capacity];
        document = new int[capacity];
        weight = new float[capacity];
        timestamp = new long[capacity];
    }

    /** Declares that the timestamps added are real times (not row numbers). */
    public InteractionsBuilder withTimestamps(boolean value) {
        this.hasTimestamps = value;
        return this;
    }

    public void add(int queryIndex, int documentIndex, float relevance, long time) {
        ensureCapacity();
        query[size] = queryIndex;
        document[size] = documentIndex;
        weight[size] = relevance;
        timestamp[size] = time;
        size++;
    }

    /** Adds a row with a predefined split role (from a split column). */
    public void add(int queryIndex, int documentIndex, float relevance, long time, SplitRole role) {
        if (split == null) {
            if (size > 0) {
                throw new IllegalStateException("split roles must be given for every row or none");
            }
            split = new byte[query.length];
        }
        ensureCapacity();
        split[size] = (byte) role.ordinal();
        add(queryIndex, documentIndex, relevance, time);
    }

    private void ensureCapacity() {
        if (size == query.length) {
            int capacity = query.length + (query.length >> 1) + 16;
            query = Arrays.copyOf(query, capacity);
            document = Arrays.copyOf(document, capacity);
            weight = Arrays.copyOf(weight, capacity);
            timestamp = Arrays.copyOf(timestamp, capacity);
            if (split != null) {
                split = Arrays.copyOf(split, capacity);
            }
        }
    }

    public int size() {
        return size;
    }

    public Interactions build() {
        return new Interactions(size, query, document, weight, timestamp, hasTimestamps, split);
    }
}
