package io.towerlab.core.train;

import io.towerlab.core.data.Interactions;
import io.towerlab.core.loss.sampling.NegativeSampler;
import io.towerlab.core.model.BatchRows;
import io.towerlab.core.model.EncoderInput;
import io.towerlab.core.model.EntityBatch;
import io.towerlab.core.model.RowCollector;
import io.towerlab.core.model.TwoTowerModel;
import io.towerlab.core.model.EmbeddingTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Turns a slice of training rows into a {@link BatchPlan}: looks up queries, positives and
 * relevance, draws negatives, collects the distinct documents and embedding rows, and prepares
 * every encoder's input. Confined to one thread (it reuses its collectors).
 */
public final class BatchPlanner {
    private final TwoTowerModel model;
    private final Interactions log;
    private final NegativeSampler sampler;
    private final int negativesPerRow;
    private final float[] documentLogQ;
    private final RowCollector documentCollector;
    private final BatchRows batchRows = new BatchRows();
    /** One per shard of a data-parallel step, or null on one device. */
    private final BatchRows[] shardRows;

    /**
     * @param sampler      null for the in-batch loss
     * @param documentLogQ log sampling probability per document, or null for no logQ correction
     */
    public BatchPlanner(TwoTowerModel model, Interactions log, int documentCount, NegativeSampler sampler,
                 int negativesPerRow, float[] documentLogQ) {
        this(model, log, documentCount, sampler, negativesPerRow, documentLogQ, 1);
    }

    /**
     * @param shards devices a step is split over; above 1 each plan carries one {@link PlanShard} per
     *               device (fewer when the batch has fewer queries or distinct documents)
     */
    public BatchPlanner(TwoTowerModel model, Interactions log, int documentCount, NegativeSampler sampler,
                 int negativesPerRow, float[] documentLogQ, int shards) {
        this.shardRows = shards > 1 ? new BatchRows[shards] : null;
        for (int k = 0; shardRows != null && k < shards; k++) {
            shardRows[k] = new BatchRows();
        }
        this.model = model;
        this.log = log;
        this.sampler = sampler;
        this.negativesPerRow = sampler == null ? 0 : negativesPerRow;
        this.documentLogQ = documentLogQ;
        this.documentCollector = new RowCollector(documentCount);
    }

    public BatchPlan plan(int epoch, int[] rows, SplittableRandom random) {
        long start = System.nanoTime();
        int b = rows.length;
        int[] queries = new int[b];
        int[] positives = new int[b];
        float[] weights = new float[b];
        for (int i = 0; i < b; i++) {
            queries[i] = log.query(rows[i]);
            positives[i] = log.document(rows[i]);
            weights[i] = log.weight(rows[i]);
        }
        int[] negatives = null;
        if (sampler != null) {
            negatives = new int[b * negativesPerRow];
            sampler.sample(queries, positives, b, negativesPerRow, random, negatives);
        }
        long[] positiveLocal = local(positives);
        long[] negativeLocal = negatives == null ? null : local(negatives);
        long[] distinct = documentCollector.finish();
        int[] documents = new int[distinct.length];
        for (int i = 0; i < documents.length; i++) {
            documents[i] = (int) distinct[i];
        }
        float[] logQ = null;
        if (documentLogQ != null) {
            logQ = new float[b];
            for (int i = 0; i < b; i++) {
                logQ[i] = documentLogQ[positives[i]];
            }
        }
        if (shardRows != null) {
            List<PlanShard> shards = shards(queries, rows, documents);
            return new BatchPlan(epoch, b, queries, positives, weights, negativesPerRow, positiveLocal,
                    negativeLocal, logQ, null, documents, null, batchRows.finish(), System.nanoTime() - start, shards);
        }
        List<EncoderInput> queryInputs = model.queryTower().prepare(new EntityBatch(queries, rows), batchRows);
        List<EncoderInput> documentInputs = model.documentTower().prepare(new EntityBatch(documents, null), batchRows);
        return new BatchPlan(epoch, b, queries, positives, weights, negativesPerRow, positiveLocal, negativeLocal,
                logQ, queryInputs, documents, documentInputs, batchRows.finish(), System.nanoTime() - start,
                List.of());
    }

    /**
     * Splits the queries and the distinct documents into contiguous slices, prepares each slice's inputs
     * against its own rows, and registers those rows in the batch's rows, which every shard reads from.
     */
    private List<PlanShard> shards(int[] queries, int[] rows, int[] documents) {
        int n = Math.min(shardRows.length, Math.min(queries.length, documents.length));
        List<PlanShard> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int qFrom = slice(queries.length, n, k);
            int qTo = slice(queries.length, n, k + 1);
            int dFrom = slice(documents.length, n, k);
            int dTo = slice(documents.length, n, k + 1);
            BatchRows own = shardRows[k];
            List<EncoderInput> queryInputs = model.queryTower().prepare(new EntityBatch(
                    Arrays.copyOfRange(queries, qFrom, qTo), Arrays.copyOfRange(rows, qFrom, qTo)), own);
            List<EncoderInput> documentInputs = model.documentTower().prepare(
                    new EntityBatch(Arrays.copyOfRange(documents, dFrom, dTo), null), own);
            Map<EmbeddingTable, long[]> inBatch = new LinkedHashMap<>();
            own.finish().forEach((table, ids) -> {
                RowCollector batch = batchRows.of(table);
                long[] positions = new long[ids.length];
                for (int i = 0; i < ids.length; i++) {
                    positions[i] = batch.localIndex((int) ids[i]);
                }
                inBatch.put(table, positions);
            });
            out.add(new PlanShard(queryInputs, documentInputs, inBatch));
        }
        return out;
    }

    private static int slice(int length, int parts, int k) {
        return (int) ((long) length * k / parts);
    }

    private long[] local(int[] documents) {
        long[] out = new long[documents.length];
        for (int i = 0; i < documents.length; i++) {
            out[i] = documentCollector.localIndex(documents[i]);
        }
        return out;
    }

    /** Splits shuffled rows into batches of {@code size} (the last may be smaller, never empty). */
    public static int[][] batches(int[] rows, int size) {
        int count = (rows.length + size - 1) / size;
        int[][] out = new int[count][];
        for (int i = 0; i < count; i++) {
            out[i] = Arrays.copyOfRange(rows, i * size, Math.min(rows.length, (i + 1) * size));
        }
        return out;
    }
}
