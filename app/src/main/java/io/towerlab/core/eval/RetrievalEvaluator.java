package io.towerlab.core.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.Objects;

/**
 * Exact full-catalogue retrieval evaluation on the DJL engine. For each evaluated query, every
 * document of the catalogue is scored by the dot product of the two embeddings, the query's excluded
 * documents are set to -∞, and the exact top-k is taken; {@link RankingMetrics} turns the ranked
 * lists into metrics (definitions there).
 *
 * <p>Queries are scored in blocks: one matrix product (block × dim)·(dim × documents), one in-place
 * write of -∞ at the (row, document) coordinates of the block's exclusions, one {@code topK}. Only the top-k
 * indices come back to Java, so memory is bounded by one block × catalogue score matrix. Every
 * per-block array lives in a sub-manager closed after the block; the document matrix lives in a
 * sub-manager closed at the end of the evaluation. Cosine similarity is the dot product of
 * L2-normalised vectors: normalise before calling.
 */
public final class RetrievalEvaluator {
    /** Default bound on one block's score matrix: 128 MiB of float32 (1677 queries for 20k documents). */
    public static final long DEFAULT_BLOCK_BYTES = 128L << 20;

    private final NDManager manager;
    private final int blockSize;

    /**
     * @param manager   the parent of every array created; its device is where scoring runs
     * @param blockSize number of queries scored per matrix product, at least 1
     */
    public RetrievalEvaluator(NDManager manager, int blockSize) {
        this.manager = Objects.requireNonNull(manager, "manager");
        if (blockSize < 1) {
            throw new IllegalArgumentException("blockSize must be >= 1, was " + blockSize);
        }
        this.blockSize = blockSize;
    }

    /** An evaluator whose blocks keep their scores within {@link #DEFAULT_BLOCK_BYTES} for this catalogue. */
    public static RetrievalEvaluator forCatalogue(NDManager manager, int documents) {
        return new RetrievalEvaluator(manager, blockSizeFor(documents, DEFAULT_BLOCK_BYTES));
    }

