package io.towerlab.core.loss.sampling;

import io.towerlab.core.data.PositiveSets;

/**
 * For every query, the M documents with the highest dot product ⟨u_q, v_d⟩ that are not among the
 * query's positives, highest first (ties: lower document index first). Computed on the CPU in
 * blocks of queries × documents so that both stay in cache, with a bounded min-heap per query:
 * O(Q · N · dim) multiply-adds and O(Q · M) memory.
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
        int[][] result = new int[queries][];
        float[] scores = new float[queryBlock * documentBlock];
        for (int q0 = 0; q0 < queries; q0 += queryBlock) {
            int qn = Math.min(queryBlock, queries - q0);
            BoundedHeap[] heaps = new BoundedHeap[qn];
            int[] nextPositive = new int[qn];
            for (int a = 0; a < qn; a++) {
                heaps[a] = new BoundedHeap(m);
            }
            for (int d0 = 0; d0 < documents; d0 += documentBlock) {
                int dn = Math.min(documentBlock, documents - d0);
                scoreBlock(queryVectors, q0, qn, documentVectors, d0, dn, dim, scores);
                for (int a = 0; a < qn; a++) {
                    int q = q0 + a;
                    int p = nextPositive[a];
                    int size = positives.size(q);
                    for (int b = 0; b < dn; b++) {
                        int d = d0 + b;
                        while (p < size && positives.get(q, p) < d) {
                            p++;
                        }
                        if (p < size && positives.get(q, p) == d) {
                            continue;
                        }
                        heaps[a].offer(scores[a * dn + b], d);
                    }
                    nextPositive[a] = p;
                }
            }
            for (int a = 0; a < qn; a++) {
                result[q0 + a] = heaps[a].drainHighestFirst();
            }
        }
        return result;
    }

    private static void scoreBlock(float[] u, int q0, int qn, float[] v, int d0, int dn, int dim, float[] out) {
        for (int a = 0; a < qn; a++) {
            int uo = (q0 + a) * dim;
            for (int b = 0; b < dn; b++) {
                int vo = (d0 + b) * dim;
                float s0 = 0;
                float s1 = 0;
                float s2 = 0;
                float s3 = 0;
                int x = 0;
                for (; x + 3 < dim; x += 4) {
                    s0 += u[uo + x] * v[vo + x];
                    s1 += u[uo + x + 1] * v[vo + x + 1];
                    s2 += u[uo + x + 2] * v[vo + x + 2];
                    s3 += u[uo + x + 3] * v[vo + x + 3];
                }
                for (; x < dim; x++) {
                    s0 += u[uo + x] * v[vo + x];
                }
                out[a * dn + b] = (s0 + s1) + (s2 + s3);
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
