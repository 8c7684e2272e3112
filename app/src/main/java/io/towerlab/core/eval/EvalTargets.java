package io.towerlab.core.eval;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.PositiveSets;
import io.towerlab.core.data.SplitRole;
import java.util.Arrays;
import java.util.Objects;

/**
 * What one evaluation asks: for each evaluated query, its dense index, its held-out positives (the
 * documents it clicked in the evaluated rows) and the documents excluded from its ranking (those
 * the model saw as its positives: training rows, plus validation rows when evaluating test). Both
 * sets are sorted and distinct, stored in compressed-sparse-row form.
 *
 * <p>A held-out positive that is also excluded cannot be retrieved, so it is dropped from the
 * targets and counted in {@link #droppedTargets()}; a query left with no held-out positive is not
 * evaluated and is counted in {@link #droppedQueries()}. See the decision record on the evaluation
 * protocol.
 */
public final class EvalTargets {
    private final int[] queries;
    private final int[] heldOutOffsets;
    private final int[] heldOut;
    private final int[] excludedOffsets;
    private final int[] excluded;
    private final int droppedTargets;
    private final int droppedQueries;

    private EvalTargets(int[] queries, int[] heldOutOffsets, int[] heldOut, int[] excludedOffsets,
                        int[] excluded, int droppedTargets, int droppedQueries) {
        this.queries = queries;
        this.heldOutOffsets = heldOutOffsets;
        this.heldOut = heldOut;
        this.excludedOffsets = excludedOffsets;
        this.excluded = excluded;
        this.droppedTargets = droppedTargets;
        this.droppedQueries = droppedQueries;
    }

    /**
     * The targets of one split part: held-out positives from the rows of {@code role}; exclusions
     * from the training rows, and for {@link SplitRole#TEST} also from the validation rows.
     *
     * @throws IllegalArgumentException for {@link SplitRole#TRAIN}: training positives are excluded
     *                                  from every ranking, so nothing would be left to retrieve
     */
    public static EvalTargets from(ClickDataset dataset, DatasetSplit split, SplitRole role) {
        Objects.requireNonNull(role, "role");
        if (role == SplitRole.TRAIN) {
            throw new IllegalArgumentException("cannot evaluate on the training rows: training positives are "
                    + "excluded from the ranking; evaluate VALID or TEST");
        }
        int queryCount = dataset.queryCount();
        PositiveSets train = PositiveSets.of(dataset.interactions(), split.train(), queryCount);
        PositiveSets valid = role == SplitRole.TEST
                ? PositiveSets.of(dataset.interactions(), split.valid(), queryCount) : null;
        PositiveSets target = PositiveSets.of(dataset.interactions(), split.rows(role), queryCount);
        Builder builder = new Builder(queryCount);
        for (int q = 0; q < queryCount; q++) {
            if (target.size(q) == 0) {
                continue;
            }
            int[] seen = valid == null ? train.of(q) : union(train.of(q), valid.of(q));
            builder.add(q, target.of(q), seen);
        }
        return builder.build();
    }

    /**
     * Targets given directly: {@code heldOut[i]} and {@code excluded[i]} belong to query
     * {@code queries[i]}; each list may be unsorted and hold duplicates.
     */
    public static EvalTargets of(int[] queries, int[][] heldOut, int[][] excluded) {
        if (heldOut.length != queries.length || excluded.length != queries.length) {
            throw new IllegalArgumentException("queries, heldOut and excluded must have the same length: "
                    + queries.length + ", " + heldOut.length + ", " + excluded.length);
        }
        Builder builder = new Builder(queries.length);
        for (int i = 0; i < queries.length; i++) {
            builder.add(queries[i], distinctSorted(heldOut[i]), distinctSorted(excluded[i]));
        }
        return builder.build();
    }

    /**
     * Queries to rank with only exclusions and no held-out positives (mining hard negatives, or
     * showing a query's top-k): every query is kept, none is evaluated against targets.
     */
    public static EvalTargets exclusionsOnly(int[] queries, int[][] excluded) {
        if (excluded.length != queries.length) {
            throw new IllegalArgumentException("queries and excluded must have the same length: "
                    + queries.length + ", " + excluded.length);
        }
        Builder builder = new Builder(queries.length);
        for (int i = 0; i < queries.length; i++) {
            builder.keep(queries[i], distinctSorted(excluded[i]));
        }
        return builder.build();
    }

    /** The dense query indices of the evaluated queries, in target order (a copy): the queries to embed. */
    public int[] queries() {
        return queries.clone();
    }

