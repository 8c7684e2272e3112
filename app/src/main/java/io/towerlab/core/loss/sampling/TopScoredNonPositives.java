package io.towerlab.core.loss.sampling;

import io.towerlab.core.data.PositiveSets;
import java.util.Arrays;

/**
 * For every query, the M documents with the highest dot product ⟨u_q, v_d⟩ that are not among the
 * query's positives, highest first (ties: lower document index first). Computed on the CPU in
 * blocks of documents × queries so that both stay in cache, with a bounded min-heap per query:
 * O(Q · N · dim) multiply-adds and O(Q · M) memory. For large catalogues an exact top-k on the
 * engine is faster; its result can be passed to {@link HardNegativeSampler#refresh(int[][])}.
 */
public final class TopScoredNonPositives {
    private final int queryBlock;
    private final int documentBlock;

    public TopScoredNonPositives() {
        this(32, 1024);
    }

    TopScoredNonPositives(int queryBlock, int documentBlock) {
        this.queryBlock = queryBlock;
        this.documentBlock = documentBlock;
    }

    /**
     * @param queryVectors    Q × dim, row-major
     * @param documentVectors N × dim, row-major
     * @param positives       the positives to leave out, for the same Q queries
     * @param m               how many documents to keep per query (fewer when a query has fewer non-positives)
     */
    public int[][] compute(float[] queryVectors, float[] documentVectors, int dim, PositiveSets positives, int m) {
        if (dim <= 0 || queryVectors.length % dim != 0 || documentVectors.length % dim != 0) {
            throw new IllegalArgumentException("embedding arrays of length " + queryVectors.length + " and "
                    + documentVectors.length + " are not whole rows of dimension " + dim);
        }
        int queries = queryVectors.length / dim;
        int documents = documentVectors.length / dim;
        if (queries > positives.queryCount()) {
            throw new IllegalArgumentException(queries + " query vectors but positive sets for only "
                    + positives.queryCount() + " queries");
        }
        BoundedHeap[] heaps = new BoundedHeap[queries];
        for (int q = 0; q < queries; q++) {
            heaps[q] = new BoundedHeap(m);
        }
        int[] nextPositive = new int[queries];
        float[] scores = new float[queryBlock * documentBlock];
        float[] transposed = new float[dim * documentBlock];
        for (int d0 = 0; d0 < documents; d0 += documentBlock) {
            int dn = Math.min(documentBlock, documents - d0);
            transpose(documentVectors, d0, dn, dim, transposed);
            for (int q0 = 0; q0 < queries; q0 += queryBlock) {
                int qn = Math.min(queryBlock, queries - q0);
                scoreBlock(queryVectors, q0, qn, transposed, dn, dim, scores);
                for (int a = 0; a < qn; a++) {
                    int q = q0 + a;
                    int p = nextPositive[q];
                    int size = positives.size(q);
                    for (int b = 0; b < dn; b++) {
                        int d = d0 + b;
                        while (p < size && positives.get(q, p) < d) {
                            p++;
                        }
                        if (p < size && positives.get(q, p) == d) {
                            continue;
                        }
                        heaps[q].offer(scores[a * dn + b], d);
                    }
                    nextPositive[q] = p;
                }
            }
        }
        int[][] result = new int[queries][];
        for (int q = 0; q < queries; q++) {
            result[q] = heaps[q].drainHighestFirst();
        }
        return result;
    }

    /** Documents d0 … d0 + dn − 1 as a dim × dn block, so that one coordinate of all of them is contiguous. */
    private static void transpose(float[] v, int d0, int dn, int dim, float[] transposed) {
        for (int b = 0; b < dn; b++) {
            int vo = (d0 + b) * dim;
            for (int x = 0; x < dim; x++) {
                transposed[x * dn + b] = v[vo + x];
            }
        }
    }

    /**
     * out[a·dn + b] = ⟨u_{q0+a}, v_b⟩ summed over coordinates in order; the inner loop is a
     * multiply-add over contiguous documents, which the JIT vectorises.
     */
    private static void scoreBlock(float[] u, int q0, int qn, float[] transposed, int dn, int dim, float[] out) {
        Arrays.fill(out, 0, qn * dn, 0f);
        for (int a = 0; a < qn; a++) {
            int uo = (q0 + a) * dim;
            int oo = a * dn;
            for (int x = 0; x < dim; x++) {
                float ux = u[uo + x];
                int to = x * dn;
                for (int b = 0; b < dn; b++) {
                    out[oo + b] += ux * transposed[to + b];
                }
            }
        }
    }

    /** A min-heap of at most m (score, document) entries keeping the m highest scores seen. */
    private static final class BoundedHeap {
        private final float[] score;
        private final int[] doc;
        private int size;

        BoundedHeap(int m) {
            score = new float[m];
            doc = new int[m];
        }

        /** Lower score is "smaller"; at equal scores the higher document index is smaller (dropped first). */
        private boolean less(float s1, int d1, float s2, int d2) {
            return s1 < s2 || (s1 == s2 && d1 > d2);
        }

        void offer(float s, int d) {
            if (size < score.length) {
                int i = size++;
                while (i > 0) {
                    int parent = (i - 1) >>> 1;
                    if (!less(s, d, score[parent], doc[parent])) {
                        break;
                    }
                    score[i] = score[parent];
                    doc[i] = doc[parent];
                    i = parent;
                }
                score[i] = s;
                doc[i] = d;
            } else if (size > 0 && less(score[0], doc[0], s, d)) {
                siftDown(s, d, size);
            }
        }

        private void siftDown(float s, int d, int n) {
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= n) {
                    break;
                }
                if (child + 1 < n && less(score[child + 1], doc[child + 1], score[child], doc[child])) {
                    child++;
                }
                if (!less(score[child], doc[child], s, d)) {
                    break;
                }
                score[i] = score[child];
                doc[i] = doc[child];
                i = child;
            }
            score[i] = s;
            doc[i] = d;
        }

        int[] drainHighestFirst() {
            int[] out = new int[size];
            for (int n = size; n > 0; n--) {
                out[n - 1] = doc[0];
                float lastScore = score[n - 1];
                int lastDoc = doc[n - 1];
                siftDown(lastScore, lastDoc, n - 1);
            }
            size = 0;
            return out;
        }
    }
}
