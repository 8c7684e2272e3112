package io.towerlab.core.eval;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The popularity baseline: every query gets the same ranking, documents ordered by their number of
 * training clicks, most clicked first, ties broken by the smaller document index. It is evaluated
 * with exactly the protocol of {@link RetrievalEvaluator} (same exclusions, same
 * {@link RankingMetrics}); a model that does not beat it is not learning anything personal.
 *
 * <p>Because the ranking is global, the top-k of a query is the global order with its excluded
 * documents skipped, computed directly in Java. {@link #documentVectors()} gives the same ranking as
 * one-dimensional embeddings for the engine path.
 */
public final class PopularityBaseline {
    private final int[] order;

    /** A baseline from click counts per document index. */
    public PopularityBaseline(int[] clickCounts) {
        if (clickCounts.length == 0) {
            throw new IllegalArgumentException("the catalogue is empty: there is nothing to rank");
        }
        int[] counts = clickCounts.clone();
        order = IntStream.range(0, counts.length).boxed()
                .sorted(Comparator.<Integer>comparingInt(d -> -counts[d]).thenComparingInt(d -> d))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The baseline of a split: each document's count of training rows. */
    public static PopularityBaseline fromTraining(ClickDataset dataset, DatasetSplit split) {
        int[] counts = new int[dataset.documentCount()];
        for (int row : split.train()) {
            counts[dataset.interactions().document(row)]++;
        }
        return new PopularityBaseline(counts);
    }

    /** The catalogue in ranking order (a copy). */
    public int[] order() {
        return order.clone();
    }

    public int catalogueSize() {
        return order.length;
    }

    /** Evaluates the baseline on the targets at the given cut-offs. */
    public MetricSet evaluate(EvalTargets targets, int[] ks) {
        RankingMetrics metrics = new RankingMetrics(ks, order.length);
        rank(targets, metrics.maxK(), (target, list, from, length) ->
                metrics.add(list, from, length, d -> targets.isHeldOut(target, d), targets.heldOutCount(target)));
        return metrics.result();
    }

    /** Passes each evaluated query's top-k (its excluded documents skipped) to {@code consumer}. */
    public void rank(EvalTargets targets, int k, RetrievalEvaluator.RankedListConsumer consumer) {
        if (targets.maxDocument() >= order.length) {
            throw new IllegalArgumentException("the targets name document " + targets.maxDocument()
                    + " but the catalogue holds " + order.length);
        }
        int[] list = new int[Math.min(k, order.length)];
        for (int t = 0; t < targets.size(); t++) {
            int length = 0;
            for (int i = 0; i < order.length && length < list.length; i++) {
                if (!targets.isExcluded(t, order[i])) {
                    list[length++] = order[i];
                }
            }
            consumer.accept(t, list, 0, length);
        }
    }

    /**
     * The ranking as one-dimensional document vectors: the document at position p of the order gets
     * the value {@code catalogueSize - p}, exact in float32 up to 2^24 documents, so every score is
     * distinct. Paired with the query vector [1] from {@link #queryVectors(int)}.
     */
    public EmbeddingMatrix documentVectors() {
        float[] values = new float[order.length];
        for (int p = 0; p < order.length; p++) {
            values[order[p]] = order.length - p;
        }
        return new EmbeddingMatrix(order.length, 1, values);
    }

    /** {@code queryCount} one-dimensional query vectors [1]. */
    public static EmbeddingMatrix queryVectors(int queryCount) {
        float[] ones = new float[queryCount];
        Arrays.fill(ones, 1f);
        return new EmbeddingMatrix(queryCount, 1, ones);
    }
}
