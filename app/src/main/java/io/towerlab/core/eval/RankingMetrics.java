package io.towerlab.core.eval;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Accumulates retrieval metrics over ranked lists, one list per evaluated query, best document
 * first. With H the query's held-out positives and top-k the first k documents of its list:
 * <ul>
 * <li>{@code recall@k} = |top-k ∩ H| / |H|;</li>
 * <li>{@code hitrate@k} = 1 when top-k ∩ H is not empty, else 0;</li>
 * <li>{@code ndcg@k} = DCG@k / IDCG@k with binary gains: DCG@k = Σ over ranks i ≤ k holding a
 *     positive of 1 / log2(i + 1), IDCG@k the same sum over ranks 1..min(k, |H|)
 *     (Järvelin and Kekäläinen, 2002);</li>
 * <li>{@code mrr} = 1 / rank of the first positive within the list, which is cut off at the largest
 *     requested k; 0 when no positive is in it;</li>
 * </ul>
 * each averaged over the queries added (every one has |H| ≥ 1), and
 * {@code coverage@k} = number of distinct documents in any query's top-k / catalogue size.
 *
 * <p>Pure Java and single-threaded; one instance per evaluation.
 */
public final class RankingMetrics {
    private final int[] ks;
    private final int catalogueSize;
    private final double[] discount;
    private final double[] idealDcg;
    private final double[] recall;
    private final double[] hits;
    private final double[] ndcg;
    private final int[] bestRank;
    private double reciprocalRank;
    private int queries;

    /**
     * @param ks            cut-offs, each at least 1; duplicates are ignored and they are reported ascending
     * @param catalogueSize number of documents ranked (the denominator of coverage)
     */
    public RankingMetrics(int[] ks, int catalogueSize) {
        this.ks = normalizeKs(ks);
        if (catalogueSize <= 0) {
            throw new IllegalArgumentException("the catalogue must hold at least one document, was " + catalogueSize);
        }
        this.catalogueSize = catalogueSize;
        int maxK = this.ks[this.ks.length - 1];
        discount = new double[maxK];
        idealDcg = new double[maxK + 1];
        for (int i = 0; i < maxK; i++) {
            discount[i] = 1.0 / (Math.log(i + 2) / Math.log(2));
            idealDcg[i + 1] = idealDcg[i] + discount[i];
        }
        recall = new double[this.ks.length];
        hits = new double[this.ks.length];
        ndcg = new double[this.ks.length];
        bestRank = new int[catalogueSize];
        Arrays.fill(bestRank, Integer.MAX_VALUE);
    }

    /** The cut-offs, ascending and distinct; validates them. */
    static int[] normalizeKs(int[] ks) {
        if (ks == null || ks.length == 0) {
            throw new IllegalArgumentException("at least one k is needed, e.g. [10, 50, 100]");
        }
        for (int k : ks) {
            if (k < 1) {
                throw new IllegalArgumentException("every k must be >= 1, was " + k);
            }
        }
        return Arrays.stream(ks).distinct().sorted().toArray();
    }

    /** The largest cut-off: ranked lists longer than this are not read. */
    public int maxK() {
        return ks[ks.length - 1];
    }

    /** Adds one query's ranked list, given its held-out positives (any order, distinct, at least one). */
    public void add(int[] ranked, int[] heldOut) {
        int[] sorted = heldOut.clone();
        Arrays.sort(sorted);
        add(ranked, 0, ranked.length, d -> Arrays.binarySearch(sorted, d) >= 0, sorted.length);
    }

    /**
     * Adds one query's ranked list {@code ranked[from .. from + length)}, best first.
     *
     * @param isHeldOut    whether a document is one of the query's held-out positives
     * @param heldOutCount |H|, at least 1
     */
    public void add(int[] ranked, int from, int length, IntPredicate isHeldOut, int heldOutCount) {
        if (heldOutCount < 1) {
            throw new IllegalArgumentException("a query needs at least one held-out positive to be evaluated");
        }
        int n = Math.min(length, maxK());
        int found = 0;
        double dcg = 0;
        double firstHit = 0;
        int next = 0;
        for (int i = 0; i < n; i++) {
            while (next < ks.length && ks[next] == i) {
                record(next++, found, dcg, heldOutCount);
            }
            int document = ranked[from + i];
            if (document < 0 || document >= catalogueSize) {
                throw new IllegalArgumentException("document " + document + " is outside the catalogue of "
                        + catalogueSize);
            }
            if (i < bestRank[document]) {
                bestRank[document] = i;
            }
            if (isHeldOut.test(document)) {
                found++;
                dcg += discount[i];
                if (firstHit == 0) {
                    firstHit = 1.0 / (i + 1);
                }
            }
        }
        while (next < ks.length) {
            record(next++, found, dcg, heldOutCount);
        }
        reciprocalRank += firstHit;
        queries++;
    }

    private void record(int kIndex, int found, double dcg, int heldOutCount) {
        recall[kIndex] += (double) found / heldOutCount;
        hits[kIndex] += found > 0 ? 1 : 0;
        ndcg[kIndex] += dcg / idealDcg[Math.min(ks[kIndex], heldOutCount)];
    }

    /** Number of queries added so far. */
    public int queries() {
        return queries;
    }

    /** The averaged metrics; all 0 when no query was added. */
    public MetricSet result() {
        Map<String, Double> values = new LinkedHashMap<>();
        double n = Math.max(queries, 1);
        for (int i = 0; i < ks.length; i++) {
            values.put("recall@" + ks[i], recall[i] / n);
        }
        for (int i = 0; i < ks.length; i++) {
            values.put("hitrate@" + ks[i], hits[i] / n);
        }
        for (int i = 0; i < ks.length; i++) {
            values.put("ndcg@" + ks[i], ndcg[i] / n);
        }
        values.put("mrr", reciprocalRank / n);
        for (int i = 0; i < ks.length; i++) {
            int covered = 0;
            for (int rank : bestRank) {
                if (rank < ks[i]) {
                    covered++;
                }
            }
            values.put("coverage@" + ks[i], (double) covered / catalogueSize);
        }
        return new MetricSet(queries, values);
    }
}