    /**
     * The same targets with the i-th query read from row i of the query vectors: for a query matrix
     * holding the vectors of {@link #queries()} only, so that evaluation embeds just the evaluated
     * queries rather than every query of the dataset.
     */
    public EvalTargets byPosition() {
        int[] positions = new int[queries.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        return new EvalTargets(positions, heldOutOffsets, heldOut, excludedOffsets, excluded, droppedTargets,
                droppedQueries);
    }

    /** Number of evaluated queries. */
    public int size() {
        return queries.length;
    }

    /** The dense query index of the i-th evaluated query. */
    public int query(int i) {
        return queries[i];
    }

    /** The held-out positives of the i-th evaluated query, sorted (a copy). */
    public int[] heldOut(int i) {
        return Arrays.copyOfRange(heldOut, heldOutOffsets[i], heldOutOffsets[i + 1]);
    }

    /** The documents excluded from the ranking of the i-th evaluated query, sorted (a copy). */
    public int[] excluded(int i) {
        return Arrays.copyOfRange(excluded, excludedOffsets[i], excludedOffsets[i + 1]);
    }

    public int heldOutCount(int i) {
        return heldOutOffsets[i + 1] - heldOutOffsets[i];
    }

    public int excludedCount(int i) {
        return excludedOffsets[i + 1] - excludedOffsets[i];
    }

    /** The j-th excluded document of the i-th evaluated query, without copying. */
    public int excluded(int i, int j) {
        return excluded[excludedOffsets[i] + j];
    }

    /** Whether a document is a held-out positive of the i-th evaluated query. */
    public boolean isHeldOut(int i, int document) {
        return Arrays.binarySearch(heldOut, heldOutOffsets[i], heldOutOffsets[i + 1], document) >= 0;
    }

    /** Whether a document is excluded from the ranking of the i-th evaluated query. */
    public boolean isExcluded(int i, int document) {
        return Arrays.binarySearch(excluded, excludedOffsets[i], excludedOffsets[i + 1], document) >= 0;
    }

    /** Held-out positives dropped because they were also excluded (a repeated click on a seen document). */
    public int droppedTargets() {
        return droppedTargets;
    }

    /** Queries not evaluated because all their held-out positives were dropped. */
    public int droppedQueries() {
        return droppedQueries;
    }

    /** The largest document index referenced, or -1 when none. */
    int maxDocument() {
        int max = -1;
        for (int d : heldOut) {
            max = Math.max(max, d);
        }
        for (int d : excluded) {
            max = Math.max(max, d);
        }
        return max;
    }

    /** The largest query index referenced, or -1 when none. */
    int maxQuery() {
        int max = -1;
        for (int q : queries) {
            max = Math.max(max, q);
        }
        return max;
    }

    private static int[] distinctSorted(int[] values) {
        return Arrays.stream(values).distinct().sorted().toArray();
    }

    private static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j == b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            out[n++] = next;
        }
        return Arrays.copyOf(out, n);
    }

    /** Accumulates queries in CSR form; sets passed in must be sorted and distinct. */
    private static final class Builder {
        private final IntBuffer queries;
        private final IntBuffer heldOutOffsets = new IntBuffer(16);
        private final IntBuffer heldOut = new IntBuffer(16);
        private final IntBuffer excludedOffsets = new IntBuffer(16);
        private final IntBuffer excluded = new IntBuffer(16);
        private int droppedTargets;
        private int droppedQueries;

        Builder(int expectedQueries) {
            queries = new IntBuffer(expectedQueries);
            heldOutOffsets.add(0);
            excludedOffsets.add(0);
        }

        void add(int query, int[] targets, int[] seen) {
            if (query < 0) {
                throw new IllegalArgumentException("query index must be >= 0, was " + query);
            }
            int kept = 0;
            int start = heldOut.size();
            for (int d : targets) {
                if (Arrays.binarySearch(seen, d) >= 0) {
                    droppedTargets++;
                } else {
                    heldOut.add(d);
                    kept++;
                }
            }
            if (kept == 0) {
                heldOut.truncate(start);
                if (targets.length > 0) {
                    droppedQueries++;
                }
                return;
            }
            keep(query, seen);
        }

        /** Adds a query with the held-out positives added since the last one (possibly none). */
        void keep(int query, int[] seen) {
            queries.add(query);
            heldOutOffsets.add(heldOut.size());
            for (int d : seen) {
                excluded.add(d);
            }
            excludedOffsets.add(excluded.size());
        }

        EvalTargets build() {
            return new EvalTargets(queries.toArray(), heldOutOffsets.toArray(), heldOut.toArray(),
                    excludedOffsets.toArray(), excluded.toArray(), droppedTargets, droppedQueries);
        }
    }

    private static final class IntBuffer {
        private int[] values;
        private int size;

        IntBuffer(int capacity) {
            values = new int[Math.max(16, capacity)];
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        void truncate(int newSize) {
            size = newSize;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
