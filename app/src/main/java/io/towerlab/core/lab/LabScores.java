package io.towerlab.core.lab;

import io.towerlab.core.loss.FpsOptions;
import io.towerlab.core.loss.FullProductSoftmaxLoss;

/**
 * Derives what the lab shows from the scores a loss was given: the row logits (masking and logQ as
 * {@link FullProductSoftmaxLoss} applies them), the row softmax, and each row's loss term, so that
 * the relevance-weighted mean of the row terms is the loss itself. Plain Java on small arrays: a
 * lab batch is a few dozen rows.
 */
public final class LabScores {
    private LabScores() {
    }

    /**
     * The FPS view of a batch.
     *
     * @param s         S = U Vᵀ / τ, row-major B×B
     * @param documents the document of each pair
     * @param logQ      log Q of each pair's document, or null
     */
    public static LabBatch fps(long step, float[] s, float[] weights, int[] documents, int[] queries, float[] logQ,
                               FpsOptions options, float loss, float temperature) {
        int b = documents.length;
        boolean[] hit = new boolean[b * b];
        float[] masked = s.clone();
        int[] cellDocuments = new int[b * b];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < b; j++) {
                cellDocuments[i * b + j] = documents[j];
                hit[i * b + j] = j != i && documents[j] == documents[i];
                if (hit[i * b + j] && options.maskAccidentalHits()) {
                    masked[i * b + j] = FullProductSoftmaxLoss.MASKED_SCORE;
                }
            }
        }
        float[] logits = masked.clone();
        if (options.logQ() && logQ != null) {
            for (int i = 0; i < b; i++) {
                for (int j = 0; j < b; j++) {
                    logits[i * b + j] -= logQ[j];
                }
            }
        }
        float[] softmax = rowSoftmax(logits, b, b);
        float[] rowLoss = new float[b];
        for (int i = 0; i < b; i++) {
            rowLoss[i] = (float) (logSumExp(logits, i * b, b) - logits[i * b + i]);
        }
        if (options.symmetric()) {
            float[] columns = transpose(masked, b);
            for (int i = 0; i < b; i++) {
                rowLoss[i] = (float) ((rowLoss[i] + logSumExp(columns, i * b, b) - columns[i * b + i]) / 2);
            }
        }
        return new LabBatch(step, "fps", b, b, s, logits, softmax, hit, rowLoss, weights, cellDocuments, queries,
                loss, temperature);
    }

    /**
     * The view of a sampled-loss batch: column 0 holds s⁺, columns 1..K the negatives.
     *
     * @param positive  s⁺ per row
     * @param negative  s⁻, row-major B×K
     * @param documents the document of each cell, row-major B×(1+K)
     * @param margin    the triplet margin (used by {@code triplet} only)
     */
    public static LabBatch sampled(long step, String lossType, float[] positive, float[] negative, float[] weights,
                                   int[] documents, int[] queries, float margin, float loss, float temperature) {
        int b = positive.length;
        int k = negative.length / b;
        int columns = k + 1;
        float[] s = new float[b * columns];
        for (int i = 0; i < b; i++) {
            s[i * columns] = positive[i];
            System.arraycopy(negative, i * k, s, i * columns + 1, k);
        }
        float[] softmax = rowSoftmax(s, b, columns);
        float[] rowLoss = new float[b];
        for (int i = 0; i < b; i++) {
            rowLoss[i] = (float) rowLoss(lossType, s, i * columns, columns, margin);
        }
        return new LabBatch(step, lossType, b, columns, s, s, softmax, new boolean[b * columns], rowLoss, weights,
                documents, queries, loss, temperature);
    }

    private static double rowLoss(String type, float[] s, int from, int columns, float margin) {
        double pos = s[from];
        double sum = 0;
        for (int j = 1; j < columns; j++) {
            double gap = s[from + j] - pos;
            sum += switch (type) {
                case "pairce" -> softplus(gap);
                case "triplet" -> Math.max(0, margin + gap);
                default -> 0;
            };
        }
        return "softmax".equals(type) ? logSumExp(s, from, columns) - pos : sum / (columns - 1);
    }

    /** log Σⱼ e^{a[from + j]} over n entries, computed stably. */
    private static double logSumExp(float[] a, int from, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            max = Math.max(max, a[from + j]);
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += Math.exp(a[from + j] - max);
        }
        return max + Math.log(sum);
    }

    private static double softplus(double x) {
        return x > 30 ? x : Math.log1p(Math.exp(x));
    }

    /** Softmax of each row, with the row maximum subtracted so that large logits do not overflow. */
    static float[] rowSoftmax(float[] logits, int rows, int columns) {
        float[] out = new float[logits.length];
        for (int i = 0; i < rows; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < columns; j++) {
                max = Math.max(max, logits[i * columns + j]);
            }
            double sum = 0;
            for (int j = 0; j < columns; j++) {
                sum += Math.exp(logits[i * columns + j] - max);
            }
            for (int j = 0; j < columns; j++) {
                out[i * columns + j] = (float) (Math.exp(logits[i * columns + j] - max) / sum);
            }
        }
        return out;
    }

    private static float[] transpose(float[] m, int n) {
        float[] out = new float[m.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[j * n + i] = m[i * n + j];
            }
        }
        return out;
    }
}