    /** The number of queries per block that keeps one block's scores within {@code maxBlockBytes}. */
    public static int blockSizeFor(int documents, long maxBlockBytes) {
        long perQuery = 4L * Math.max(1, documents);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxBlockBytes / perQuery));
    }

    public int blockSize() {
        return blockSize;
    }

    /** Receives the ranked list of one evaluated query. */
    @FunctionalInterface
    public interface RankedListConsumer {
        /**
         * @param target    index of the query in the {@link EvalTargets}
         * @param documents buffer holding the list at {@code [from, from + length)}, best first; reused
         *                  after the call returns
         */
        void accept(int target, int[] documents, int from, int length);
    }

    /** Evaluates and returns the metrics at the given cut-offs. */
    public MetricSet evaluate(EmbeddingMatrix queries, EmbeddingMatrix documents, EvalTargets targets, int[] ks) {
        return evaluateWithReport(queries, documents, targets, ks).metrics();
    }

    /** Evaluates and returns the metrics with the split of time between engine and Java. */
    public EvaluationReport evaluateWithReport(EmbeddingMatrix queries, EmbeddingMatrix documents,
                                               EvalTargets targets, int[] ks) {
        RankingMetrics metrics = new RankingMetrics(ks, documents.rows());
        long start = System.nanoTime();
        long[] engineNanos = new long[2];
        int blocks = rank(queries, documents, targets, metrics.maxK(), (target, list, from, length) ->
                metrics.add(list, from, length, d -> targets.isHeldOut(target, d), targets.heldOutCount(target)),
                engineNanos);
        long total = System.nanoTime() - start;
        return new EvaluationReport(metrics.result(), engineNanos[0], engineNanos[1],
                total - engineNanos[0] - engineNanos[1], blocks);
    }

    /**
     * Ranks the catalogue for every evaluated query and passes each exact top-k list (excluded
     * documents removed, so shorter than k only when fewer documents remain) to {@code consumer}, in
     * target order. Ties between equal scores are broken by the engine.
     */
    public void rank(EmbeddingMatrix queries, EmbeddingMatrix documents, EvalTargets targets, int k,
                     RankedListConsumer consumer) {
        rank(queries, documents, targets, k, consumer, new long[2]);
    }

    /**
     * Ranks as {@link #rank(EmbeddingMatrix, EmbeddingMatrix, EvalTargets, int, RankedListConsumer)}
     * against a catalogue already on the engine (checked once, when it was placed there).
     */
    public void rank(EmbeddingMatrix queries, ResidentCatalogue documents, EvalTargets targets, int k,
                     RankedListConsumer consumer) {
        validate(queries, documents.vectors(), targets, k, false);
        rankAgainst(queries, documents.transposed(), documents.vectors().rows(), targets, k, consumer, new long[2]);
    }

    private int rank(EmbeddingMatrix queries, EmbeddingMatrix documents, EvalTargets targets, int k,
                     RankedListConsumer consumer, long[] engineNanos) {
        validate(queries, documents, targets, k, true);
        long t0 = System.nanoTime();
        try (NDManager scope = manager.newSubManager()) {
            NDArray documentsT = scope.create(documents.data(), new Shape(documents.rows(), documents.dim())).transpose();
            engineNanos[0] += System.nanoTime() - t0;
            return rankAgainst(queries, documentsT, documents.rows(), targets, k, consumer, engineNanos);
        }
    }

    private int rankAgainst(EmbeddingMatrix queries, NDArray documentsT, int catalogue, EvalTargets targets, int k,
                            RankedListConsumer consumer, long[] engineNanos) {
        int dim = queries.dim();
        int kk = Math.min(k, catalogue);
        int blocks = 0;
        int[] ranked = new int[Math.min(blockSize, Math.max(1, targets.size())) * kk];
        for (int first = 0; first < targets.size(); first += blockSize) {
            int count = Math.min(blockSize, targets.size() - first);
            float[] block = gatherRows(queries, targets, first, count);
            long[][] masked = maskIndices(targets, first, count);
            boolean truncates = anyTruncated(targets, first, count, catalogue - kk);
            long e0 = System.nanoTime();
            long[] indices;
            float[] values = null;
            long e1;
            try (NDManager blockScope = manager.newSubManager()) {
                NDArray scores = blockScope.create(block, new Shape(count, dim)).matMul(documentsT);
                if (masked[0].length > 0) {
                    scores.set(new NDIndex("{}, {}", blockScope.create(masked[0]), blockScope.create(masked[1])),
                            Float.NEGATIVE_INFINITY);
                }
                e1 = System.nanoTime();
                engineNanos[0] += e1 - e0;
                NDList top = scores.topK(kk, 1, true, true);
                indices = top.get(1).toLongArray();
                if (truncates) {
                    values = top.get(0).toFloatArray();
                }
            }
            engineNanos[1] += System.nanoTime() - e1;
            for (int i = 0; i < count; i++) {
                int from = i * kk;
                int length = 0;
                while (length < kk && (values == null || values[from + length] != Float.NEGATIVE_INFINITY)) {
                    ranked[from + length] = (int) indices[from + length];
                    length++;
                }
                consumer.accept(first + i, ranked, from, length);
            }
            blocks++;
        }
        return blocks;
    }

    private static void validate(EmbeddingMatrix queries, EmbeddingMatrix documents, EvalTargets targets, int k,
                                 boolean checkDocuments) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        if (queries.dim() != documents.dim()) {
            throw new IllegalArgumentException("query vectors have " + queries.dim() + " dims and document vectors "
                    + documents.dim() + ": a dot product needs equal sizes");
        }
        if (documents.rows() == 0) {
            throw new IllegalArgumentException("the catalogue is empty: there is nothing to rank");
        }
        if (targets.maxQuery() >= queries.rows()) {
            throw new IllegalArgumentException("the targets name query " + targets.maxQuery() + " but only "
                    + queries.rows() + " query vectors were given");
        }
        if (targets.maxDocument() >= documents.rows()) {
            throw new IllegalArgumentException("the targets name document " + targets.maxDocument() + " but only "
                    + documents.rows() + " document vectors were given");
        }
        requireFinite(queries, "query");
        if (checkDocuments) {
            requireFinite(documents, "document");
        }
    }

    static void requireFinite(EmbeddingMatrix matrix, String kind) {
        int row = matrix.firstNonFiniteRow();
        if (row >= 0) {
            throw new IllegalArgumentException("the " + kind + " vector of row " + row
                    + " holds NaN or infinity: the model diverged; lower the learning rate or enable clipping");
        }
    }

    private static float[] gatherRows(EmbeddingMatrix queries, EvalTargets targets, int first, int count) {
        int dim = queries.dim();
        float[] block = new float[count * dim];
        for (int i = 0; i < count; i++) {
            System.arraycopy(queries.data(), targets.query(first + i) * dim, block, i * dim, dim);
        }
        return block;
    }

    /** The (row within block, document) coordinates of the block's exclusions. */
    private static long[][] maskIndices(EvalTargets targets, int first, int count) {
        int total = 0;
        for (int i = 0; i < count; i++) {
            total += targets.excludedCount(first + i);
        }
        long[] rows = new long[total];
        long[] columns = new long[total];
        int n = 0;
        for (int i = 0; i < count; i++) {
            int excluded = targets.excludedCount(first + i);
            for (int j = 0; j < excluded; j++) {
                rows[n] = i;
                columns[n++] = targets.excluded(first + i, j);
            }
        }
        return new long[][] {rows, columns};
    }

    private static boolean anyTruncated(EvalTargets targets, int first, int count, int slack) {
        for (int i = 0; i < count; i++) {
            if (targets.excludedCount(first + i) > slack) {
                return true;
            }
        }
        return false;
    }
}
